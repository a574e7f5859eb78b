"""Call now: the call mode's window for one person, and the logged call on the undo stack.

``CallModeCommands(database, events, undo_stack, parent).start(person_id)`` opens (or raises) the
compact call window for that person. An outcome clicked there logs the call, the names given and
the connectors in one transaction, tells the views, and pushes one step on the window's undo
stack: undoing it takes all of that back and puts the draft back for the call mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from carnet.domain import call_mode
from carnet.domain.briefing import person_name
from carnet.domain.enums import Outcome
from carnet.ui.undo import UndoHistory, _Step
from carnet.ui.wording import fill

if TYPE_CHECKING:
    from carnet.db.engine import Database
    from carnet.ui.dialogs.call_mode_window import CallModeWindow
    from carnet.ui.events import DataEvents


class LogCallFromCallMode(_Step):
    """The call logged by an outcome of the call mode, with the leads and connectors it added."""

    def __init__(self, history: UndoHistory, logged: call_mode.CallLogged, text: str) -> None:
        super().__init__(history, text)
        self.logged = logged
        self.undone: call_mode.CallUndone | None = None

    def _tell(self) -> None:
        person_id = self.logged.draft.person_id
        self.history.later(self.history.events.notes_changed.emit)
        self.history.later(lambda: self.history.person_shown.emit(person_id))

    def undo_step(self, session: Session) -> None:
        self.undone = call_mode.undo_logged_call(session, self.logged)
        self._tell()

    def do_again(self, session: Session) -> None:
        assert self.undone is not None
        self.logged = call_mode.redo_logged_call(session, self.undone)
        self._tell()


class CallModeCommands(QObject):
    """Opens the call mode; ``logged(person_id)`` once a call was logged from it."""

    logged = Signal(int)

    def __init__(
        self,
        database: Database,
        events: DataEvents,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self._undo_stack = undo_stack
        self._parent = parent
        self.windows: dict[int, CallModeWindow] = {}

    def start(self, person_id: int) -> CallModeWindow:
        """Open the call mode for ``person_id``, with what was typed last time; the window of a
        call already open for them is brought forward instead."""
        from carnet.ui.dialogs.call_mode_window import CallModeWindow

        window = self.windows.get(person_id)
        if window is not None and shiboken6.isValid(window) and window.isVisible():
            window.raise_()
            window.activateWindow()
            return window
        window = CallModeWindow(self._database, person_id, self._parent)
        window.outcome_chosen.connect(lambda outcome, w=window: self._log(w, Outcome(outcome)))
        window.edit_playbook.connect(lambda w=window: self._edit_playbook(w))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.finished.connect(lambda _result, p=person_id: self.windows.pop(p, None))
        self.windows[person_id] = window
        window.show()
        return window

    def _log(self, window: CallModeWindow, outcome: Outcome) -> None:
        logged = window.log(outcome)
        if logged is None:
            return
        history = UndoHistory.of(self._undo_stack, self._database, self._events)
        with self._database.reading() as session:
            name = person_name(session, logged.draft.person_id)
        text = fill(QCoreApplication.translate("Undo", "Log the call with {name}"), name=name)
        history.push(LogCallFromCallMode(history, logged, text))
        self._events.people_changed.emit()
        self._events.notes_changed.emit()
        self.logged.emit(logged.draft.person_id)

    def _edit_playbook(self, window: CallModeWindow) -> None:
        from carnet.ui.dialogs.playbook_dialog import PlaybookDialog

        if PlaybookDialog(self._database, window).exec() == QDialog.DialogCode.Accepted:
            window.playbook.show_person(self._database, window.person_id)
