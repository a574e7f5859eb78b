"""Today's agenda (``carnet.domain.today``): its items, and the sections plain SQL reads.

Calls to make, thank-yous owed, stored follow-ups due and meetings coming are read here, on a
plain DB-API cursor, with no SQLAlchemy: the Today page reads them through its session's
connection, and the first look at start-up (``carnet.ui.first_today``) through a read-only
``sqlite3`` connection before SQLAlchemy is even imported. One reading for both, so that the first
look never shows what the page then contradicts. What needs the full domain (news owed,
keep-in-touch reminders, the week's progress) comes with the page.

Values are read as SQLAlchemy writes them (``carnet.domain.models``): enums as their values,
booleans as 0/1, dates as ``YYYY-MM-DD`` and times as ``YYYY-MM-DD HH:MM:SS[.ffffff]``, so that
comparing with a day's ISO text orders them as dates.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from carnet.domain import call_kinds
from carnet.domain.enums import (
    ContactStatus,
    FollowUpKind,
    InteractionKind,
    LeadStage,
    Outcome,
    Permission,
    Warmth,
)
from carnet.domain.follow_up_items import FollowUpItem, ItemKey
from carnet.domain.weeks import week_start
from carnet.text import fold

MOST_CALLS = 10
MEETING_DAYS = 7
_CHUNK = 500
"""Ids per ``IN (…)``: far below SQLite's limit on parameters."""


class CallReason:
    """Why someone is in the calls to make, in the order they are listed."""

    PLANNED = "planned"
    WORTH_A_CALL = "worth_a_call"
    TO_CONTACT = "to_contact"


_REASON_ORDER = {CallReason.PLANNED: 0, CallReason.WORTH_A_CALL: 1, CallReason.TO_CONTACT: 2}


@dataclass(frozen=True)
class CallToMake:
    person_id: int
    name: str
    organization: str
    reason: str
    """One of ``CallReason``."""
    connector_id: int | None
    connector_name: str
    permission: Permission | None
    """That introduction's permission; None when nobody introduced them."""
    kind: Warmth


@dataclass(frozen=True)
class RelayOwed:
    """A thank-you or some news owed to a relay, about the person they led the user to."""

    relay_id: int
    relay_name: str
    about_id: int | None
    about_name: str
    follow_up_id: int | None = None
    """The thank-you follow-up; None for news owed (computed, never stored)."""
    title: str = ""
    due_on: dt.date | None = None
    met_on: dt.date | None = None


@dataclass(frozen=True)
class ComingMeeting:
    person_id: int
    name: str
    day: dt.date
    at: dt.time | None
    """The time of a meeting logged ahead; None for a follow-up's day."""
    title: str = ""


@dataclass(frozen=True)
class WeekProgress:
    new_people: int
    goal: int


@dataclass(frozen=True)
class Agenda:
    today: dt.date
    has_people: bool
    calls: tuple[CallToMake, ...]
    more_calls: int
    thanks: tuple[RelayOwed, ...]
    news: tuple[RelayOwed, ...]
    follow_ups: tuple[FollowUpItem, ...]
    """Stored follow-ups first, then keep-in-touch reminders (each soonest first): the first
    look, which has only the stored ones, shows the same first rows."""
    meetings: tuple[ComingMeeting, ...]
    progress: WeekProgress | None
    """None in the first look (``first_look``): the news, reminders and progress come later."""

    @property
    def is_first_look(self) -> bool:
        return self.progress is None

    @property
    def nothing_to_do(self) -> bool:
        return not (self.calls or self.thanks or self.news or self.follow_ups or self.meetings)

    @property
    def count(self) -> int:
        """What waits today: calls listed, thank-yous and news owed, follow-ups due."""
        return len(self.calls) + len(self.thanks) + len(self.news) + len(self.follow_ups)


def name_of(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first or "", last or "") if part)


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def _in_chunks(
    cursor: sqlite3.Cursor, sql: str, ids: Sequence[int], *before: object
) -> Iterator[Any]:
    """Rows of ``sql`` (with ``{marks}`` for the ids) over ``ids``, a chunk at a time, in
    ``sql``'s order within each chunk."""
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        yield from cursor.execute(sql.format(marks=",".join("?" * len(chunk))), [*before, *chunk])


def has_people(cursor: sqlite3.Cursor) -> bool:
    return cursor.execute("SELECT 1 FROM person LIMIT 1").fetchone() is not None


