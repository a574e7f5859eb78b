"""Introductions and the referral tree: who gave the user whose name.

The tree is rooted at the user. A person sits under the connector of their primary introduction,
or directly under the user when nobody introduced them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from carnet.domain.enums import ContactStatus, IntroductionStatus, Permission
from carnet.domain.errors import ValidationError, tr_noop
from carnet.domain.models import Introduction, Organization, Person
from carnet.domain.people import PersonDraft, create_person


@dataclass
class ReferralNode:
    person_id: int
    name: str
    organization: str
    status: ContactStatus
    permission: Permission | None = None
    introduction_status: IntroductionStatus | None = None
    children: list[ReferralNode] = field(default_factory=list)

    @property
    def names_given(self) -> int:
        return len(self.children)


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
    introduced_on: dt.date | None = None,
) -> int:
    """Record that the connector gave the user the introduced person's name."""
    if connector_id == introduced_id:
        raise ValidationError("connector", tr_noop("Nobody can introduce you to themselves."))
    if connector_id in _introduced_downstream(session, introduced_id):
        raise ValidationError(
            "connector",
            tr_noop("This would make a loop: this person already led you to the connector."),
        )
    already = session.scalars(
        select(Introduction).where(
            Introduction.connector_id == connector_id,
            Introduction.introduced_id == introduced_id,
        )
    ).first()
    if already is not None:
        raise ValidationError("connector", tr_noop("This introduction is already recorded."))
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
        introduced_on=introduced_on or dt.date.today(),
    )
    session.add(introduction)
    session.flush()
    return introduction.id


def introduce_new_person(
    session: Session,
    connector_id: int,
    draft: PersonDraft,
    *,
    permission: Permission = Permission.NOT_ASKED,
    context: str = "",
) -> int:
    """Create the person the connector named and the introduction; returns the new person's id."""
    person_id = create_person(session, draft)
    add_introduction(session, connector_id, person_id, permission=permission, context=context)
    return person_id


def referral_tree(session: Session) -> list[ReferralNode]:
    """The people under the user, each under their primary connector, sorted by name."""
    people = session.execute(
        select(Person.id, Person.first_name, Person.last_name, Organization.name, Person.status)
        .outerjoin(Organization, Person.organization_id == Organization.id)
        .order_by(func.fold(Person.last_name), func.fold(Person.first_name), Person.id)
    ).all()
    nodes = {
        pid: ReferralNode(
            pid, " ".join(p for p in (first, last) if p), organization or "", ContactStatus(status)
        )
        for pid, first, last, organization, status in people
    }
    connector_of: dict[int, int] = {}
    for connector_id, introduced_id, permission, status in session.execute(
        select(
            Introduction.connector_id,
            Introduction.introduced_id,
            Introduction.permission,
            Introduction.status,
        ).where(Introduction.is_primary)
    ):
        connector_of[introduced_id] = connector_id
        nodes[introduced_id].permission = Permission(permission)
        nodes[introduced_id].introduction_status = IntroductionStatus(status)
    roots: list[ReferralNode] = []
    for pid, node in nodes.items():
        parent = connector_of.get(pid)
        if parent is None or _in_loop(pid, connector_of):
            roots.append(node)
        else:
            nodes[parent].children.append(node)
    return roots


def _in_loop(person_id: int, connector_of: dict[int, int]) -> bool:
    """True when following connectors up from the person never reaches the user."""
    seen = {person_id}
    current = connector_of.get(person_id)
    while current is not None:
        if current in seen:
            return True
        seen.add(current)
        current = connector_of.get(current)
    return False
