"""The notebook's list with the calls and meetings the user logged, among the notes.

The notebook shows, beside the entries written in it, every call, meeting and video call logged
with someone, so that the week reads as it happened. Within a day the notes come first (they are
usually written after the call), then the calls, latest first. Calls are read a page at a time,
like the notes (``EntryCursor``), and found by a search of their summary and next step.

Calls have no full-text index (the schema changes only through a migration): a search asks
SQLite for the rows whose text may hold every word (``LIKE``, run in C, with any one character
in place of each letter that has accented forms), then keeps those where each word, whatever its
case and accents, starts a word. The calls are walked latest first and the walk stops once the
page is full.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import literal, or_, select, tuple_
from sqlalchemy.orm import Session

from carnet.domain import notebook
from carnet.domain.enums import InteractionKind, Outcome
from carnet.domain.models import Interaction, Person

ACCENTED_IN_FRENCH = frozenset("aceiouy")
SHOWN_KINDS = (InteractionKind.CALL, InteractionKind.MEETING, InteractionKind.VIDEO_CALL)


@dataclass(frozen=True)
class CallRow:
    """One logged call in the notebook's list; ``summary`` and ``next_step`` carry match marks
    when searched."""

    id: int
    occurred_at: dt.datetime
    kind: InteractionKind
    person_id: int
    person: str
    outcome: Outcome | None = None
    summary: str = ""
    next_step: str = ""

    @property
    def written_on(self) -> dt.date:
        return self.occurred_at.date()


Entry = notebook.NoteRow | CallRow


@dataclass(frozen=True)
class EntryCursor:
    """Where the previous page ended (a note or a call): the next page starts just after it."""

    day: dt.date
    note_id: int | None = None
    call: tuple[dt.datetime, int] | None = None

    @classmethod
    def after(cls, row: Entry) -> EntryCursor:
        if isinstance(row, CallRow):
            return cls(row.written_on, call=(row.occurred_at, row.id))
        return cls(row.written_on, note_id=row.id)


def order(row: Entry) -> tuple[dt.date, int, dt.datetime, int]:
    """The list's order, newest first when sorted in reverse."""
    if isinstance(row, CallRow):
        return (row.written_on, 0, row.occurred_at, row.id)
    return (row.written_on, 1, dt.datetime.min, row.id)


def list_entries(
    session: Session,
    query: notebook.NoteQuery | None = None,
    *,
    after: EntryCursor | None = None,
    limit: int | None = None,
) -> list[Entry]:
    """Notes and logged calls, newest first, filtered by ``query``; one page with ``limit``."""
    query = query or notebook.NoteQuery()
    note_cursor = None
    if after is not None:
        # after a call, the notes of its day were all shown (they come first)
        note_cursor = notebook.NoteCursor(
            after.day, (after.note_id or 0) if after.call is None else 0
        )
    notes = notebook.list_notes(session, query, after=note_cursor, limit=limit)
    calls = list_calls(session, query, after=after, limit=limit)
    if not calls:
        return list(notes)
    entries: list[Entry] = sorted([*notes, *calls], key=order, reverse=True)
    return entries[:limit] if limit is not None else entries