_CALL_CANDIDATES = """
SELECT p.id, p.first_name, p.last_name, o.name, p.status, p.weak_tie, p.lead_stage, p.planned_week
FROM person p LEFT JOIN organization o ON o.id = p.organization_id
WHERE p.status IN (:lead, :to_contact)
  AND (p.planned_week = :monday
       OR (((p.status = :lead AND p.lead_stage = :worth)
            OR (p.status = :to_contact AND NOT p.weak_tie))
           AND (p.lead_stage IS NULL OR p.lead_stage != :parked)))
"""

# ordered so that the last one read is primary_introduction's choice
_INTRODUCTIONS = """
SELECT n.introduced_id, n.connector_id, c.first_name, c.last_name, n.permission
FROM introduction n JOIN person c ON c.id = n.connector_id
WHERE n.introduced_id IN ({marks})
ORDER BY n.is_primary, n.introduced_on DESC, n.id DESC
"""

_LAST_CALLS = """
SELECT person_id, warmth FROM interaction
WHERE kind IN (?, ?) AND person_id IN ({marks})
ORDER BY occurred_at, id
"""


def _reason(planned_week: str | None, monday: dt.date, stage: str | None) -> str:
    if planned_week and _date(planned_week) == monday:
        return CallReason.PLANNED
    if stage == LeadStage.WORTH_A_CALL:
        return CallReason.WORTH_A_CALL
    return CallReason.TO_CONTACT


def calls_to_make(cursor: sqlite3.Cursor, today: dt.date) -> tuple[list[CallToMake], int]:
    """The calls to make, in order, at most ``MOST_CALLS``; and how many more there are."""
    monday = week_start(today)
    rows = cursor.execute(
        _CALL_CANDIDATES,
        {
            "lead": ContactStatus.LEAD.value,
            "to_contact": ContactStatus.TO_CONTACT.value,
            "monday": monday.isoformat(),
            "worth": LeadStage.WORTH_A_CALL.value,
            "parked": LeadStage.PARKED.value,
        },
    ).fetchall()
    ids = [row[0] for row in rows]
    introductions: dict[int, tuple[int, str, str]] = {}
    for introduced, connector, first, last, permission in _in_chunks(cursor, _INTRODUCTIONS, ids):
        introductions[introduced] = (connector, name_of(first, last), permission)

    def order(row: Any) -> tuple[int, bool, str, int]:
        relay = introductions.get(row[0])
        return (
            _REASON_ORDER[_reason(row[7], monday, row[6])],
            relay is None or relay[2] != Permission.YES,
            fold(name_of(row[1], row[2])),
            row[0],
        )

    # hundreds of candidates on a large network, ten listed: only those ten are made up
    listed = sorted(rows, key=order)[:MOST_CALLS]
    previous = {
        pid: Warmth(warmth)
        for pid, warmth in _in_chunks(
            cursor,
            _LAST_CALLS,
            [row[0] for row in listed],
            InteractionKind.CALL.value,
            InteractionKind.VIDEO_CALL.value,
        )
    }
    calls = []
    for pid, first, last, organization, status, weak_tie, stage, planned_week in listed:
        connector_id, connector_name, permission_value = introductions.get(pid, (None, "", None))
        permission = None if permission_value is None else Permission(permission_value)
        calls.append(
            CallToMake(
                pid,
                name_of(first, last),
                organization or "",
                _reason(planned_week, monday, stage),
                connector_id,
                connector_name,
                permission,
                call_kinds.suggest(
                    permission, bool(weak_tie), status == ContactStatus.LEAD, previous.get(pid)
                ),
            )
        )
    return calls, max(0, len(rows) - MOST_CALLS)


_THANKS = """
SELECT f.id, f.title, f.due_on, r.id, r.first_name, r.last_name,
       a.id, a.first_name, a.last_name
FROM follow_up f
JOIN person r ON r.id = f.person_id
LEFT JOIN interaction i ON i.id = f.interaction_id
LEFT JOIN person a ON a.id = i.person_id
WHERE f.kind = ? AND f.done_at IS NULL
ORDER BY f.due_on, f.id
"""


def thanks_owed(cursor: sqlite3.Cursor) -> list[RelayOwed]:
    """Every open "thank the connector" follow-up, soonest due first."""
    return [
        RelayOwed(
            relay_id,
            name_of(first, last),
            about_id,
            name_of(a_first, a_last),
            follow_up_id=follow_up_id,
            title=title,
            due_on=_date(due_on) if due_on else None,
        )
        for follow_up_id, title, due_on, relay_id, first, last, about_id, a_first, a_last in (
            cursor.execute(_THANKS, (FollowUpKind.THANK_CONNECTOR.value,))
        )
    ]


