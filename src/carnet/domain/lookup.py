"""Find a person or an organisation by a few typed letters, for the choosers of every form.

People are found through the ``person_search`` index (name, organisation, job title), so that
choosing among a hundred thousand contacts costs no more than among ten.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Integer, MetaData, Table, Text, func, select
from sqlalchemy.orm import Session

from carnet.db.search_index import match_expression
from carnet.domain.models import Organization, Person
from carnet.domain.text import fold

_PERSON_SEARCH = Table(
    "person_search",
    MetaData(),
    Column("rowid", Integer, primary_key=True),
    Column("person_search", Text),
)


@dataclass(frozen=True)
class Choice:
    """Something to pick in a chooser: its id, its name and a hint such as the company."""

    id: int
    name: str
    hint: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} — {self.hint}" if self.hint else self.name


def find_people(session: Session, text: str, limit: int = 20) -> list[Choice]:
    """People whose name, company or job starts with the typed words, by name.

    With nothing typed, the people added last: the ones a note or a call is most likely about.
    """
    statement = (
        select(Person.id, Person.first_name, Person.last_name, Organization.name)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .limit(limit)
    )
    expression = match_expression(text)
    if expression is None:
        statement = statement.order_by(Person.id.desc())
    else:
        statement = (
            statement.join(_PERSON_SEARCH, _PERSON_SEARCH.c.rowid == Person.id)
            .where(
                _PERSON_SEARCH.c.person_search.op("MATCH")(
                    f"{{name organization job_title}} : ({expression})"
                )
            )
            .order_by(func.fold(Person.last_name), func.fold(Person.first_name), Person.id)
        )
    return [
        Choice(pid, " ".join(p for p in (first, last) if p), organization or "")
        for pid, first, last, organization in session.execute(statement)
    ]


def person_choice(session: Session, person_id: int | None) -> Choice | None:
    if person_id is None:
        return None
    person = session.get(Person, person_id)
    if person is None:
        return None
    return Choice(
        person.id, person.full_name, person.organization.name if person.organization else ""
    )


def find_organizations(session: Session, text: str, limit: int = 20) -> list[Choice]:
    """Organisations whose name holds every typed word, target companies first.

    With nothing typed, the target companies by priority, then the organisations added last.
    """
    statement = select(Organization.id, Organization.name, Organization.sector).limit(limit)
    words = fold(text).split()
    if not words:
        statement = statement.order_by(
            Organization.is_target.desc(),
            Organization.priority.is_(None),
            Organization.priority,
            Organization.id.desc(),
        )
    else:
        statement = statement.order_by(
            Organization.is_target.desc(), func.fold(Organization.name), Organization.id
        )
    for word in words:
        statement = statement.where(func.fold(Organization.name).contains(word, autoescape=True))
    return [Choice(oid, name, sector or "") for oid, name, sector in session.execute(statement)]


def organization_choice(session: Session, organization_id: int | None) -> Choice | None:
    if organization_id is None:
        return None
    organization = session.get(Organization, organization_id)
    if organization is None:
        return None
    return Choice(organization.id, organization.name, organization.sector)
