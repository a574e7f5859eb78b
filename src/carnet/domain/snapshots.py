"""Everything deleting a person takes away, kept so that the deletion can be undone.

``remove_person`` takes a ``PersonSnapshot`` (their row and every row that goes or changes with
them: contact points, tags, notebook links, introductions given and received, calls and
follow-ups, and the links other rows had to those) and then deletes them as
``people.delete_person`` does. ``restore_person`` writes it all back, under the same ids when
they are still free. Rows that were deleted since (a tag, a note, the other end of an
introduction) are left out rather than brought back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Result, Table, insert, select, update
from sqlalchemy.orm import Session

from carnet.domain.models import (
    Base,
    ContactPoint,
    FollowUp,
    Interaction,
    Introduction,
    Note,
    Organization,
    Person,
    Tag,
    note_person,
    person_tag,
)
from carnet.domain.people import delete_person

Row = dict[str, object]


@dataclass(frozen=True)
class PersonSnapshot:
    person: Row
    contact_points: tuple[Row, ...] = ()
    tag_ids: tuple[int, ...] = ()
    note_ids: tuple[int, ...] = ()
    introductions: tuple[Row, ...] = ()
    interactions: tuple[Row, ...] = ()
    follow_ups: tuple[Row, ...] = ()
    outside_interaction_links: tuple[tuple[int, int | None], ...] = ()
    """(interaction of someone else, one of these introductions): the deletion unlinks them."""
    outside_follow_up_links: tuple[tuple[int, int | None], ...] = ()
    """(follow-up of someone else, one of these interactions): the deletion unlinks them."""
    primary_flags: tuple[tuple[int, bool], ...] = ()
    """The primary flag of every introduction of the people they introduced."""

    @property
    def person_id(self) -> int:
        return cast(int, self.person["id"])


@dataclass
class Restored:
    """The ids the restored rows have now (the same as before unless taken meanwhile)."""

    person_id: int
    introductions: dict[int, int] = field(default_factory=dict)
    interactions: dict[int, int] = field(default_factory=dict)


def _inserted_id(result: Result[Any]) -> int:
    """The id SQLite gave the row that ``result``'s INSERT wrote."""
    key = cast(CursorResult[Any], result).inserted_primary_key
    assert key is not None  # an INSERT of one row
    return int(key[0])


def _table(model: type[Base]) -> Table:
    return model.__table__


def _rows(session: Session, model: type[Base], *conditions: ColumnElement[bool]) -> tuple[Row, ...]:
    table = _table(model)
    statement = select(table).where(*conditions).order_by(table.c.id)
    return tuple(dict(row) for row in session.execute(statement).mappings())


def snapshot_person(session: Session, person_id: int) -> PersonSnapshot:
    session.flush()
    person_rows = _rows(session, Person, _table(Person).c.id == person_id)
    if not person_rows:
        raise LookupError(f"no person {person_id}")
    introductions = _rows(
        session,
        Introduction,
        (Introduction.connector_id == person_id) | (Introduction.introduced_id == person_id),
    )
    introduction_ids = [row["id"] for row in introductions]
    interactions = _rows(session, Interaction, Interaction.person_id == person_id)
    interaction_ids = [row["id"] for row in interactions]
    introduced = [row["introduced_id"] for row in introductions if row["connector_id"] == person_id]
    return PersonSnapshot(
        person=person_rows[0],
        contact_points=_rows(session, ContactPoint, ContactPoint.person_id == person_id),
        tag_ids=tuple(
            session.scalars(select(person_tag.c.tag_id).where(person_tag.c.person_id == person_id))
        ),
        note_ids=tuple(
            session.scalars(
                select(note_person.c.note_id).where(note_person.c.person_id == person_id)
            )
        ),
        introductions=introductions,
        interactions=interactions,
        follow_ups=_rows(session, FollowUp, FollowUp.person_id == person_id),
        outside_interaction_links=tuple(
            session.execute(
                select(Interaction.id, Interaction.introduction_id).where(
                    Interaction.introduction_id.in_(introduction_ids),
                    Interaction.person_id != person_id,
                )
            ).all()
        ),
        outside_follow_up_links=tuple(
            session.execute(
                select(FollowUp.id, FollowUp.interaction_id).where(
                    FollowUp.interaction_id.in_(interaction_ids),
                    (FollowUp.person_id != person_id) | FollowUp.person_id.is_(None),
                )
            ).all()
        ),
        primary_flags=tuple(
            session.execute(
                select(Introduction.id, Introduction.is_primary).where(
                    Introduction.introduced_id.in_(introduced)
                )
            ).all()
        ),
    )


