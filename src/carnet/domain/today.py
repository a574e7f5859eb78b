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
* **Follow-ups** overdue or due today (``followups``), thank-yous aside.
* **Meetings coming** in the next ``MEETING_DAYS`` days: meetings logged at a date from today
  on, and the dated follow-ups (after today) of someone who obtained a meeting not held yet.
* **The week's progress**: new people this week against the weekly goal, the dashboard's figure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carnet.domain import call_kinds, dashboard, followups
from carnet.domain.enums import (
    ContactStatus,
    FollowUpKind,
    InteractionKind,
    LeadStage,
    Outcome,
    Permission,
    Warmth,
)
from carnet.domain.followups import FollowUpItem
from carnet.domain.models import FollowUp, Interaction, Introduction, Organization, Person
from carnet.domain.weeks import midnight, week_start
from carnet.text import fold

MOST_CALLS = 10
NEWS_DAYS = 60
MEETING_DAYS = 7
CALLS = (InteractionKind.CALL, InteractionKind.VIDEO_CALL)
CONTACTS = (FollowUpKind.THANK_CONNECTOR, FollowUpKind.KEEP_IN_TOUCH)


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
    meetings: tuple[ComingMeeting, ...]
    progress: WeekProgress

    @property
    def nothing_to_do(self) -> bool:
        return not (self.calls or self.thanks or self.news or self.follow_ups or self.meetings)

    @property
    def count(self) -> int:
        """What waits today: calls listed, thank-yous and news owed, follow-ups due."""
        return len(self.calls) + len(self.thanks) + len(self.news) + len(self.follow_ups)


def _name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first or "", last or "") if part)


def _primary_introductions(
    session: Session, person_ids: list[int]
) -> dict[int, tuple[int, str, Permission]]:
    """Per person: their primary introduction's connector id, name and permission."""
    if not person_ids:
        return {}
    rows = session.execute(
        select(
            Introduction.introduced_id,
            Introduction.connector_id,
            Person.first_name,
            Person.last_name,
            Introduction.permission,
        )
        .join(Person, Person.id == Introduction.connector_id)
        .where(Introduction.introduced_id.in_(person_ids))
        .order_by(
            Introduction.is_primary, Introduction.introduced_on.desc(), Introduction.id.desc()
        )
    )
    found: dict[int, tuple[int, str, Permission]] = {}
    for introduced, connector, first, last, permission in rows:
        # the last one written wins: ordered so that it is primary_introduction's choice
        found[introduced] = (connector, _name(first, last), Permission(permission))
    return found


def _last_call_kinds(session: Session, person_ids: list[int]) -> dict[int, Warmth]:
    if not person_ids:
        return {}
    rows = session.execute(
        select(Interaction.person_id, Interaction.warmth)
        .where(Interaction.person_id.in_(person_ids), Interaction.kind.in_(CALLS))
        .order_by(Interaction.occurred_at, Interaction.id)
    )
    return {person_id: Warmth(warmth) for person_id, warmth in rows}


def _reason(planned_week: dt.date | None, monday: dt.date, stage: LeadStage | None) -> str:
    if planned_week == monday:
        return CallReason.PLANNED
    if stage == LeadStage.WORTH_A_CALL:
        return CallReason.WORTH_A_CALL
    return CallReason.TO_CONTACT


