"""Today's agenda: calls in their order with relay, permission and kind; thank-yous and news
owed to relays; follow-ups due; meetings coming; the week's progress as the dashboard counts it."""

from __future__ import annotations

import datetime as dt

from carnet.domain import dashboard, followups, people, referrals, today, week_plan
from carnet.domain.enums import (
    ContactStatus,
    FollowUpKind,
    InteractionKind,
    LeadStage,
    Outcome,
    Permission,
    Warmth,
)
from carnet.domain.interactions import InteractionDraft, accept_thank_proposal, log_interaction
from carnet.domain.models import Person
from carnet.domain.people import PersonDraft

TODAY = dt.date(2026, 3, 11)  # a Wednesday
NOON = dt.datetime.combine(TODAY, dt.time(12))


def log(session, person_id, kind, when, outcome=None, **more):
    return log_interaction(
        session, InteractionDraft(person_id, kind=kind, occurred_at=when, outcome=outcome, **more)
    )


def test_calls_are_planned_first_then_worth_a_call_then_to_contact(database):
    with database.transaction() as session:
        anne = people.create_person(session, PersonDraft("Anne", "Petit", status=ContactStatus.MET))
        zoe = referrals.introduce_new_person(
            session, anne, PersonDraft("Zoé", "Aubry"), permission=Permission.YES
        )
        bruno = referrals.introduce_new_person(session, anne, PersonDraft("Bruno", "Coste"))
        lead = people.create_person(session, PersonDraft("Léa", "Morel", status=ContactStatus.LEAD))
        week_plan.set_lead_stage(session, lead, LeadStage.WORTH_A_CALL)
        parked = people.create_person(
            session, PersonDraft("Paul", "Nadal", status=ContactStatus.LEAD)
        )
        week_plan.set_lead_stage(session, parked, LeadStage.PARKED)
        planned = referrals.introduce_new_person(
            session, anne, PersonDraft("Yves", "Roux"), permission=Permission.NO
        )
        week_plan.plan_week(session, TODAY, [planned])
        linkedin = people.create_person(session, PersonDraft("Lin", "Ked"))
        session.get(Person, linkedin).weak_tie = True
    with database.reading() as session:
        calls, more = today.calls_to_make(session, TODAY)
    assert [c.name for c in calls] == ["Yves Roux", "Léa Morel", "Zoé Aubry", "Bruno Coste"]
    assert more == 0
    yves, lea, zoe_call, bruno_call = calls
    assert yves.reason == today.CallReason.PLANNED
    assert (yves.connector_name, yves.permission, yves.kind) == (
        "Anne Petit",
        Permission.NO,
        Warmth.COLD,
    )
    assert (lea.connector_id, lea.permission, lea.kind) == (None, None, Warmth.COLD)
    assert (zoe_call.connector_id, zoe_call.permission, zoe_call.kind) == (
        anne,
        Permission.YES,
        Warmth.WARM,
    )
    assert bruno_call.permission == Permission.NOT_ASKED and bruno_call.person_id == bruno
    assert zoe_call.person_id == zoe


def test_at_most_ten_calls_are_listed_and_the_rest_counted(database):
    with database.transaction() as session:
        for number in range(13):
            people.create_person(session, PersonDraft("Personne", f"{number:02}"))
    with database.reading() as session:
        calls, more = today.calls_to_make(session, TODAY)
    assert len(calls) == today.MOST_CALLS and more == 3


def chain(session):
    anne = people.create_person(session, PersonDraft("Anne", "Petit", status=ContactStatus.MET))
    loic = referrals.introduce_new_person(session, anne, PersonDraft("Loïc", "Bertrand"))
    mathieu = referrals.introduce_new_person(session, loic, PersonDraft("Mathieu", "Roche"))
    return anne, loic, mathieu


def test_thanks_owed_are_the_open_thank_you_follow_ups_up_the_chain_too(database):
    from carnet.domain import chain_thanks

    with database.transaction() as session:
        anne, loic, mathieu = chain(session)
        proposal = log(
            session, mathieu, InteractionKind.CALL, NOON, Outcome.MEETING_OBTAINED
        ).thank_proposal
        accept_thank_proposal(session, proposal, "Remercier Loïc")
        chain_thanks.accept_chain_thanks(session, proposal, {anne: "Dire à Anne où cela a mené"})
    with database.reading() as session:
        thanks = today.thanks_owed(session)
        agenda = today.agenda(session, TODAY)
    assert [(t.relay_id, t.about_id, t.about_name) for t in thanks] == [
        (loic, mathieu, "Mathieu Roche"),
        (anne, mathieu, "Mathieu Roche"),
    ]
    assert all(item.kind != FollowUpKind.THANK_CONNECTOR for item in agenda.follow_ups)


