"""Undo and redo for a logged call or meeting: a correction, a deletion (see ``logged_calls``).

Each step remembers the version of the call it left behind; undoing or redoing it writes only
over that version. When the call changed elsewhere meanwhile, the step says it cannot be done
rather than erase that change.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from carnet.domain import logged_calls, versions
from carnet.domain.errors import DomainError
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
        version: int | None = None,
    ) -> None:
        super().__init__(history, text)
        self.interaction_id = interaction_id
        self.before = before
        self.after = after
        self.version = version
        """The call's version once the correction was written (None: not checked)."""

    def _write(self, session: Session, draft: InteractionDraft) -> None:
        try:
            self.version = logged_calls.correct_call(
                session, self.interaction_id, draft, self.version
            )
        except versions.ChangedMeanwhile:
            raise DomainError(logged_calls.CALL_CHANGED_UNDO_MESSAGE) from None
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
        seen = self.snapshot.interaction.get("version")
        try:
            self.snapshot = logged_calls.delete_call(
                session,
                int(self.snapshot.interaction["id"]),  # type: ignore[call-overload]
                int(seen) if seen is not None else None,  # type: ignore[call-overload]
            )
        except versions.ChangedMeanwhile:
            raise DomainError(logged_calls.CALL_CHANGED_UNDO_MESSAGE) from None
        self._show()

    def undo_step(self, session: Session) -> None:
        logged_calls.restore_call(session, self.snapshot)
        self._show()

    def _show(self) -> None:
        person_id = self.snapshot.person_id
        self.history.later(lambda: self.history.person_shown.emit(person_id))
