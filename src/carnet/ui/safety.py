"""The File menu's data-safety commands: restore a backup, a person's data out or away.

Only Qt is imported here; the dialogs (and SQLAlchemy behind them) load the first time a command
runs. The open data and the Contacts card are given by ``attach`` once the database is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from carnet.ui.roles import OpenData, PersonCard


class SafetyCommands(QObject):
    """``restore_file`` restores a backup file the user saved (offered in the restore dialog)."""

    def __init__(self, parent: QWidget, restore_file: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._restore_file = restore_file
        self._data: OpenData | None = None
        self._contacts: PersonCard | None = None
        self.restore_action = QAction(self.tr("Restore from a back&up…"), parent)
        self.restore_action.triggered.connect(lambda: self.restore())
        self.export_person_action = QAction(self.tr("Export this person's data…"), parent)
        self.export_person_action.triggered.connect(lambda: self.export_person())
        self.delete_person_action = QAction(
            self.tr("Delete this person and all their data…"), parent
        )
        self.delete_person_action.triggered.connect(lambda: self.delete_person())
        self.actions = [self.restore_action, self.export_person_action, self.delete_person_action]

    def attach(self, data: OpenData, contacts: PersonCard) -> None:
        self._data = data
        self._contacts = contacts

    def restore(self) -> bool:
        from carnet.ui.dialogs.restore_dialog import RestoreDialog

        if self._data is None:
            return False
        dialog = RestoreDialog(self._data, self._restore_file, self._parent)
        return dialog.exec() == RestoreDialog.DialogCode.Accepted

    def offer_restore(self, detail: str) -> bool:
        """The data file turned out damaged: offer the latest good backup."""
        from carnet.ui.dialogs.restore_dialog import offer_restore_in_window

        return self._data is not None and offer_restore_in_window(self._data, detail, self._parent)

    def _person(self, title: str) -> int | None:
        from carnet.ui.dialogs.person_data import choose_person

        if self._data is None or self._contacts is None:
            return None
        person_id = self._contacts.selected_person_id()
        if person_id is None:
            person_id = choose_person(self._parent, self._data.database, title)
        return person_id

    def export_person(self) -> None:
        from carnet.ui.dialogs.person_data import export_person_data

        person_id = self._person(self.export_person_action.text().rstrip("…"))
        if person_id is not None and self._data is not None:
            export_person_data(self._parent, self._data.database, person_id)

    def delete_person(self) -> None:
        from carnet.ui.dialogs.person_data import delete_person_data

        person_id = self._person(self.delete_person_action.text().rstrip("…"))
        if person_id is None or self._data is None or self._contacts is None:
            return
        if delete_person_data(self._parent, self._data.database, person_id):
            if self._contacts.selected_person_id() == person_id:
                self._contacts.new_person()  # its card must not keep the deleted person
            self._data.events.people_changed.emit()
            self._data.events.notes_changed.emit()
