"""Three kinds of call and "prévenu", through the window (issue 19, points 3 and 4).

A friend at the root of the tree is someone the user knows: the call form suggests "known" and a
friend's opening line, not a stranger's. The friend names a person with permission and says she
has told him the user will call: the form suggests "warm" and the opening line says he expects
the call. The dashboard counts the call to the friend apart from warm and cold calls; all of it
survives a restart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from carnet.domain.enums import Forewarned, InteractionKind, Outcome, Permission, Warmth
from carnet.domain.models import Interaction
from carnet.domain.people import PersonDraft, create_person
from tests.ui.chooser_helpers import pick
from tests.ui.test_referral_story import menu_action, person_id
from tests.ui.window_helpers import restart, type_text


def add_under_selected(qtbot, view, answer_dialog, first, last, organization, **choices):
    def fill(dialog) -> None:
        type_text(qtbot, dialog.first_name, first)
        type_text(qtbot, dialog.last_name, last)
        type_text(qtbot, dialog.organization, organization)
        for box, value in choices.items():
            combo = getattr(dialog, box)
            combo.setCurrentIndex(combo.findData(value))
        dialog.accept()

    answer_dialog(fill)
    view.add_introduction()
    return person_id(view, f"{first} {last}")


def log_call(window, answer_dialog, who: int, outcome: Outcome) -> dict:
    seen = {}

    def fill(dialog) -> None:
        seen["kind"] = dialog.warmth()
        seen["connector"] = dialog.connector.text()
        seen["opening"] = dialog.briefing.opening_line.text()
        seen["warning"] = dialog.briefing.warning.text()
        seen["forewarned"] = dialog.briefing.forewarned.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.CALL))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))
        dialog.accept()

    answer_dialog(fill)
    window.calls.log_call(who)
    return seen


def meeting_rates(window) -> str:
    window.show_view(window.dashboard)
    return window.dashboard.meetings.value.text()


def test_a_friend_is_a_known_call_and_her_relay_a_warm_one_expecting_it(
    qtbot, open_carnet, answer_dialog
):
    window = open_carnet()
    tree = window.referrals
    window.show_view(tree)
    tree.select_person(None)
    camille = add_under_selected(qtbot, tree, answer_dialog, "Camille", "Durand", "Atelier")
    hugo = add_under_selected(
        qtbot,
        tree,
        answer_dialog,
        "Hugo",
        "Martin",
        "Noname Corp",
        permission=Permission.YES,
        forewarned=Forewarned.YES,
    )

    friend = log_call(window, answer_dialog, camille, Outcome.MEETING_OBTAINED)
    assert friend["kind"] == Warmth.KNOWN, "a friend is not preselected as a cold call"
    assert friend["connector"] == "Nobody introduced you: you know this person directly."
    assert friend["opening"].startswith("Hello Camille, it's me.")
    assert "cold call" not in friend["warning"]

    relay = log_call(window, answer_dialog, hugo, Outcome.NOT_NOW)
    assert relay["kind"] == Warmth.WARM
    assert relay["opening"].startswith("Hello, Camille Durand told you I would call")
    assert relay["forewarned"] == "Camille Durand has told them that you will call."

    rates = meeting_rates(window)
    assert "Warm calls:</b> 0 of 1 got a meeting" in rates
    assert "Cold calls:</b> no cold call yet" in rates
    assert "People you know:</b> 1 of 1 got a meeting (100%)" in rates

    window = restart(window, open_carnet)
    assert meeting_rates(window) == rates
    with window.database.reading() as session:
        kinds = {i.person_id: i.warmth for i in session.scalars(select(Interaction))}
    assert kinds == {camille: Warmth.KNOWN, hugo: Warmth.WARM}


def test_forewarned_is_set_from_the_tree_and_changes_the_opening_line(
    qtbot, open_carnet, answer_dialog
):
    window = open_carnet()
    tree = window.referrals
    window.show_view(tree)
    tree.select_person(None)
    add_under_selected(qtbot, tree, answer_dialog, "Camille", "Durand", "Atelier")
    ines = add_under_selected(
        qtbot, tree, answer_dialog, "Inès", "Leroy", "Noname Corp", permission=Permission.YES
    )
    tree.select_person(ines)
    briefing = tree.side.briefing
    assert briefing.forewarned.text() == "You don't know whether they expect your call."
    assert "told you I would call" not in briefing.opening_line.text()

    question = "Has Camille Durand told them you will call?"
    menu_action(tree.context_menu(ines), question, "No, not told").trigger()
    tree.select_person(ines)
    assert briefing.forewarned.text().startswith("They do not expect your call")

    menu_action(tree.context_menu(ines), question, "Yes, they expect my call").trigger()
    tree.select_person(ines)
    assert briefing.opening_line.text().startswith("Hello, Camille Durand told you I would call")

    window = restart(window, open_carnet)
    tree = window.referrals
    window.show_view(tree)
    tree.select_person(ines)
    assert tree.side.briefing.forewarned.text() == (
        "Camille Durand has told them that you will call."
    )
    assert [
        a.text()
        for a in menu_action(tree.context_menu(ines), question, "Yes, they expect my call")
        .parent()
        .actions()
        if a.isChecked()
    ] == ["Yes, they expect my call"]


def test_a_quick_lead_notes_that_the_connector_told_them(qtbot, open_carnet, answer_dialog):
    window = open_carnet()
    with window.database.transaction() as session:
        create_person(session, PersonDraft("Zoé", "Martin"))
    window.events.people_changed.emit()

    def dictate(dialog) -> None:
        dialog.permission.setCurrentIndex(dialog.permission.findData(Permission.YES))
        dialog.forewarned.setCurrentIndex(dialog.forewarned.findData(Forewarned.YES))
        type_text(qtbot, dialog.name, "Hugo Petit")
        pick(qtbot, dialog.connector, "zo")
        qtbot.keyClick(dialog.why, Qt.Key.Key_Return)

    answer_dialog(dictate)
    window.new_lead_action.trigger()

    window = restart(window, open_carnet)
    tree = window.referrals
    window.show_view(tree)
    tree.select_person(person_id(tree, "Hugo Petit"))
    assert tree.side.briefing.forewarned.text() == "Zoé Martin has told them that you will call."
    assert tree.side.briefing.opening_line.text().startswith(
        "Hello, Zoé Martin told you I would call"
    )
