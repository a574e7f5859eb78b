"""Logging calls and meetings, the after-meeting debrief, and the thank-the-connector rule."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from carnet.domain import interactions, people, referrals
from carnet.domain.enums import (
    ContactStatus,
    FollowUpKind,
    InteractionKind,
    IntroductionStatus,
    NoteKind,
    Outcome,
    Permission,
    Warmth,
)
from carnet.domain.errors import ValidationError
from carnet.domain.interactions import DebriefDraft, InteractionDraft, NameObtained
from carnet.domain.models import FollowUp, Interaction, Introduction, Note, Person
from carnet.domain.people import PersonDraft

TODAY = dt.date.today()
NOW = dt.datetime.now().replace(second=0, microsecond=0)


@pytest.fixture
def network(database):
    """Loïc (known directly) gave the user Mathieu's name and the permission to use his."""
    with database.transaction() as session:
        loic = people.create_person(
            session,
            PersonDraft("Loïc", "Bertrand", job_title="Acheteur", organization_name="Céladon"),
        )
        mathieu = referrals.introduce_new_person(
            session,
            loic,
            PersonDraft("Mathieu", "Roche", organization_name="Maison Orsane"),
            permission=Permission.YES,
            context="Anciens collègues",
        )
        cold = people.create_person(session, PersonDraft("Inès", "Leroy"))
    return {"loic": loic, "mathieu": mathieu, "cold": cold}


def counts(database) -> dict[str, int]:
    with database.reading() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Person, Introduction, Interaction, FollowUp, Note)
        }


def log(database, **fields) -> interactions.LoggedInteraction:
    with database.transaction() as session:
        return interactions.log_interaction(session, InteractionDraft(**fields))


def test_the_kind_of_call_is_suggested_by_the_tree(database, network):
    """Warm through an introduction with permission; known for someone at the tree's root;
    cold for a LinkedIn connection nobody introduced, a lead found alone, or a connector whose
    name may not be used."""
    with database.transaction() as session:
        linkedin = people.create_person(session, PersonDraft("Rémi", "Vasseur"))
        session.get(Person, linkedin).weak_tie = True
        found = people.create_person(
            session, PersonDraft("Zoé", "Nadal", status=ContactStatus.LEAD)
        )
        unnamed = referrals.introduce_new_person(
            session, network["loic"], PersonDraft("Paul", "Serre"), permission=Permission.NO
        )
    with database.reading() as session:
        suggested = {
            name: interactions.call_context(session, pid).suggested_warmth
            for name, pid in (
                ("mathieu", network["mathieu"]),
                ("ines", network["cold"]),
                ("linkedin", linkedin),
                ("found", found),
                ("unnamed", unnamed),
            )
        }
    assert suggested == {
        "mathieu": Warmth.WARM,
        "ines": Warmth.KNOWN,
        "linkedin": Warmth.COLD,
        "found": Warmth.COLD,
        "unnamed": Warmth.COLD,
    }


def test_logging_a_call_writes_one_interaction_and_its_next_step(database, network):
    before = counts(database)
    logged = log(
        database,
        person_id=network["mathieu"],
        kind=InteractionKind.CALL,
        occurred_at=NOW,
        duration_minutes=20,
        warmth=Warmth.WARM,
        outcome=Outcome.NOT_NOW,
        summary="  Rappeler en mai.  ",
        next_step="Rappeler Mathieu\nen mai",
        next_step_due=TODAY + dt.timedelta(days=30),
    )

    after = counts(database)
    assert after["interaction"] == before["interaction"] + 1
    assert after["follow_up"] == before["follow_up"] + 1
    assert (after["person"], after["note"]) == (before["person"], before["note"])
    assert logged.thank_proposal is None, "not now is not a good outcome"
    with database.reading() as session:
        interaction = session.get(Interaction, logged.interaction_id)
        follow_up = session.get(FollowUp, logged.follow_up_id)
        mathieu = session.get(Person, network["mathieu"])
        introduction = interactions.primary_introduction(session, mathieu.id)
        assert (interaction.summary, interaction.duration_minutes) == ("Rappeler en mai.", 20)
        assert interaction.introduction_id == introduction.id
        assert (follow_up.kind, follow_up.title) == (FollowUpKind.NEXT_STEP, "Rappeler Mathieu")
        assert follow_up.due_on == TODAY + dt.timedelta(days=30)
        assert follow_up.interaction_id == interaction.id
        assert mathieu.status == ContactStatus.CONTACTED
        assert introduction.status == IntroductionStatus.CONTACTED
        last = interactions.last_interaction(session, mathieu.id)
        assert last is not None and last.id == interaction.id


