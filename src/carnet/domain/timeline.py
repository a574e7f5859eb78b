"""A person's history on one line each, newest first: calls and meetings, notebook entries,
introductions they received and gave, and follow-ups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from carnet.domain.enums import FollowUpKind, InteractionKind, Outcome, Permission, Warmth
from carnet.domain.models import FollowUp, Interaction, Introduction, Note, Person, note_person

EXCERPT_CHARACTERS = 160


class EntryKind(StrEnum):
    INTERACTION = "interaction"
    NOTE = "note"
    INTRODUCED_BY = "introduced_by"
    """Someone gave the user this person's name."""
    INTRODUCED = "introduced"
    """This person gave the user someone's name."""
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True)
class TimelineEntry:
    kind: EntryKind
    when: dt.datetime
    title: str = ""
    text: str = ""
    interaction_kind: InteractionKind | None = None
    outcome: Outcome | None = None
    warmth: Warmth | None = None
    note_id: int | None = None
    other_person_id: int | None = None
    other_person_name: str = ""
    permission: Permission | None = None
    follow_up_kind: FollowUpKind | None = None
    done: bool = False
    interaction_id: int | None = None
    interaction_version: int | None = None
    """The version of the call shown: a deletion from the history writes only over it."""
    recorded_at: dt.datetime | None = None
    """When the user wrote down an entry that has a day but no time: orders it within its day."""

    @property
    def day(self) -> dt.date:
        return self.when.date()

    def order(self) -> tuple[dt.date, dt.datetime]:
        """Day by day; within a day, by the time it happened, or else by when it was written."""
        return self.day, self.recorded_at or self.when


def _name(first: str, last: str) -> str:
    return " ".join(part for part in (first, last) if part)


def _excerpt(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= EXCERPT_CHARACTERS else line[: EXCERPT_CHARACTERS - 1] + "…"


def _at(day: dt.date, moment: dt.datetime | None = None) -> dt.datetime:
    """A day as a moment: the time it was written if that was the same day, else midday."""
    if moment is not None and moment.date() == day:
        return moment
    return dt.datetime.combine(day, dt.time(12))


def person_timeline(session: Session, person_id: int) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for interaction in session.scalars(
        select(Interaction).where(Interaction.person_id == person_id)
    ):
        entries.append(
            TimelineEntry(
                EntryKind.INTERACTION,
                interaction.occurred_at,
                text=_excerpt(interaction.summary),
                interaction_kind=interaction.kind,
                outcome=interaction.outcome,
                warmth=interaction.warmth,
                interaction_id=interaction.id,
                interaction_version=interaction.version,
            )
        )
    for note in session.scalars(
        select(Note)
        .join(note_person, note_person.c.note_id == Note.id)
        .where(note_person.c.person_id == person_id)
    ):
        entries.append(
            TimelineEntry(
                EntryKind.NOTE,
                _at(note.written_on, note.created_at),
                title=note.title,
                text=_excerpt(note.body),
                note_id=note.id,
                recorded_at=note.created_at,
            )
        )
    other = aliased(Person)
    for introduction, first, last in session.execute(
        select(Introduction, other.first_name, other.last_name)
        .join(other, other.id == Introduction.connector_id)
        .where(Introduction.introduced_id == person_id)
    ):
        entries.append(
            TimelineEntry(
                EntryKind.INTRODUCED_BY,
                _at(introduction.introduced_on, introduction.recorded_at),
                text=_excerpt(introduction.context),
                other_person_id=introduction.connector_id,
                other_person_name=_name(first, last),
                permission=introduction.permission,
                recorded_at=introduction.recorded_at,
            )
        )
    for introduction, first, last in session.execute(
        select(Introduction, other.first_name, other.last_name)
        .join(other, other.id == Introduction.introduced_id)
        .where(Introduction.connector_id == person_id)
    ):
        entries.append(
            TimelineEntry(
                EntryKind.INTRODUCED,
                _at(introduction.introduced_on, introduction.recorded_at),
                text=_excerpt(introduction.context),
                other_person_id=introduction.introduced_id,
                other_person_name=_name(first, last),
                permission=introduction.permission,
                recorded_at=introduction.recorded_at,
            )
        )
    for follow_up in session.scalars(select(FollowUp).where(FollowUp.person_id == person_id)):
        done = follow_up.done_at is not None
        entries.append(
            TimelineEntry(
                EntryKind.FOLLOW_UP,
                follow_up.done_at if done else _at(follow_up.due_on),  # type: ignore[arg-type]
                title=follow_up.title,
                follow_up_kind=follow_up.kind,
                done=done,
            )
        )
    entries.sort(key=TimelineEntry.order, reverse=True)
    return entries
