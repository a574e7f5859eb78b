"""Introductions and the referral tree: who gave the user whose name.

The tree is rooted at the user. A person sits under the connector of their primary introduction,
or directly under the user when nobody introduced them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import String, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from carnet.domain.enums import ContactStatus, Forewarned, IntroductionStatus, Permission
from carnet.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.models import Introduction, Organization, Person, Profile
from carnet.domain.people import PersonDraft, create_person
from carnet.domain.text import fold


@dataclass(slots=True)
class ReferralNode:
    """One person in the tree; ``permission`` and ``introduction_status`` describe the edge from
    their primary connector (None for people the user knows directly)."""

    person_id: int
    name: str
    organization: str
    status: ContactStatus
    permission: Permission | None = None
    introduction_status: IntroductionStatus | None = None
    children: list[ReferralNode] = field(default_factory=list)
    introduction_id: int | None = None
    job_title: str = ""
    is_decision_maker: bool = False
    at_target: bool = False
    """Their organisation is one of the user's target companies."""
    other_connectors: list[tuple[int, str]] = field(default_factory=list)
    """(id, name) of the people who also gave this name, beside the primary connector."""
    other_names_given: int = 0
    """Names this person gave whose bearer sits under another, primary, connector."""
    forewarned: Forewarned | None = None
    """Whether the primary connector told them the user will call (None: nobody introduced)."""
    weak_tie: bool = False
    """A LinkedIn connection nobody introduced, not yet marked as known: kept apart."""

    @property
    def names_given(self) -> int:
        return len(self.children) + self.other_names_given

    @property
    def met(self) -> bool:
        return self.status in MET_STATUSES or self.introduction_status == IntroductionStatus.MET

    @property
    def contacted(self) -> bool:
        """Reached already: called, met or declined; not someone still to call."""
        return (
            self.met
            or self.status in (ContactStatus.CONTACTED, ContactStatus.DECLINED)
            or self.introduction_status == IntroductionStatus.CONTACTED
        )


MET_STATUSES = frozenset({ContactStatus.MET, ContactStatus.IN_RELATION})


def _introduced_downstream(session: Session, start_id: int) -> set[int]:
    """Everyone ``start_id`` led to, relay after relay, through any introduction."""
    down = select(literal(start_id).label("id")).cte("down", recursive=True)
    down = down.union(
        select(Introduction.introduced_id).join(down, Introduction.connector_id == down.c.id)
    )
    return set(session.scalars(select(down.c.id)))


def add_introduction(
    session: Session,
    connector_id: int,
    introduced_id: int,
    *,
    permission: Permission = Permission.NOT_ASKED,
    status: IntroductionStatus = IntroductionStatus.SUGGESTED,
    context: str = "",
    reason: str = "",
    introduced_on: dt.date | None = None,
    forewarned: Forewarned = Forewarned.UNKNOWN,
) -> int:
    """Record that the connector gave the user the introduced person's name.

    A weak tie (a LinkedIn connection) is one no longer once someone introduces them, or once
    they give a name: they join the tree."""
    if connector_id == introduced_id:
        raise ValidationError(
            "connector",
            QT_TRANSLATE_NOOP("DomainMessages", "Nobody can introduce you to themselves."),
        )
    if connector_id in _introduced_downstream(session, introduced_id):
        raise ValidationError(
            "connector",
            QT_TRANSLATE_NOOP(
                "DomainMessages",
                "This would make a loop: this person already led you to the connector.",
            ),
        )
    already = session.scalars(
        select(Introduction).where(
            Introduction.connector_id == connector_id,
            Introduction.introduced_id == introduced_id,
        )
    ).first()
    if already is not None:
        raise ValidationError(
            "connector",
            QT_TRANSLATE_NOOP("DomainMessages", "This introduction is already recorded."),
        )
    has_primary = session.scalar(
        select(func.count(Introduction.id)).where(
            Introduction.introduced_id == introduced_id, Introduction.is_primary
        )
    )
    introduction = Introduction(
        connector_id=connector_id,
        introduced_id=introduced_id,
        is_primary=not has_primary,
        permission=permission,
        status=status,
        context=context.strip(),
        reason=reason.strip(),
        introduced_on=introduced_on or dt.date.today(),
        forewarned=Forewarned(forewarned),
    )
    session.add(introduction)
    for someone in (session.get(Person, introduced_id), session.get(Person, connector_id)):
        if someone is not None and someone.weak_tie:
            someone.weak_tie = False
    session.flush()
    return introduction.id