def test_a_meeting_moves_person_and_introduction_to_met_and_never_back(database, network):
    log(database, person_id=network["mathieu"], kind=InteractionKind.MEETING, occurred_at=NOW)
    log(database, person_id=network["mathieu"], kind=InteractionKind.EMAIL, occurred_at=NOW)
    with database.reading() as session:
        assert session.get(Person, network["mathieu"]).status == ContactStatus.MET
        intro = interactions.primary_introduction(session, network["mathieu"])
        assert intro.status == IntroductionStatus.MET


def test_a_declined_call_marks_the_person_declined_until_they_come_back(database, network):
    log(database, person_id=network["cold"], outcome=Outcome.DECLINED, occurred_at=NOW)
    with database.reading() as session:
        assert session.get(Person, network["cold"]).status == ContactStatus.DECLINED
    log(database, person_id=network["cold"], kind=InteractionKind.MEETING, occurred_at=NOW)
    with database.reading() as session:
        assert session.get(Person, network["cold"]).status == ContactStatus.MET


@pytest.mark.parametrize(
    ("kind", "outcome", "proposed"),
    [
        (InteractionKind.CALL, Outcome.MEETING_OBTAINED, True),
        (InteractionKind.MEETING, Outcome.HELPFUL, True),
        (InteractionKind.VIDEO_CALL, Outcome.HELPFUL, True),
        (InteractionKind.CALL, Outcome.DIFFICULT, False),
        (InteractionKind.CALL, None, False),
        (InteractionKind.EMAIL, Outcome.MEETING_OBTAINED, False),
    ],
)
def test_a_good_conversation_with_a_referred_person_proposes_to_thank_the_connector(
    database, network, kind, outcome, proposed
):
    logged = log(
        database, person_id=network["mathieu"], kind=kind, outcome=outcome, occurred_at=NOW
    )
    assert (logged.thank_proposal is not None) == proposed
    if proposed:
        proposal = logged.thank_proposal
        assert (proposal.connector_id, proposal.connector_name) == (
            network["loic"],
            "Loïc Bertrand",
        )
        assert proposal.person_name == "Mathieu Roche"
        assert proposal.due_on == TODAY + dt.timedelta(days=interactions.THANK_AFTER_DAYS)


def test_accepting_the_proposal_adds_one_thank_you_follow_up_and_no_second_proposal(
    database, network
):
    first = log(database, person_id=network["mathieu"], outcome=Outcome.HELPFUL, occurred_at=NOW)
    with database.transaction() as session:
        follow_up_id = interactions.accept_thank_proposal(
            session, first.thank_proposal, "Tell Loïc how it went"
        )
    with database.reading() as session:
        follow_up = session.get(FollowUp, follow_up_id)
        assert follow_up.kind == FollowUpKind.THANK_CONNECTOR
        assert follow_up.person_id == network["loic"]
        assert follow_up.title == "Tell Loïc how it went"
        assert follow_up.interaction_id == first.interaction_id

    again = log(database, person_id=network["mathieu"], outcome=Outcome.HELPFUL, occurred_at=NOW)
    assert again.thank_proposal is None, "a thank-you is already waiting"


