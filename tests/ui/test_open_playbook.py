"""The open playbook (issue 19, points 7 and 5): Carnet's cards include "send me your CV" and the
other usual answers; the user adds, renames, reorders and deletes cards; a coach exports them as a
file that a participant imports; a bad file is refused with a message; Carnet's cards come back on
request. Everything still there after a restart, and in the call's playbook panel."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from carnet.domain import people
from carnet.domain.people import PersonDraft
from tests.ui.window_helpers import restart

CARNET_TITLES = [
    "They don't remember “the relay”",
    "They don't like “the relay”",
    "They resent the call",
    "“You should call…”",
    "“Send me your CV”",
    "“I have nothing for you”",
    "“I’m not the right person”",
    "“Call me back later”",
]


@pytest.fixture
def window(open_carnet):
    window = open_carnet()
    with window.database.transaction() as session:
        people.create_person(session, PersonDraft("Sophie", "Bernard"))
    window.events.people_changed.emit()
    return window


def in_playbook(qtbot, window, answer_dialog, act):
    """Open Calls ▸ Playbook cards, run ``act(dialog)`` and return what it returned."""
    seen = {}

    def run(dialog) -> None:
        try:
            seen["result"] = act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    answer_dialog(run)
    window.calls.playbook_action.trigger()
    return seen.get("result")


def test_cards_are_added_renamed_reordered_deleted_and_kept(
    qtbot, window, open_carnet, answer_dialog
):
    def shape(dialog):
        titles = dialog.titles()
        dialog.select("send_cv")
        cv_card = dialog.body.toPlainText()
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
        dialog.title.setText("Ils proposent un stage")
        dialog.body.setPlainText("Remercier, et demander qui recrute en CDI.")
        for _ in range(8):
            qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
        dialog.select("call_back_later")
        dialog.title.setText("Rappeler plus tard")
        dialog.select("disliked_connector")
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        dialog.accept()
        return titles, cv_card

    titles, cv_card = in_playbook(qtbot, window, answer_dialog, shape)
    assert titles == CARNET_TITLES
    assert "Whom would you pass it to?" in cv_card
    assert "May I call them myself, and say that you sent me?" in cv_card

    window = restart(window, open_carnet)
    expected = [
        "Ils proposent un stage",
        "They don't remember “the relay”",
        "They resent the call",
        "“You should call…”",
        "“Send me your CV”",
        "“I have nothing for you”",
        "“I’m not the right person”",
        "Rappeler plus tard",
    ]
    assert in_playbook(qtbot, window, answer_dialog, lambda d: d.titles()) == expected

    seen = {}

    def look(dialog) -> None:
        seen["cards"] = [title for title, _body in dialog.playbook.cards.values()]
        dialog.reject()

    answer_dialog(look)
    window.calls.log_call()
    assert seen["cards"][0] == "Ils proposent un stage"
    assert "Rappeler plus tard" in seen["cards"]


def test_a_coach_exports_the_playbook_and_a_participant_imports_it(
    qtbot, window, open_carnet, answer_dialog, tmp_path
):
    shared = tmp_path / "playbook-coach.json"

    def write(dialog):
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
        dialog.title.setText("Ils demandent votre salaire")
        dialog.body.setPlainText("Donner une fourchette, puis revenir au projet.")
        dialog.select("nothing_for_you")
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert dialog.export_to(shared)
        dialog.accept()

    in_playbook(qtbot, window, answer_dialog, write)
    stored = json.loads(shared.read_text(encoding="utf-8"))
    assert stored["format"] == "carnet-playbook"
    assert {"situation": "send_cv"} in stored["cards"], "Carnet's wording stays bare"

    # the participant's Carnet: back to Carnet's cards, then the coach's file
    def back(dialog):
        qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
        dialog.accept()

    in_playbook(qtbot, window, answer_dialog, back)
    assert in_playbook(qtbot, window, answer_dialog, lambda d: d.titles()) == CARNET_TITLES

    bad = tmp_path / "notes.json"
    bad.write_text('{"cards": "oops"}', encoding="utf-8")
    half = tmp_path / "half.json"
    half.write_text(
        json.dumps({"format": "carnet-playbook", "version": 1, "cards": [{"body": "no title"}]}),
        encoding="utf-8",
    )

    def refuse(dialog):
        refused = dialog.import_from(bad), dialog.error.text(), dialog.titles()
        half_refused = dialog.import_from(half), dialog.error.text()
        return refused, half_refused

    (ok, message, titles), (half_ok, half_message) = in_playbook(
        qtbot, window, answer_dialog, refuse
    )
    assert not ok and titles == CARNET_TITLES
    assert message.startswith("The file notes.json is not a playbook exported by Carnet.")
    assert not half_ok and half_message.startswith("Card 1 of half.json has no title")

    def take(dialog):
        assert dialog.import_from(shared)
        dialog.accept()

    in_playbook(qtbot, window, answer_dialog, take)
    window = restart(window, open_carnet)
    titles = in_playbook(qtbot, window, answer_dialog, lambda d: d.titles())
    assert titles == [
        *[t for t in CARNET_TITLES if t != "“I have nothing for you”"],
        "Ils demandent votre salaire",
    ]
