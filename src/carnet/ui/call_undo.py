"""Undo and redo for a logged call or meeting: a correction, a deletion (see ``logged_calls``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from carnet.domain import logged_calls
from carnet.domain.interactions import InteractionDraft
from carnet.ui.undo import UndoHistory, _Step


class CorrectCall(_Step):
    def __init__(
        self,
        history: UndoHistory,
        interaction_id: int,
        before: InteractionDraft,
        after: InteractionDraft,
        text: str,
    ) -> None:
        super().__init__(history, text)
        self.interaction_id = interaction_id
        self.before = before
        self.after = after

    def _write(self, session: Session, draft: InteractionDraft) -> None:
        logged_calls.correct_call(session, self.interaction_id, draft)
        if draft.person_id is not None:
            person_id = draft.person_id
            self.history.later(lambda: self.history.person_shown.emit(person_id))

    def do_again(self, session: Session) -> None:
        self._write(session, self.after)

    def undo_step(self, session: Session) -> None:
        self._write(session, self.before)


class DeleteCall(_Step):
    def __init__(
        self, history: UndoHistory, snapshot: logged_calls.CallSnapshot, text: str
    ) -> None:
        super().__init__(history, text)
        self.snapshot = snapshot

    def do_again(self, session: Session) -> None:
        self.snapshot = logged_calls.delete_call(session, int(self.snapshot.interaction["id"]))
        self._show()

    def undo_step(self, session: Session) -> None:
        logged_calls.restore_call(session, self.snapshot)
        self._show()

    def _show(self) -> None:
        person_id = self.snapshot.person_id
        self.history.later(lambda: self.history.person_shown.emit(person_id))