def list_calls(
    session: Session,
    query: notebook.NoteQuery,
    *,
    after: EntryCursor | None = None,
    limit: int | None = None,
) -> list[CallRow]:
    """The logged calls ``query`` lets through, latest first (none when it asks for a kind of
    note: a call is none of them)."""
    if query.kind is not None:
        return []
    words = notebook._query_words(query.text) if query.is_search else []
    statement = (
        select(
            Interaction.id,
            Interaction.occurred_at,
            Interaction.kind,
            Interaction.person_id,
            Person.first_name,
            Person.last_name,
            Interaction.outcome,
            Interaction.summary,
            Interaction.next_step,
        )
        .join(Person, Person.id == Interaction.person_id)
        .where(Interaction.kind.in_(SHOWN_KINDS))
    )
    if query.person_id is not None:
        statement = statement.where(Interaction.person_id == query.person_id)
    if query.organization_id is not None:
        statement = statement.where(Person.organization_id == query.organization_id)
    if after is not None:
        if after.call is None:
            next_day = dt.datetime.combine(after.day + dt.timedelta(days=1), dt.time())
            statement = statement.where(Interaction.occurred_at < next_day)
        else:
            statement = statement.where(
                tuple_(Interaction.occurred_at, Interaction.id)
                < tuple_(literal(after.call[0]), literal(after.call[1]))
            )
    for word in words:
        pattern = _like(word)
        statement = statement.where(
            or_(Interaction.summary.like(pattern), Interaction.next_step.like(pattern))
        )
    candidates = _candidates(session, words) if words else None
    found: Iterable[Any]
    if candidates is not None:  # few: read them all, then sort
        statement = statement.where(Interaction.id.in_(notebook._id_list(candidates)))
        found = sorted(
            session.connection().execute(statement), key=lambda r: (r[1], r[0]), reverse=True
        )
    else:  # walk the calls latest first, row by row, until the page is full
        statement = statement.order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        if limit is not None and not words:
            statement = statement.limit(limit)
        found = session.connection().execute(statement)  # the ORM would fetch every row first
    rows: list[CallRow] = []
    for id_, occurred, kind, person_id, first, last, outcome, summary, next_step in found:
        if words and not _has_every_word(f"{summary} {next_step}", words):
            continue
        rows.append(
            CallRow(
                id=id_,
                occurred_at=occurred,
                kind=InteractionKind(kind),
                person_id=person_id,
                person=" ".join(part for part in (first, last) if part),
                outcome=Outcome(outcome) if outcome else None,
                summary=notebook.mark(summary, words) if words else summary,
                next_step=notebook.mark(next_step, words) if words else next_step,
            )
        )
        if limit is not None and len(rows) >= limit:
            break
    return rows


def call_row(session: Session, interaction_id: int) -> CallRow | None:
    """One logged call as the notebook shows it, or None if it is gone."""
    found = session.get(Interaction, interaction_id)
    if found is None:
        return None
    return CallRow(
        id=found.id,
        occurred_at=found.occurred_at,
        kind=found.kind,
        person_id=found.person_id,
        person=found.person.full_name,
        outcome=found.outcome,
        summary=found.summary,
        next_step=found.next_step,
    )


def _candidates(session: Session, words: list[str]) -> list[int] | None:
    """The ids of the calls whose text may hold every word, read in the table's order (far
    quicker than through the date index when few match); None when they are many (then the
    date index is walked, and the page fills quickly)."""
    conditions = " AND ".join("(summary LIKE ? OR next_step LIKE ?)" for _ in words)
    parameters = [pattern for word in words for pattern in (_like(word),) * 2]
    driver = session.connection().connection.driver_connection
    assert driver is not None, "an open session has its SQLite connection"
    cursor = driver.cursor()
    try:
        ids = [
            row_id
            for (row_id,) in cursor.execute(
                f"SELECT id FROM interaction NOT INDEXED WHERE {conditions} LIMIT ?",
                [*parameters, notebook.DENSE_MATCHES],
            )
        ]
    finally:
        cursor.close()
    return ids if len(ids) < notebook.DENSE_MATCHES else None


def _like(word: str) -> str:
    """A LIKE pattern that texts holding ``word`` (folded) match, whatever their accents: the
    letters that French writes with accents may be any one character (``_``); LIKE ignores ASCII
    case. (Other accented letters, rare in the user's notes, are left to the exact check.)"""
    return "%" + "".join("_" if char in ACCENTED_IN_FRENCH else char for char in word) + "%"


def _has_every_word(text: str, words: list[str]) -> bool:
    return all(notebook._pattern((word,)).search(text) for word in words)
