"""The Calls menu: log a call or meeting, debrief a meeting, prepare a call, note help given or a
CV handed over, the playbook cards and the user's profile. Each acts on the person selected in
the view on screen (or in Contacts), as the window's ``selection`` says.

Only Qt is imported here: the dialogs (and SQLAlchemy behind them) load the first time a command
runs, so that they cost nothing at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from carnet.db.engine import Database
    from carnet.ui.events import DataEvents
    from carnet.ui.roles import PersonSelection
    from carnet.ui.views.call_preparation import CallPreparationDialog


class CallCommands(QObject):
    """Owns the Calls menu actions; the database is given by ``attach`` once it is open.

    ``call_now_requested(person_id)``: the user asked for the call mode (the window opens it)."""

    call_now_requested = Signal(int)

    def __init__(self, parent: QWidget, events: DataEvents, selection: PersonSelection) -> None:
        super().__init__(parent)
        self._parent = parent
        self._events = events
        self._selection = selection
        self._database: Database | None = None
        self.preparation: CallPreparationDialog | None = None
        self.log_action = QAction(self.tr("&Log a call or meeting…"), parent)
        self.log_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        # Wherever the user is (the call-preparation sheet, a dialog that is not modal).
        self.log_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.log_action.triggered.connect(lambda: self.log_call())
        self.debrief_action = QAction(self.tr("After-meeting &debrief…"), parent)
        self.debrief_action.triggered.connect(lambda: self.debrief())
        self.prepare_action = QAction(self.tr("&Prepare a call…"), parent)
        self.prepare_action.triggered.connect(lambda: self.prepare_call())
        self.call_now_action = QAction(self.tr("Call &now…"), parent)
        self.call_now_action.triggered.connect(lambda: self.call_now())
        self.gift_action = QAction(self.tr("Help &given…"), parent)
        self.gift_action.triggered.connect(lambda: self.record_gift())
        self.cv_action = QAction(self.tr("C&V handed over…"), parent)
        self.cv_action.triggered.connect(lambda: self.record_cv_handed())
        self.playbook_action = QAction(self.tr("Play&book cards…"), parent)
        self.playbook_action.triggered.connect(lambda: self.edit_playbook())
        self.profile_action = QAction(self.tr("My p&rofile…"), parent)
        self.profile_action.triggered.connect(lambda: self.edit_profile())
        self.actions = [
            self.log_action,
            self.debrief_action,
            self.prepare_action,
            self.call_now_action,
            self.gift_action,
            self.cv_action,
            self.playbook_action,
            self.profile_action,
        ]

    def attach(self, database: Database) -> None:
        self._database = database

    @property
    def database(self) -> Database:
        assert self._database is not None, "the Calls menu is enabled once the database is open"
        return self._database

    def selected_person_id(self) -> int | None:
        """The person of the call-preparation sheet the user is in, else the window's selected
        person; None if nobody is."""
        sheet = self.preparation
        if sheet is not None and shiboken6.isValid(sheet) and sheet.isActiveWindow():
            person_id = sheet.person.current_id()
            if person_id is not None:
                return person_id
        return self._selection.selected_person_id()

    def _changed(self) -> None:
        self._events.people_changed.emit()
        self._events.notes_changed.emit()

    def log_call(self, person_id: int | None = None) -> QDialog:
        from carnet.ui.dialogs.log_interaction_dialog import LogInteractionDialog

        dialog = LogInteractionDialog(
            self.database, person_id or self.selected_person_id(), self._parent
        )
        dialog.edit_playbook.connect(lambda: self._edit_playbook_from(dialog))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()
        return dialog

    def debrief(self, person_id: int | None = None) -> QDialog:
        from carnet.ui.dialogs.debrief_dialog import DebriefDialog

        dialog = DebriefDialog(self.database, person_id or self.selected_person_id(), self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()
        return dialog

    def record_gift(self, person_id: int | None = None) -> QDialog:
        from carnet.ui.dialogs.give_dialogs import GiftDialog

        dialog = GiftDialog(self.database, person_id or self.selected_person_id(), self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()
        return dialog

    def record_cv_handed(self, person_id: int | None = None) -> QDialog:
        from carnet.ui.dialogs.give_dialogs import CvHandedDialog

        dialog = CvHandedDialog(self.database, person_id or self.selected_person_id(), self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()
        return dialog

    def prepare_call(self, person_id: int | None = None) -> QDialog:
        """Opens the sheet beside the main window, so the user can call or log the call."""
        from carnet.ui.views.call_preparation import CallPreparationDialog

        dialog = CallPreparationDialog(
            self.database, person_id or self.selected_person_id(), self._parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.playbook.edit_requested.connect(lambda: self._edit_playbook_from(dialog))
        dialog.finished.connect(lambda _result: self._events.notes_changed.emit())
        dialog.show()
        self.preparation = dialog
        return dialog

    def call_now(self) -> None:
        """The call mode for the selected person; without one, says how to choose them."""
        person_id = self.selected_person_id()
        if person_id is None:
            QMessageBox.information(
                self._parent,
                self.tr("Call now"),
                self.tr(
                    "Choose the person you are calling first: select them in Contacts or in "
                    "the referral tree, then choose Call now again."
                ),
            )
            return
        self.call_now_requested.emit(person_id)

    def _edit_playbook_from(self, dialog) -> None:
        if self.edit_playbook(dialog) == QDialog.DialogCode.Accepted:
            dialog.playbook.show_person(self.database, dialog.person.current_id())

    def edit_playbook(self, parent=None) -> int:
        from carnet.ui.dialogs.playbook_dialog import PlaybookDialog

        return PlaybookDialog(self.database, parent or self._parent).exec()

    def edit_profile(self) -> int:
        from carnet.ui.dialogs.profile_dialog import ProfileDialog

        return ProfileDialog(self.database, self._parent).exec()
