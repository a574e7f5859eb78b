"""Before anything is written: combine lines that repeat a contact, find likely duplicates.

A row is likely already in Carnet when it has the same LinkedIn address as someone, else one of
their email addresses, else the same name and company (case and accents aside). The user then
chooses, for each, to merge it into the existing card, skip it or create a new person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain.enums import ContactPointKind
from carnet.domain.models import ContactPoint, Organization, Person
from carnet.io.rows import (
    REPEATED,
    ContactRow,
    ParsedFile,
    RowProblem,
    fast_fold,
    linkedin_key,
    phone_key,
)


class Decision(StrEnum):
    MERGE = "merge"
    SKIP = "skip"
    CREATE = "create"


class MatchedBy(StrEnum):
    LINKEDIN = "linkedin"
    EMAIL = "email"
    NAME = "name"


@dataclass
class PersonSnapshot:
    """What the matching and the merge need to know of a person already in Carnet."""

    id: int
    first_name: str
    last_name: str
    job_title: str
    city: str
    linkedin_url: str
    background: str
    organization: str
    connected_on: dt.date | None
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class Duplicate(NamedTuple):
    """A tuple of plain values, which the garbage collector stops tracking (see ContactRow)."""

    person_id: int
    person_name: str
    person_organization: str
    matched_by: str  # a MatchedBy value


@dataclass
class ImportPlan:
    parsed: ParsedFile
    rows: list[ContactRow]
    duplicates: dict[int, Duplicate]
    decisions: dict[int, Decision]
    combined: list[RowProblem]

    def decide_all(self, decision: Decision) -> None:
        for index in self.duplicates:
            self.decisions[index] = decision


def load_people(session: Session, ids: set[int] | None = None) -> dict[int, PersonSnapshot]:
    query = select(
        Person.id,
        Person.first_name,
        Person.last_name,
        Person.job_title,
        Person.city,
        Person.linkedin_url,
        Person.background,
        Organization.name,
        Person.connected_on,
    ).outerjoin(Organization, Person.organization_id == Organization.id)
    points = select(ContactPoint.person_id, ContactPoint.kind, ContactPoint.value)
    if ids is not None:
        query = query.where(Person.id.in_(ids))
        points = points.where(ContactPoint.person_id.in_(ids))
    people = {
        pid: PersonSnapshot(pid, first, last, job, city, url, background, org or "", connected)
        for pid, first, last, job, city, url, background, org, connected in session.execute(query)
    }
    for person_id, kind, value in session.execute(points):
        person = people.get(person_id)
        if person is None:
            continue
        if kind == ContactPointKind.EMAIL:
            person.emails.add(value.lower())
        else:
            person.phones.add(phone_key(value))
    return people


def _name_key(first: str, last: str, organization: str) -> tuple[str, str]:
    return " ".join(fast_fold(f"{first} {last}").split()), " ".join(fast_fold(organization).split())


class _Index:
    """Lookups by LinkedIn address, email, and name with company."""

    def __init__(self) -> None:
        self.by_url: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        self.url_of: dict[int, str] = {}

    def add(
        self, key: int, url: str, emails: Iterable[str], first: str, last: str, organization: str
    ) -> None:
        if url:
            self.by_url.setdefault(linkedin_key(url), key)
            self.url_of[key] = linkedin_key(url)
        for email in emails:
            self.by_email.setdefault(email.lower(), key)
        self.by_name.setdefault(_name_key(first, last, organization), key)

    def find(self, row: ContactRow) -> tuple[int, MatchedBy] | None:
        if row.linkedin_url:
            found = self.by_url.get(linkedin_key(row.linkedin_url))
            if found is not None:
                return found, MatchedBy.LINKEDIN
        for email in row.emails:
            if (found := self.by_email.get(email.lower())) is not None:
                return found, MatchedBy.EMAIL
        found = self.by_name.get(_name_key(row.first_name, row.last_name, row.organization))
        if found is None:
            return None
        # Two LinkedIn profiles are two people, however alike their names.
        if row.linkedin_url and self.url_of.get(found, linkedin_key(row.linkedin_url)) != (
            linkedin_key(row.linkedin_url)
        ):
            return None
        return found, MatchedBy.NAME


def plan_import(session: Session, parsed: ParsedFile) -> ImportPlan:
    """Combine repeated lines of the file, then match each row against the people in Carnet."""
    rows: list[ContactRow] = []
    combined: list[RowProblem] = []
    in_file = _Index()
    for row in parsed.rows:
        earlier = in_file.find(row)
        if earlier is not None:
            rows[earlier[0]] = combine(rows[earlier[0]], row)
            combined.append(RowProblem(row.line, REPEATED, str(rows[earlier[0]].line)))
            continue
        rows.append(row)
        in_file.add(
            len(rows) - 1,
            row.linkedin_url,
            row.emails,
            row.first_name,
            row.last_name,
            row.organization,
        )

    existing = _Index()
    known: dict[int, tuple[str, str]] = {}
    for person_id, first, last, url, organization in session.execute(
        select(
            Person.id, Person.first_name, Person.last_name, Person.linkedin_url, Organization.name
        ).outerjoin(Organization, Person.organization_id == Organization.id)
    ):
        known[person_id] = (" ".join(p for p in (first, last) if p), organization or "")
        existing.add(person_id, url, (), first, last, organization or "")
    for person_id, email in session.execute(
        select(ContactPoint.person_id, ContactPoint.value).where(
            ContactPoint.kind == ContactPointKind.EMAIL
        )
    ):
        existing.by_email.setdefault(email.lower(), person_id)
    duplicates: dict[int, Duplicate] = {}
    for index, row in enumerate(rows):
        found = existing.find(row)
        if found is not None:
            name, organization = known[found[0]]
            duplicates[index] = Duplicate(found[0], name, organization, found[1].value)
    return ImportPlan(
        parsed=parsed,
        rows=rows,
        duplicates=duplicates,
        decisions=dict.fromkeys(duplicates, Decision.MERGE),
        combined=combined,
    )


def plan_again(session: Session, earlier: ImportPlan) -> ImportPlan:
    """``earlier``'s file matched against the data as it is now, keeping the user's choices.

    Run inside the import's write transaction: another import may have added the same people
    since the preview, and they are then merged into rather than added twice.
    """
    plan = plan_import(session, earlier.parsed)
    for index in plan.duplicates:
        if index in earlier.decisions:
            plan.decisions[index] = earlier.decisions[index]
    return plan


def combine(kept: ContactRow, repeat: ContactRow) -> ContactRow:
    """``kept`` with its empty fields filled from ``repeat``, and its new emails and phones."""
    changes: dict[str, object] = {
        name: getattr(repeat, name)
        for name in (
            "first_name",
            "last_name",
            "organization",
            "job_title",
            "linkedin_url",
            "city",
            "notes",
            "connected_on",
        )
        if not getattr(kept, name) and getattr(repeat, name)
    }
    known = {email.lower() for email in kept.emails}
    changes["emails"] = kept.emails + tuple(e for e in repeat.emails if e.lower() not in known)
    numbers = {phone_key(p) for p in kept.phones}
    changes["phones"] = kept.phones + tuple(p for p in repeat.phones if phone_key(p) not in numbers)
    changes["extras"] = kept.extras + tuple(e for e in repeat.extras if e not in kept.extras)
    return kept._replace(**changes)  # type: ignore[arg-type]  # each value has its field's type
