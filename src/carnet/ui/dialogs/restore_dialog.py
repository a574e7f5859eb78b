"""Putting back a backup: the list of automatic backups, and the offer made for a damaged file.

``RestoreDialog`` lists the backups Carnet made (daily, before an update, before a restore) with
their date and what they hold; the chosen one passes SQLite's integrity check before anything is
touched, the current data is copied aside, then the backup takes its place and the window shows
it. ``offer_restore`` is what the user sees when their data file is damaged: the latest good
backup, in one click.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import suppress
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet.db import backup as backups
from carnet.db.migrate import SQLITE_HEADER
from carnet.paths import AppPaths
from carnet.ui import theme
from carnet.ui.wording import ClassTr, fill

if TYPE_CHECKING:
    from collections.abc import Callable

    from carnet.ui.roles import OpenData

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _when(moment: dt.datetime) -> str:
    when = QDateTime(moment)  # type: ignore[call-overload]  # PySide6 takes a datetime
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


class RestoreDialog(QDialog):
    """``restore_file`` (if given) restores a backup file saved by the user instead."""

    if TYPE_CHECKING:  # PySide6 takes the class as the context: RestoreDialog.tr("…", "", n)
        tr: ClassTr

    def __init__(
        self,
        data: OpenData,
        restore_file: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._restore_file_command = restore_file
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        intro = QLabel(
            self.tr(
                "Carnet copies your data each day you use it, and before every update or "
                "restore. Choose the copy to put back. Your current data is copied first, so "
                "you can come back to it."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        theme.dress(self.table, "table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind of copy"),
                self.tr("People"),
                self.tr("Notebook entries"),
                self.tr("Introductions"),
                self.tr("Calls and meetings"),
            ]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Carnet has made no backup of this data yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.folder = QLabel(
            fill(self.tr("Backups are kept in {folder}"), folder=str(data.app_paths.backups_dir))
        )
        self.folder.setWordWrap(True)
        self.folder.setStyleSheet("color: palette(mid);")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button: QPushButton | None = None
        if restore_file is not None:
            self.file_button = QPushButton(self.tr("Backup file…"))
            self.file_button.setToolTip(self.tr("Restore a backup file saved with Carnet"))
            self.file_button.clicked.connect(self._restore_file)
            buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.folder)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.resize(720, 420)
        self.load()

    def _kind(self, backup: backups.Backup) -> str:
        return {
            backups.DAILY: self.tr("Daily copy"),
            backups.BEFORE_UPGRADE: self.tr("Before an update of Carnet"),
            backups.BEFORE_RESTORE: self.tr("Before a restore"),
            "before-import": self.tr("Before an import"),
        }.get(backup.reason, fill(self.tr("Before: {reason}"), reason=backup.reason))

    def load(self) -> None:
        paths = self._data.app_paths
        found = backups.list_backups(paths.database, paths.backups_dir)
        self.table.setRowCount(len(found))
        for row, backup in enumerate(found):
            try:
                contents = backups.read_contents(backup.path, check=None)
            except backups.InvalidBackup:
                counts = [self.tr("cannot be read"), "", "", ""]
                usable = False
            else:
                counts = [
                    QLocale().toString(n)
                    for n in (
                        contents.people,
                        contents.notes,
                        contents.introductions,
                        contents.interactions,
                    )
                ]
                usable = True
            cells = [_when(backup.made_at), self._kind(backup), *counts]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(backup.path))
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not usable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(found))
        self.empty.setVisible(not found)
        if found:
            self.table.selectRow(0)

    def selected_backup(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(PATH_ROLE)) if items else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            return
        row = self.table.currentRow()
        item = self.table.item(row, 0)
        assert item is not None  # a backup is chosen: its row is current
        when = item.text()
        answer = QMessageBox.question(
            self,
            self.tr("Put this backup back?"),
            fill(
                self.tr(
                    "Carnet will show your data as it was on {date}. What you changed since then "
                    "will be replaced; a copy of your current data is kept among the backups."
                ),
                date=when,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if restore_into_window(self._data, chosen, self):
            self.restored = chosen
            self.accept()
        else:
            self.load()

    def _restore_file(self) -> None:
        if self._restore_file_command is not None and self._restore_file_command():
            self.accept()


def _explain_invalid(parent: QWidget | None, error: backups.InvalidBackup) -> None:
    text = {
        backups.BackupProblem.MISSING: QCoreApplication.translate(
            "RestoreDialog", "This backup is no longer there."
        ),
        backups.BackupProblem.NOT_SQLITE: QCoreApplication.translate(
            "RestoreDialog", "This file is not a Carnet backup."
        ),
        backups.BackupProblem.NOT_CARNET: QCoreApplication.translate(
            "RestoreDialog", "This file is not a Carnet backup."
        ),
        backups.BackupProblem.DAMAGED: QCoreApplication.translate(
            "RestoreDialog",
            "This backup is damaged: SQLite's check of it failed. Choose another one.",
        ),
        backups.BackupProblem.TOO_NEW: QCoreApplication.translate(
            "RestoreDialog",
            "This backup was made by a newer version of Carnet. Install the latest Carnet to "
            "restore it.",
        ),
    }[error.problem]
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("RestoreDialog", "This backup cannot be restored"),
        text
        + "\n\n"
        + QCoreApplication.translate("RestoreDialog", "Your data was left as it was."),
    )


def restore_into_window(data: OpenData, backup: Path, parent: QWidget | None = None) -> bool:
    """Put ``backup`` in place of the open database and show it; False if nothing changed.

    The entry being written is saved first (a restore can be undone from the copy made of the
    current data). The database's connections are closed for the swap; the same ``Database``
    reconnects on next use, and every view reloads.
    """
    from carnet.db.migrate import StoreError
    from carnet.db.store import open_database
    from carnet.ui.store_messages import explain_store_error

    database = data.database
    if not data.editors.save_editors():
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RestoreDialog", "Carnet cannot restore just now"),
            QCoreApplication.translate(
                "RestoreDialog",
                "The notebook entry you are writing could not be saved. Copy its text "
                "elsewhere, or correct it, then restore again.",
            ),
        )
        return False
    paths = data.app_paths
    database.close()
    try:
        kept = backups.restore_backup(backup, database.path, paths.backups_dir)
    except backups.InvalidBackup as error:
        _explain_invalid(parent, error)
        return False
    try:
        open_database(database.path, paths.backups_dir).close()  # upgrades an older backup
    except StoreError as error:
        if kept is not None:
            with suppress(sqlite3.DatabaseError):  # a damaged file's copy cannot go back
                backups.restore(kept, database.path)
        QMessageBox.warning(parent, *explain_store_error(error))
        return False
    finally:
        database.close()
        data.replaced()
    return True


def offer_restore(
    parent: QWidget | None, app_paths: AppPaths, detail: str = "", *, emptied: bool = False
) -> Path | None:
    """Tell the user their data file is damaged (or ``emptied``) and offer the latest good backup.

    Returns the backup the user chose to put back, or None. Nothing is changed here: the caller
    restores (at start-up, before opening; in a running window, with ``restore_into_window``).
    """
    found = backups.latest_good_backup(app_paths.database, app_paths.backups_dir)
    if emptied:
        title = QCoreApplication.translate("RestoreDialog", "Your data file is empty")
        text = QCoreApplication.translate(
            "RestoreDialog",
            "Your data file {file} is missing or empty, although Carnet has backups of your "
            "data: another program or a disk problem may have emptied it.",
        )
    else:
        title = QCoreApplication.translate("RestoreDialog", "Your data file is damaged")
        text = QCoreApplication.translate(
            "RestoreDialog",
            "Carnet cannot read all of your data file {file}: it was damaged, perhaps by a disk "
            "problem or a power cut.",
        )
    text = fill(text, file=str(app_paths.database))
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
    if detail:
        box.setDetailedText(detail)
    if found is None:
        box.setInformativeText(
            QCoreApplication.translate(
                "RestoreDialog",
                "Carnet found no good backup to put back, so the file was left as it is. "
                "Keep it: whoever helps you with Carnet may be able to recover it.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return None
    backup, contents = found
    box.setInformativeText(
        fill(
            QCoreApplication.translate(
                "RestoreDialog",
                "Carnet can put back your latest good backup, from {date}: {people} and "
                "{notes}. What you entered after it would have to be entered "
                "again. The damaged file is kept in {folder}.",
            ),
            date=_when(backup.made_at),
            people=RestoreDialog.tr("%Ln people", "", contents.people),
            notes=RestoreDialog.tr("%Ln notebook entries", "", contents.notes),
            folder=str(app_paths.backups_dir),
        )
    )
    restore_button = box.addButton(
        QCoreApplication.translate("RestoreDialog", "Restore this backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("RestoreDialog", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore_button)
    box.exec()
    return backup.path if box.clickedButton() is restore_button else None


class DamageOutcome(StrEnum):
    NOT_DAMAGED = "not-damaged"
    RESTORED = "restored"
    DECLINED = "declined"


def restore_damaged_at_start(parent: QWidget | None, app_paths: AppPaths) -> DamageOutcome:
    """Before the database opens: if SQLite finds the file damaged, offer the latest backup.

    A file that is not SQLite at all, or SQLite but not Carnet's, is not "damaged": it is left to
    the usual explanation (``store_messages``).
    """
    database = app_paths.database
    if backups.backup_of_lost_data(database, app_paths.backups_dir) is not None:
        return _offer_at_start(parent, app_paths, "", emptied=True)
    try:
        with database.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return DamageOutcome.NOT_DAMAGED
        backups.check_database(database)
    except OSError:
        return DamageOutcome.NOT_DAMAGED
    except backups.DatabaseDamaged as damage:
        detail = damage.detail
    else:
        return DamageOutcome.NOT_DAMAGED
    return _offer_at_start(parent, app_paths, detail)


def _offer_at_start(
    parent: QWidget | None, app_paths: AppPaths, detail: str, *, emptied: bool = False
) -> DamageOutcome:
    database = app_paths.database
    chosen = offer_restore(parent, app_paths, detail, emptied=emptied)
    if chosen is None:
        return DamageOutcome.DECLINED
    try:
        backups.restore_backup(chosen, database, app_paths.backups_dir)
    except backups.InvalidBackup as error:
        _explain_invalid(parent, error)
        return DamageOutcome.DECLINED
    return DamageOutcome.RESTORED


def offer_restore_in_window(
    data: OpenData, detail: str = "", parent: QWidget | None = None
) -> bool:
    """The open data turned out damaged: offer the latest good backup."""
    chosen = offer_restore(parent, data.app_paths, detail)
    return chosen is not None and restore_into_window(data, chosen, parent)
