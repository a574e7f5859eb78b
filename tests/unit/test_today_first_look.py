"""The first look at Today (read at start-up with plain sqlite3, before SQLAlchemy is imported)
shows what the Today page then shows: the same rows in the same order, on a network with every
kind of row, so that the two readings cannot drift apart."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from carnet.db.first_look import open_for_first_look
from carnet.domain import chain_thanks, followups, people, referrals, today, today_rows, week_plan
from carnet.domain.enums import ContactStatus, InteractionKind, LeadStage, Outcome, Permission
from carnet.domain.interactions import InteractionDraft, accept_thank_proposal, log_interaction
from carnet.domain.models import Person
from carnet.domain.people import PersonDraft

TODAY = dt.date(2026, 3, 11)  # a Wednesday
NOON = dt.datetime.combine(TODAY, dt.time(12))


def log(session, person_id, kind, when, outcome=None, **more):
    return log_interaction(
        session, InteractionDraft(person_id, kind=kind, occurred_at=when, outcome=outcome, **more)
    )


def follow_up(session, person_id, title, days):
    followups.create_follow_up(
        session,
        followups.FollowUpDraft(
            title=title, due_on=TODAY + dt.timedelta(days=days), person_id=person_id
        ),
    )


def every_kind_of_row(database, time_machine) -> None:
    time_machine.move_to(NOON - dt.timedelta(days=100), tick=False)
    with database.transaction() as session:
        # met long ago and never since: a keep-in-touch reminder overdue by weeks
        people.create_person(session, PersonDraft("Claire", "Fontaine", status=ContactStatus.MET))
    time_machine.move_to(NOON, tick=False)
    with database.transaction() as session:
        anne = people.create_person(session, PersonDraft("Anne", "Petit", status=ContactStatus.MET))
        loic = referrals.introduce_new_person(
            session, anne, PersonDraft("Loïc", "Bertrand"), permission=Permission.YES
        )
        mathieu = referrals.introduce_new_person(session, loic, PersonDraft("Mathieu", "Roche"))
        yves = referrals.introduce_new_person(
            session, anne, PersonDraft("Yves", "Roux"), permission=Permission.NO
        )
        week_plan.plan_week(session, TODAY, [yves])
        lea = people.create_person(session, PersonDraft("Léa", "Morel", status=ContactStatus.LEAD))
        week_plan.set_lead_stage(session, lea, LeadStage.WORTH_A_CALL)
        paul = people.create_person(
            session, PersonDraft("Paul", "Nadal", status=ContactStatus.LEAD)
        )
        week_plan.set_lead_stage(session, paul, LeadStage.PARKED)
        linkedin = people.create_person(session, PersonDraft("Lin", "Ked"))
        session.get(Person, linkedin).weak_tie = True
        for number in range(12):  # more calls than are listed
            people.create_person(session, PersonDraft("Personne", f"{number:02}"))
        # a warm call already made, a meeting obtained, thank-yous up the chain
        proposal = log(
            session,
            mathieu,
            InteractionKind.CALL,
            NOON - dt.timedelta(days=1),
            Outcome.MEETING_OBTAINED,
            next_step="Rendez-vous chez Mathieu",
            next_step_due=TODAY + dt.timedelta(days=3),
        ).thank_proposal
        accept_thank_proposal(session, proposal, "Remercier Loïc")
        chain_thanks.accept_chain_thanks(session, proposal, {anne: "Dire à Anne où cela a mené"})
        # met this week through Bruno, who heard nothing since: news owed to him
        bruno = people.create_person(
            session, PersonDraft("Bruno", "Coste", status=ContactStatus.MET)
        )
        nina = referrals.introduce_new_person(session, bruno, PersonDraft("Nina", "Vidal"))
        log(session, nina, InteractionKind.MEETING, NOON - dt.timedelta(days=2))
        log(session, anne, InteractionKind.MEETING, NOON + dt.timedelta(days=1, hours=-2))
        for title, days in (
            ("Hier", -1),
            ("Aujourd’hui", 0),
            ("Demain", 1),
            ("Il y a un mois", -30),
        ):
            follow_up(session, lea, title, days)


def test_the_first_look_shows_the_pages_rows_in_its_order(database, time_machine):
    every_kind_of_row(database, time_machine)
    with database.reading() as session:
        page = today.agenda(session, TODAY)
    connection = open_for_first_look(database.path)
    assert connection is not None
    try:
        first = today_rows.first_look(connection.cursor(), TODAY)
    finally:
        connection.close()

    # every kind of row is there (else the comparison below proves little)
    reminders = [item for item in page.follow_ups if item.is_reminder]
    assert page.calls and page.more_calls and page.thanks and page.meetings and page.news
    assert reminders and len(page.follow_ups) > len(reminders)
    assert {m.at is None for m in page.meetings} == {True, False}
    assert {c.reason for c in page.calls} == {
        today.CallReason.PLANNED,
        today.CallReason.WORTH_A_CALL,
        today.CallReason.TO_CONTACT,
    }

    assert first.has_people and first.is_first_look and not page.is_first_look
    assert (first.calls, first.more_calls) == (page.calls, page.more_calls)
    assert first.thanks == page.thanks
    assert first.meetings == page.meetings
    # the stored follow-ups are the page's first rows, its reminders come after them
    assert page.follow_ups[: len(first.follow_ups)] == first.follow_ups
    assert list(page.follow_ups[len(first.follow_ups) :]) == reminders
    assert [item.title for item in first.follow_ups] == ["Il y a un mois", "Hier", "Aujourd’hui"]
    assert first.news == () and first.progress is None
    with database.reading() as session:
        assert today.count_waiting(session, TODAY) == page.count


def test_the_first_look_is_read_without_sqlalchemy():
    check = (
        "import sys, carnet.ui.first_today; "
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy')))"
    )
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
