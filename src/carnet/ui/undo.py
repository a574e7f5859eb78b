"""Undo and redo for the cards: edits, deletions, merges, new people and leads, organisations.

The window holds one ``QUndoStack``. A view does the first step itself (so that a refusal shows
in the form and nothing is pushed) and then pushes a command that knows how to undo it and do it
again. Each step is one transaction.

A deleted person comes back under the same id when it is still free, else under a new one: the
commands refer to people through a ``Handle`` that follows them. A step that can no longer be
undone (the person was deleted some other way meanwhile) is explained, and the history is cleared;
so it is when a backup is put back.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import merge, organizations, people, snapshots
from carnet.domain.errors import MESSAGES_CONTEXT, DomainError
from carnet.domain.organizations import OrganizationDraft
from carnet.domain.people import PersonDraft
from carnet.ui.events import DataEvents
from carnet.ui.wording import fill
from carnet.ui.writes import run_write


class Handle:
    """A person (or an organisation) whose id may change when a deletion is undone."""

    __slots__ = ("id",)

    def __init__(self, row_id: int) -> None:
        self.id = row_id


class UndoHistory(QObject):
    """The window's undo stack, with what the commands share: the database and the handles."""

    person_shown = Signal(int)
    """After an undo or redo, the person whose card shows the result."""
    person_gone = Signal(int)
    organization_shown = Signal(int)
    organization_gone = Signal(int)
    failed = Signal(str)
    data_replaced = Signal()
    """The file was closed (a backup is being put back): what the views hold is no longer it."""

    def __init__(self, stack: QUndoStack, database: Database, events: DataEvents) -> None:
        super().__init__(stack)
        self.stack = stack
        self.database = database
        self.events = events
        self._people: dict[int, Handle] = {}
        self._organizations: dict[int, Handle] = {}
        # A backup put back replaces the file under the window (closing the engine first): the
        # steps recorded before speak of rows that are no longer those.
        event.listen(database.engine, "engine_disposed", self._data_replaced)

    def _data_replaced(self, _engine) -> None:
        if shiboken6.isValid(self.stack):
            self.stack.clear()
        if shiboken6.isValid(self):
            self.data_replaced.emit()

    @classmethod
    def of(cls, stack: QUndoStack, database: Database, events: DataEvents) -> UndoHistory:
        """The history of ``stack``, made the first time it is asked for."""
        found = stack.findChild(UndoHistory)
        return found if isinstance(found, UndoHistory) else cls(stack, database, events)

    # -- handles ---------------------------------------------------------------------------------

    def person(self, person_id: int) -> Handle:
        return self._people.setdefault(person_id, Handle(person_id))

    def organization(self, organization_id: int) -> Handle:
        return self._organizations.setdefault(organization_id, Handle(organization_id))

    def _forget(self, registry: dict[int, Handle], handle: Handle) -> None:
        if registry.get(handle.id) is handle:
            del registry[handle.id]

    def _rebind(self, registry: dict[int, Handle], handle: Handle, new_id: int) -> None:
        handle.id = new_id
        registry[new_id] = handle

    # -- running a step --------------------------------------------------------------------------

    def later(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the running step is committed and the views told."""
        self._after_commit.append(callback)

    def run(self, step: Callable[[Session], None]) -> bool:
        """Run one step in a transaction and tell the views; False if it could not be done."""
        self._after_commit: list[Callable[[], None]] = []
        try:
            run_write(self.database, (self.events.people_changed,), step)
        except (DomainError, LookupError, IntegrityError) as error:
            message = (
                QCoreApplication.translate(MESSAGES_CONTEXT, error.message)
                if isinstance(error, DomainError)
                else QCoreApplication.translate(
                    "Undo", "The data changed since: this step can no longer be undone or redone."
                )
            )
            QTimer.singleShot(0, self.stack.clear)
            self.failed.emit(message)
            self.events.people_changed.emit()  # what the views show may be stale: reload
            return False
        for callback in self._after_commit:
            callback()
        return True

    def push(self, command: QUndoCommand) -> None:
        self.stack.push(command)


class _Step(QUndoCommand):
    """A command whose first ``redo`` was done by the view before pushing it."""

    def __init__(self, history: UndoHistory, text: str) -> None:
        super().__init__(text)
        self.history = history
        self._done_by_view = True

    def redo(self) -> None:
        if self._done_by_view:
            self._done_by_view = False
            return
        self.history.run(self.do_again)

    def undo(self) -> None:
        self.history.run(self.undo_step)

    def do_again(self, session: Session) -> None:
        raise NotImplementedError

    def undo_step(self, session: Session) -> None:
        raise NotImplementedError


# People ----------------------------------------------------------------------------------------


class EditPerson(_Step):
    def __init__(
        self, history: UndoHistory, person_id: int, before: PersonDraft, after: PersonDraft
    ):
        super().__init__(
            history,
            fill(QCoreApplication.translate("Undo", "Edit {name}"), name=after.full_name),
        )
        self.handle = history.person(person_id)
        self.before, self.after = before, after

    def _write(self, session: Session, draft: PersonDraft) -> None:
        people.update_person(session, self.handle.id, draft)
        self.history.later(lambda: self.history.person_shown.emit(self.handle.id))

    def do_again(self, session: Session) -> None:
        self._write(session, self.after)

    def undo_step(self, session: Session) -> None:
        self._write(session, self.before)


class _Presence(_Step):
    """A person who comes (a new person, a lead) or goes (a deletion), and back."""

    def __init__(self, history: UndoHistory, text: str, person_id: int) -> None:
        super().__init__(history, text)
        self.handle = history.person(person_id)
        self.snapshot: snapshots.PersonSnapshot | None = None

    def _remove(self, session: Session) -> None:
        self.snapshot = snapshots.remove_person(session, self.handle.id)
        self.history._forget(self.history._people, self.handle)
        gone = self.handle.id
        self.history.later(lambda: self.history.person_gone.emit(gone))

    def _restore(self, session: Session) -> None:
        assert self.snapshot is not None
        restored = snapshots.restore_person(session, self.snapshot)
        self.history._rebind(self.history._people, self.handle, restored.person_id)
        self.history.later(lambda: self.history.person_shown.emit(self.handle.id))


class AddPerson(_Presence):
    """A person created from the card or the quick capture of a lead."""

    def __init__(self, history: UndoHistory, person_id: int, text: str) -> None:
        super().__init__(history, text, person_id)

    def do_again(self, session: Session) -> None:
        self._restore(session)

    def undo_step(self, session: Session) -> None:
        self._remove(session)


class DeletePerson(_Presence):
    def __init__(self, history: UndoHistory, snapshot: snapshots.PersonSnapshot, name: str) -> None:
        super().__init__(
            history,
            fill(QCoreApplication.translate("Undo", "Delete {name}"), name=name),
            snapshot.person_id,
        )
        self.snapshot = snapshot
        history._forget(history._people, self.handle)

    def do_again(self, session: Session) -> None:
        self._remove(session)

    def undo_step(self, session: Session) -> None:
        self._restore(session)


class MergePeople(_Step):
    def __init__(self, history: UndoHistory, record: merge.MergeRecord, name: str) -> None:
        super().__init__(
            history, fill(QCoreApplication.translate("Undo", "Merge {name}"), name=name)
        )
        self.keep = history.person(record.keep_id)
        self.drop = history.person(record.drop_id)
        history._forget(history._people, self.drop)
        self.record = record

    def do_again(self, session: Session) -> None:
        self.record = merge.merge_people(session, self.keep.id, self.drop.id)
        self.history._forget(self.history._people, self.drop)
        self.history.later(lambda: self.history.person_shown.emit(self.keep.id))

    def undo_step(self, session: Session) -> None:
        drop_id = merge.unmerge_people(session, self.record)
        self.history._rebind(self.history._people, self.drop, drop_id)
        self.history.later(lambda: self.history.person_shown.emit(self.keep.id))


# Organisations ---------------------------------------------------------------------------------


class EditOrganization(_Step):
    def __init__(
        self,
        history: UndoHistory,
        organization_id: int,
        before: OrganizationDraft,
        after: OrganizationDraft,
    ) -> None:
        super().__init__(
            history,
            fill(QCoreApplication.translate("Undo", "Edit {name}"), name=after.name.strip()),
        )
        self.handle = history.organization(organization_id)
        self.before, self.after = before, after

    def _write(self, session: Session, draft: OrganizationDraft) -> None:
        organizations.save_organization(session, self.handle.id, draft)
        self.history.later(lambda: self.history.organization_shown.emit(self.handle.id))

    def do_again(self, session: Session) -> None:
        self._write(session, self.after)

    def undo_step(self, session: Session) -> None:
        self._write(session, self.before)


class _OrganizationPresence(_Step):
    def __init__(self, history: UndoHistory, text: str, organization_id: int) -> None:
        super().__init__(history, text)
        self.handle = history.organization(organization_id)
        self.snapshot: organizations.OrganizationSnapshot | None = None

    def _remove(self, session: Session) -> None:
        self.snapshot = organizations.remove_organization(session, self.handle.id)
        self.history._forget(self.history._organizations, self.handle)
        gone = self.handle.id
        self.history.later(lambda: self.history.organization_gone.emit(gone))

    def _restore(self, session: Session) -> None:
        assert self.snapshot is not None
        new_id = organizations.restore_organization(session, self.snapshot)
        self.history._rebind(self.history._organizations, self.handle, new_id)
        self.history.later(lambda: self.history.organization_shown.emit(self.handle.id))


class AddOrganization(_OrganizationPresence):
    def __init__(self, history: UndoHistory, organization_id: int, name: str) -> None:
        super().__init__(
            history,
            fill(QCoreApplication.translate("Undo", "Add {name}"), name=name),
            organization_id,
        )

    def do_again(self, session: Session) -> None:
        self._restore(session)

    def undo_step(self, session: Session) -> None:
        self._remove(session)


class DeleteOrganization(_OrganizationPresence):
    def __init__(
        self, history: UndoHistory, snapshot: organizations.OrganizationSnapshot, name: str
    ) -> None:
        super().__init__(
            history,
            fill(QCoreApplication.translate("Undo", "Delete {name}"), name=name),
            snapshot.organization_id,
        )
        self.snapshot = snapshot
        history._forget(history._organizations, self.handle)

    def do_again(self, session: Session) -> None:
        self._remove(session)

    def undo_step(self, session: Session) -> None:
        self._restore(session)
