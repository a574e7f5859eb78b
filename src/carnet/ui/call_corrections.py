"""Opening a logged call or meeting from a person's history or the notebook: correct it, or
delete it; either goes on the window's undo stack, and every view follows at once.

Both write only over the version of the call the user saw: a deletion of a call changed
elsewhere meanwhile is refused with a word, a correction keeps the fields the user changed and
takes the others as they are now (see ``LogInteractionDialog``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from carnet.db.engine import Database
from carnet.domain import logged_calls, versions
from carnet.domain.briefing import person_name
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.ui.call_undo import CorrectCall, DeleteCall
from carnet.ui.events import DataEvents
from carnet.ui.undo import UndoHistory
from carnet.ui.widgets.timeline import TimelineWidget
from carnet.ui.wording import fill
from carnet.ui.writes import run_write


class CallCorrections(QObject):
    def __init__(
        self,
        database: Database,
        events: DataEvents,
        history: UndoHistory,
        timeline: TimelineWidget,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self._history = history
        self._parent = parent
        self.dialog: QDialog | None = None
        self._timeline = timeline
        timeline.correct_call_requested.connect(self.correct)
        timeline.delete_call_requested.connect(
            lambda interaction_id: self.delete(
                interaction_id, timeline.call_version(interaction_id)
            )
        )

    def _name(self, person_id: int | None) -> str:
        if person_id is None:
            return ""
        with self._database.reading() as session:
            return person_name(session, person_id)

    def _gone(self, error: ValidationError) -> None:
        """The call was deleted meanwhile: say so, and show the history as it is."""
        self._history.failed.emit(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
        self._events.people_changed.emit()

    def correct(self, interaction_id: int) -> None:
        from carnet.ui.dialogs.log_interaction_dialog import LogInteractionDialog

        try:
            with self._database.reading() as session:
                before = logged_calls.load_call(session, interaction_id)
                version = logged_calls.call_version(session, interaction_id)
        except ValidationError as error:
            self._gone(error)
            return
        dialog = LogInteractionDialog(self._database, before.person_id, self._parent.window())
        dialog.correct(interaction_id, before, version)
        self.dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        if not accepted or dialog.corrected is None:
            return
        text = fill(self.tr("Correct the call with {name}"), name=self._name(before.person_id))
        command = CorrectCall(
            self._history,
            interaction_id,
            dialog.replaced or before,
            dialog.corrected,
            text,
            dialog.corrected_version,
        )
        self._history.push(command)
        self._events.people_changed.emit()

    def delete(self, interaction_id: int, seen_version: int | None = None) -> None:
        """Delete the call, if it is still as the user saw it at ``seen_version``."""
        try:
            snapshot = run_write(
                self._database, (), logged_calls.delete_call, interaction_id, seen_version
            )
        except ValidationError as error:
            self._gone(error)
            return
        except versions.ChangedMeanwhile as error:
            QMessageBox.information(
                self._parent.window(),
                self.tr("Not deleted"),
                QCoreApplication.translate(MESSAGES_CONTEXT, error.message),
            )
            self._events.people_changed.emit()
            return
        text = fill(self.tr("Delete the call with {name}"), name=self._name(snapshot.person_id))
        self._history.push(DeleteCall(self._history, snapshot, text))
        self._events.people_changed.emit()