_STORED_DUE = """
SELECT f.id, f.kind, f.title, f.due_on, f.person_id, p.first_name, p.last_name, o.name
FROM follow_up f
LEFT JOIN person p ON p.id = f.person_id
LEFT JOIN organization o ON o.id = p.organization_id
WHERE f.done_at IS NULL AND f.kind != ? AND f.due_on <= ?
ORDER BY f.due_on, f.id
"""


def stored_follow_ups_due(cursor: sqlite3.Cursor, today: dt.date) -> list[FollowUpItem]:
    """The open follow-up rows overdue or due today, thank-yous aside (listed on their own),
    soonest first."""
    return [
        FollowUpItem(
            key=ItemKey(follow_up_id=fid),
            kind=FollowUpKind(kind),
            title=title,
            due_on=_date(due_on),
            person_id=pid,
            first_name=first or "",
            last_name=last or "",
            organization=organization or "",
        )
        for fid, kind, title, due_on, pid, first, last, organization in cursor.execute(
            _STORED_DUE, (FollowUpKind.THANK_CONNECTOR.value, today.isoformat())
        )
    ]


_MEETINGS = """
SELECT p.id, p.first_name, p.last_name, i.occurred_at, i.summary
FROM interaction i JOIN person p ON p.id = i.person_id
WHERE i.kind = ? AND i.occurred_at >= ? AND i.occurred_at < ?
"""

_DATED = """
SELECT p.id, p.first_name, p.last_name, f.due_on, f.title
FROM follow_up f JOIN person p ON p.id = f.person_id
WHERE f.done_at IS NULL AND f.kind = ? AND f.due_on > ? AND f.due_on <= ?
"""

_LATEST = """
SELECT person_id, max(occurred_at) FROM interaction
WHERE {column} = ? AND person_id IN ({{marks}})
GROUP BY person_id
"""


def _waiting(cursor: sqlite3.Cursor, person_ids: list[int]) -> set[int]:
    """Those of ``person_ids`` who obtained a meeting on a call and have not met since."""
    obtained = {
        pid: _datetime(when)
        for pid, when in _in_chunks(
            cursor, _LATEST.format(column="outcome"), person_ids, Outcome.MEETING_OBTAINED.value
        )
    }
    met = {
        pid: _datetime(when)
        for pid, when in _in_chunks(
            cursor, _LATEST.format(column="kind"), list(obtained), InteractionKind.MEETING.value
        )
    }
    return {pid for pid, when in obtained.items() if pid not in met or met[pid] < when}


def _datetime(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def meetings_coming(cursor: sqlite3.Cursor, today: dt.date) -> list[ComingMeeting]:
    """Meetings from today to ``MEETING_DAYS`` days ahead, soonest first: meetings logged ahead,
    and the dated next steps of someone who obtained a meeting not held yet."""
    last = today + dt.timedelta(days=MEETING_DAYS)
    coming = []
    for pid, first, last_name, occurred_at, summary in cursor.execute(
        _MEETINGS,
        (
            InteractionKind.MEETING.value,
            today.isoformat(),
            (last + dt.timedelta(days=1)).isoformat(),
        ),
    ):
        when = _datetime(occurred_at)
        coming.append(
            ComingMeeting(pid, name_of(first, last_name), when.date(), when.time(), summary)
        )
    dated = cursor.execute(
        _DATED, (FollowUpKind.NEXT_STEP.value, today.isoformat(), last.isoformat())
    ).fetchall()
    waiting = _waiting(cursor, sorted({row[0] for row in dated}))
    coming += [
        ComingMeeting(pid, name_of(first, last_name), _date(due_on), None, title)
        for pid, first, last_name, due_on, title in dated
        if pid in waiting
    ]
    coming.sort(key=lambda m: (m.day, m.at or dt.time(), fold(m.name)))
    return coming


def first_look(cursor: sqlite3.Cursor, today: dt.date) -> Agenda:
    """What plain SQL reads of the agenda: the sections above, the rest empty until the page
    comes (``progress`` None)."""
    calls, more = calls_to_make(cursor, today)
    return Agenda(
        today,
        has_people(cursor),
        tuple(calls),
        more,
        tuple(thanks_owed(cursor)),
        (),
        tuple(stored_follow_ups_due(cursor, today)),
        tuple(meetings_coming(cursor, today)),
        None,
    )
