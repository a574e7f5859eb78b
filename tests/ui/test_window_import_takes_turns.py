"""An import from the window and `carnet import` of the same file at once give the people of one.

The window's import looks for duplicates again under the write lock, after waiting its turn (and
saying so) while another import writes: whatever that one added is merged into, not doubled.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from PySide6.QtCore import Qt

from tests.io.test_imports_take_turns import ROWS, carnet_import, connections_csv
from tests.ui.window_helpers import restart

WAITING = "This import waits for it to finish"


def people_in(data_dir) -> int:
    with closing(sqlite3.connect(data_dir / "carnet.sqlite3")) as connection:
        return connection.execute("SELECT count(*) FROM person").fetchone()[0]


def preview(qtbot, window, csv):
    window.transfer.import_contacts(csv)
    dialog = window.transfer.import_dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30000)
    assert dialog.import_button.text() == f"Import {ROWS}"
    return dialog


def finished(qtbot, dialog) -> str:
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=120000)
    assert dialog.result_title.text() == "Import finished", dialog.result_text.text()
    return dialog.result_text.text()


def test_a_window_import_and_a_command_line_import_at_once_give_the_people_of_one(
    qtbot, open_carnet, data_dir, tmp_path
):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    csv = connections_csv(tmp_path / "Connections.csv")
    dialog = preview(qtbot, window, csv)
    with closing(sqlite3.connect(data_dir / "carnet.sqlite3", isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # a third writer holds the data while both start
        beside = carnet_import(csv, data_dir)
        assert beside.stderr is not None
        said = beside.stderr.readline()
        assert "waits for it to finish" in said, said + beside.stderr.read()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: WAITING in dialog.working_label.text(), timeout=10000)
        assert window.isEnabled() and dialog.cancel_button.isEnabled()
        other.execute("ROLLBACK")
    summary = finished(qtbot, dialog)
    out, err = beside.communicate(timeout=300)

    assert beside.returncode == 0, err
    assert people_in(data_dir) == ROWS
    summaries = sorted([summary + "\n", out])
    assert any(f"Merged into people already in Carnet: {ROWS}\n" in s for s in summaries)
    assert any(f"New people: {ROWS}\n" in s for s in summaries)
    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today
    assert window.contacts.model.rowCount() == ROWS


def test_a_preview_overtaken_by_another_import_merges_into_what_it_added(
    qtbot, open_carnet, data_dir, tmp_path
):
    window = open_carnet()
    csv = connections_csv(tmp_path / "Connections.csv")
    dialog = preview(qtbot, window, csv)  # no duplicates yet: every line is a new person
    assert dialog.contacts_table.model().index(0, 4).data() == "New person"

    out, err = carnet_import(csv, data_dir).communicate(timeout=300)  # meanwhile, beside it
    assert f"New people: {ROWS}\n" in out, err
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = finished(qtbot, dialog)

    assert "New people: 0\n" in summary
    assert f"Merged into people already in Carnet: {ROWS}\n" in summary
    assert people_in(data_dir) == ROWS


def test_cancel_while_waiting_for_another_import_writes_nothing(
    qtbot, open_carnet, data_dir, tmp_path
):
    window = open_carnet()
    csv = connections_csv(tmp_path / "Connections.csv")
    dialog = preview(qtbot, window, csv)
    with closing(sqlite3.connect(data_dir / "carnet.sqlite3", isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: WAITING in dialog.working_label.text(), timeout=10000)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
        other.execute("ROLLBACK")

    assert dialog.result_title.text() == "Import cancelled"
    assert people_in(data_dir) == 0
