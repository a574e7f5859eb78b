"""The call mode's draft and its logging, below the window (issue 20, point 3)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from carnet.domain import call_mode, people, referrals
from carnet.domain.enums import Outcome, Permission, Warmth
from carnet.domain.errors import ValidationError
from carnet.domain.models import Interaction, Introduction
from carnet.domain.people import PersonDraft
from carnet.domain.settings import set_setting

NOW = dt.datetime(2026, 3, 10, 10, 30)


def test_a_draft_comes_back_as_typed_and_an_unreadable_one_is_left_aside(database):
    draft = call_mode.CallDraft(
        7,
        "Rappeler « lundi »\nsans faute",
        Warmth.COLD,
        [
            call_mode.NameGiven("Zoé Brun", Permission.NO),
            call_mode.NameGiven("Luc", known_person_id=3),
        ],
    )
    with database.transaction() as session:
        call_mode.save_draft(session, draft)
        set_setting(session, call_mode.draft_key(8), "{not json")
    with database.reading() as session:
        assert call_mode.load_draft(session, 7) == draft
        assert call_mode.load_draft(session, 8) is None
        assert call_mode.load_draft(session, 9) is None
    with database.transaction() as session:
        call_mode.save_draft(session, call_mode.CallDraft(7, "  "))  # emptied: dropped
    with database.reading() as session:
        assert call_mode.load_draft(session, 7) is None


def test_a_name_already_given_by_the_person_called_is_not_recorded_twice(database):
    with database.transaction() as session:
        ines = people.create_person(session, PersonDraft("Inès", "Garnier"))
        paul = referrals.introduce_new_person(session, ines, PersonDraft("Paul", "Morel"))
        draft = call_mode.CallDraft(
            ines, "", None, [call_mode.NameGiven("Paul Morel", Permission.YES, paul)]
        )
        logged = call_mode.log_call(session, draft, Outcome.HELPFUL, NOW)
        assert logged.introduction_ids == () and logged.lead_ids == ()
        (introduction,) = session.scalars(select(Introduction)).all()
        assert introduction.permission == Permission.NOT_ASKED  # left as the user set it


def test_a_blank_or_repeated_name_is_refused_with_a_reason():
    draft = call_mode.CallDraft(1, names=[call_mode.NameGiven("Zoé Brun")])
    with pytest.raises(ValidationError) as blank:
        call_mode.check_new_name(draft, call_mode.NameGiven("   "))
    assert blank.value.message == "Type the name you were given."
    with pytest.raises(ValidationError) as twice:
        call_mode.check_new_name(draft, call_mode.NameGiven(" zoé  BRUN "))
    assert twice.value.message == "This name is already in the list."


def test_a_call_with_someone_deleted_meanwhile_is_refused_and_the_draft_kept(database):
    with database.transaction() as session:
        ines = people.create_person(session, PersonDraft("Inès", "Garnier"))
        call_mode.save_draft(session, call_mode.CallDraft(ines, "Notes"))
        people.delete_person(session, ines)
    with pytest.raises(ValidationError), database.transaction() as session:
        call_mode.log_call(session, call_mode.CallDraft(ines, "Notes"), Outcome.HELPFUL, NOW)
    with database.reading() as session:
        assert session.scalars(select(Interaction)).all() == []
