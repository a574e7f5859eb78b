"""A card being edited while an import merges into it: saving keeps both, and says so."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from carnet.domain import people
from tests.ui.window_helpers import restart, type_text

CAMILLE_FROM_LINKEDIN = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Camille,Durand,https://www.linkedin.com/in/camille-durand-7f3,camille.durand@example.org,"
    ",Cheffe de projet,02 Mar 2026\n"
)


@pytest.fixture
def told(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text, *a, **k: shown.append((title, text))
    )
    return shown


def carnet_import(csv, data_dir) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carnet", "import", str(csv), "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_an_import_beside_the_open_card_is_not_erased_by_saving_it(
    qtbot, open_carnet, data_dir, tmp_path, told
):
    window = open_carnet()
    window.new_contact_action.trigger()
    form = window.contacts.form
    type_text(qtbot, form.first_name, "Camille")
    type_text(qtbot, form.last_name, "Durand")
    qtbot.mouseClick(window.contacts.save_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, form.city, "Lyon")  # the user is editing the card: only the city
    csv = tmp_path / "Connections.csv"
    csv.write_text(CAMILLE_FROM_LINKEDIN, "utf-8")

    imported = carnet_import(csv, data_dir)  # another process, while the card is open
    assert imported.returncode == 0, imported.stderr
    assert "Merged into people already in Carnet: 1\n" in imported.stdout

    qtbot.mouseClick(window.contacts.save_button, Qt.MouseButton.LeftButton)

    assert [title for title, _ in told] == ["This card changed meanwhile"]
    assert form.job_title.text() == "Cheffe de projet", "the card shows what was imported"
    window = restart(window, open_carnet)
    with window.database.reading() as session:
        (camille,) = people.list_people(session)
        saved = people.load_draft(session, camille.id)
    assert saved.city == "Lyon"
    assert saved.job_title == "Cheffe de projet"
    assert saved.linkedin_url == "https://www.linkedin.com/in/camille-durand-7f3"
    assert [entry.value for entry in saved.emails] == ["camille.durand@example.org"]


def test_the_window_notices_an_import_made_beside_it(qtbot, open_carnet, data_dir, tmp_path):
    window = open_carnet()
    window.new_contact_action.trigger()
    type_text(qtbot, window.contacts.form.first_name, "Camille")
    type_text(qtbot, window.contacts.form.last_name, "Durand")
    qtbot.mouseClick(window.contacts.save_button, Qt.MouseButton.LeftButton)
    window.external_changes.check()  # the window's own save is not news
    csv = tmp_path / "Connections.csv"
    csv.write_text(CAMILLE_FROM_LINKEDIN, "utf-8")

    assert carnet_import(csv, data_dir).returncode == 0
    with qtbot.waitSignal(window.external_changes.changed, timeout=10000):
        pass

    assert window.contacts.form.job_title.text() == "Cheffe de projet"


def test_a_notebook_entry_changed_elsewhere_keeps_both_changes(qtbot, open_carnet, data_dir):
    import sqlite3
    from contextlib import closing

    from PySide6.QtGui import QTextCursor

    from carnet.domain import notebook

    window = open_carnet()
    window.show_view(window.notebook)
    with window.database.transaction() as session:
        note_id = notebook.create_note(
            session, notebook.NoteDraft(title="Coffee with Hugo", body="He knows")
        )
    window.events.notes_changed.emit()
    view = window.notebook
    view.entries.setCurrentRow(0)
    view.body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, view.body, " Hélène")  # the user types in the text
    with closing(sqlite3.connect(data_dir / "carnet.sqlite3")) as elsewhere:
        elsewhere.execute(
            "UPDATE note SET title = 'Coffee with Hugo Martin' WHERE id = ?", (note_id,)
        )
        elsewhere.commit()

    assert view.save_now()

    with window.database.reading() as session:
        saved = notebook.load_draft(session, note_id)
    assert saved.body == "He knows Hélène"
    assert saved.title == "Coffee with Hugo Martin"
