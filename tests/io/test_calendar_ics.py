"""Follow-ups exported to an .ics file, read back with icalendar as a calendar app would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from carnet.domain import followups
from carnet.domain.enums import FollowUpKind
from carnet.domain.followups import FollowUpDraft, ItemKey
from carnet.domain.models import Person
from carnet.io.calendar_ics import export_follow_ups
from carnet.io.errors import ImportFileError

TODAY = dt.date(2026, 3, 11)


def summary(item) -> str:
    return item.title or f"Get back in touch with {item.person_name}"


def export(database, path: Path, now: dt.datetime) -> list[icalendar.Event]:
    with database.transaction() as session:
        count = export_follow_ups(
            session,
            path,
            summary,
            lambda item: f"Due on {item.due_on.isoformat()}",
            today=TODAY,
            now=now,
        )
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == count
    return events


@pytest.fixture
def planned(database) -> dict[str, int]:
    with database.transaction() as session:
        celine = Person(
            first_name="Céline",
            last_name="Dubois",
            keep_in_touch_days=21,
            created_at=dt.datetime(2026, 2, 20, 10, 0),
        )
        session.add(celine)
        session.flush()
        call_back = followups.create_follow_up(
            session,
            FollowUpDraft(FollowUpKind.NEXT_STEP, "Rappeler Marc, de la part d'Hélène", TODAY),
        )
        overdue = followups.create_follow_up(
            session, FollowUpDraft(FollowUpKind.NEXT_STEP, "Send the CV", dt.date(2026, 3, 2))
        )
    return {"celine": celine.id, "call_back": call_back, "overdue": overdue}


def by_uid(events) -> dict[str, icalendar.Event]:
    return {str(event["UID"]): event for event in events}


def of_follow_up(events, follow_up_id: int) -> icalendar.Event:
    """The event of a stored follow-up: its UID starts with its id."""
    (event,) = [e for e in events if str(e["UID"]).startswith(f"follow-up-{follow_up_id}.")]
    return event


def test_all_day_events_with_an_alarm_at_nine(database, tmp_path, planned):
    events = by_uid(export(database, tmp_path / "follow-ups.ics", dt.datetime(2026, 3, 11, 8)))
    assert len(events) == 3
    call_back = of_follow_up(events.values(), planned["call_back"])
    assert str(call_back["SUMMARY"]) == "Rappeler Marc, de la part d'Hélène"
    assert call_back["DTSTART"].params.get("VALUE") == "DATE"
    assert call_back.decoded("DTSTART") == TODAY
    assert call_back.decoded("DTEND") == TODAY + dt.timedelta(days=1)
    (alarm,) = call_back.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == dt.timedelta(hours=9)  # 9:00 on the day, local time
    assert str(call_back["TRANSP"]) == "TRANSPARENT"

    reminder = next(e for uid, e in events.items() if uid.startswith("keep-in-touch-"))
    assert str(reminder["SUMMARY"]) == "Get back in touch with Céline Dubois"
    assert reminder.decoded("DTSTART") == dt.date(2026, 3, 13)  # 21 days after 20 February
    assert reminder.decoded("DTEND") == dt.date(2026, 3, 14)

    overdue = of_follow_up(events.values(), planned["overdue"])
    assert overdue.decoded("DTSTART") == TODAY  # still to do: shown today, not in the past
    assert "2026-03-02" in str(overdue["DESCRIPTION"])


def test_importing_a_newer_file_updates_the_same_events(database, tmp_path, planned):
    first = export(database, tmp_path / "a.ics", dt.datetime(2026, 3, 11, 8, tzinfo=dt.UTC))
    with database.transaction() as session:
        followups.snooze(
            session, ItemKey(follow_up_id=planned["call_back"]), dt.date(2026, 3, 20), TODAY
        )
    second = export(database, tmp_path / "b.ics", dt.datetime(2026, 3, 12, 8, tzinfo=dt.UTC))

    assert set(by_uid(first)) == set(by_uid(second))
    moved, before = (
        of_follow_up(second, planned["call_back"]),
        of_follow_up(first, planned["call_back"]),
    )
    assert moved.decoded("DTSTART") == dt.date(2026, 3, 20)
    assert int(moved["SEQUENCE"]) > int(before["SEQUENCE"])


def test_two_databases_never_share_a_uid(database, tmp_path, planned, data_dir):
    from carnet.db.store import open_database

    other = open_database(data_dir / "other.sqlite3", data_dir / "backups")
    try:
        with other.transaction() as session:
            followups.create_follow_up(
                session, FollowUpDraft(FollowUpKind.NEXT_STEP, "Call Marc back", TODAY)
            )
        mine = set(by_uid(export(database, tmp_path / "a.ics", dt.datetime(2026, 3, 11))))
        theirs = set(by_uid(export(other, tmp_path / "b.ics", dt.datetime(2026, 3, 11))))
    finally:
        other.close()
    assert "follow-up-1." in next(iter(theirs))
    assert not mine & theirs


def test_the_file_is_what_calendar_apps_expect(database, tmp_path, planned):
    path = tmp_path / "follow-ups.ics"
    export(database, path, dt.datetime(2026, 3, 11, 8))
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"\r\nVERSION:2.0\r\n" in raw and b"\r\nMETHOD:PUBLISH\r\n" in raw
    assert b"PRODID:" in raw and b"DTSTAMP:20260311T" in raw
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded lines
    assert "Hélène".encode() in raw.replace(b"\r\n ", b"")


def test_a_folder_that_cannot_be_written_is_reported(database, tmp_path, planned):
    target = tmp_path / "missing" / "follow-ups.ics"
    with database.transaction() as session, pytest.raises(ImportFileError) as refused:
        export_follow_ups(session, target, summary, today=TODAY)
    assert "could not write" in refused.value.text()
    assert not target.parent.exists()
