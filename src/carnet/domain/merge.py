"""Merging two cards of the same person into one, and undoing it.

``merge_people(session, keep_id, drop_id)`` keeps the first card and gives it everything of the
second: the fields it lacks (free texts are put end to end), email addresses and phone numbers,
tags, notebook links, calls and meetings, follow-ups, and the introductions given and received.
Where both cards hold a different job title, city or profile address, the second card's ends the
background. The second card is then deleted. Only what would repeat is not carried over: an
address the kept card already has, an introduction between the two cards themselves, or one the
kept card already has from the same connector (calls logged with it move to the kept one).

The returned ``MergeRecord`` is what ``unmerge_people`` needs to put both cards back as they were;
what was added to the kept card since stays on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Column, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from carnet.domain.enums import ContactStatus
from carnet.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.models import (
    ContactPoint,
    FollowUp,
    Interaction,
    Introduction,
    Person,
    note_person,
    person_tag,
)
from carnet.domain.snapshots import (
    PersonSnapshot,
    Row,
    _inserted_id,
    remove_person,
    restore_person,
)
from carnet.domain.text import fold

SAME_PERSON = QT_TRANSLATE_NOOP("DomainMessages", "Choose two different cards to merge.")
PERSON_GONE = QT_TRANSLATE_NOOP("DomainMessages", "This person is no longer in your contacts.")

# How far along the method a status is: the merged card keeps the furthest one.
_PROGRESS = {
    ContactStatus.LEAD: 0,
    ContactStatus.TO_CONTACT: 1,
    ContactStatus.CONTACTED: 2,
    ContactStatus.DECLINED: 3,
    ContactStatus.MET: 4,
    ContactStatus.IN_RELATION: 5,
}
_FILLED_IF_EMPTY = ("first_name", "last_name", "job_title", "city", "linkedin_url")
_PUT_END_TO_END = ("background", "how_we_met")
_TABLES: dict[str, Table] = {
    model.__tablename__: model.__table__
    for model in (ContactPoint, Interaction, FollowUp, Introduction)
}


@dataclass(frozen=True)
class Move:
    """One column of one row changed by the merge, with the value it had."""

    table: str
    row_id: int
    column: str
    old: object


@dataclass(frozen=True)
class MergeRecord:
    keep_id: int
    drop_id: int
    keep_before: Row
    drop: PersonSnapshot
    moves: tuple[Move, ...]
    added_contact_point_ids: tuple[int, ...]
    added_tag_ids: tuple[int, ...]
    added_note_ids: tuple[int, ...]


def _person_row(session: Session, person_id: int) -> Row:
    table = Person.__table__
    row = session.execute(select(table).where(table.c.id == person_id)).mappings().first()
    if row is None:
        raise ValidationError("person", PERSON_GONE)
    return dict(row)


def _merged_card(keep: Row, drop: Row) -> Row:
    """The kept card's values, completed with the other card's."""
    card: Row = {}
    differing = []
    for name in _FILLED_IF_EMPTY:
        if not keep[name] and drop[name]:
            card[name] = drop[name]
        elif drop[name] and fold(str(drop[name])) != fold(str(keep[name])):
            differing.append(str(drop[name]))
    for name in _PUT_END_TO_END:
        mine, theirs = str(keep[name] or ""), str(drop[name] or "")
        if name == "background" and differing:
            # The second card's other job, city or profile is not lost: it ends the background.
            theirs = "\n".join(part for part in (theirs, " · ".join(differing)) if part)
        if theirs and fold(theirs) not in fold(mine):
            card[name] = f"{mine}\n\n{theirs}" if mine else theirs
    if keep["organization_id"] is None and drop["organization_id"] is not None:
        card["organization_id"] = drop["organization_id"]
    if keep["keep_in_touch_days"] is None and drop["keep_in_touch_days"] is not None:
        card["keep_in_touch_days"] = drop["keep_in_touch_days"]
    if drop["is_decision_maker"] and not keep["is_decision_maker"]:
        card["is_decision_maker"] = True
    if (
        _PROGRESS[ContactStatus(str(drop["status"]))]
        > _PROGRESS[ContactStatus(str(keep["status"]))]
    ):
        card["status"] = drop["status"]
    for name in ("connected_on", "created_at"):
        dates = [d for d in (keep[name], drop[name]) if isinstance(d, dt.date)]
        if dates and min(dates) != keep[name]:
            card[name] = min(dates)
    return card


def merge_people(session: Session, keep_id: int, drop_id: int) -> MergeRecord:
    """Give ``keep_id`` everything of ``drop_id``, then delete ``drop_id``."""
    if keep_id == drop_id:
        raise ValidationError("person", SAME_PERSON)
    session.flush()
    keep, drop = _person_row(session, keep_id), _person_row(session, drop_id)
    moves: list[Move] = []

    def move(table: str, row_id: int, column: str, old: object, new: object) -> None:
        target = _TABLES[table]
        session.execute(update(target).where(target.c.id == row_id).values({column: new}))
        moves.append(Move(table, row_id, column, old))

    card = _merged_card(keep, drop)
    if card:
        people_table = Person.__table__
        session.execute(update(people_table).where(people_table.c.id == keep_id).values(card))

    points = ContactPoint.__table__
    kept_points = {
        (kind, fold(value))
        for kind, value in session.execute(
            select(points.c.kind, points.c.value).where(points.c.person_id == keep_id)
        )
    }
    added_points = []
    for point in session.execute(
        select(points).where(points.c.person_id == drop_id).order_by(points.c.id)
    ).mappings():
        key = (point["kind"], fold(point["value"]))
        if key in kept_points:
            continue
        kept_points.add(key)
        result = session.execute(
            insert(points).values(
                person_id=keep_id, kind=point["kind"], label=point["label"], value=point["value"]
            )
        )
        added_points.append(_inserted_id(result))

    added_tags = _add_links(session, person_tag, person_tag.c.tag_id, keep_id, drop_id)
    added_notes = _add_links(session, note_person, note_person.c.note_id, keep_id, drop_id)

    for table, model in (("interaction", Interaction), ("follow_up", FollowUp)):
        for row_id in session.scalars(select(model.id).where(model.person_id == drop_id)):
            move(table, row_id, "person_id", drop_id, keep_id)

    intro = Introduction.__table__
    keep_rows = (
        session.execute(
            select(intro).where(
                (intro.c.connector_id == keep_id) | (intro.c.introduced_id == keep_id)
            )
        )
        .mappings()
        .all()
    )
    gave = {r["introduced_id"]: r["id"] for r in keep_rows if r["connector_id"] == keep_id}
    received = {r["connector_id"]: r["id"] for r in keep_rows if r["introduced_id"] == keep_id}
    has_primary = any(r["is_primary"] for r in keep_rows if r["introduced_id"] == keep_id)

    def repoint_calls(from_id: int, to_id: int) -> None:
        for row_id in session.scalars(
            select(Interaction.id).where(Interaction.introduction_id == from_id)
        ):
            move("interaction", row_id, "introduction_id", from_id, to_id)

    drop_rows = (
        session.execute(
            select(intro)
            .where((intro.c.connector_id == drop_id) | (intro.c.introduced_id == drop_id))
            .order_by(intro.c.introduced_on, intro.c.id)
        )
        .mappings()
        .all()
    )
    for row in drop_rows:
        if row["connector_id"] == drop_id:
            other, column, same = row["introduced_id"], "connector_id", gave
        else:
            other, column, same = row["connector_id"], "introduced_id", received
        if other == keep_id:
            continue  # between the two cards: it goes with the second one
        if other in same:
            repoint_calls(row["id"], same[other])
            continue
        move("introduction", row["id"], column, drop_id, keep_id)
        same[other] = row["id"]
        if column == "introduced_id" and row["is_primary"]:
            if has_primary:
                move("introduction", row["id"], "is_primary", True, False)
            has_primary = True

    session.expire_all()
    snapshot = remove_person(session, drop_id)
    session.expire_all()
    return MergeRecord(
        keep_id=keep_id,
        drop_id=drop_id,
        keep_before=keep,
        drop=snapshot,
        moves=tuple(moves),
        added_contact_point_ids=tuple(added_points),
        added_tag_ids=added_tags,
        added_note_ids=added_notes,
    )


def _add_links(
    session: Session, table: Table, other: Column[int], keep_id: int, drop_id: int
) -> tuple[int, ...]:
    mine = set(session.scalars(select(other).where(table.c.person_id == keep_id)))
    theirs = list(session.scalars(select(other).where(table.c.person_id == drop_id)))
    added = tuple(link for link in theirs if link not in mine)
    for link in added:
        session.execute(insert(table).values({"person_id": keep_id, other.key: link}))
    return added


def unmerge_people(session: Session, record: MergeRecord) -> int:
    """Put both cards back as they were before the merge; returns the second card's id."""
    session.flush()
    restored = restore_person(session, record.drop)
    drop_id = restored.person_id

    def old_value(move: Move) -> object:
        if move.column in ("person_id", "connector_id", "introduced_id"):
            return drop_id if move.old == record.drop_id else move.old
        if move.column == "introduction_id":
            return (
                restored.introductions.get(move.old, move.old)
                if isinstance(move.old, int)
                else move.old
            )
        return move.old

    for move in reversed(record.moves):
        table = _TABLES[move.table]
        session.execute(
            update(table).where(table.c.id == move.row_id).values({move.column: old_value(move)})
        )
    points = ContactPoint.__table__
    session.execute(delete(points).where(points.c.id.in_(record.added_contact_point_ids)))
    session.execute(
        delete(person_tag).where(
            person_tag.c.person_id == record.keep_id,
            person_tag.c.tag_id.in_(record.added_tag_ids),
        )
    )
    session.execute(
        delete(note_person).where(
            note_person.c.person_id == record.keep_id,
            note_person.c.note_id.in_(record.added_note_ids),
        )
    )
    people_table = Person.__table__
    card = {k: v for k, v in record.keep_before.items() if k != "id"}
    session.execute(update(people_table).where(people_table.c.id == record.keep_id).values(card))
    session.expire_all()
    return drop_id
