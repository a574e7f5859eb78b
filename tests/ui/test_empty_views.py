"""Every list view on an empty data file says what it is for and offers its main action; once
the user has done it, the view shows their data, and still does after a restart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carnet.domain import people
from carnet.domain.enums import InteractionKind, Outcome
from carnet.domain.models import Interaction
from carnet.domain.people import PersonDraft
from carnet.ui.dialogs.follow_up_dialogs import FollowUpDialog
from carnet.ui.dialogs.log_interaction_dialog import LogInteractionDialog
from tests.ui.window_helpers import restart, type_text


def click(qtbot, view, text: str) -> None:
    """Click the empty state's button that says ``text``."""
    assert view.empty_state.isVisible()
    (button,) = [b for b in view.empty_state.buttons if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_organisations_say_what_they_are_for_then_show_the_first_one(qtbot, open_carnet):
    window = open_carnet()
    window.show_view(window.organizations)
    view = window.organizations
    assert view.empty_state.title.text() == "The companies of your search"
    assert not view.name.isVisible(), "no blank form before the user asks for one"

    click(qtbot, view, "New organisation")
    assert view.name.isVisible() and view.title.text() == "New organisation"
    type_text(qtbot, view.name, "Maison Orsane")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.title.text() == "Maison Orsane" and not view.empty_state.isVisible()

    window = restart(window, open_carnet)
    window.show_view(window.organizations)
    view = window.organizations
    assert view.model.rowCount() == 1
    assert view.empty_state.isVisible() and not view.name.isVisible()
    assert view.empty_state.title.text() == "Choose an organisation in the list"


def test_the_referral_tree_starts_from_its_empty_state(qtbot, open_carnet, answer_dialog):
    window = open_carnet()
    window.show_view(window.referrals)
    view = window.referrals
    assert view.empty_state.title.text() == "Your referral tree starts with you"
    assert not view.tree.isVisible() and not view.add_button.isVisible()

    def fill(dialog) -> None:
        type_text(qtbot, dialog.first_name, "Zoé")
        type_text(qtbot, dialog.last_name, "Martin")
        dialog.accept()

    answer_dialog(fill)
    click(qtbot, view, "Add someone I know…")
    assert view.tree.isVisible() and not view.empty_state.isVisible()
    assert view.selected_node().name == "Zoé Martin"

    window = restart(window, open_carnet)
    window.show_view(window.referrals)
    assert window.referrals.tree.isVisible() and not window.referrals.empty_state.isVisible()


def test_target_companies_start_from_their_empty_state(qtbot, open_carnet, answer_dialog):
    window = open_carnet()
    window.show_view(window.targets)
    view = window.targets
    assert view.empty_state.title.text() == "Aim at the companies you want"
    assert not view.details.isVisible()

    def fill(dialog) -> None:
        dialog.organization.setEditText("Maison Orsane")
        dialog.accept()

    answer_dialog(fill)
    click(qtbot, view, "Add a target company…")
    assert view.details.isVisible() and not view.empty_state.isVisible()

    window = restart(window, open_carnet)
    window.show_view(window.targets)
    view = window.targets
    assert view.details.isVisible() and view.title.text().startswith("Maison Orsane")


def test_the_notebook_invites_the_first_entry(qtbot, open_carnet):
    window = open_carnet()
    window.show_view(window.notebook)
    view = window.notebook
    assert view.empty_state.title.text() == "Your notebook is empty"
    assert not view.entries.isVisible()

    click(qtbot, view, "Write the first entry")
    assert view.title.isVisible() and view.title.text() == ""
    type_text(qtbot, view.title, "Café avec Zoé")
    qtbot.waitUntil(lambda: view.saved_state.text() == "Saved", timeout=2000)
    assert view.entries.isVisible() and not view.empty_state.isVisible()

    window = restart(window, open_carnet)
    window.show_view(window.notebook)
    view = window.notebook
    assert view.entries.count() == 1 and not view.empty_state.isVisible()


def test_follow_ups_offer_a_new_one_when_there_is_nothing_to_do(qtbot, open_carnet):
    window = open_carnet()
    window.show_view(window.followups)
    view = window.followups
    assert view.empty_state.title.text() == "Nothing to follow up for now"
    assert not view.list.isVisible()

    click(qtbot, view, "New follow-up…")
    dialog = view.findChild(FollowUpDialog)
    type_text(qtbot, dialog.title, "Rappeler Zoé")
    dialog.accept()
    assert view.list.isVisible() and not view.empty_state.isVisible()

    window = restart(window, open_carnet)
    window.show_view(window.followups)
    assert [item.title for item in window.followups.items()] == ["Rappeler Zoé"]
    assert not window.followups.empty_state.isVisible()


def test_the_dashboard_with_nothing_logged_says_how_it_fills(qtbot, open_carnet, answer_dialog):
    window = open_carnet()
    with window.database.transaction() as session:
        zoe = people.create_person(session, PersonDraft("Zoé", "Martin"))
    window.events.people_changed.emit()
    window.show_view(window.dashboard)
    view = window.dashboard
    assert view.empty_state.title.text() == "Your week at a glance"
    assert not view.week_title.isVisible()

    opened: list[type] = []

    def look(dialog) -> None:
        opened.append(type(dialog))
        dialog.reject()

    answer_dialog(look)
    click(qtbot, view, "Log a call or meeting…")
    QApplication.processEvents()
    assert opened == [LogInteractionDialog]

    with window.database.transaction() as session:
        session.add(
            Interaction(
                person_id=zoe,
                kind=InteractionKind.CALL,
                outcome=Outcome.HELPFUL,
                occurred_at=dt.datetime.now(),
            )
        )
    window = restart(window, open_carnet)
    window.show_view(window.dashboard)
    view = window.dashboard
    assert view.week_title.isVisible() and not view.empty_state.isVisible()
    assert view.calls.value.text() == "1 good, 0 difficult"
