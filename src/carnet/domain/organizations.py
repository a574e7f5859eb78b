"""Organisations: the companies people work at, target companies among them, and what the user
learned about each (the notebook entries linked to it: the facts gathered relay after relay)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from carnet.domain.enums import ContactStatus
from carnet.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.models import Note, Organization, Person
from carnet.domain.person_rules import url_problem
from carnet.domain.search import sort_key
from carnet.domain.snapshots import Row, _inserted_id
from carnet.domain.text import fold

MAX_PRIORITY = 5
NAME_MISSING = QT_TRANSLATE_NOOP("DomainMessages", "An organisation needs a name.")
NAME_TAKEN = QT_TRANSLATE_NOOP("DomainMessages", "Another organisation already has this name.")
BAD_PRIORITY = QT_TRANSLATE_NOOP("DomainMessages", "The priority goes from 1 (most wanted) to 5.")
GONE = QT_TRANSLATE_NOOP("DomainMessages", "This organisation is no longer in your contacts.")
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "This text holds an invisible control character; remove it, or type the text again.",
)
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "DomainMessages", "This text is too long: 300 characters at most."
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "DomainMessages", "This text is too long: 100,000 characters at most (about fifty pages)."
)
_LIMITS = {"name": 300, "sector": 200, "website": 500, "notes": 100_000}


@dataclass(frozen=True)
class OrganizationRow:
    id: int
    name: str
    is_target: bool
    priority: int | None
    sector: str
    people: int


@dataclass
class OrganizationDraft:
    name: str = ""
    sector: str = ""
    website: str = ""
    notes: str = ""
    is_target: bool = False
    priority: int | None = None

    def cleaned(self) -> OrganizationDraft:
        text = {
            "name": " ".join(self.name.split()),
            "sector": self.sector.strip(),
            "website": self.website.strip(),
            "notes": self.notes.strip(),
        }
        for name, value in text.items():
            allowed = "\t\n\r" if name == "notes" else ""
            if any((ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F) and ch not in allowed for ch in value):
                raise ValidationError(name, CONTROL_CHARACTER)
            if len(value) > _LIMITS[name]:
                raise ValidationError(name, TEXT_TOO_LONG if name == "notes" else NAME_TOO_LONG)
        if not text["name"]:
            raise ValidationError("name", NAME_MISSING)
        if problem := url_problem(text["website"]):
            raise ValidationError("website", problem)
        priority = self.priority if self.is_target else None
        if priority is not None and not 1 <= priority <= MAX_PRIORITY:
            raise ValidationError("priority", BAD_PRIORITY)
        return OrganizationDraft(**text, is_target=bool(self.is_target), priority=priority)


@dataclass(frozen=True)
class PersonThere:
    id: int
    name: str
    job_title: str
    status: ContactStatus
    is_decision_maker: bool


@dataclass(frozen=True)
class OrganizationSnapshot:
    """An organisation as it was before being deleted, and who was linked to it."""

    row: Row
    person_ids: tuple[int, ...]
    note_ids: tuple[int, ...]

    @property
    def organization_id(self) -> int:
        return cast(int, self.row["id"])


def list_organizations(
    session: Session, text: str = "", *, targets_only: bool = False
) -> list[OrganizationRow]:
    """Organisations whose name holds every typed word, by name (targets first if asked)."""
    statement = select(
        Organization.id,
        Organization.name,
        Organization.is_target,
        Organization.priority,
        Organization.sector,
        select(func.count(Person.id))
        .where(Person.organization_id == Organization.id)
        .scalar_subquery(),
    )
    for word in fold(text).split():
        statement = statement.where(func.fold(Organization.name).contains(word, autoescape=True))
    if targets_only:
        statement = statement.where(Organization.is_target)
    rows = [OrganizationRow(*row) for row in session.execute(statement)]
    rows.sort(key=lambda r: (sort_key(r.name), r.id))
    if targets_only:
        rows.sort(key=lambda r: r.priority or MAX_PRIORITY + 1)
    return rows


def _get(session: Session, organization_id: int) -> Organization:
    organization = session.get(Organization, organization_id)
    if organization is None:
        raise ValidationError("organization", GONE)
    return organization


def load_organization(session: Session, organization_id: int) -> OrganizationDraft:
    organization = _get(session, organization_id)
    return OrganizationDraft(
        name=organization.name,
        sector=organization.sector,
        website=organization.website,
        notes=organization.notes,
        is_target=organization.is_target,
        priority=organization.priority,
    )


def _check_name_free(session: Session, name: str, organization_id: int | None) -> None:
    statement = select(Organization.id).where(func.fold(Organization.name) == fold(name))
    if organization_id is not None:
        statement = statement.where(Organization.id != organization_id)
    if session.execute(statement).first() is not None:
        raise ValidationError("name", NAME_TAKEN)


def _write(organization: Organization, draft: OrganizationDraft) -> None:
    organization.name = draft.name
    organization.sector = draft.sector
    organization.website = draft.website
    organization.notes = draft.notes
    organization.is_target = draft.is_target
    organization.priority = draft.priority


def create_organization(session: Session, draft: OrganizationDraft) -> int:
    draft = draft.cleaned()
    _check_name_free(session, draft.name, None)
    organization = Organization()
    _write(organization, draft)
    session.add(organization)
    session.flush()
    return organization.id


def save_organization(session: Session, organization_id: int, draft: OrganizationDraft) -> None:
    draft = draft.cleaned()
    organization = _get(session, organization_id)
    _check_name_free(session, draft.name, organization_id)
    _write(organization, draft)
    session.flush()


def people_at(session: Session, organization_id: int) -> list[PersonThere]:
    rows = [
        PersonThere(
            pid, " ".join(p for p in (first, last) if p), job or "", ContactStatus(status), bool(dm)
        )
        for pid, first, last, job, status, dm in session.execute(
            select(
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.job_title,
                Person.status,
                Person.is_decision_maker,
            ).where(Person.organization_id == organization_id)
        )
    ]
    rows.sort(key=lambda p: (not p.is_decision_maker, sort_key(p.name), p.id))
    return rows


def remove_organization(session: Session, organization_id: int) -> OrganizationSnapshot:
    """Delete the organisation; its people and notebook entries stay, no longer linked to it."""
    _get(session, organization_id)
    session.flush()
    table = Organization.__table__
    row = dict(session.execute(select(table).where(table.c.id == organization_id)).mappings().one())
    snapshot = OrganizationSnapshot(
        row=row,
        person_ids=tuple(
            session.scalars(select(Person.id).where(Person.organization_id == organization_id))
        ),
        note_ids=tuple(
            session.scalars(select(Note.id).where(Note.organization_id == organization_id))
        ),
    )
    session.execute(
        update(Person).where(Person.organization_id == organization_id).values(organization_id=None)
    )
    session.execute(
        update(Note).where(Note.organization_id == organization_id).values(organization_id=None)
    )
    session.delete(session.get(Organization, organization_id))
    session.flush()
    session.expire_all()
    return snapshot


def restore_organization(session: Session, snapshot: OrganizationSnapshot) -> int:
    session.flush()
    table = Organization.__table__
    values = dict(snapshot.row)
    taken = session.execute(select(table.c.id).where(table.c.id == values["id"])).first()
    if taken is not None:
        del values["id"]
    organization_id = _inserted_id(session.execute(insert(table).values(values)))
    session.execute(
        update(Person)
        .where(Person.id.in_(snapshot.person_ids), Person.organization_id.is_(None))
        .values(organization_id=organization_id)
    )
    session.execute(
        update(Note)
        .where(Note.id.in_(snapshot.note_ids), Note.organization_id.is_(None))
        .values(organization_id=organization_id)
    )
    session.expire_all()
    return organization_id
