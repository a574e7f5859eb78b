"""The core loop of the method, through the real window: add a person, record who introduced
them, write a note after meeting them, quit, start again, and find everything."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from carnet.domain.enums import Permission
from carnet.ui.models.people_table_model import PERSON_ID_ROLE
from tests.ui.window_helpers import restart, type_text


def add_person(qtbot, window, first: str, last: str, organization: str = "") -> None:
    window.new_contact_action.trigger()
    form = window.contacts.form
    type_text(qtbot, form.first_name, first)
    type_text(qtbot, form.last_name, last)
    type_text(qtbot, form.organization, organization)
    qtbot.mouseClick(window.contacts.save_button, Qt.MouseButton.LeftButton)


def visible_names(view) -> list[str]:
    model = view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_core_loop_survives_a_restart(qtbot, open_carnet, answer_dialog, data_dir):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    assert window.windowTitle() == "Carnet"

    add_person(qtbot, window, "Hélène", "Martin", "Noname Corp")
    assert visible_names(window.contacts) == ["Hélène Martin"]

    window.show_view(window.referrals)
    tree = window.referrals
    tree.select_person(window.contacts.model.index(0, 0).data(PERSON_ID_ROLE))
    assert "Hélène Martin" in tree.add_button.text()

    def name_paul(dialog) -> None:
        type_text(qtbot, dialog.first_name, "Paul")
        type_text(qtbot, dialog.last_name, "Durand")
        type_text(qtbot, dialog.organization, "Maison Orsane")
        dialog.permission.setCurrentIndex(dialog.permission.findData(Permission.YES))
        type_text(qtbot, dialog.context, "Worked with her for ten years")
        dialog.accept()

    answer_dialog(name_paul)
    qtbot.mouseClick(tree.add_button, Qt.MouseButton.LeftButton)
    assert tree.selected_person_id() is not None
    assert tree.tree.currentIndex().data() == "Paul Durand"
    assert tree.tree.currentIndex().parent().data() == "Hélène Martin"

    window.new_entry_action.trigger()
    notebook = window.notebook
    type_text(qtbot, notebook.title, "Coffee with Paul")
    notebook.person.setCurrentIndex(notebook.person.findText("Paul Durand — Maison Orsane"))
    notebook.person.activated.emit(notebook.person.currentIndex())
    type_text(qtbot, notebook.body, "He will ask the sales director about the opening.")
    qtbot.waitUntil(lambda: notebook.saved_state.text() == "Saved", timeout=3000)

    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today

    assert visible_names(window.contacts) == ["Paul Durand", "Hélène Martin"]
    window.contacts.search.setText("orsane")
    qtbot.waitUntil(lambda: visible_names(window.contacts) == ["Paul Durand"])
    row = window.contacts.model.index(0, 4)
    assert row.data() == "Hélène Martin"

    window.show_view(window.referrals)
    root = window.referrals.model.index(0, 0)
    helene = window.referrals.model.index(0, 0, root)
    paul = window.referrals.model.index(0, 0, helene)
    assert (helene.data(), paul.data()) == ("Hélène Martin", "Paul Durand")
    assert paul.siblingAtColumn(3).data() == "May use their name"
    assert helene.siblingAtColumn(5).data() == "1"

    window.show_view(window.notebook)
    entry = window.notebook.entries.item(0)
    assert "Coffee with Paul" in entry.text() and "Paul Durand" in entry.text()
    window.notebook.entries.setCurrentItem(entry)
    assert window.notebook.body.toPlainText() == (
        "He will ask the sales director about the opening."
    )


def test_notebook_text_is_saved_when_the_window_closes(qtbot, open_carnet):
    window = open_carnet()
    window.new_entry_action.trigger()
    type_text(qtbot, window.notebook.body, "Typed just before quitting")
    assert window.notebook.saved_state.text() == "Editing…"

    window = restart(window, open_carnet)

    window.show_view(window.notebook)
    assert window.notebook.entries.count() == 1
    window.notebook.entries.setCurrentRow(0)
    assert window.notebook.body.toPlainText() == "Typed just before quitting"


def test_editing_and_deleting_a_person(qtbot, open_carnet, monkeypatch):
    window = open_carnet()
    add_person(qtbot, window, "Zoé", "Lefèvre", "Parfums Délys")
    contacts = window.contacts
    contacts.form.job_title.setText("Directrice commerciale")
    qtbot.mouseClick(contacts.save_button, Qt.MouseButton.LeftButton)
    assert contacts.model.index(0, 2).data() == "Directrice commerciale"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(contacts.delete_button, Qt.MouseButton.LeftButton)
    assert contacts.model.rowCount() == 0

    window = restart(window, open_carnet)
    assert window.contacts.model.rowCount() == 0


def test_a_person_needs_a_name(qtbot, open_carnet):
    window = open_carnet()
    window.new_contact_action.trigger()
    type_text(qtbot, window.contacts.form.job_title, "Recruiter")
    qtbot.keyClick(window.contacts.form.job_title, Qt.Key.Key_Return)
    assert window.contacts.form.error.isVisible()
    assert "name" in window.contacts.form.error.text()
    assert window.contacts.model.rowCount() == 0
