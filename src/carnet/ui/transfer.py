"""The File menu's import, export, backup and restore commands, and files dropped on the window.

Only Qt is imported here: the importers and exporters (and SQLAlchemy behind them) load the
first time a command runs, so that they cost nothing at start-up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from carnet.ui.wording import fill

if TYPE_CHECKING:
    from carnet.ui.background_job import BackgroundJob
    from carnet.ui.dialogs.import_dialog import ImportDialog
    from carnet.ui.roles import OpenData

CONTACT_SUFFIXES = {".csv", ".vcf", ".vcard", ".zip", ".txt"}


def _message(text: str) -> str:
    from carnet.domain.errors import MESSAGES_CONTEXT

    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class TransferCommands(QObject):
    """Owns the four File menu actions; the open data is given by ``attach``. ``window`` is the
    parent of the dialogs and shows the outcome in its status bar."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._data: OpenData | None = None
        self.import_dialog: ImportDialog | None = None
        self.job: BackgroundJob | None = None
        self.import_action = QAction(self.tr("&Import contacts…"), window)
        self.import_action.triggered.connect(lambda: self.import_contacts())
        self.export_action = QAction(self.tr("E&xport…"), window)
        self.export_action.triggered.connect(lambda: self.export_people())
        self.backup_action = QAction(self.tr("Save a &backup file…"), window)
        self.backup_action.triggered.connect(lambda: self.save_backup())
        self.restore_action = QAction(self.tr("&Restore from a backup file…"), window)
        self.restore_action.triggered.connect(lambda: self.restore_backup())
        self.actions = [
            self.import_action,
            self.export_action,
            self.backup_action,
            self.restore_action,
        ]

    def attach(self, data: OpenData) -> None:
        self._data = data

    # -- import --------------------------------------------------------------------------------

    def import_contacts(self, path: Path | None = None) -> None:
        if self._data is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import contacts"),
                str(_documents()),
                self.tr("Contacts (LinkedIn, Google, Outlook, vCard) (*.csv *.vcf *.zip *.txt)")
                + ";;"
                + self.tr("All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        from carnet.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self._data.database, self._data.events, path, self.window)
        self.import_dialog = dialog
        dialog.open()

    # -- dropping a file -----------------------------------------------------------------------

    @staticmethod
    def _dropped_file(urls: list[QUrl]) -> Path | None:
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        return files[0] if len(files) == 1 else None

    def accepts(self, event: QDragEnterEvent) -> bool:
        if self._data is None or not event.mimeData().hasUrls():
            return False
        path = self._dropped_file(event.mimeData().urls())
        return path is not None and path.suffix.lower() in CONTACT_SUFFIXES

    def drop(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData().urls())
        if path is None:
            return
        event.acceptProposedAction()
        if _is_backup_file(path):
            self.restore_backup(path)
        else:
            self.import_contacts(path)

    # -- export --------------------------------------------------------------------------------

    def export_people(self, path: Path | None = None, kind: str | None = None) -> None:
        if self._data is None:
            return
        csv_filter = self.tr("CSV for Excel (*.csv)")
        vcard_filter = self.tr("vCard for address books (*.vcf)")
        if path is None:
            chosen, selected = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export people"),
                str(_documents() / self.tr("Carnet contacts.csv")),
                csv_filter + ";;" + vcard_filter,
            )
            if not chosen:
                return
            path = Path(chosen)
            if kind is None:
                kind = "vcard" if selected == vcard_filter else "csv"
        kind = kind or ("vcard" if path.suffix.lower() in (".vcf", ".vcard") else "csv")
        wanted = ".vcf" if kind == "vcard" else ".csv"
        if path.suffix.lower() != wanted and not (kind == "vcard" and path.suffix == ".vcard"):
            path = path.with_name(path.name + wanted)
        database = self._data.database
        delimiter = ";" if QLocale().decimalPoint() == "," else ","

        def work(_job) -> int:
            from carnet.io.export import people_to_export, write_csv, write_vcard

            with database.reading() as session:
                people = people_to_export(session)
            if kind == "vcard":
                write_vcard(people, path)
            else:
                write_csv(
                    people,
                    path,
                    delimiter=delimiter,
                    translate=lambda text: QCoreApplication.translate("Export", text),
                )
            return len(people)

        def done(count: int) -> None:
            self._tell(
                self.tr("Export finished"),
                fill(self.tr("%Ln people exported to {file}.", "", count), file=str(path)),
            )

        self._run(work, done)

    # -- backup and restore --------------------------------------------------------------------

    def save_backup(self, path: Path | None = None) -> None:
        if self._data is None:
            return
        if path is None:
            default = fill(self.tr("Carnet backup {date}"), date=dt.date.today().isoformat())
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save a backup file"),
                str(_documents() / (default + ".carnet-backup.zip")),
                self.tr("Carnet backup files (*.zip)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".carnet-backup.zip")
        source = self._data.database.path

        def work(_job) -> Path:
            from carnet.io.backup_file import save_backup_file

            return save_backup_file(source, path)

        def done(saved: Path) -> None:
            self._tell(
                self.tr("Backup saved"),
                fill(
                    self.tr(
                        "All your data is in {file}.\n\nTo carry it to another computer, copy this "
                        "file there and choose File › Restore from a backup…, then Backup file…"
                    ),
                    file=str(saved),
                ),
            )

        self._run(work, done)

    def restore_backup(self, path: Path | None = None) -> bool:
        """Check the backup, ask, copy the current data aside, restore, reopen. True if done."""
        window, data = self.window, self._data
        if data is None:
            return False
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                window,
                self.tr("Restore from a backup file"),
                str(_documents()),
                self.tr("Carnet backup files (*.zip)") + ";;" + self.tr("All files (*)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        from carnet.db.backup import restore
        from carnet.db.migrate import StoreError
        from carnet.db.store import open_database
        from carnet.io.backup_file import read_backup_info, restore_backup_file
        from carnet.io.errors import ImportFileError

        try:
            info = read_backup_info(path)
        except ImportFileError as error:
            self._warn(self.tr("This backup cannot be restored"), error.text(_message))
            return False
        people = "" if info.people is None else str(info.people)
        answer = QMessageBox.question(
            window,
            self.tr("Replace your data with this backup?"),
            fill(
                self.tr(
                    "The backup {file} was saved on {date}. People in it: {people}.\n\n"
                    "It will replace all the data Carnet shows now. Your current data is first "
                    "copied to {folder}, so nothing is lost."
                ),
                file=path.name,
                date=_saved_on(info.created_at),
                people=people,
                folder=str(data.app_paths.backups_dir),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        data.editors.save_editors()
        database = data.database
        backups_dir = data.app_paths.backups_dir
        database.close()
        safety = None
        try:
            safety = restore_backup_file(path, database.path, backups_dir)
            open_database(database.path, backups_dir).close()  # upgrades an older backup
        except (ImportFileError, StoreError) as error:
            if safety is not None:
                restore(safety, database.path)
            if isinstance(error, ImportFileError):
                text = error.text(_message)
            else:
                from carnet.storage_messages import store_sentence

                text = store_sentence(error, _message)
            self._warn(self.tr("This backup cannot be restored"), text)
            return False
        finally:
            data.events.people_changed.emit()
            data.events.notes_changed.emit()
        self._tell(
            self.tr("Backup restored"),
            fill(self.tr("Carnet now shows the data of {file}."), file=path.name)
            + (
                "\n\n" + fill(self.tr("Your previous data is kept in {copy}."), copy=str(safety))
                if safety
                else ""
            ),
        )
        return True

    # -- helpers -------------------------------------------------------------------------------

    def _run(self, work, on_success) -> None:
        from carnet.ui.background_job import BackgroundJob

        job = BackgroundJob(work)
        job.succeeded.connect(on_success)
        job.failed.connect(self._on_failure)
        self.job = job
        job.start_work()

    def _on_failure(self, error: Exception) -> None:
        from carnet.io.errors import ImportFileError

        if isinstance(error, ImportFileError):
            text = error.text(_message)
        else:
            text = fill(self.tr("Something went wrong: {detail}"), detail=str(error))
        self._warn(self.tr("Carnet could not write the file"), text)

    def _tell(self, title: str, text: str) -> None:
        self.window.statusBar().showMessage(title, 8000)
        QMessageBox.information(self.window, title, text)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)


def _saved_on(moment: str) -> str:
    """A backup's ISO time of saving, as the language Carnet speaks writes it."""
    saved = QDateTime.fromString(moment, Qt.DateFormat.ISODate)
    if not saved.isValid():
        return moment
    return QLocale().toString(saved, QLocale.FormatType.ShortFormat)


def _is_backup_file(path: Path) -> bool:
    import zipfile  # here, not at the top: this module loads with the window frame

    try:
        with zipfile.ZipFile(path) as archive:
            return "manifest.json" in archive.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return False