def test_no_proposal_for_a_cold_contact_or_once_the_connector_was_thanked_today(database, network):
    assert log(database, person_id=network["cold"], outcome=Outcome.HELPFUL).thank_proposal is None
    with database.transaction() as session:
        interactions.mark_connector_thanked(session, network["mathieu"])
    logged = log(database, person_id=network["mathieu"], outcome=Outcome.HELPFUL, occurred_at=NOW)
    assert logged.thank_proposal is None


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"person_id": None}, "person"),
        ({"person_id": 9999}, "person"),
        ({"occurred_at": NOW + dt.timedelta(days=3)}, "occurred_at"),
        ({"duration_minutes": -5}, "duration"),
        ({"summary": "a\x00b"}, "summary"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(database, network, fields, field):
    before = counts(database)
    draft = {"person_id": network["mathieu"], "occurred_at": NOW, **fields}
    with pytest.raises(ValidationError) as refused:
        log(database, **draft)
    assert refused.value.field == field and refused.value.message
    assert counts(database) == before


def test_call_statistics_count_good_difficult_warm_and_cold(database, network):
    log(
        database, person_id=network["mathieu"], warmth=Warmth.WARM, outcome=Outcome.MEETING_OBTAINED
    )
    log(database, person_id=network["mathieu"], warmth=Warmth.WARM, outcome=Outcome.HELPFUL)
    log(database, person_id=network["cold"], warmth=Warmth.COLD, outcome=Outcome.DIFFICULT)
    log(database, person_id=network["cold"], kind=InteractionKind.MEETING, outcome=Outcome.HELPFUL)
    with database.reading() as session:
        stats = interactions.call_statistics(session)
    assert (stats.conversations, stats.good, stats.difficult) == (4, 3, 1)
    assert (stats.warm_attempts, stats.warm_meetings) == (2, 1)
    assert (stats.cold_attempts, stats.cold_meetings) == (1, 0)


# -- the after-meeting debrief ----------------------------------------------------------------


def debrief(database, **fields) -> interactions.DebriefResult:
    with database.transaction() as session:
        return interactions.record_debrief(session, DebriefDraft(**fields))


def test_a_debrief_creates_exactly_what_it_says(database, network):
    before = counts(database)
    result = debrief(
        database,
        person_id=network["mathieu"],
        met_on=TODAY,
        learned="Le directeur commercial part en juin.",
        advice="Lire le rapport annuel.",
        names=[
            NameObtained("Sophie Bernard", "Maison Orsane", Permission.YES, "Sa directrice"),
            NameObtained("Marie de La Tour", "", Permission.NOT_ASKED),
            NameObtained("", "", Permission.YES, ""),  # an empty line is ignored
        ],
        next_step="Appeler Sophie",
        next_step_due=TODAY + dt.timedelta(days=3),
        connector_thanked=True,
        log_meeting=True,
        outcome=Outcome.HELPFUL,
    )

    after = counts(database)
    assert after["note"] == before["note"] + 1
    assert after["person"] == before["person"] + 2
    assert after["introduction"] == before["introduction"] + 2
    assert after["interaction"] == before["interaction"] + 1
    assert after["follow_up"] == before["follow_up"] + 1
    assert result.thank_proposal is None, "the connector was just thanked"
    with database.reading() as session:
        note = session.get(Note, result.note_id)
        assert note.kind == NoteKind.MEETING_NOTES
        assert note.title == "Meeting with Mathieu Roche"
        assert [p.id for p in note.people] == [network["mathieu"]]
        assert note.organization.name == "Maison Orsane"
        assert "## What I learned\n\nLe directeur commercial part en juin." in note.body
        assert "- Sophie Bernard, Maison Orsane (may use their name): Sa directrice" in note.body
        sophie, marie = (session.get(Person, i) for i in result.lead_ids)
        assert (sophie.first_name, sophie.last_name, sophie.status) == (
            "Sophie",
            "Bernard",
            ContactStatus.LEAD,
        )
        assert (marie.first_name, marie.last_name) == ("Marie", "de La Tour")
        sophie_intro = interactions.primary_introduction(session, sophie.id)
        assert sophie_intro.connector_id == network["mathieu"]
        assert (sophie_intro.permission, sophie_intro.context) == (Permission.YES, "Sa directrice")
        assert interactions.primary_introduction(session, marie.id).permission == (
            Permission.NOT_ASKED
        )
        follow_up = session.get(FollowUp, result.follow_up_id)
        assert (follow_up.kind, follow_up.title, follow_up.person_id) == (
            FollowUpKind.NEXT_STEP,
            "Appeler Sophie",
            network["mathieu"],
        )
        introduction = session.get(Introduction, result.thanked_introduction_id)
        assert (introduction.connector_id, introduction.thanked_on) == (network["loic"], TODAY)
        meeting = session.get(Interaction, result.interaction_id)
        assert (meeting.kind, meeting.outcome) == (InteractionKind.MEETING, Outcome.HELPFUL)
        assert session.get(Person, network["mathieu"]).status == ContactStatus.MET


def test_a_debrief_without_the_meeting_or_thanks_proposes_nothing_and_logs_nothing(
    database, network
):
    before = counts(database)
    result = debrief(
        database, person_id=network["cold"], learned="Rien de neuf.", log_meeting=False
    )
    after = counts(database)
    assert after["note"] == before["note"] + 1
    assert {k: after[k] - before[k] for k in ("person", "interaction", "follow_up")} == {
        "person": 0,
        "interaction": 0,
        "follow_up": 0,
    }
    assert (result.interaction_id, result.thanked_introduction_id) == (None, None)


def test_a_good_debriefed_meeting_proposes_to_thank_the_connector(database, network):
    result = debrief(database, person_id=network["mathieu"], outcome=Outcome.MEETING_OBTAINED)
    assert result.thank_proposal is not None
    assert result.thank_proposal.connector_name == "Loïc Bertrand"


def test_a_debrief_with_a_bad_name_writes_nothing(database, network):
    before = counts(database)
    with pytest.raises(ValidationError) as refused:
        debrief(
            database,
            person_id=network["mathieu"],
            learned="Beaucoup appris.",
            names=[NameObtained("Sophie Bernard"), NameObtained("", "Orsane")],
            connector_thanked=True,
        )
    assert refused.value.field == "name"
    assert counts(database) == before
    with database.reading() as session:
        assert interactions.primary_introduction(session, network["mathieu"]).thanked_on is None


def test_split_name_takes_the_first_word_as_first_name():
    assert interactions.split_name("  Jean-Marc   Dupont ") == ("Jean-Marc", "Dupont")
    assert interactions.split_name("Cher") == ("Cher", "")
    assert interactions.split_name(" ") == ("", "")