def calls_to_make(session: Session, today: dt.date) -> tuple[list[CallToMake], int]:
    """The calls to make, in order, at most ``MOST_CALLS``; and how many more there are."""
    monday = week_start(today)
    planned = Person.planned_week == monday
    worth = (Person.status == ContactStatus.LEAD) & (Person.lead_stage == LeadStage.WORTH_A_CALL)
    to_contact = (Person.status == ContactStatus.TO_CONTACT) & ~Person.weak_tie
    not_parked = Person.lead_stage.is_(None) | (Person.lead_stage != LeadStage.PARKED)
    rows = session.execute(
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Organization.name,
            Person.status,
            Person.weak_tie,
            Person.lead_stage,
            Person.planned_week,
        )
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(
            Person.status.in_((ContactStatus.LEAD, ContactStatus.TO_CONTACT)),
            planned | ((worth | to_contact) & not_parked),
        )
    ).all()
    ids = [row[0] for row in rows]
    introductions = _primary_introductions(session, ids)
    previous = _last_call_kinds(session, ids)
    calls = []
    for pid, first, last, organization, status, weak_tie, stage, planned_week in rows:
        connector_id, connector_name, permission = introductions.get(pid, (None, "", None))
        calls.append(
            CallToMake(
                pid,
                _name(first, last),
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
    calls.sort(
        key=lambda c: (
            _REASON_ORDER[c.reason],
            c.permission != Permission.YES,
            fold(c.name),
            c.person_id,
        )
    )
    return calls[:MOST_CALLS], max(0, len(calls) - MOST_CALLS)


def thanks_owed(session: Session) -> list[RelayOwed]:
    """Every open "thank the connector" follow-up, soonest due first."""
    about = Interaction.__table__.alias("about_call")
    about_person = Person.__table__.alias("about_person")
    rows = session.execute(
        select(
            FollowUp.id,
            FollowUp.title,
            FollowUp.due_on,
            Person.id,
            Person.first_name,
            Person.last_name,
            about_person.c.id,
            about_person.c.first_name,
            about_person.c.last_name,
        )
        .join(Person, Person.id == FollowUp.person_id)
        .outerjoin(about, about.c.id == FollowUp.interaction_id)
        .outerjoin(about_person, about_person.c.id == about.c.person_id)
        .where(FollowUp.kind == FollowUpKind.THANK_CONNECTOR, FollowUp.done_at.is_(None))
        .order_by(FollowUp.due_on, FollowUp.id)
    )
    return [
        RelayOwed(
            relay_id,
            _name(first, last),
            about_id,
            _name(a_first, a_last),
            follow_up_id=follow_up_id,
            title=title,
            due_on=due_on,
        )
        for follow_up_id, title, due_on, relay_id, first, last, about_id, a_first, a_last in rows
    ]


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
    """Overdue and due today, thank-yous aside (they have a list of their own)."""
    listed = followups.list_follow_ups(session, today)
    return [
        item
        for item in (*listed.overdue, *listed.due_today)
        if item.kind != FollowUpKind.THANK_CONNECTOR
    ]


def meetings_coming(session: Session, today: dt.date) -> list[ComingMeeting]:
    """Meetings from today to ``MEETING_DAYS`` days ahead, soonest first."""
    last = today + dt.timedelta(days=MEETING_DAYS)
    coming = [
        ComingMeeting(pid, _name(first, last_name), when.date(), when.time(), summary)
        for pid, first, last_name, when, summary in session.execute(
            select(
                Person.id,
                Person.first_name,
                Person.last_name,
                Interaction.occurred_at,
                Interaction.summary,
            )
            .join(Person, Person.id == Interaction.person_id)
            .where(
                Interaction.kind == InteractionKind.MEETING,
                Interaction.occurred_at >= midnight(today),
                Interaction.occurred_at < midnight(last + dt.timedelta(days=1)),
            )
        )
    ]
    dated = session.execute(
        select(Person.id, Person.first_name, Person.last_name, FollowUp.due_on, FollowUp.title)
        .join(Person, Person.id == FollowUp.person_id)
        .where(
            FollowUp.done_at.is_(None),
            FollowUp.kind == FollowUpKind.NEXT_STEP,
            FollowUp.due_on > today,
            FollowUp.due_on <= last,
        )
    ).all()
    waiting = _meeting_waiting(session, list({row[0] for row in dated}))
    coming += [
        ComingMeeting(pid, _name(first, last_name), due_on, None, title)
        for pid, first, last_name, due_on, title in dated
        if pid in waiting
    ]
    coming.sort(key=lambda m: (m.day, m.at or dt.time(), fold(m.name)))
    return coming


def _meeting_waiting(session: Session, person_ids: list[int]) -> set[int]:
    """Those of ``person_ids`` who obtained a meeting on a call and have not met since."""
    if not person_ids:
        return set()
    obtained = dict(
        session.execute(
            select(Interaction.person_id, func.max(Interaction.occurred_at))
            .where(
                Interaction.person_id.in_(person_ids),
                Interaction.outcome == Outcome.MEETING_OBTAINED,
            )
            .group_by(Interaction.person_id)
        ).all()
    )
    met = dict(
        session.execute(
            select(Interaction.person_id, func.max(Interaction.occurred_at))
            .where(
                Interaction.person_id.in_(list(obtained)),
                Interaction.kind == InteractionKind.MEETING,
            )
            .group_by(Interaction.person_id)
        ).all()
    )
    return {pid for pid, when in obtained.items() if pid not in met or met[pid] < when}


def agenda(session: Session, today: dt.date) -> Agenda:
    """Everything the Today page shows for ``today``."""
    calls, more = calls_to_make(session, today)
    return Agenda(
        today,
        session.scalar(select(Person.id).limit(1)) is not None,
        tuple(calls),
        more,
        tuple(thanks_owed(session)),
        tuple(news_owed(session, today)),
        tuple(follow_ups_due(session, today)),
        tuple(meetings_coming(session, today)),
        WeekProgress(
            dashboard.new_people_this_week(session, today), dashboard.weekly_goal(session)
        ),
    )
