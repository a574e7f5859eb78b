"""Use cases on people and their organisations.

Functions take the caller's ``Session``: one user action is one transaction, opened by the caller.
They return plain rows, so views never hold live ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from carnet.domain.enums import ContactPointKind, ContactStatus
from carnet.domain.errors import ValidationError
from carnet.domain.models import (
    ContactPoint,
    FollowUp,
    Interaction,
    Introduction,
    Organization,
    Person,
    Tag,
    note_person,
)
from carnet.domain.person_rules import (
    BAD_CADENCE,
    MAX_CONTACT_VALUE,
    MAX_KEEP_IN_TOUCH_DAYS,
    MAX_LABEL,
    MAX_LENGTHS,
    MAX_TAG,
    NAME_MISSING,
    email_problem,
    phone_problem,
    text_problem,
    url_problem,
)
from carnet.domain.search import PeopleQuery, find_person_ids, person_rows, sort_key
from carnet.domain.search import PersonRow as PersonRow
from carnet.domain.text import fold

NEVER_REMIND = -1
"""``PersonDraft.keep_in_touch_days`` for "never remind me" (0 there is the status's rhythm)."""


@dataclass(frozen=True)
class ContactEntry:
    """One email address or phone number, with its label such as "work" or "mobile"."""

    value: str
    label: str = ""


@dataclass
class PersonDraft:
    """What a person's card holds; also what the use cases take to create or update a person.

    The fields after ``status`` came later: left at None, an update leaves them as they are (and
    a new person has none), so that a caller knowing only the first fields changes only those.
    ``email`` and ``phone`` are the first of ``emails`` and ``phones``; set alone, they change
    that first address only. ``keep_in_touch_days`` is 0 for the status's rhythm (none of their
    own) and ``NEVER_REMIND`` for "never remind me".
    """

    first_name: str = ""
    last_name: str = ""
    job_title: str = ""
    organization_name: str = ""
    email: str = ""
    phone: str = ""
    city: str = ""
    linkedin_url: str = ""
    background: str = ""
    how_we_met: str = ""
    status: ContactStatus = ContactStatus.TO_CONTACT
    emails: tuple[ContactEntry, ...] | None = None
    phones: tuple[ContactEntry, ...] | None = None
    tags: tuple[str, ...] | None = None
    keep_in_touch_days: int | None = None
    is_decision_maker: bool | None = None

    def __post_init__(self) -> None:
        self._sync()

    def _sync(self) -> None:
        if self.emails is not None:
            self.emails = _with_first(self.email, self.emails)
            self.email = self.emails[0].value if self.emails else ""
        if self.phones is not None:
            self.phones = _with_first(self.phone, self.phones)
            self.phone = self.phones[0].value if self.phones else ""
        if self.tags is not None:
            self.tags = tuple(self.tags)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name.strip(), self.last_name.strip()) if p)

    def cleaned(self) -> PersonDraft:
        """The draft as it will be stored, or ``ValidationError`` naming the field refused."""
        self._sync()
        text = {name: getattr(self, name).strip() for name in _TEXT_FIELDS}
        for name, value in text.items():
            _check_text(name, value, MAX_LENGTHS.get(name, MAX_CONTACT_VALUE))
        if not (text["first_name"] or text["last_name"]):
            raise ValidationError("name", NAME_MISSING)
        emails = self.emails if self.emails is not None else _single(text["email"])
        phones = self.phones if self.phones is not None else _single(text["phone"])
        emails = _cleaned_entries("emails", emails, _check_email)
        phones = _cleaned_entries("phones", phones, _check_phone)
        _check_url("linkedin_url", text["linkedin_url"])
        days = self.keep_in_touch_days
        if (
            days is not None
            and days != NEVER_REMIND
            and not 0 <= int(days) <= MAX_KEEP_IN_TOUCH_DAYS
        ):
            raise ValidationError("keep_in_touch_days", BAD_CADENCE)
        return PersonDraft(
            **text,
            status=ContactStatus(self.status),
            emails=emails if self.emails is not None else None,
            phones=phones if self.phones is not None else None,
            tags=None if self.tags is None else _cleaned_tags(self.tags),
            keep_in_touch_days=None if days is None else int(days),
            is_decision_maker=None
            if self.is_decision_maker is None
            else bool(self.is_decision_maker),
        )


_TEXT_FIELDS = [f.name for f in fields(PersonDraft) if f.type == "str"]


def _single(value: str) -> tuple[ContactEntry, ...]:
    return (ContactEntry(value),) if value else ()


