"""After a restore, the window still notices what another program writes to the data file."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from carnet.db.engine import Database
from carnet.domain.people import PersonDraft, create_person
from carnet.io.backup_file import save_backup_file


def add_elsewhere(path, first_name: str, last_name: str) -> None:
    """What another program (``carnet import``) adds, through its own connection."""
    elsewhere = Database(path)
    with elsewhere.transaction() as session:
        create_person(session, PersonDraft(first_name=first_name, last_name=last_name))
    elsewhere.close()


def contact_names(window) -> list[str]:
    window.show_view(window.contacts)
    model = window.contacts.model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def test_a_write_beside_the_window_after_a_restore_shows_in_the_window(
    qtbot, open_carnet, data_dir, tmp_path, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = open_carnet()
    with window.database.transaction() as session:
        create_person(session, PersonDraft(first_name="Zoé", last_name="Lefèvre"))
    backup = save_backup_file(data_dir / "carnet.sqlite3", tmp_path / "zoe.carnet-backup.zip")
    assert window.transfer.restore_backup(backup)
    window.external_changes.check()  # the restore itself: the views already show it
    assert contact_names(window) == ["Zoé Lefèvre"]

    add_elsewhere(data_dir / "carnet.sqlite3", "Malik", "Benali")

    with qtbot.waitSignal(window.external_changes.changed, timeout=10000):
        pass
    assert contact_names(window) == ["Malik Benali", "Zoé Lefèvre"]


def test_a_file_put_back_by_another_program_is_followed(qtbot, open_carnet, data_dir, tmp_path):
    from carnet.db.backup import copy_database, restore

    window = open_carnet()
    kept = copy_database(data_dir / "carnet.sqlite3", tmp_path / "kept.sqlite3")
    add_elsewhere(kept, "Inès", "Garnier")
    window.database.close()
    restore(kept, data_dir / "carnet.sqlite3")  # a new file at the data path

    assert window.external_changes.check()
    assert contact_names(window) == ["Inès Garnier"]
    add_elsewhere(data_dir / "carnet.sqlite3", "Malik", "Benali")
    assert window.external_changes.check()
    assert contact_names(window) == ["Inès Garnier", "Malik Benali"]