def introduce_new_person(
    session: Session,
    connector_id: int,
    draft: PersonDraft,
    *,
    permission: Permission = Permission.NOT_ASKED,
    context: str = "",
    reason: str = "",
    forewarned: Forewarned = Forewarned.UNKNOWN,
) -> int:
    """Create the person the connector named and the introduction; returns the new person's id.

    ``context`` is how the connector and the person know each other; ``reason``, why the user
    should call the person."""
    person_id = create_person(session, draft)
    add_introduction(
        session,
        connector_id,
        person_id,
        permission=permission,
        context=context,
        reason=reason,
        forewarned=forewarned,
    )
    return person_id


def user_name(session: Session) -> str:
    """The user's name, at the root of the tree ("" until the profile is filled in)."""
    return session.scalars(select(Profile.name).order_by(Profile.id)).first() or ""


def referral_tree(session: Session) -> list[ReferralNode]:
    """The people under the user, each under their primary connector, sorted by name.

    Two plain queries and one pass in Python: the tree view and the map load 5,000 people in a
    few tens of milliseconds. Enum columns are read as text and mapped here (SQLAlchemy's
    per-row enum processing would cost more than the rest), and names are sorted in Python
    with a cached fold, since names repeat.
    """
    person, organization, introduction = (
        Person.__table__.c,
        Organization.__table__.c,
        Introduction.__table__.c,
    )
    people = session.execute(
        select(
            person.id,
            person.first_name,
            person.last_name,
            organization.name,
            type_coerce(person.status, String),
            person.job_title,
            person.is_decision_maker,
            organization.is_target,
            person.weak_tie,
        ).select_from(
            Person.__table__.outerjoin(
                Organization.__table__, person.organization_id == organization.id
            )
        )
    ).all()
    people = sorted(people, key=lambda row: (_folded(row[2]), _folded(row[1]), row[0]))
    nodes = {
        pid: ReferralNode(
            pid,
            f"{first} {last}" if first and last else first or last,
            org or "",
            _CONTACT_STATUS[status],
            job_title=job_title,
            is_decision_maker=bool(decision_maker),
            at_target=bool(is_target),
            weak_tie=bool(weak_tie),
        )
        for pid, first, last, org, status, job_title, decision_maker, is_target, weak_tie in people
    }
    connector_of: dict[int, int] = {}
    rows = session.execute(
        select(
            introduction.id,
            introduction.connector_id,
            introduction.introduced_id,
            introduction.is_primary,
            type_coerce(introduction.permission, String),
            type_coerce(introduction.status, String),
            type_coerce(introduction.forewarned, String),
        ).order_by(introduction.introduced_on, introduction.id)
    )
    for intro_id, connector_id, introduced_id, is_primary, permission, status, warned in rows:
        node = nodes[introduced_id]
        if is_primary and introduced_id not in connector_of:
            connector_of[introduced_id] = connector_id
            node.introduction_id = intro_id
            node.permission = _PERMISSION[permission]
            node.introduction_status = _INTRODUCTION_STATUS[status]
            node.forewarned = _FOREWARNED.get(warned, Forewarned.UNKNOWN)
        else:
            node.other_connectors.append((connector_id, nodes[connector_id].name))
            nodes[connector_id].other_names_given += 1
    in_loop = _loop_members(connector_of)
    roots: list[ReferralNode] = []
    for pid, node in nodes.items():
        parent = connector_of.get(pid)
        if parent is None or pid in in_loop:
            roots.append(node)
        else:
            nodes[parent].children.append(node)
    return roots


_CONTACT_STATUS = {s.value: s for s in ContactStatus}
_PERMISSION = {p.value: p for p in Permission}
_FOREWARNED = {f.value: f for f in Forewarned}
_INTRODUCTION_STATUS = {s.value: s for s in IntroductionStatus}
_folded = lru_cache(maxsize=8192)(fold)


