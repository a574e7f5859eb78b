"""Use cases on people and their organisations.

Functions take the caller's ``Session``: one user action is one transaction, opened by the caller.
They return plain rows, so views never hold live ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from carnet.domain.enums import ContactPointKind, ContactStatus
from carnet.domain.errors import ValidationError, tr_noop
from carnet.domain.models import ContactPoint, Introduction, Organization, Person
from carnet.domain.text import fold


@dataclass
class PersonDraft:
    """What a person's form holds; also what the use cases take to create or update a person."""

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

    def cleaned(self) -> PersonDraft:
        text = {name: getattr(self, name).strip() for name in _TEXT_FIELDS}
        draft = PersonDraft(**text, status=ContactStatus(self.status))
        if not (draft.first_name or draft.last_name):
            raise ValidationError(
                "name", tr_noop("A person needs at least a first or a last name.")
            )
        for name in _TEXT_FIELDS:
            if "\x00" in text[name]:
                raise ValidationError(
                    name, tr_noop("This text holds an invisible control character.")
                )
        return draft


_TEXT_FIELDS = [f for f in PersonDraft.__dataclass_fields__ if f != "status"]


@dataclass(frozen=True)
class PersonRow:
    id: int
    full_name: str
    organization: str
    job_title: str
    status: ContactStatus
    connector: str = ""
    connector_id: int | None = None
    tags: tuple[str, ...] = field(default=())


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


def _set_contact_point(person: Person, kind: ContactPointKind, value: str) -> None:
    """Set the first point of ``kind``; the form edits one email and one phone for now."""
    existing = next((p for p in person.contact_points if p.kind == kind), None)
    if existing and not value:
        person.contact_points.remove(existing)
    elif existing:
        existing.value = value
    elif value:
        person.contact_points.append(ContactPoint(kind=kind, value=value))


def _apply(session: Session, person: Person, draft: PersonDraft) -> None:
    draft = draft.cleaned()
    person.first_name = draft.first_name
    person.last_name = draft.last_name
    person.job_title = draft.job_title
    person.city = draft.city
    person.linkedin_url = draft.linkedin_url
    person.background = draft.background
    person.how_we_met = draft.how_we_met
    person.status = draft.status
    person.organization = find_or_create_organization(session, draft.organization_name)
    _set_contact_point(person, ContactPointKind.EMAIL, draft.email)
    _set_contact_point(person, ContactPointKind.PHONE, draft.phone)


def create_person(session: Session, draft: PersonDraft) -> int:
    person = Person()
    _apply(session, person, draft)
    session.add(person)
    session.flush()
    return person.id


def update_person(session: Session, person_id: int, draft: PersonDraft) -> None:
    _apply(session, _get(session, person_id), draft)


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


def load_draft(session: Session, person_id: int) -> PersonDraft:
    person = _get(session, person_id)
    return PersonDraft(
        first_name=person.first_name,
        last_name=person.last_name,
        job_title=person.job_title,
        organization_name=person.organization.name if person.organization else "",
        email=person.email(),
        phone=person.phone(),
        city=person.city,
        linkedin_url=person.linkedin_url,
        background=person.background,
        how_we_met=person.how_we_met,
        status=person.status,
    )


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise LookupError(f"no person {person_id}")
    return person


def list_people(session: Session, search: str = "") -> list[PersonRow]:
    """People sorted by name, with their primary connector, filtered by a case-blind search."""
    connector = aliased(Person)
    query = (
        select(Person, Organization.name, connector)
        .outerjoin(Organization, Person.organization_id == Organization.id)
        .outerjoin(
            Introduction,
            (Introduction.introduced_id == Person.id) & Introduction.is_primary,
        )
        .outerjoin(connector, connector.id == Introduction.connector_id)
        .options(selectinload(Person.tags))
        .order_by(func.fold(Person.last_name), func.fold(Person.first_name), Person.id)
    )
    for word in fold(search).split():
        query = query.where(
            or_(
                *(
                    func.fold(column).contains(word, autoescape=True)
                    for column in (
                        Person.first_name,
                        Person.last_name,
                        Person.job_title,
                        Organization.name,
                    )
                )
            )
        )
    return [
        PersonRow(
            id=person.id,
            full_name=person.full_name,
            organization=organization or "",
            job_title=person.job_title,
            status=person.status,
            connector=connector_person.full_name if connector_person else "",
            connector_id=connector_person.id if connector_person else None,
            tags=tuple(t.name for t in person.tags),
        )
        for person, organization, connector_person in session.execute(query)
    ]


def organization_names(session: Session) -> list[str]:
    return list(session.scalars(select(Organization.name).order_by(func.fold(Organization.name))))


def count_people(session: Session) -> int:
    return session.scalar(select(func.count(Person.id))) or 0
