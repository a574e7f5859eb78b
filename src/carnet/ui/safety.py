"""The File menu's data-safety commands: restore a backup, a person's data out or away.

Only Qt is imported here; the dialogs (and SQLAlchemy behind them) load the first time a command
runs. ``window.database`` is read each time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow


class SafetyCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.restore_action = QAction(self.tr("Restore from a back&up…"), window)
        self.restore_action.triggered.connect(lambda: self.restore())
        self.export_person_action = QAction(self.tr("Export this person's data…"), window)
        self.export_person_action.triggered.connect(lambda: self.export_person())
        self.delete_person_action = QAction(
            self.tr("Delete this person and all their data…"), window
        )
        self.delete_person_action.triggered.connect(lambda: self.delete_person())
        self.actions = [self.restore_action, self.export_person_action, self.delete_person_action]

    def restore(self) -> bool:
        from carnet.ui.dialogs.restore_dialog import RestoreDialog

        if self.window.database is None:
            return False
        dialog = RestoreDialog(self.window)
        return dialog.exec() == RestoreDialog.DialogCode.Accepted

    def _person(self, title: str) -> int | None:
        from carnet.ui.dialogs.person_data import choose_person

        current = getattr(getattr(self.window, "contacts", None), "current_person_id", None)
        person_id = current() if callable(current) else None
        if person_id is None and self.window.database is not None:
            person_id = choose_person(self.window, self.window.database, title)
        return person_id

    def export_person(self) -> None:
        from carnet.ui.dialogs.person_data import export_person_data

        person_id = self._person(self.export_person_action.text().rstrip("…"))
        if person_id is not None and self.window.database is not None:
            export_person_data(self.window, self.window.database, person_id)

    def delete_person(self) -> None:
        from carnet.ui.dialogs.person_data import delete_person_data

        database = self.window.database
        person_id = self._person(self.delete_person_action.text().rstrip("…"))
        if person_id is None or database is None:
            return
        if delete_person_data(self.window, database, person_id):
            contacts = getattr(self.window, "contacts", None)
            current = getattr(contacts, "current_person_id", None)
            if contacts is not None and (not callable(current) or current() == person_id):
                contacts.new_person()  # its card must not keep the deleted person
            self.window.events.people_changed.emit()
            self.window.events.notes_changed.emit()
