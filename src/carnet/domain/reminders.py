"""The daily reminder: what is due today, and when to say it.

While Carnet runs, a system notification at the hour the user chose lists what waits today:
follow-ups due or overdue (stored ones and keep-in-touch reminders, as in Follow-ups) and the
calls planned for this week not made yet (the week plan). ``next_reminder`` decides when it
fires; it is pure, so that it is tested with frozen times. The Today page (domain/today.py)
lists the same things in full; this module only counts and names a few.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain.followups import list_follow_ups
from carnet.domain.models import Person
from carnet.domain.week_plan import TO_CALL
from carnet.domain.weeks import week_start

DEFAULT_TIME = dt.time(9, 0)
NAMES_SHOWN = 3
"""A notification has room for a few names; the rest is a count."""


@dataclass(frozen=True)
class DueToday:
    follow_ups: int = 0
    calls_planned: int = 0
    names: tuple[str, ...] = ()
    """The first people concerned, follow-ups first (overdue first), then calls planned."""

    @property
    def empty(self) -> bool:
        return not (self.follow_ups or self.calls_planned)


def due_today(session: Session, today: dt.date) -> DueToday:
    """Follow-ups overdue or due ``today``, and this week's planned calls still to make."""
    listed = list_follow_ups(session, today)
    waiting = [*listed.overdue, *listed.due_today]
    planned = session.execute(
        select(Person.first_name, Person.last_name)
        .where(Person.planned_week == week_start(today), Person.status.in_(TO_CALL))
        .order_by(Person.last_name, Person.first_name, Person.id)
    ).all()
    names: list[str] = []
    for name in [
        *(item.person_name for item in waiting),
        *(" ".join(part for part in row if part) for row in planned),
    ]:
        if name and name not in names and len(names) < NAMES_SHOWN:
            names.append(name)
    return DueToday(len(waiting), len(planned), tuple(names))


def next_reminder(now: dt.datetime, at: dt.time, shown_on: dt.date | None) -> dt.datetime:
    """When the reminder fires next: once a day at most. Shown today: tomorrow at the hour.
    Not yet: at the hour if it is still ahead, else ``now`` (Carnet started late, or the
    computer woke up after the hour)."""
    today_at = dt.datetime.combine(now.date(), at)
    if shown_on is not None and shown_on >= now.date():
        return today_at + dt.timedelta(days=1)
    return max(now, today_at)
