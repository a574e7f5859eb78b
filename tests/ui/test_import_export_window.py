"""Import, export, backup and restore through the real window, as a workshop participant would."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from carnet.domain import referrals
from carnet.domain.people import PersonDraft, create_person
from carnet.ui.dialogs import import_dialog
from tests.io.samples import SAMPLES, contents
from tests.ui.window_helpers import restart

LINKEDIN_ZIP = SAMPLES / "linkedin" / "Basic_LinkedInDataExport_11-25-2026.zip"


def contact_names(window) -> list[str]:
    window.show_view(window.contacts)
    model = window.contacts.model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def choose_file(monkeypatch, path: Path, selected_filter: str = "") -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), selected_filter)
    )


@pytest.fixture
def told(monkeypatch) -> list[tuple[str, str]]:
    """The information and warning boxes the window showed, instead of showing them."""
    shown: list[tuple[str, str]] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, name, lambda _parent, title, text, *a, **k: shown.append((title, text))
        )
    return shown


def open_preview(qtbot, window):
    dialog = window.transfer.import_dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() != 0, timeout=10000)
    return dialog


def test_a_linkedin_export_previewed_then_imported(qtbot, open_carnet, monkeypatch):
    window = open_carnet()
    with window.database.transaction() as session:
        create_person(
            session,
            PersonDraft(
                first_name="Hélène",
                last_name="Lévy",
                job_title="Recruiter",
                linkedin_url="https://www.linkedin.com/in/helene-levy-4b2a1",
            ),
        )
    choose_file(monkeypatch, LINKEDIN_ZIP)
    window.transfer.import_action.trigger()
    dialog = open_preview(qtbot, window)

    assert dialog.preview_title.text() == (
        "6 contacts found in Basic_LinkedInDataExport_11-25-2026.zip"
    )
    assert dialog.preview_text.text() == (
        "Where the file seems to come from: LinkedIn export. Nothing is written until you click "
        "Import."
    )
    assert dialog.tabs.tabText(1) == "Likely duplicates (1)"
    assert dialog.tabs.tabText(2) == "Problems (1)"
    duplicates = dialog.duplicates_table.model()
    assert [duplicates.index(0, c).data() for c in range(5)] == [
        "5",
        "Hélène Lévy — Société Générale",
        "Hélène Lévy",
        "Same LinkedIn",
        "Merge",
    ]
    dialog.duplicates_table.selectRow(0)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert duplicates.index(0, 4).data() == "Skip"
    assert dialog.contacts_table.model().index(0, 4).data() == "Skip"
    assert dialog.import_button.text() == "Import 5"
    columns = dialog.columns_table.model()
    assert (columns.index(6, 0).data(), columns.index(6, 1).data()) == (
        "Connected On",
        "Connected on",
    )

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert dialog.result_title.text() == "Import finished"
    assert "New people: 5" in dialog.result_text.text()
    assert "Skipped: 2" in dialog.result_text.text()
    assert 'wait apart, under "LinkedIn connections"' in dialog.result_text.text()
    skipped = dialog.skipped_table.model()
    assert [skipped.index(r, 0).data() for r in range(skipped.rowCount())] == ["5", "9"]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert len(contact_names(window)) == 6

    window = restart(window, open_carnet)
    assert contact_names(window) == sorted(
        [
            "Hélène Lévy",
            "Jérôme Dupré",
            "Zoé Lefèvre",
            "François Nguyễn",
            "Agnès Œuvray-Müller",
            "Ольга Петрова",
        ]
    )
    with window.database.reading() as session:
        roots = referrals.referral_tree(session)
    assert len(roots) == 6 and all(not node.children for node in roots)
    # the new ones wait apart as LinkedIn connections; Hélène, known before, stays known
    assert [n.name for n in roots if not n.weak_tie] == ["Hélène Lévy"]


def test_cancelling_the_import_puts_everything_back(qtbot, open_carnet, monkeypatch, data_dir):
    window = open_carnet()
    with window.database.transaction() as session:
        create_person(session, PersonDraft(first_name="Paul", last_name="Durand"))
    window.events.people_changed.emit()
    before = contents(data_dir / "carnet.sqlite3")
    halfway = threading.Event()
    go_on = threading.Event()
    real_write = import_dialog.write_import

    def write_slowly(session, plan, *, progress, cancelled, **options):
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done:
                halfway.set()
                go_on.wait(10)

        return real_write(session, plan, progress=report, cancelled=cancelled, **options)

    monkeypatch.setattr(import_dialog, "write_import", write_slowly)
    monkeypatch.setattr("carnet.io.writer.CHUNK", 2)
    window.transfer.import_contacts(SAMPLES / "linkedin" / "Connections.csv")
    dialog = open_preview(qtbot, window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(halfway.is_set, timeout=10000)
    qtbot.waitUntil(lambda: dialog.progress.value() == 2)
    assert dialog.progress.maximum() == 6

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert dialog.result_title.text() == "Import cancelled"
    assert dialog.result_text.text() == "Nothing was written: your data is as it was."
    dialog.accept()
    assert contact_names(window) == ["Paul Durand"]
    assert contents(data_dir / "carnet.sqlite3") == before


def test_a_file_that_cannot_be_imported_says_why(qtbot, open_carnet, data_dir):
    window = open_carnet()
    window.transfer.import_contacts(SAMPLES / "bad" / "cut-short.vcf")
    dialog = open_preview(qtbot, window)
    assert dialog.result_title.text() == "This file cannot be imported"
    assert "cut-short.vcf" in dialog.result_text.text()
    assert "line 1" in dialog.result_text.text()
    assert dialog.result_text.text().endswith("Nothing was written.")
    assert not dialog.skipped_table.isVisible()
    dialog.accept()
    assert contact_names(window) == []


def drop(window, path: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(300, 300),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(
        QPoint(300, 300).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, dropped)
    return True


def test_a_file_dropped_on_the_window_is_imported(qtbot, open_carnet):
    window = open_carnet()
    assert not drop(window, SAMPLES / "bad" / "garbage.bin")
    assert window.transfer.import_dialog is None

    assert drop(window, SAMPLES / "vcard" / "apple-3.0.vcf")
    dialog = open_preview(qtbot, window)
    assert dialog.preview_title.text() == "2 contacts found in apple-3.0.vcf"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    dialog.accept()
    assert contact_names(window) == ["François Nguyễn", "Hélène Lévy"]


def test_export_backup_and_restore_from_the_file_menu(
    qtbot, open_carnet, monkeypatch, told, tmp_path: Path, data_dir: Path
):
    window = open_carnet()
    with window.database.transaction() as session:
        create_person(session, PersonDraft(first_name="Zoé", last_name="Lefèvre", phone="+33 6"))
    window.events.people_changed.emit()

    csv_file = tmp_path / "mes contacts"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv_file), "CSV for Excel (*.csv)")
    )
    window.transfer.export_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert told.pop() == ("Export finished", f"1 person exported to {csv_file}.csv.")
    text = (tmp_path / "mes contacts.csv").read_text("utf-8-sig")
    assert "Zoé" in text and "'+33 6" in text

    backup = tmp_path / "carnet.carnet-backup.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    window.transfer.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert told.pop()[0] == "Backup saved"

    with window.database.transaction() as session:
        create_person(session, PersonDraft(first_name="Added", last_name="After the backup"))
    window.events.people_changed.emit()
    assert contact_names(window) == ["Added After the backup", "Zoé Lefèvre"]

    asked: list[str] = []

    def answer_yes(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    choose_file(monkeypatch, backup)
    window.transfer.restore_action.trigger()
    assert "People in it: 1." in asked[0]
    assert told.pop()[0] == "Backup restored"
    assert contact_names(window) == ["Zoé Lefèvre"]
    kept = list((data_dir / "backups").glob("*before-restore*.sqlite3"))
    assert len(kept) == 1

    window = restart(window, open_carnet)
    assert contact_names(window) == ["Zoé Lefèvre"]


def test_a_damaged_backup_is_refused_and_nothing_changes(
    qtbot, open_carnet, monkeypatch, told, tmp_path: Path, data_dir: Path
):
    window = open_carnet()
    with window.database.transaction() as session:
        create_person(session, PersonDraft(first_name="Kept"))
    window.events.people_changed.emit()
    damaged = tmp_path / "damaged.carnet-backup.zip"
    damaged.write_bytes(b"PK\x03\x04 cut short")
    choose_file(monkeypatch, damaged)
    window.transfer.restore_action.trigger()
    assert told == [
        (
            "This backup cannot be restored",
            "The file damaged.carnet-backup.zip is not a Carnet backup file.",
        )
    ]
    assert contact_names(window) == ["Kept"]


def test_a_failed_import_says_why_without_sql_or_contact_values(
    qtbot, open_carnet, monkeypatch, data_dir
):
    from sqlalchemy import text

    window = open_carnet()
    before = contents(data_dir / "carnet.sqlite3")
    real_write = import_dialog.write_import

    def write_then_fail(session, plan, *, progress, cancelled):
        real_write(session, plan, progress=progress, cancelled=cancelled)
        session.execute(
            text("INSERT INTO person (id, first_name) VALUES (:i, :n)"),
            [{"i": 1, "n": "Léonie Secrète"}, {"i": 1, "n": "Léonie Secrète"}],
        )
        raise AssertionError("the second row should have clashed with the first")

    monkeypatch.setattr(import_dialog, "write_import", write_then_fail)
    window.transfer.import_contacts(SAMPLES / "linkedin" / "Connections.csv")
    dialog = open_preview(qtbot, window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)

    said = dialog.result_text.text()
    assert dialog.result_title.text() == "The import failed"
    assert "Léonie" not in said and "INSERT" not in said and "person" not in said
    assert "Nothing was written" in said
    dialog.accept()
    assert contents(data_dir / "carnet.sqlite3") == before