def test_news_is_owed_to_the_relay_of_someone_met_who_heard_nothing_since(database):
    met_at = NOON - dt.timedelta(days=3)
    with database.transaction() as session:
        anne, loic, mathieu = chain(session)
        log(session, anne, InteractionKind.CALL, met_at - dt.timedelta(days=1))
        log(session, loic, InteractionKind.CALL, met_at - dt.timedelta(days=1))
        log(session, mathieu, InteractionKind.MEETING, met_at)
    with database.reading() as session:
        news = today.news_owed(session, TODAY)
    assert [(n.relay_id, n.about_id, n.met_on) for n in news] == [(loic, mathieu, met_at.date())]

    with database.transaction() as session:
        log(session, loic, InteractionKind.EMAIL, met_at + dt.timedelta(hours=2))
    with database.reading() as session:
        assert today.news_owed(session, TODAY) == []


def test_news_owed_gives_way_to_a_waiting_thank_you_and_to_a_done_one(database):
    met_at = NOON - dt.timedelta(days=2)
    with database.transaction() as session:
        _anne, loic, mathieu = chain(session)
        proposal = log(session, mathieu, InteractionKind.MEETING, met_at, Outcome.HELPFUL)
        follow_up = accept_thank_proposal(session, proposal.thank_proposal, "Remercier Loïc")
    with database.reading() as session:
        assert today.news_owed(session, TODAY) == []
    with database.transaction() as session:
        followups.mark_done(session, followups.ItemKey(follow_up_id=follow_up), now=NOON)
    with database.reading() as session:
        assert today.news_owed(session, TODAY) == []
        assert today.thanks_owed(session) == []


def test_a_meeting_older_than_the_window_or_ahead_owes_no_news(database):
    with database.transaction() as session:
        _anne, _loic, mathieu = chain(session)
        log(
            session, mathieu, InteractionKind.MEETING, NOON - dt.timedelta(days=today.NEWS_DAYS + 1)
        )
    with database.reading() as session:
        assert today.news_owed(session, TODAY) == []
        assert today.news_owed(session, TODAY - dt.timedelta(days=today.NEWS_DAYS + 2)) == []


def test_follow_ups_due_are_overdue_and_today_only(database):
    with database.transaction() as session:
        marc = people.create_person(session, PersonDraft("Marc", "Durand"))
        for title, days in (("Hier", -1), ("Aujourd’hui", 0), ("Demain", 1)):
            followups.create_follow_up(
                session,
                followups.FollowUpDraft(
                    title=title, due_on=TODAY + dt.timedelta(days=days), person_id=marc
                ),
            )
    with database.reading() as session:
        due = today.follow_ups_due(session, TODAY)
    assert [item.title for item in due] == ["Hier", "Aujourd’hui"]


def test_meetings_coming_are_logged_ahead_or_dated_after_a_meeting_obtained(database):
    with database.transaction() as session:
        _anne, loic, mathieu = chain(session)
        log(
            session,
            loic,
            InteractionKind.CALL,
            NOON - dt.timedelta(days=1),
            Outcome.MEETING_OBTAINED,
            next_step="Rendez-vous chez Loïc",
            next_step_due=TODAY + dt.timedelta(days=3),
        )
        nina = people.create_person(session, PersonDraft("Nina", "Vidal"))
        followups.create_follow_up(
            session,
            followups.FollowUpDraft(
                title="Relancer Nina", due_on=TODAY + dt.timedelta(days=2), person_id=nina
            ),
        )
        log(session, mathieu, InteractionKind.MEETING, NOON + dt.timedelta(days=1, hours=-2))
        log(session, mathieu, InteractionKind.MEETING, NOON + dt.timedelta(days=9))
    with database.reading() as session:
        coming = today.meetings_coming(session, TODAY)
    assert [(m.person_id, m.day, m.at) for m in coming] == [
        (mathieu, TODAY + dt.timedelta(days=1), dt.time(10)),
        (loic, TODAY + dt.timedelta(days=3), None),
    ]
    assert coming[1].title == "Rendez-vous chez Loïc"


def test_the_week_progress_is_the_dashboard_figure(database):
    with database.transaction() as session:
        for number, days in enumerate((0, -1, -2, -9)):
            person = people.create_person(session, PersonDraft("Nouveau", str(number)))
            log(session, person, InteractionKind.CALL, NOON + dt.timedelta(days=days))
    with database.reading() as session:
        agenda = today.agenda(session, TODAY)
        board = dashboard.compute(session, TODAY)
    assert agenda.progress == today.WeekProgress(board.this_week.new_people, board.weekly_goal)
    assert agenda.progress.new_people == 3


def test_an_empty_network_has_nothing_and_says_so(database):
    with database.reading() as session:
        agenda = today.agenda(session, TODAY)
    assert not agenda.has_people and agenda.nothing_to_do and agenda.count == 0
