"""Columns that fit the table's width: the important ones first, none cut off or off screen.

Each time the table changes width, the columns are shown in order of importance while they fit
at a readable width (their title in full, three quarters of a comfortable width), then widened
toward that comfortable width. Those that do
not fit are hidden until there is room again; their text stays in each row's tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

SORT_ARROW = 28  # room for the sort indicator and the section's margins


class ColumnFit(QObject):
    def __init__(
        self, table: QTableView, importance: Sequence[int], comfortable: Sequence[int]
    ) -> None:
        super().__init__(table)
        self._table = table
        self._importance = list(importance)
        self._comfortable = list(comfortable)
        self._width = -1
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched.width() != self._width:
            self._width = watched.width()
            self.fit()
        return False

    def _narrowest(self, column: int) -> int:
        header = self._table.horizontalHeader()
        title = str(self._table.model().headerData(column, header.orientation()) or "")
        readable = self._comfortable[column] * 3 // 4
        return max(readable, header.fontMetrics().horizontalAdvance(title) + SORT_ARROW)

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        room = self._table.viewport().width()
        if room <= 0:
            return
        narrowest = {c: self._narrowest(c) for c in self._importance}
        shown: list[int] = []
        used = 0
        for column in self._importance:
            if used + narrowest[column] <= room:
                shown.append(column)
                used += narrowest[column]
        extra = room - used
        wishes = {c: max(0, self._comfortable[c] - narrowest[c]) for c in shown}
        wished = sum(wishes.values()) or 1
        share = min(1.0, extra / wished)
        for column in range(header.count()):
            if column not in shown:
                header.hideSection(column)
                continue
            header.showSection(column)
            self._table.setColumnWidth(column, narrowest[column] + int(wishes[column] * share))
