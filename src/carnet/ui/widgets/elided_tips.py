"""Any item cut short in a list, table or tree shows its whole text as a tooltip.

Qt draws an ellipsis where an item's text does not fit; this filter, installed once on the
views, adds the missing half: hovering the item shows what the ellipsis hides (unless the
model already offers a tooltip of its own).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QToolTip, QWidget

ICON_ROOM = 24


def hidden_text(view: QAbstractItemView, index) -> str:
    """The item's text if it does not fit where it is drawn, else ""."""
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    if not text:
        return ""
    rect = view.visualRect(index)
    icon = ICON_ROOM if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
    needed = view.fontMetrics().horizontalAdvance(text.splitlines()[0]) + icon + 8
    return text if needed > rect.width() or "\n" in text else ""


class ElidedTips(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        view = watched.parent()
        if not isinstance(view, QAbstractItemView) or watched is not view.viewport():
            return False
        assert isinstance(event, QHelpEvent)
        index = view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = hidden_text(view, index)
        if not text:
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), text, view, view.visualRect(index))
        return True


def install_on(root: QWidget) -> None:
    """Watch the lists, tables and trees inside ``root`` (not the whole application: a filter
    there would see every event of the app, in Python)."""
    watcher = root.findChild(ElidedTips) or ElidedTips(root)
    views = [root] if isinstance(root, QAbstractItemView) else []
    for view in views + root.findChildren(QAbstractItemView):
        view.viewport().removeEventFilter(watcher)
        view.viewport().installEventFilter(watcher)
