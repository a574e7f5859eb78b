"""A person's data, all of it: to hand it over (export) or to make it disappear (delete).

The export gathers everything Carnet holds about one person: their card, contact points and tags,
the introductions that brought them and those they made, their calls and meetings, their
follow-ups and every notebook entry linked to them, as plain values ready for JSON.

Deleting "in full" removes the person with all of that. A notebook entry linked to them alone is
deleted; one also about other people stays theirs, unlinked from the deleted person (its text may
still name them: the summary says how many, so the user can edit them). The people they
introduced stay, under their next connector or the user, as ``people.delete_person`` does.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Table, func, or_, select
from sqlalchemy.orm import Session

from carnet.domain.models import (
    Base,
    FollowUp,
    Interaction,
    Introduction,
    Note,
    Person,
    note_person,
)
from carnet.domain.people import delete_person

EXPORT_KIND = "carnet-person"
EXPORT_FORMAT = 1


@dataclass(frozen=True)
class PersonData:
    """How much Carnet holds about one person: what a deletion in full takes away."""

    name: str
    interactions: int
    introductions: int
    follow_ups: int
    notes_only_about_them: int
    notes_shared: int


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _columns(row: object, *, leave_out: tuple[str, ...] = ()) -> dict[str, object]:
    table = row.__table__  # type: ignore[attr-defined]
    return {
        column.key: _plain(getattr(row, column.key))
        for column in table.columns
        if column.key not in leave_out
    }


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise LookupError(f"no person {person_id}")
    return person


def _notes_of(session: Session, person_id: int) -> list[Note]:
    return list(
        session.scalars(
            select(Note)
            .join(note_person, note_person.c.note_id == Note.id)
            .where(note_person.c.person_id == person_id)
            .order_by(Note.written_on, Note.id)
        )
    )


def export_person(session: Session, person_id: int) -> dict[str, object]:
    """Everything Carnet holds about the person, as JSON-ready values."""
    person = _get(session, person_id)

    def introduction(row: Introduction, other: Person) -> dict[str, object]:
        values = _columns(row)
        values["other_person"] = other.full_name
        return values

    return {
        "kind": EXPORT_KIND,
        "format": EXPORT_FORMAT,
        "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(),
        "person": _columns(person),
        "organization": _columns(person.organization) if person.organization else None,
        "contact_points": [_columns(point) for point in person.contact_points],
        "tags": sorted(tag.name for tag in person.tags),
        "introduced_by": [
            introduction(row, row.connector) for row in person.introductions_received
        ],
        "introduced": [introduction(row, row.introduced) for row in person.introductions_given],
        "interactions": [
            _columns(row) for row in sorted(person.interactions, key=lambda i: i.occurred_at)
        ],
        "follow_ups": [_columns(row) for row in sorted(person.follow_ups, key=lambda f: f.due_on)],
        "notes": [
            {**_columns(note), "people": [p.full_name for p in note.people]}
            for note in _notes_of(session, person_id)
        ],
    }


def export_person_json(session: Session, person_id: int) -> str:
    return json.dumps(export_person(session, person_id), ensure_ascii=False, indent=2) + "\n"


def person_data(session: Session, person_id: int) -> PersonData:
    """What deleting the person in full would remove, for the confirmation."""
    person = _get(session, person_id)
    shared = 0
    alone = 0
    for note in _notes_of(session, person_id):
        if len(note.people) > 1:
            shared += 1
        else:
            alone += 1

    def count(model: type[Base] | Table, *conditions: ColumnElement[bool]) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0

    return PersonData(
        name=person.full_name,
        interactions=count(Interaction, Interaction.person_id == person_id),
        introductions=count(
            Introduction,
            or_(Introduction.connector_id == person_id, Introduction.introduced_id == person_id),
        ),
        follow_ups=count(FollowUp, FollowUp.person_id == person_id),
        notes_only_about_them=alone,
        notes_shared=shared,
    )


def delete_person_in_full(session: Session, person_id: int) -> PersonData:
    """Delete the person, their calls, introductions, follow-ups and their own notes.

    Returns what was removed. Run ``Database.erase_deleted_traces`` after the commit so that no
    copy stays in the file's free pages, its log or the search index.
    """
    removed = person_data(session, person_id)
    for note in _notes_of(session, person_id):
        if len(note.people) == 1:
            session.delete(note)
    session.flush()
    delete_person(session, person_id)
    session.flush()
    return removed