def _loop_members(connector_of: dict[int, int]) -> set[int]:
    """The people whose chain of connectors turns in a circle instead of reaching the user.

    Carnet refuses such loops, but a file written by another tool could hold one; its members
    are shown directly under the user, and whoever they introduced stays under them.
    """
    done: set[int] = set()
    members: set[int] = set()
    for start in connector_of:
        path: list[int] = []
        on_path: set[int] = set()
        current: int | None = start
        while current is not None and current not in done and current not in on_path:
            path.append(current)
            on_path.add(current)
            current = connector_of.get(current)
        if current is not None and current in on_path:
            members.update(path[path.index(current) :])
        done.update(path)
    return members


# Editing an introduction from the tree ---------------------------------------------------------

_PERSON_STATUS_AT = {
    IntroductionStatus.SUGGESTED: ContactStatus.TO_CONTACT,
    IntroductionStatus.CONTACTED: ContactStatus.CONTACTED,
    IntroductionStatus.MET: ContactStatus.MET,
}


def _introduction(session: Session, introduction_id: int) -> Introduction:
    introduction = session.get(Introduction, introduction_id)
    if introduction is None:
        raise ValidationError(
            "introduction",
            QT_TRANSLATE_NOOP(
                "DomainMessages", "This introduction no longer exists; it may have been removed."
            ),
        )
    return introduction


def set_permission(session: Session, introduction_id: int, permission: Permission) -> None:
    """Record the connector's answer to "may I call on your behalf?"."""
    _introduction(session, introduction_id).permission = Permission(permission)


def mark_known(session: Session, person_id: int) -> None:
    """The user knows this LinkedIn connection personally: they join the tree's root."""
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(
            "person",
            QT_TRANSLATE_NOOP("DomainMessages", "This person is no longer in your contacts."),
        )
    person.weak_tie = False


def set_forewarned(session: Session, introduction_id: int, forewarned: Forewarned) -> None:
    """Record whether the connector told the person that the user will call ("prévenu")."""
    _introduction(session, introduction_id).forewarned = Forewarned(forewarned)


def mark_progress(session: Session, person_id: int, status: IntroductionStatus) -> None:
    """Where the user stands with a person: suggested (still to call), contacted, or met.

    The primary introduction takes the new status, and the person's own status follows it, so
    the contacts list and the distances to target companies agree with the tree. A person the
    user is "in relation" with stays so when marked met; a lead stays a lead when marked
    suggested.
    """
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(
            "person",
            QT_TRANSLATE_NOOP("DomainMessages", "This person is no longer in your contacts."),
        )
    status = IntroductionStatus(status)
    primary = session.scalars(
        select(Introduction).where(Introduction.introduced_id == person_id, Introduction.is_primary)
    ).first()
    if primary is not None:
        primary.status = status
    keep = (status == IntroductionStatus.MET and person.status == ContactStatus.IN_RELATION) or (
        status == IntroductionStatus.SUGGESTED and person.status == ContactStatus.LEAD
    )
    if not keep:
        person.status = _PERSON_STATUS_AT[status]


def set_primary_connector(session: Session, introduced_id: int, connector_id: int) -> None:
    """Show the person under ``connector_id``, one of the people who gave their name."""
    introductions = session.scalars(
        select(Introduction).where(Introduction.introduced_id == introduced_id)
    ).all()
    if not any(i.connector_id == connector_id for i in introductions):
        raise ValidationError(
            "connector",
            QT_TRANSLATE_NOOP(
                "DomainMessages",
                "This person did not give you that name; add the introduction first.",
            ),
        )
    for introduction in introductions:
        introduction.is_primary = introduction.connector_id == connector_id


def remove_introduction(session: Session, introduction_id: int) -> None:
    """Forget one introduction; if it was the primary one, the next connector takes its place.

    Calls logged with this introduction keep their record, without the link to it.
    """
    introduction = _introduction(session, introduction_id)
    introduced_id, was_primary = introduction.introduced_id, introduction.is_primary
    session.delete(introduction)
    session.flush()
    if was_primary:
        successor = session.scalars(
            select(Introduction)
            .where(Introduction.introduced_id == introduced_id)
            .order_by(Introduction.introduced_on, Introduction.id)
        ).first()
        if successor is not None:
            successor.is_primary = True
