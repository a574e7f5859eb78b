"""Messages from templates, wherever they are asked for: a person's card, the referral tree, the
Calls menu, the Today page (``compose(kind, person_id)``), and the templates' editor.

The dialogs (and SQLAlchemy behind them) load the first time a command runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from carnet.db.engine import Database
    from carnet.ui.dialogs.message_dialog import MessageDialog
    from carnet.ui.events import DataEvents


class MessageCommands(QObject):
    """Opens the message dialog and the templates' editor on the open data file.

    A message logged as sent is a new email or message in the person's history, deleted from
    there like a call; it is not on the undo history (a logged call is not either)."""

    def __init__(
        self,
        database: Database,
        events: DataEvents,
        undo_stack: QUndoStack | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self._undo_stack = undo_stack
        self._parent = parent

    def compose(self, kind: str, person_id: int, recipient_id: int | None = None) -> MessageDialog:
        """The message of ``kind`` (a ``MessageKind`` value; "" for the one that fits the person
        best) about ``person_id``, to ``recipient_id`` if given and one of the possible
        recipients; returns the dialog once closed."""
        from carnet.domain.messages import MessageKind, suggested_kind
        from carnet.ui.dialogs.message_dialog import MessageDialog

        if kind in MessageKind._value2member_map_:
            chosen = MessageKind(kind)
        else:
            with self._database.reading() as session:
                chosen = suggested_kind(session, person_id)
        dialog = MessageDialog(
            self._database, self._events, chosen, person_id, self._parent, recipient_id
        )
        dialog.edit_template_requested.connect(lambda k: self._edit_from(dialog, k))
        dialog.exec()
        return dialog

    def _edit_from(self, dialog: MessageDialog, kind: str) -> None:
        if self.edit_templates(kind, dialog) == QDialog.DialogCode.Accepted:
            dialog.compose(keep_recipient=True)

    def edit_templates(self, kind: str = "", parent: QWidget | None = None) -> int:
        from carnet.domain.messages import MessageKind
        from carnet.ui.dialogs.message_templates_dialog import MessageTemplatesDialog

        chosen = MessageKind(kind) if kind in MessageKind._value2member_map_ else None
        return MessageTemplatesDialog(self._database, chosen, parent or self._parent).exec()
