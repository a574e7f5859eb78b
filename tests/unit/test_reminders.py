"""The daily reminder: when it fires, and what it says is due.

The calendar: "today" is Wednesday 11 March 2026; its week starts on Monday 9 March.
"""

from __future__ import annotations

import datetime as dt

import pytest

from carnet.domain.enums import ContactStatus, FollowUpKind
from carnet.domain.models import FollowUp, Person
from carnet.domain.reminders import DEFAULT_TIME, due_today, next_reminder

TODAY = dt.date(2026, 3, 11)
MONDAY = dt.date(2026, 3, 9)
NINE = dt.time(9, 0)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_the_default_hour_is_nine():
    assert DEFAULT_TIME == NINE


@pytest.mark.parametrize(
    ("now", "shown_on", "fires"),
    [
        # before the hour, not shown yet: at the hour
        ("2026-03-11 07:40", None, "2026-03-11 09:00"),
        ("2026-03-11 07:40", "2026-03-10", "2026-03-11 09:00"),
        # at the hour exactly: now
        ("2026-03-11 09:00", "2026-03-10", "2026-03-11 09:00"),
        # Carnet started (or the computer woke up) after the hour, not shown today: at once
        ("2026-03-11 14:25", "2026-03-10", "2026-03-11 14:25"),
        ("2026-03-11 23:59", None, "2026-03-11 23:59"),
        # shown today: tomorrow at the hour, even if the hour was moved later since
        ("2026-03-11 14:25", "2026-03-11", "2026-03-12 09:00"),
        ("2026-03-11 08:00", "2026-03-11", "2026-03-12 09:00"),
    ],
)
def test_the_reminder_fires_once_a_day_at_the_hour_or_at_once_when_late(now, shown_on, fires):
    shown = dt.date.fromisoformat(shown_on) if shown_on else None
    assert next_reminder(at(now), NINE, shown) == at(fires)


def test_a_later_hour_chosen_moves_the_day_s_reminder():
    assert next_reminder(at("2026-03-11 09:30"), dt.time(17, 15), None) == at("2026-03-11 17:15")


def test_the_last_day_of_the_month_rolls_over():
    assert next_reminder(at("2026-03-31 10:00"), NINE, dt.date(2026, 3, 31)) == at(
        "2026-04-01 09:00"
    )


def test_what_is_due_today_counts_follow_ups_and_this_week_s_planned_calls(database):
    with database.transaction() as session:
        people = {
            name: Person(first_name=name, last_name=last, status=status, planned_week=week)
            for name, last, status, week in (
                ("Aline", "Perrin", ContactStatus.CONTACTED, None),
                ("Bruno", "Caron", ContactStatus.TO_CONTACT, MONDAY),
                ("Chloé", "Vidal", ContactStatus.LEAD, MONDAY),
                ("Denis", "Roux", ContactStatus.CONTACTED, MONDAY),  # already called
                ("Emma", "Blanc", ContactStatus.TO_CONTACT, MONDAY - dt.timedelta(days=7)),
            )
        }
        session.add_all(people.values())
        session.flush()
        session.add_all(
            [
                FollowUp(
                    kind=FollowUpKind.NEXT_STEP,
                    title="Send the CV",
                    due_on=TODAY - dt.timedelta(days=2),
                    person_id=people["Aline"].id,
                ),
                FollowUp(kind=FollowUpKind.NEXT_STEP, title="Read the annual report", due_on=TODAY),
                FollowUp(
                    kind=FollowUpKind.NEXT_STEP,
                    title="Not yet",
                    due_on=TODAY + dt.timedelta(days=1),
                    person_id=people["Emma"].id,
                ),
            ]
        )
    with database.reading() as session:
        due = due_today(session, TODAY)

    assert (due.follow_ups, due.calls_planned) == (2, 2)
    assert due.names == ("Aline Perrin", "Bruno Caron", "Chloé Vidal")
    assert not due.empty


def test_nothing_due_is_empty(database):
    with database.reading() as session:
        assert due_today(session, TODAY).empty