def remove_person(session: Session, person_id: int) -> PersonSnapshot:
    """Delete the person as ``people.delete_person`` does; returns what to restore them from."""
    snapshot = snapshot_person(session, person_id)
    delete_person(session, person_id)
    session.flush()
    return snapshot


def _exists(session: Session, model: type[Base], row_id: object) -> bool:
    if row_id is None:
        return False
    table = _table(model)
    return session.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None


def _insert(session: Session, model: type[Base], row: Row) -> int:
    """Insert ``row`` under its own id if free, else under a new one; returns the id."""
    values = dict(row)
    if _exists(session, model, values["id"]):
        del values["id"]
    result = session.execute(insert(_table(model)).values(values))
    return _inserted_id(result)


def restore_person(session: Session, snapshot: PersonSnapshot) -> Restored:
    """Write the snapshot back; returns the ids the rows have now."""
    session.flush()
    person = dict(snapshot.person)
    if not _exists(session, Organization, person.get("organization_id")):
        person["organization_id"] = None
    restored = Restored(_insert(session, Person, person))
    pid, old_pid = restored.person_id, snapshot.person_id

    def moved(value: object) -> object:
        return pid if value == old_pid else value

    for row in snapshot.contact_points:
        _insert(session, ContactPoint, {**row, "person_id": pid})
    for tag_id in snapshot.tag_ids:
        if _exists(session, Tag, tag_id):
            session.execute(insert(person_tag).values(person_id=pid, tag_id=tag_id))
    for note_id in snapshot.note_ids:
        if _exists(session, Note, note_id):
            session.execute(insert(note_person).values(note_id=note_id, person_id=pid))
    for row in snapshot.introductions:
        connector, introduced = moved(row["connector_id"]), moved(row["introduced_id"])
        if not (_exists(session, Person, connector) and _exists(session, Person, introduced)):
            continue
        clash = session.execute(
            select(Introduction.id).where(
                Introduction.connector_id == connector, Introduction.introduced_id == introduced
            )
        ).first()
        if clash is not None:
            continue
        new_id = _insert(
            session,
            Introduction,
            {**row, "connector_id": connector, "introduced_id": introduced},
        )
        restored.introductions[int(row["id"])] = new_id  # type: ignore[call-overload]
    for row in snapshot.interactions:
        link = restored.introductions.get(row["introduction_id"])  # type: ignore[call-overload]
        new_id = _insert(session, Interaction, {**row, "person_id": pid, "introduction_id": link})
        restored.interactions[int(row["id"])] = new_id  # type: ignore[call-overload]
    for row in snapshot.follow_ups:
        link = restored.interactions.get(row["interaction_id"])  # type: ignore[call-overload]
        _insert(session, FollowUp, {**row, "person_id": pid, "interaction_id": link})
    for interaction_id, introduction_id in snapshot.outside_interaction_links:
        if introduction_id in restored.introductions:
            session.execute(
                update(Interaction)
                .where(Interaction.id == interaction_id, Interaction.introduction_id.is_(None))
                .values(introduction_id=restored.introductions[introduction_id])
            )
    for follow_up_id, linked in snapshot.outside_follow_up_links:
        if linked in restored.interactions:
            session.execute(
                update(FollowUp)
                .where(FollowUp.id == follow_up_id, FollowUp.interaction_id.is_(None))
                .values(interaction_id=restored.interactions[linked])
            )
    for introduction_id, is_primary in snapshot.primary_flags:
        introduction_id = restored.introductions.get(introduction_id, introduction_id)
        session.execute(
            update(Introduction)
            .where(Introduction.id == introduction_id)
            .values(is_primary=is_primary)
        )
    session.expire_all()
    return restored