def _with_first(
    first: str, given: Iterable[ContactEntry | tuple[str, str]]
) -> tuple[ContactEntry, ...]:
    entries = tuple(e if isinstance(e, ContactEntry) else ContactEntry(*e) for e in given)
    if not entries:
        return _single(first)
    if first and entries[0].value != first:
        return (ContactEntry(first, entries[0].label), *entries[1:])
    return entries


def _check_text(name: str, value: str, limit: int) -> None:
    if problem := text_problem(name, value, limit):
        raise ValidationError(name, problem)


def _cleaned_entries(
    name: str, entries: Iterable[ContactEntry], check: Callable[[str, str], None]
) -> tuple[ContactEntry, ...]:
    """Entries without blanks or repeats; a refused one names its place, e.g. ``emails.1``."""
    kept: list[ContactEntry] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        value, label = entry.value.strip(), entry.label.strip()
        place = f"{name}.{index}"
        _check_text(place, value, MAX_CONTACT_VALUE)
        _check_text(place, label, MAX_LABEL)
        if not value:
            continue
        check(place, value)
        if fold(value) not in seen:
            seen.add(fold(value))
            kept.append(ContactEntry(value, label))
    return tuple(kept)


def _cleaned_tags(tags: Iterable[str]) -> tuple[str, ...]:
    kept: dict[str, str] = {}
    for tag in tags:
        name = " ".join(tag.split())
        _check_text("tags", name, MAX_TAG)
        if name and fold(name) not in kept:
            kept[fold(name)] = name
    return tuple(kept.values())


def _check_email(place: str, value: str) -> None:
    if problem := email_problem(value):
        raise ValidationError(place, problem)


def _check_phone(place: str, value: str) -> None:
    if problem := phone_problem(value):
        raise ValidationError(place, problem)


def _check_url(place: str, value: str) -> None:
    if problem := url_problem(value):
        raise ValidationError(place, problem)


# Writing ---------------------------------------------------------------------------------------


def find_or_create_organization(session: Session, name: str) -> Organization | None:
    if not name:
        return None
    found = session.scalars(
        select(Organization).where(func.fold(Organization.name) == fold(name))
    ).first()
    if found is None:
        found = Organization(name=name)
        session.add(found)
    return found


def _find_or_create_tags(session: Session, names: tuple[str, ...]) -> list[Tag]:
    if not names:
        return []
    wanted = {fold(name): name for name in names}
    existing = {
        fold(tag.name): tag
        for tag in session.scalars(select(Tag).where(func.fold(Tag.name).in_(list(wanted))))
    }
    tags = []
    for key, name in wanted.items():
        tag = existing.get(key)
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        tags.append(tag)
    return tags


def _sync_contact_points(
    person: Person,
    kind: ContactPointKind,
    entries: tuple[ContactEntry, ...],
    *,
    first_only: bool = False,
) -> None:
    """Edit the rows in place, in order: an edited address keeps its row.

    ``first_only``: ``entries`` holds at most the first address; the others stay as they are.
    """
    existing = [p for p in person.contact_points if p.kind == kind]
    if first_only:
        existing, entries = existing[:1], entries[:1]
    for point, entry in zip(existing, entries, strict=False):
        point.value = entry.value
        if entry.label or not first_only:
            point.label = entry.label
    for point in existing[len(entries) :]:
        person.contact_points.remove(point)
    for entry in entries[len(existing) :]:
        person.contact_points.append(ContactPoint(kind=kind, value=entry.value, label=entry.label))


def _apply(session: Session, person: Person, draft: PersonDraft) -> None:
    draft = draft.cleaned()
    # Look the organisation and the tags up before touching the person: a lookup flushes the
    # session, and a new person must not be flushed half linked.
    organization = find_or_create_organization(session, draft.organization_name)
    tags = None if draft.tags is None else _find_or_create_tags(session, draft.tags)
    person.first_name = draft.first_name
    person.last_name = draft.last_name
    person.job_title = draft.job_title
    person.city = draft.city
    person.linkedin_url = draft.linkedin_url
    person.background = draft.background
    person.how_we_met = draft.how_we_met
    person.status = draft.status
    person.organization = organization
    for kind, entries, value in (
        (ContactPointKind.EMAIL, draft.emails, draft.email),
        (ContactPointKind.PHONE, draft.phones, draft.phone),
    ):
        if entries is None:
            _sync_contact_points(person, kind, _single(value), first_only=True)
        else:
            _sync_contact_points(person, kind, entries)
    if tags is not None:
        person.tags = tags
    if draft.keep_in_touch_days is not None:
        days = draft.keep_in_touch_days
        # stored as Follow-ups stores it (followups.set_cadence): NULL as usual, 0 never
        person.keep_in_touch_days = 0 if days == NEVER_REMIND else (days or None)
    if draft.is_decision_maker is not None:
        person.is_decision_maker = draft.is_decision_maker


