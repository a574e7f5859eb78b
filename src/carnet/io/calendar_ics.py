"""Follow-ups to an iCalendar file (RFC 5545) for Google Calendar, Outlook and Apple Calendar.

Each follow-up is an all-day event: ``DTSTART;VALUE=DATE`` on the day it is due and ``DTEND`` the
next day (the end is exclusive; Outlook shows a two-day event otherwise). Its alarm goes off at
9:00 on the day: ``TRIGGER:PT9H`` after the event's floating midnight start, so 9:00 wherever
the user is, the form Apple Calendar itself writes for all-day alerts.

UIDs are stable: built from the follow-up's id (a person's id for a keep-in-touch reminder) and an
id of the database kept in its settings, so importing a newer file updates the events instead of
adding them again, and the files of two Carnet databases never clash. ``SEQUENCE`` grows with
each export (minutes since 2024), which Google Calendar and Outlook need to accept an update.
``METHOD:PUBLISH`` makes Outlook import events rather than meeting invitations, and
``TRANSP:TRANSPARENT`` keeps a reminder from marking the day busy.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

import icalendar
from sqlalchemy.orm import Session

from carnet.domain import followups
from carnet.domain.followups import FollowUpItem
from carnet.domain.models import Setting
from carnet.io.errors import CANNOT_WRITE, ImportFileError

CALENDAR_ID_KEY = "calendar.database_id"
PRODUCT_ID = "-//Carnet//Carnet follow-ups//EN"
ALARM_AT = dt.timedelta(hours=9)
_SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def calendar_id(session: Session) -> str:
    """This database's own id for calendar UIDs, made once and kept in the settings."""
    row = session.get(Setting, CALENDAR_ID_KEY)
    if row is None or not row.value:
        value = uuid.uuid4().hex
        if row is None:
            session.add(Setting(key=CALENDAR_ID_KEY, value=value))
        else:
            row.value = value
        session.flush()
        return value
    return row.value


def event_uid(item: FollowUpItem, database_id: str) -> str:
    if item.key.follow_up_id is not None:
        return f"follow-up-{item.key.follow_up_id}.{database_id}@carnet"
    return f"keep-in-touch-{item.key.person_id}.{database_id}@carnet"


def calendar_of(
    items: Iterable[FollowUpItem],
    database_id: str,
    summary: Callable[[FollowUpItem], str],
    description: Callable[[FollowUpItem], str] = lambda _item: "",
    now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> icalendar.Calendar:
    """One all-day event per item; what is overdue goes on ``today``, still to be done."""
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    today = today or dt.date.today()
    sequence = max(0, int((now - _SEQUENCE_EPOCH).total_seconds() // 60))
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Carnet")
    for item in items:
        title = summary(item)
        event = icalendar.Event()
        event.add("uid", event_uid(item, database_id))
        event.add("dtstamp", now)
        event.add("last-modified", now)
        event.add("sequence", sequence)
        day = max(item.due_on, today)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", title)
        details = description(item)
        if details:
            event.add("description", details)
        event.add("transp", "TRANSPARENT")
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", ALARM_AT)
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar


def write_calendar(calendar: icalendar.Calendar, target: Path) -> None:
    """Write next to ``target`` then rename, so a failure never leaves half a file behind."""
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_bytes(calendar.to_ical())
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ImportFileError(target, CANNOT_WRITE, detail=error.strerror or str(error)) from error


def export_follow_ups(
    session: Session,
    target: Path,
    summary: Callable[[FollowUpItem], str],
    description: Callable[[FollowUpItem], str] = lambda _item: "",
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Every open follow-up and upcoming keep-in-touch reminder to ``target``; returns how many.

    Needs a writing session: the database's calendar id is made on the first export.
    """
    today = today or dt.date.today()
    items = followups.list_follow_ups(session, today).items()
    calendar = calendar_of(items, calendar_id(session), summary, description, now, today)
    write_calendar(calendar, target)
    return len(items)
