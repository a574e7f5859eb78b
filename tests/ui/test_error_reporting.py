"""An error nobody expected: logged, told in plain words with "Copy details", and Carnet goes on.
A full disk while saving: the text stays in the window, a clear message, and saving works again."""

from __future__ import annotations

import stat
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import event

from carnet.domain import people
from carnet.ui import error_reporting
from carnet.ui.dialogs.error_dialog import ErrorDialog
from tests.ui.window_helpers import restart, type_text

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def log_dir(tmp_path):
    return tmp_path / "logs"


@pytest.fixture
def reporter(log_dir):
    installed = error_reporting.install(log_dir)
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def shown_text(dialog: ErrorDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def fill_in(qtbot, window, first: str, last: str) -> None:
    window.new_contact_action.trigger()
    type_text(qtbot, window.contacts.form.first_name, first)
    type_text(qtbot, window.contacts.form.last_name, last)


def save(qtbot, window) -> None:
    qtbot.mouseClick(window.contacts.save_button, Qt.MouseButton.LeftButton)


def test_an_unexpected_error_is_logged_explained_and_carnet_goes_on(
    qtbot, open_carnet, reporter, log_dir, monkeypatch
):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    fill_in(qtbot, window, "Zoé", "Lefèvre")
    real_create = people.create_person

    def bug(_session, _draft):
        raise RuntimeError("a bug in the contacts code")

    monkeypatch.setattr(people, "create_person", bug)
    with qtbot.waitSignal(reporter.dialog_shown) as shown:
        save(qtbot, window)

    dialog = shown.args[0]
    assert dialog.isVisible() and dialog.windowTitle() == "Carnet ran into a problem"
    assert "Traceback" not in shown_text(dialog) and "RuntimeError" not in shown_text(dialog)
    assert str(log_dir / "carnet.log") in shown_text(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "RuntimeError: a bug in the contacts code" in copied and "Carnet " in copied
    logged = (log_dir / "carnet.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug in the contacts code" in logged

    dialog.close()
    assert window.contacts.form.first_name.text() == "Zoé", "what was typed is still there"
    monkeypatch.setattr(people, "create_person", real_create)
    save(qtbot, window)
    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today
    assert window.contacts.model.index(0, 0).data() == "Zoé Lefèvre"


def test_a_full_disk_while_saving_keeps_the_text_and_saving_resumes(
    qtbot, open_carnet, reporter, log_dir
):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    database = window.database
    with database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def disk_full(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    database.engine.dispose()
    event.listen(database.engine, "connect", disk_full)
    fill_in(qtbot, window, "Hélène", "Roux")
    window.contacts.form.background.setPlainText("Directrice commerciale. " * 3000)

    with qtbot.waitSignal(reporter.dialog_shown) as shown:
        save(qtbot, window)

    dialog = shown.args[0]
    logged = (log_dir / "carnet.log").read_text(encoding="utf-8")
    assert "OperationalError" in logged
    for personal in ("Hélène", "Roux", "Directrice"):  # no personal data in the log
        assert personal not in logged
        assert personal not in shown_text(dialog)
    assert dialog.windowTitle() == "Carnet could not save"
    assert "The disk is full" in shown_text(dialog)
    assert "What you typed is still in the window" in shown_text(dialog)
    dialog.close()
    assert window.contacts.form.last_name.text() == "Roux"

    event.remove(database.engine, "connect", disk_full)
    database.engine.dispose()  # the user emptied the bin
    save(qtbot, window)
    assert window.contacts.model.rowCount() == 1
    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today
    assert window.contacts.model.index(0, 0).data() == "Hélène Roux"


def test_a_damaged_file_found_while_working_offers_a_restore(qtbot, reporter):
    import sqlite3

    with qtbot.waitSignal(reporter.dialog_shown) as shown:
        QTimer.singleShot(
            0, lambda: _raise(sqlite3.DatabaseError("database disk image is malformed"))
        )

    dialog = shown.args[0]
    assert dialog.windowTitle() == "Your data file is damaged"
    with qtbot.waitSignal(reporter.restore_requested):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)


def _raise(error: Exception) -> None:
    raise error


def test_errors_in_a_row_make_one_dialog_and_a_worker_threads_error_is_reported(qtbot, reporter):
    with qtbot.waitSignal(reporter.dialog_shown) as shown:
        QTimer.singleShot(0, lambda: _raise(ValueError("first")))
    dialog = shown.args[0]

    worker = threading.Thread(target=_raise, args=(KeyError("from a worker thread"),))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: dialog.occurrences == 2)

    assert "This happened 2 times." in shown_text(dialog)
    assert "from a worker thread" in dialog.details


def test_the_log_is_private_and_rotates(log_dir, monkeypatch):
    monkeypatch.setattr(error_reporting, "LOG_MAX_BYTES", 2000)
    installed = error_reporting.install(log_dir, quiet=True)
    try:
        for n in range(200):
            error_reporting.log.info("line %d of a long working day", n)
    finally:
        installed.uninstall()

    files = sorted(p.name for p in log_dir.iterdir())
    assert files == ["carnet.log", "carnet.log.1", "carnet.log.2", "carnet.log.3"]
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700
    for name in files:
        assert stat.S_IMODE((log_dir / name).stat().st_mode) == 0o600, name


def test_without_a_window_an_error_is_one_plain_line(log_dir, capsys):
    quiet = error_reporting.install(log_dir, quiet=True)
    try:
        try:
            raise OSError(28, "No space left on device")
        except OSError as error:
            quiet.report(type(error), error, error.__traceback__)
    finally:
        quiet.uninstall()

    printed = capsys.readouterr().err
    assert printed.count("\n") == 1 and "Traceback" not in printed
    assert str(log_dir / "carnet.log") in printed
    assert "No space left on device" in (log_dir / "carnet.log").read_text(encoding="utf-8")


def test_saving_while_another_program_holds_the_file_says_so_at_once_and_loses_nothing(
    qtbot, open_carnet, reporter, data_dir
):
    import sqlite3
    import time
    from contextlib import closing

    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    fill_in(qtbot, window, "Inès", "Garnier")
    with closing(sqlite3.connect(data_dir / "carnet.sqlite3", isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # a sync tool or another program writing
        started = time.monotonic()
        with qtbot.waitSignal(reporter.dialog_shown) as shown:
            save(qtbot, window)
        waited = time.monotonic() - started
        other.execute("ROLLBACK")

    assert waited < 4, f"the window froze for {waited:.1f} s (it used to wait 5 s)"
    dialog = shown.args[0]
    assert dialog.windowTitle() == "Carnet could not save"
    assert "Another program is using your data file" in shown_text(dialog)
    dialog.close()
    assert window.contacts.form.last_name.text() == "Garnier", "what was typed is still there"
    save(qtbot, window)
    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today
    assert window.contacts.model.index(0, 0).data() == "Inès Garnier"
