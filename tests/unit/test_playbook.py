"""The playbook: default cards filled with the names at hand, the user's own wording, reset."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from carnet.domain import people, playbook, profile, referrals
from carnet.domain.enums import Permission
from carnet.domain.errors import ValidationError
from carnet.domain.models import PlaybookCard
from carnet.domain.people import PersonDraft
from carnet.domain.playbook import Situation


@pytest.fixture
def mathieu(database) -> int:
    with database.transaction() as session:
        profile.save_profile(
            session,
            profile.ProfileDraft(name="Claire Moreau", precise_ask="Un nom chez Maison Orsane."),
        )
        loic = people.create_person(
            session,
            PersonDraft(
                "Loïc",
                "Bertrand",
                job_title="Acheteur",
                organization_name="Céladon",
                background="Dix ans\nchez Lumière.",
            ),
        )
        return referrals.introduce_new_person(
            session,
            loic,
            PersonDraft("Mathieu", "Roche"),
            permission=Permission.YES,
            context="Ils ont travaillé ensemble",
        )


def card(cards, situation) -> playbook.CardText:
    return next(c for c in cards if c.situation == situation)


def test_cards_are_filled_with_the_connector_and_the_users_ask(database, mathieu):
    with database.reading() as session:
        names = playbook.names_for_call(session, mathieu)
        cards = playbook.list_cards(session)
    unknown = card(cards, Situation.UNKNOWN_CONNECTOR)

    title = playbook.fill(unknown.title, names, playbook.FALLBACKS)
    body = playbook.fill(unknown.body, names, playbook.FALLBACKS)

    assert title == "They don't remember Loïc Bertrand"
    assert "Loïc Bertrand is Acheteur, Céladon." in body
    assert "Background: Dix ans chez Lumière." in body
    assert "How they know each other: Ils ont travaillé ensemble" in body
    assert "Un nom chez Maison Orsane." in body
    assert "{" not in body


def test_lines_with_unknown_values_are_left_out_and_key_names_fall_back(database):
    with database.reading() as session:
        names = playbook.names_for_call(session, None)
    text = "Hello {callee}\nBackground: {connector_background}\nAsk: {my_ask}\nKeep {this}"

    filled = playbook.fill(text, names, playbook.FALLBACKS)

    assert filled == "Ask: (write your precise ask in My profile)\nKeep {this}"


def test_cold_calls_only_get_the_cards_that_need_no_connector():
    assert playbook.relevant_situations(False) == [
        Situation.RESENTED_CALL,
        Situation.NAME_DROPPED,
        Situation.SEND_CV,
        Situation.NOTHING_FOR_YOU,
        Situation.NOT_RIGHT_PERSON,
        Situation.CALL_BACK_LATER,
    ]
    assert playbook.relevant_situations(True) == list(Situation)


def test_the_users_wording_replaces_a_card_until_it_is_reset(database, mathieu):
    with database.transaction() as session:
        playbook.save_card(
            session, Situation.RESENTED_CALL, "Ma version", "Raccourcir, {connector}."
        )
    with database.reading() as session:
        own = card(playbook.list_cards(session), Situation.RESENTED_CALL)
        names = playbook.names_for_call(session, mathieu)
    assert (own.title, own.is_custom) == ("Ma version", True)
    assert playbook.fill(own.body, names) == "Raccourcir, Loïc Bertrand."

    with database.transaction() as session:
        playbook.reset_card(session, Situation.RESENTED_CALL)
    with database.reading() as session:
        back = card(playbook.list_cards(session), Situation.RESENTED_CALL)
        assert back == playbook.default_card(Situation.RESENTED_CALL)
        assert session.scalar(select(func.count()).select_from(PlaybookCard)) == 0


def test_a_card_needs_a_title(database):
    with pytest.raises(ValidationError), database.transaction() as session:
        playbook.save_card(session, Situation.NAME_DROPPED, "  ", "body")
    with database.reading() as session:
        assert not card(playbook.list_cards(session), Situation.NAME_DROPPED).is_custom


def test_every_default_card_uses_only_known_names():
    for title, body in playbook.DEFAULT_CARDS.values():
        for key in playbook._PLACEHOLDER.findall(title + body):
            assert key in playbook.PLACEHOLDERS


def test_own_cards_are_added_ordered_and_deleted_and_carnets_come_back(database):
    with database.transaction() as session:
        key = playbook.add_card(session, "Ils proposent un stage", "Remercier.")
        playbook.set_order(session, [key, Situation.SEND_CV])
        playbook.delete_card(session, Situation.RESENTED_CALL)
    with database.reading() as session:
        keys = [card.situation for card in playbook.list_cards(session)]
    assert keys[:2] == [key, Situation.SEND_CV]
    assert Situation.RESENTED_CALL not in keys and len(keys) == len(Situation)

    with database.transaction() as session:
        playbook.delete_card(session, key)
        playbook.reset_playbook(session)
    with database.reading() as session:
        assert playbook.list_cards(session) == [playbook.default_card(s) for s in Situation]


def test_a_playbook_file_goes_round_and_bad_ones_are_refused(database, tmp_path):
    from carnet.io.errors import ImportFileError
    from carnet.io.playbook_file import read_playbook, write_playbook

    entries = [
        playbook.PlaybookEntry(Situation.SEND_CV),
        playbook.PlaybookEntry(None, "Salaire", "Une fourchette."),
        playbook.PlaybookEntry(Situation.NAME_DROPPED, "Un nom !", "Le noter."),
    ]
    path = tmp_path / "coach.json"
    write_playbook(path, entries)
    assert read_playbook(path) == entries
    with database.transaction() as session:
        playbook.replace_playbook(session, entries)
    with database.reading() as session:
        cards = playbook.list_cards(session)
    assert [c.title for c in cards] == ["“Send me your CV”", "Salaire", "Un nom !"]

    for text in (
        "not json",
        "[]",
        '{"format": "carnet-playbook", "version": 99, "cards": []}',
        '{"format": "carnet-playbook", "version": 1, "cards": [{"title": ""}]}',
        '{"format": "carnet-playbook", "version": 1, "cards": [{"situation": "x"}]}',
    ):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ImportFileError):
            read_playbook(path)