def create_person(session: Session, draft: PersonDraft) -> int:
    person = Person()
    _apply(session, person, draft)
    session.add(person)
    session.flush()
    return person.id


def update_person(session: Session, person_id: int, draft: PersonDraft) -> None:
    _apply(session, _get(session, person_id), draft)
    session.flush()


def delete_person(session: Session, person_id: int) -> None:
    """Delete a person with their calls and follow-ups; notes stay, unlinked from them.

    The people they introduced stay too: each moves under their next connector, if they have
    another one, or else under the user.
    """
    person = _get(session, person_id)
    orphaned = [i.introduced_id for i in person.introductions_given if i.is_primary]
    session.delete(person)
    session.flush()
    for introduced_id in orphaned:
        successor = session.scalars(
            select(Introduction)
            .where(Introduction.introduced_id == introduced_id)
            .order_by(Introduction.introduced_on, Introduction.id)
        ).first()
        if successor is not None:
            successor.is_primary = True


@dataclass(frozen=True)
class Belongings:
    """What deleting a person takes with them, and what stays."""

    name: str
    interactions: int
    introductions_received: int
    introductions_given: int
    follow_ups: int
    notes: int
    """Notebook entries linked to them: they stay, no longer linked."""


def belongings(session: Session, person_id: int) -> Belongings:
    person = _get(session, person_id)

    def count(statement: Select[Any]) -> int:
        return session.scalar(statement) or 0

    return Belongings(
        name=person.full_name,
        interactions=count(
            select(func.count(Interaction.id)).where(Interaction.person_id == person_id)
        ),
        introductions_received=count(
            select(func.count(Introduction.id)).where(Introduction.introduced_id == person_id)
        ),
        introductions_given=count(
            select(func.count(Introduction.id)).where(Introduction.connector_id == person_id)
        ),
        follow_ups=count(select(func.count(FollowUp.id)).where(FollowUp.person_id == person_id)),
        notes=count(select(func.count()).where(note_person.c.person_id == person_id)),
    )


# Reading ---------------------------------------------------------------------------------------


def load_draft(session: Session, person_id: int) -> PersonDraft:
    person = _get(session, person_id)
    points = person.contact_points
    return PersonDraft(
        first_name=person.first_name,
        last_name=person.last_name,
        job_title=person.job_title,
        organization_name=person.organization.name if person.organization else "",
        city=person.city,
        linkedin_url=person.linkedin_url,
        background=person.background,
        how_we_met=person.how_we_met,
        status=person.status,
        emails=tuple(
            ContactEntry(p.value, p.label) for p in points if p.kind == ContactPointKind.EMAIL
        ),
        phones=tuple(
            ContactEntry(p.value, p.label) for p in points if p.kind == ContactPointKind.PHONE
        ),
        tags=tuple(sorted((t.name for t in person.tags), key=fold)),
        keep_in_touch_days=NEVER_REMIND
        if person.keep_in_touch_days == 0
        else (person.keep_in_touch_days or 0),
        is_decision_maker=person.is_decision_maker,
    )


def person_exists(session: Session, person_id: int) -> bool:
    return session.get(Person, person_id) is not None


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise LookupError(f"no person {person_id}")
    return person


def list_people(session: Session, search: str = "", **filters: Any) -> list[PersonRow]:
    """People sorted by name, with their primary connector, found by the words of ``search``.

    ``filters`` are the other fields of ``search.PeopleQuery`` (status, targets_only, tag…).
    A view showing many people reads ``find_person_ids`` then ``person_rows`` a page at a time.
    """
    ids = find_person_ids(session, PeopleQuery(text=search, **filters))
    return person_rows(session, ids)


def organization_names(session: Session) -> list[str]:
    return sorted(session.scalars(select(Organization.name)), key=sort_key)


def tag_names(session: Session) -> list[str]:
    return sorted(session.scalars(select(Tag.name)), key=sort_key)


def count_people(session: Session) -> int:
    return session.scalar(select(func.count(Person.id))) or 0
