"""Seed 003 through the window: a name dropped over lunch captured in one go from anywhere;
organisations and their facts; duplicates found and merged; and undo, redo for all of it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from carnet.domain import notebook, people
from carnet.domain.enums import ContactStatus, InteractionKind, Permission
from carnet.domain.models import Interaction, Introduction, Person
from carnet.domain.people import ContactEntry, PersonDraft
from carnet.ui.dialogs.duplicates_dialog import DuplicatesDialog
from carnet.ui.dialogs.quick_lead_dialog import QuickLeadDialog
from tests.ui.window_helpers import restart, type_text


def names(view) -> list[str]:
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def add(window, **fields) -> int:
    with window.database.transaction() as session:
        person_id = people.create_person(session, PersonDraft(**fields))
    window.events.people_changed.emit()
    return person_id


def test_a_lead_is_captured_from_the_notebook_with_the_keyboard_alone(
    qtbot, open_carnet, answer_dialog
):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    marie = add(window, first_name="Marie", last_name="Lambert", organization_name="Acme")
    window.new_notebook_entry()
    assert window.pages.currentWidget() is window.notebook
    seen = {}

    def dictate(dialog: QuickLeadDialog) -> None:
        seen["focus"] = dialog.focusWidget() is dialog.name
        type_text(qtbot, dialog.name, "TrucMuche Lefèvre")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.connector.lineEdit(), "mar")
        qtbot.keyClick(dialog.connector.lineEdit(), Qt.Key.Key_Tab)  # picks Marie
        type_text(qtbot, dialog.organization, "Noname Corp")
        qtbot.keyClick(dialog.organization, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.context, "Déjeuner, elle m'a dit de l'appeler")
        qtbot.keyClick(dialog.context, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.permission, Qt.Key.Key_Down)  # Yes, I may say they sent me
        qtbot.keyClick(dialog.permission, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.why, "Dirige les achats")
        qtbot.keyClick(dialog.why, Qt.Key.Key_Return)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    answer_dialog(dictate)
    qtbot.keyClick(window.notebook.body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert seen["focus"]
    assert window.pages.currentWidget() is window.notebook, "the user stays where they were"
    assert "TrucMuche Lefèvre" in window.statusBar().currentMessage()
    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today
    view = window.contacts
    assert names(view) == ["Marie Lambert", "TrucMuche Lefèvre"]
    assert [view.model.index(1, c).data() for c in (1, 3, 4)] == [
        "Noname Corp",
        "Lead",
        "Marie Lambert",
    ]
    with window.database.reading() as session:
        (intro,) = session.query(Introduction).all()
        lead = session.get(Person, intro.introduced_id)
        assert (intro.connector_id, intro.permission) == (marie, Permission.YES)
        assert (intro.reason, intro.context) == ("Dirige les achats", "")
        assert lead.how_we_met == "Déjeuner, elle m'a dit de l'appeler"
        assert lead.status == ContactStatus.LEAD

    assert not window.undo_action.isEnabled(), "the history starts with each session"


def test_a_lead_without_a_name_is_refused_in_the_dialog(qtbot, open_carnet, answer_dialog):
    window = open_carnet()
    shown = {}

    def empty(dialog: QuickLeadDialog) -> None:
        type_text(qtbot, dialog.why, "someone in sales")
        qtbot.keyClick(dialog.why, Qt.Key.Key_Return)
        shown["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        shown["open"] = dialog.isVisible()
        dialog.reject()

    answer_dialog(empty)
    window.new_lead_action.trigger()
    assert shown == {"error": "Type the name you were given.", "open": True}
    assert names(window.contacts) == []


def test_a_target_company_with_its_people_and_facts_and_undo(qtbot, open_carnet):
    window = open_carnet()
    helene = add(window, first_name="Hélène", last_name="Roux", organization_name="Maison Orsane")
    add(window, first_name="Paul", organization_name="Acme")
    with window.database.transaction() as session:
        (orsane,) = [
            o.id for o in session.query(people.Organization).filter_by(name="Maison Orsane")
        ]
        notebook.create_note(
            session,
            notebook.NoteDraft(title="Ce que j'ai appris sur Orsane", organization_id=orsane),
        )
    window.show_view(window.organizations)
    view = window.organizations
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == [
        "Acme",
        "Maison Orsane",
    ]
    view.table.selectRow(1)
    assert view.title.text() == "Maison Orsane"
    assert view.people.topLevelItem(0).text(0) == "Hélène Roux"
    assert "Ce que j'ai appris" in view.facts.topLevelItem(0).text(1)
    assert view.tabs.tabText(1) == "Facts gathered (1)"

    view.is_target.setChecked(True)
    view.priority.setValue(2)
    type_text(qtbot, view.sector, "Parfumerie")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    view.targets_only.setChecked(True)
    assert view.model.index(0, 1).data() == "priority 2"

    window.undo_action.trigger()
    assert view.model.rowCount() == 0, "no longer a target"
    window.redo_action.trigger()
    assert view.model.rowCount() == 1

    view.people.itemActivated.emit(view.people.topLevelItem(0), 0)
    assert window.pages.currentWidget() is window.contacts
    assert window.contacts.selected_person_id() == helene

    window = restart(window, open_carnet)
    window.show_view(window.organizations)
    window.organizations.targets_only.setChecked(True)
    assert window.organizations.model.index(0, 0).data() == "Maison Orsane"
    window.contacts.targets_filter.setChecked(True)
    assert names(window.contacts) == ["Hélène Roux"]


def test_duplicates_are_found_merged_undone_and_redone(qtbot, open_carnet, answer_dialog):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    first = add(
        window,
        first_name="Hélène",
        last_name="Dufresne",
        emails=(ContactEntry("helene@orsane.example"),),
    )
    second = add(
        window,
        first_name="Helene",
        last_name="Dufresne",
        job_title="Acheteuse",
        emails=(ContactEntry("HELENE@orsane.example"),),
        phones=(ContactEntry("06 12 34 56 78"),),
    )
    with window.database.transaction() as session:
        session.add(
            Interaction(
                person_id=second,
                kind=InteractionKind.CALL,
                occurred_at=dt.datetime(2026, 3, 2, 10),
                summary="Appel chaud",
            )
        )
        notebook.create_note(session, notebook.NoteDraft(title="Déjeuner", person_ids=[second]))
    window.events.people_changed.emit()
    seen = {}

    def merge_them(dialog: DuplicatesDialog) -> None:
        seen["pairs"] = dialog.model.rowCount()
        seen["why"] = dialog.model.index(0, 2).data()
        qtbot.mouseClick(dialog.keep_first_button, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.model.rowCount()
        seen["empty"] = dialog.empty.isVisibleTo(dialog)
        dialog.reject()

    answer_dialog(merge_them)
    window.find_duplicates_action.trigger()

    assert seen == {"pairs": 1, "why": "same email address", "after": 0, "empty": True}
    view = window.contacts
    assert names(view) == ["Hélène Dufresne"]
    assert view.selected_person_id() == first
    assert view.form.job_title.text() == "Acheteuse"
    assert [e.value for e in view.form.draft().phones] == ["06 12 34 56 78"]
    assert view.tabs.tabText(1) == "H&istory (2)"

    window.undo_action.trigger()
    assert sorted(names(view)) == ["Helene Dufresne", "Hélène Dufresne"]
    with window.database.reading() as session:
        assert [i.summary for i in session.get(Person, second).interactions] == ["Appel chaud"]
        assert people.load_draft(session, first).job_title == ""
    window.redo_action.trigger()
    assert names(view) == ["Hélène Dufresne"]

    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today
    assert names(window.contacts) == ["Hélène Dufresne"]
    with window.database.reading() as session:
        assert [i.summary for i in session.get(Person, first).interactions] == ["Appel chaud"]


def test_merging_with_a_card_chosen_by_name(qtbot, open_carnet, answer_dialog):
    window = open_carnet()
    keep = add(window, first_name="Marc", last_name="Lefèvre", city="Paris")
    add(window, first_name="Marc", last_name="Lefevre", job_title="Directeur export")

    def choose(dialog) -> None:
        type_text(qtbot, dialog.other.lineEdit(), "lefevre")
        qtbot.keyClick(dialog.other.lineEdit(), Qt.Key.Key_Return)
        assert dialog.merge_button.isEnabled()
        dialog.merge_button.click()

    window.open_person(keep)
    answer_dialog(choose)
    qtbot.mouseClick(window.contacts.merge_button, Qt.MouseButton.LeftButton)
    assert names(window.contacts) == ["Marc Lefèvre"]
    assert window.contacts.form.job_title.text() == "Directeur export"


def test_an_edit_is_undone_and_redone_on_the_card(qtbot, open_carnet, monkeypatch):
    window = open_carnet()
    window.new_contact_action.trigger()
    view = window.contacts
    type_text(qtbot, view.form.first_name, "Zoé")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, view.form.job_title, "Designer")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "&Undo Edit Zoé"

    window.undo_action.trigger()
    assert view.form.job_title.text() == ""
    assert view.model.index(0, 2).data() == ""
    window.redo_action.trigger()
    assert view.form.job_title.text() == "Designer"
    window.undo_action.trigger()
    window.undo_action.trigger()  # the person's creation
    assert names(view) == [] and view.selected_person_id() is None
    window.redo_action.trigger()
    assert names(view) == ["Zoé"] and view.form.first_name.text() == "Zoé"

    # Undoing a step whose person was deleted some other way explains it and clears the history.
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    with window.database.transaction() as session:
        people.delete_person(session, view.selected_person_id())
    window.events.people_changed.emit()
    window.undo_action.trigger()
    assert told and "can no longer be undone" in told[0]
    qtbot.waitUntil(lambda: not window.undo_action.isEnabled())


def test_the_history_is_forgotten_when_the_data_file_is_put_back(qtbot, open_carnet):
    window = open_carnet()
    window.new_contact_action.trigger()
    type_text(qtbot, window.contacts.form.first_name, "Zoé")
    qtbot.mouseClick(window.contacts.save_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.isEnabled()

    window.database.engine.dispose()  # what putting a backup back does before replacing the file

    assert not window.undo_action.isEnabled()
    assert names(window.contacts) == ["Zoé"]


def test_deleting_an_organisation_keeps_its_people_and_is_undone(qtbot, open_carnet, monkeypatch):
    window = open_carnet()
    ana = add(window, first_name="Ana", organization_name="Acme")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    window.show_view(window.organizations)
    view = window.organizations
    view.table.selectRow(0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)

    assert "The person who works there stays in your contacts" in asked[0]
    assert view.model.rowCount() == 0
    with window.database.reading() as session:
        assert people.load_draft(session, ana).organization_name == ""
    window.undo_action.trigger()
    assert view.model.rowCount() == 1 and view.title.text() == "Acme"
    with window.database.reading() as session:
        assert people.load_draft(session, ana).organization_name == "Acme"
