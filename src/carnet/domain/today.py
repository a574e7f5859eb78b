"""Today: what the method asks of the user on a given day, gathered on the page Carnet opens on.

* **Calls to make**: the people picked for this week (``week_plan``), then leads worth a call,
  then people "to contact" (LinkedIn connections nobody introduced and parked leads are left
  out); within each, those whose relay said "yes" first, then by name. Each comes with their
  relay, that introduction's permission and the kind of call suggested (``call_kinds``). At most
  ``MOST_CALLS`` are listed; ``more_calls`` says how many wait behind them.
* **Thank-yous owed**: every open "thank the connector" follow-up, those up the chain included
  (``chain_thanks``), whenever due: a thank-you is owed from the moment the help was given.
* **News owed** ("here is how it went"): a relay introduced someone the user then met (a
  meeting logged in the last ``NEWS_DAYS`` days, up to today), and the relay has heard nothing
  from the user since that meeting: no interaction with them at or after it, no thank-you or
  keep-in-touch follow-up about them marked done at or after it, and no thank-you to them
  waiting (that one is listed with the thank-yous and carries the news).
* **Follow-ups** overdue or due today (``followups``), thank-yous aside: the stored ones first,
  then the keep-in-touch reminders (the first look at start-up has the stored ones only).
* **Meetings coming** in the next ``MEETING_DAYS`` days: meetings logged at a date from today
  on, and the dated follow-ups (after today) of someone who obtained a meeting not held yet.
* **The week's progress**: new people this week against the weekly goal, the dashboard's figure.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carnet.domain import dashboard, followups, today_rows
from carnet.domain.enums import FollowUpKind, InteractionKind
from carnet.domain.followups import FollowUpItem
from carnet.domain.models import FollowUp, Interaction, Introduction, Person
from carnet.domain.today_rows import MEETING_DAYS as MEETING_DAYS
from carnet.domain.today_rows import MOST_CALLS as MOST_CALLS
from carnet.domain.today_rows import Agenda as Agenda
from carnet.domain.today_rows import CallReason as CallReason
from carnet.domain.today_rows import CallToMake as CallToMake
from carnet.domain.today_rows import ComingMeeting as ComingMeeting
from carnet.domain.today_rows import RelayOwed as RelayOwed
from carnet.domain.today_rows import WeekProgress as WeekProgress
from carnet.domain.today_rows import name_of as _name
from carnet.domain.weeks import midnight
from carnet.text import fold

NEWS_DAYS = 60
CALLS = (InteractionKind.CALL, InteractionKind.VIDEO_CALL)
CONTACTS = (FollowUpKind.THANK_CONNECTOR, FollowUpKind.KEEP_IN_TOUCH)


def _cursor(session: Session) -> sqlite3.Cursor:
    """A plain cursor on the session's connection, for the sections read in plain SQL
    (``today_rows``), the same reading as the first look's at start-up."""
    return cast("sqlite3.Cursor", session.connection().connection.cursor())


def calls_to_make(session: Session, today: dt.date) -> tuple[list[CallToMake], int]:
    """The calls to make, in order, at most ``MOST_CALLS``; and how many more there are."""
    return today_rows.calls_to_make(_cursor(session), today)


def thanks_owed(session: Session) -> list[RelayOwed]:
    """Every open "thank the connector" follow-up, soonest due first."""
    return today_rows.thanks_owed(_cursor(session))


def news_owed(session: Session, today: dt.date) -> list[RelayOwed]:
    """The relays to tell how it went (see the module's docstring), latest meeting first."""
    met = dict(
        session.execute(
            select(Interaction.person_id, func.max(Interaction.occurred_at))
            .where(
                Interaction.kind == InteractionKind.MEETING,
                Interaction.occurred_at >= midnight(today - dt.timedelta(days=NEWS_DAYS)),
                Interaction.occurred_at < midnight(today + dt.timedelta(days=1)),
            )
            .group_by(Interaction.person_id)
        ).all()
    )
    if not met:
        return []
    links = session.execute(
        select(Introduction.connector_id, Introduction.introduced_id).where(
            Introduction.introduced_id.in_(list(met))
        )
    ).all()
    relays = list({connector for connector, _ in links})
    last_heard: dict[int, dt.datetime] = {}
    for person_id, when in [
        *session.execute(
            select(Interaction.person_id, func.max(Interaction.occurred_at))
            .where(Interaction.person_id.in_(relays))
            .group_by(Interaction.person_id)
        ),
        *session.execute(
            select(FollowUp.person_id, func.max(FollowUp.done_at))
            .where(FollowUp.person_id.in_(relays), FollowUp.kind.in_(CONTACTS))
            .group_by(FollowUp.person_id)
        ),
    ]:
        if when is not None and (person_id not in last_heard or when > last_heard[person_id]):
            last_heard[person_id] = when
    waiting_thanks = set(
        session.scalars(
            select(FollowUp.person_id).where(
                FollowUp.kind == FollowUpKind.THANK_CONNECTOR,
                FollowUp.done_at.is_(None),
                FollowUp.person_id.in_(relays),
            )
        )
    )
    names = {
        pid: _name(first, last)
        for pid, first, last in session.execute(
            select(Person.id, Person.first_name, Person.last_name).where(
                Person.id.in_(relays + list(met))
            )
        )
    }
    owed = [
        RelayOwed(relay, names[relay], person, names[person], met_on=met[person].date())
        for relay, person in links
        if relay not in waiting_thanks
        and relay != person
        and not (relay in last_heard and last_heard[relay] >= met[person])
    ]
    owed.sort(key=lambda r: (-r.met_on.toordinal() if r.met_on else 0, fold(r.relay_name)))
    return owed


def follow_ups_due(session: Session, today: dt.date) -> list[FollowUpItem]:
    """Overdue and due today, thank-yous aside (they have a list of their own): the stored
    follow-ups first, then the keep-in-touch reminders, each soonest first (the first look at
    start-up shows the stored ones before the reminders are computed)."""
    reminders = [
        item
        for item in followups.keep_in_touch_reminders(session, today, horizon_days=0)
        if item.due_on <= today
    ]
    return [*today_rows.stored_follow_ups_due(_cursor(session), today), *reminders]


def meetings_coming(session: Session, today: dt.date) -> list[ComingMeeting]:
    """Meetings from today to ``MEETING_DAYS`` days ahead, soonest first."""
    return today_rows.meetings_coming(_cursor(session), today)


def count_waiting(session: Session, today: dt.date) -> int:
    """``agenda(session, today).count`` without making up every row (the keep-in-touch
    reminders are counted in SQL): the sidebar's count, kept while Today is not on screen."""
    cursor = _cursor(session)
    calls, _more = today_rows.calls_to_make(cursor, today)
    return (
        len(calls)
        + len(today_rows.thanks_owed(cursor))
        + len(news_owed(session, today))
        + len(today_rows.stored_follow_ups_due(cursor, today))
        + followups.count_reminders(session, today)
    )


def agenda(session: Session, today: dt.date) -> Agenda:
    """Everything the Today page shows for ``today``."""
    first = today_rows.first_look(_cursor(session), today)
    return Agenda(
        today,
        first.has_people,
        first.calls,
        first.more_calls,
        first.thanks,
        tuple(news_owed(session, today)),
        tuple(follow_ups_due(session, today)),
        first.meetings,
        WeekProgress(
            dashboard.new_people_this_week(session, today), dashboard.weekly_goal(session)
        ),
    )
