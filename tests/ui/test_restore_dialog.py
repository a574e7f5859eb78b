"""Putting a backup back from the window, and what happens when the data file is damaged."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from carnet.db import backup as backups
from carnet.ui.daily_backup import start_daily_backup
from carnet.ui.dialogs.restore_dialog import RestoreDialog
from tests.ui.window_helpers import restart, type_text


def add_person(qtbot, window, first: str) -> None:
    window.new_contact_action.trigger()
    type_text(qtbot, window.contacts.form.first_name, first)
    qtbot.mouseClick(window.contacts.save_button, Qt.MouseButton.LeftButton)


def names(window) -> list[str]:
    model = window.contacts.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def damage(path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xde\xad\xbe\xef" * 8192)


def click(dialog, text: str) -> None:
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == text)
    button.click()


@pytest.fixture
def say_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def backed_up_today(qtbot, window) -> None:
    """Let the window make its daily backup, as it does when Carnet starts."""
    daily = start_daily_backup(window.app_paths, window.safety.offer_restore, window)
    with qtbot.waitSignal(daily.made, timeout=10000):
        pass
    daily.wait()


def test_a_backup_is_listed_with_its_date_and_counts_and_restored(
    qtbot, open_carnet, answer_dialog, say_yes
):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    add_person(qtbot, window, "Ada")
    add_person(qtbot, window, "Blaise")
    backed_up_today(qtbot, window)
    add_person(qtbot, window, "Typed after the backup")
    seen: dict[str, object] = {}

    def choose_the_backup(dialog: RestoreDialog) -> None:
        table = dialog.table
        seen["rows"] = table.rowCount()
        seen["row"] = [table.item(0, c).text() for c in range(table.columnCount())]
        table.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    answer_dialog(choose_the_backup)
    assert window.safety.restore() is True

    assert seen["rows"] == 1
    date, made, people_count, notes, *_ = seen["row"]
    assert str(dt.date.today().day) in date and made == "Daily copy"
    assert (people_count, notes) == ("2", "0")
    assert names(window) == ["Ada", "Blaise"]
    assert window.contacts.form.first_name.text() == "", "the card no longer shows a lost row"

    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today
    assert names(window) == ["Ada", "Blaise"]
    paths = window.app_paths
    reasons = [b.reason for b in backups.list_backups(paths.database, paths.backups_dir)]
    assert reasons == ["before-restore", "daily"]


def test_a_damaged_backup_is_refused_and_the_data_is_kept(
    qtbot, open_carnet, answer_dialog, say_yes, warnings
):
    window = open_carnet()
    add_person(qtbot, window, "Ada")
    backed_up_today(qtbot, window)
    (made,) = backups.list_backups(window.app_paths.database, window.app_paths.backups_dir)
    damage(made.path)
    add_person(qtbot, window, "Blaise")

    def choose(dialog: RestoreDialog) -> None:
        dialog.table.selectRow(0)
        dialog.restore_selected()
        dialog.reject()

    answer_dialog(choose)
    assert window.safety.restore() is False

    assert "This backup is damaged" in warnings[0]
    assert "Your data was left as it was." in warnings[0]
    assert names(window) == ["Ada", "Blaise"]


def test_the_list_says_so_when_there_is_no_backup_yet(qtbot, open_carnet):
    window = open_carnet()
    dialog = RestoreDialog(window.open_data, window.transfer.restore_backup, window)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert not dialog.restore_button.isEnabled()


def test_a_damaged_file_at_start_offers_the_latest_good_backup(
    qtbot, open_carnet, answer_dialog, data_dir
):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    add_person(qtbot, window, "Ada")
    backed_up_today(qtbot, window)
    add_person(qtbot, window, "Lost in the damage")
    window.close()
    window.database.close()
    database = data_dir / "carnet.sqlite3"
    damage(database)
    offered: list[str] = []

    def restore_it(box: QMessageBox) -> None:
        offered.append(box.informativeText())
        click(box, "Restore this backup")

    answer_dialog(restore_it)
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today

    assert "latest good backup" in offered[0] and "1 person and 0 notebook entries" in offered[0]
    assert names(window) == ["Ada"]
    kept = [p.name for p in (data_dir / "backups").iterdir() if "damaged" in p.name]
    assert kept, "the damaged file is kept aside"


def test_a_damage_found_while_working_offers_a_restore_in_the_window(qtbot, open_carnet):
    window = open_carnet()
    add_person(qtbot, window, "Ada")
    backed_up_today(qtbot, window)
    for name in ("Blaise", "Chloé", "Denis"):
        add_person(qtbot, window, name)
    window.database.close()
    damage(window.app_paths.database)

    watcher = QTimer(interval=20)
    offers: list[str] = []

    def answer_the_offer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            watcher.stop()
            offers.append(box.text())
            click(box, "Restore this backup")

    watcher.timeout.connect(answer_the_offer)
    watcher.start()
    daily = start_daily_backup(window.app_paths, window.safety.offer_restore, window)
    qtbot.waitUntil(lambda: names(window) == ["Ada"], timeout=10000)
    watcher.stop()
    daily.wait()

    assert "cannot read all of your data file" in offers[0]

    assert backups.latest_good_backup(window.app_paths.database, window.app_paths.backups_dir)
    assert QApplication.activeModalWidget() is None
