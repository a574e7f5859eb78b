"""A data file emptied or lost while backups hold data is damage, not a new notebook."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from carnet.ui.daily_backup import start_daily_backup
from tests.ui.window_helpers import type_text


def add_person(qtbot, window, first: str) -> None:
    window.new_contact_action.trigger()
    type_text(qtbot, window.contacts.form.first_name, first)
    qtbot.mouseClick(window.contacts.save_button, Qt.MouseButton.LeftButton)


def names(window) -> list[str]:
    model = window.contacts.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def empty_the_file(window, database) -> None:
    window.close()
    window.database.close()
    database.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)


def test_an_emptied_data_file_offers_the_latest_backup_at_start(
    qtbot, open_carnet, answer_dialog, data_dir
):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    add_person(qtbot, window, "Ada")
    daily = start_daily_backup(window.app_paths, window.safety.offer_restore, window)
    with qtbot.waitSignal(daily.made, timeout=10000):
        pass
    daily.wait()
    empty_the_file(window, data_dir / "carnet.sqlite3")
    offered: list[str] = []

    def restore_it(box: QMessageBox) -> None:
        offered.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == "Restore this backup").click()

    answer_dialog(restore_it)
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today

    assert "missing or empty" in offered[0]
    assert names(window) == ["Ada"]
