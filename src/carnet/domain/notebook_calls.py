"""The notebook's list with the calls and meetings the user logged, among the notes.

The notebook shows, beside the entries written in it, every call, meeting and video call logged
with someone, so that the week reads as it happened. Within a day the notes come first (they are
usually written after the call), then the calls, latest first. Calls are read a page at a time,
like the notes (``EntryCursor``), and found by a search of their summary and next step.

A search asks the calls' full-text index (``interaction_search``, revision 0006) for the ones
whose summary or next step holds every word, as the notes' search asks theirs.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.db.search_index import match_expression
from carnet.domain import notebook
from carnet.domain.enums import InteractionKind, Outcome
from carnet.domain.models import Interaction, Person

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
    expression = match_expression(query.text)
    ids = _call_ids(session, query, expression, after, limit)
    if not ids:
        return []
    words = notebook._query_words(query.text) if expression is not None else []
    found = {
        row[0]: row
        for row in session.connection().execute(
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
            .where(Interaction.id.in_(notebook._id_list(ids)))
        )
    }
    rows: list[CallRow] = []
    for id_ in ids:
        _, occurred, kind, person_id, first, last, outcome, summary, next_step = found[id_]
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
    return rows


def _call_ids(
    session: Session,
    query: notebook.NoteQuery,
    expression: str | None,
    after: EntryCursor | None,
    limit: int | None,
) -> list[int]:
    """The ids of the calls to list, latest first, read straight from the driver.

    A search asks the index (revision 0006) for its matches, as the notes' search does: with
    few, each is looked up for its date and they are sorted; with many, the date index is walked
    from the latest call and stops once the page is full.
    """
    conditions, parameters = _conditions(query, after)
    where = "".join(f" AND {condition}" for condition in conditions)
    order = " ORDER BY i.occurred_at DESC, i.id DESC" + (" LIMIT ?" if limit is not None else "")
    last = [limit] if limit is not None else []
    driver = cast(sqlite3.Connection, session.connection().connection.driver_connection)
    cursor = driver.cursor()
    try:
        if expression is None:
            sql = f"SELECT i.id FROM interaction AS i WHERE 1{where}{order}"
            rows = cursor.execute(sql, [*parameters, *last])
            return [call_id for (call_id,) in rows]
        first = [
            rowid
            for (rowid,) in cursor.execute(
                "SELECT rowid FROM interaction_search WHERE interaction_search MATCH ? LIMIT ?",
                (expression, notebook.DENSE_MATCHES),
            )
        ]
        if len(first) < notebook.DENSE_MATCHES:
            sql = (
                "SELECT i.id FROM json_each(?) AS j CROSS JOIN interaction AS i ON i.id = j.value"
                f" WHERE 1{where}{order}"
            )
            rows = cursor.execute(sql, [json.dumps(first), *parameters, *last])
        else:
            sql = (
                "SELECT i.id FROM interaction AS i {hint} WHERE i.id IN (SELECT rowid FROM"
                f" interaction_search WHERE interaction_search MATCH ?){where}{order}"
            )
            try:
                rows = cursor.execute(
                    sql.format(hint="INDEXED BY ix_interaction_occurred_at"),
                    [expression, *parameters, *last],
                )
            except sqlite3.OperationalError:  # the date index renamed by a later revision
                rows = cursor.execute(sql.format(hint=""), [expression, *parameters, *last])
        return [call_id for (call_id,) in rows]
    finally:
        cursor.close()


def _conditions(
    query: notebook.NoteQuery, after: EntryCursor | None
) -> tuple[list[str], list[object]]:
    """The kinds shown and the filters of ``query`` as SQL on ``interaction AS i``."""
    conditions = [f"i.kind IN ({', '.join('?' for _ in SHOWN_KINDS)})"]
    parameters: list[object] = [kind.value for kind in SHOWN_KINDS]
    if query.person_id is not None:
        conditions.append("i.person_id = ?")
        parameters.append(query.person_id)
    if query.organization_id is not None:
        conditions.append("i.person_id IN (SELECT id FROM person WHERE organization_id = ?)")
        parameters.append(query.organization_id)
    if after is not None:
        if after.call is None:  # the calls of the days before this one
            next_day = dt.datetime.combine(after.day + dt.timedelta(days=1), dt.time())
            conditions.append("i.occurred_at < ?")
            parameters.append(_stored(next_day))
        else:
            conditions.append("(i.occurred_at, i.id) < (?, ?)")
            parameters.extend([_stored(after.call[0]), after.call[1]])
    return conditions, parameters


def _stored(moment: dt.datetime) -> str:
    """``moment`` as SQLAlchemy writes a ``DateTime`` in SQLite, so that text compares as time."""
    return moment.isoformat(" ", "microseconds")


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
