"""The week plan (seed 000): on Monday, pick this week's 5 to 10 calls among the leads with
permission; on Friday, review what became of them.

A lead matures before it is worth a call: *to check* (look them up first), *parked* (not now),
*worth a call*. The plan offers the people still to call whom the user may call: introduced with
the permission to use the connector's name, or known directly (not a mere LinkedIn connection).
Parked people are left out of it. A person picked for a week keeps that week's Monday
(``Person.planned_week``); the review reads what was logged with them during that week.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from carnet.domain.enums import ContactStatus, InteractionKind, LeadStage, Outcome, Permission
from carnet.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.interactions import primary_introduction
from carnet.domain.models import Interaction, Person
from carnet.domain.text import fold
from carnet.domain.weeks import WEEK, midnight, week_start

FEWEST_CALLS = 5
MOST_CALLS = 10
TO_CALL = (ContactStatus.LEAD, ContactStatus.TO_CONTACT)
STAGE_ORDER = {LeadStage.WORTH_A_CALL: 0, None: 1, LeadStage.TO_CHECK: 2}
GONE = QT_TRANSLATE_NOOP("DomainMessages", "This person is no longer in your contacts.")


@dataclass(frozen=True)
class Candidate:
    """Someone the user may call this week."""

    person_id: int
    name: str
    organization: str
    connector_name: str
    """Who gave the name ("" for someone the user knows directly)."""
    stage: LeadStage | None
    planned: bool
    """Already picked for the week being planned."""


class Happened:
    """What became of a planned call, from what was logged that week (most telling first)."""

    MEETING = "meeting"
    """A meeting held, or a call that obtained one."""
    TALKED = "talked"
    DECLINED = "declined"
    NOTHING = "nothing"


@dataclass(frozen=True)
class Review:
    person_id: int
    name: str
    happened: str
    """One of ``Happened``."""


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("person", GONE)
    return person


def set_lead_stage(session: Session, person_id: int, stage: LeadStage | None) -> None:
    _person(session, person_id).lead_stage = LeadStage(stage) if stage else None


def candidates(session: Session, monday: dt.date) -> list[Candidate]:
    """The people still to call whom the user may call, worth a call first; parked ones out."""
    found = []
    for person in session.scalars(select(Person).where(Person.status.in_(TO_CALL))):
        if person.lead_stage == LeadStage.PARKED or person.weak_tie:
            continue
        introduction = primary_introduction(session, person.id)
        if introduction is not None and introduction.permission != Permission.YES:
            continue
        found.append(
            Candidate(
                person.id,
                person.full_name,
                person.organization.name if person.organization else "",
                introduction.connector.full_name if introduction else "",
                person.lead_stage,
                person.planned_week == monday,
            )
        )
    found.sort(key=lambda c: (not c.planned, STAGE_ORDER[c.stage], fold(c.name)))
    return found


def parked(session: Session) -> int:
    return len(
        session.scalars(
            select(Person.id).where(
                Person.status.in_(TO_CALL), Person.lead_stage == LeadStage.PARKED
            )
        ).all()
    )


def plan_week(session: Session, monday: dt.date, person_ids: list[int]) -> None:
    """The week's plan is exactly ``person_ids``: others picked for that week are let go."""
    monday = week_start(monday)
    session.execute(
        update(Person)
        .where(Person.planned_week == monday, Person.id.not_in(person_ids))
        .values(planned_week=None)
    )
    for person_id in person_ids:
        _person(session, person_id).planned_week = monday


def _happened(interactions: list[Interaction]) -> str:
    if any(
        i.kind == InteractionKind.MEETING or i.outcome == Outcome.MEETING_OBTAINED
        for i in interactions
    ):
        return Happened.MEETING
    if any(i.outcome == Outcome.DECLINED for i in interactions):
        return Happened.DECLINED
    return Happened.TALKED if interactions else Happened.NOTHING


def review(session: Session, monday: dt.date) -> list[Review]:
    """The week's planned calls with what became of them (logged from Monday to Sunday)."""
    monday = week_start(monday)
    rows = []
    for person in session.scalars(select(Person).where(Person.planned_week == monday)):
        logged = list(
            session.scalars(
                select(Interaction).where(
                    Interaction.person_id == person.id,
                    Interaction.occurred_at >= midnight(monday),
                    Interaction.occurred_at < midnight(monday + WEEK),
                )
            )
        )
        rows.append(Review(person.id, person.full_name, _happened(logged)))
    rows.sort(key=lambda r: fold(r.name))
    return rows


def carry_over(session: Session, monday: dt.date, person_ids: list[int]) -> None:
    """Move calls that did not happen to the next week's plan."""
    for person_id in person_ids:
        _person(session, person_id).planned_week = week_start(monday) + WEEK
