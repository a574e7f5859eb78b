"""Help given and received: who helped, who is owed a return, the week's gives beside its asks;
and the CV handed over with its follow-up."""

from __future__ import annotations

import datetime as dt

import pytest

from carnet.domain import cv_handover, people, reciprocity, referrals
from carnet.domain.enums import InteractionKind, Outcome
from carnet.domain.errors import ValidationError
from carnet.domain.models import Interaction
from carnet.domain.people import PersonDraft

NOW = dt.datetime(2026, 3, 11, 9, 30)  # a Wednesday


@pytest.fixture
def network(database, time_machine):
    time_machine.move_to(NOW, tick=False)
    with database.transaction() as session:
        loic = people.create_person(session, PersonDraft("Loïc", "Bertrand"))
        mathieu = referrals.introduce_new_person(session, loic, PersonDraft("Mathieu", "Roche"))
        referrals.introduce_new_person(session, loic, PersonDraft("Sophie", "Bernard"))
        session.add(
            Interaction(
                person_id=mathieu,
                kind=InteractionKind.CALL,
                occurred_at=NOW - dt.timedelta(days=1),
                outcome=Outcome.MEETING_OBTAINED,
            )
        )
    return loic, mathieu


def test_helpers_are_owed_until_something_is_given_back(database, network):
    loic, mathieu = network
    with database.reading() as session:
        found = {h.person_id: h for h in reciprocity.helpers(session)}
    assert (found[loic].names_given, found[loic].owed) == (2, True)
    assert (found[mathieu].helpful_talks, found[mathieu].owed) == (1, True)

    with database.transaction() as session:
        reciprocity.record_gift(
            session,
            reciprocity.GiftDraft(loic, InteractionKind.GAVE_INTRODUCTION, what="Présenté à Anne"),
            now=NOW,
        )
    with database.reading() as session:
        assert [h.person_id for h in reciprocity.could_help_now(session)] == [mathieu]
        week = reciprocity.week_give_and_take(session, NOW.date())
    assert (week.asks, week.gives) == (1, 1)


def test_a_gift_needs_a_kind_of_help_and_a_day_not_in_the_future(database, network):
    loic, _ = network
    with database.transaction() as session, pytest.raises(ValidationError):
        reciprocity.record_gift(session, reciprocity.GiftDraft(loic, InteractionKind.CALL))
    with database.transaction() as session, pytest.raises(ValidationError):
        reciprocity.record_gift(
            session, reciprocity.GiftDraft(loic, given_on=NOW.date() + dt.timedelta(days=5)), NOW
        )


def test_a_cv_handed_over_plans_the_question(database, network):
    _, mathieu = network
    draft = cv_handover.CvDraft(mathieu, "Céladon", NOW.date(), NOW.date() + dt.timedelta(10))
    with database.transaction() as session:
        handed = cv_handover.record_cv_handed(session, draft, "Ask Mathieu", now=NOW)
    assert handed.follow_up_id is not None
    with database.transaction() as session, pytest.raises(ValidationError):
        draft.ask_back_on = NOW.date()
        cv_handover.record_cv_handed(session, draft, "Ask Mathieu", now=NOW)
