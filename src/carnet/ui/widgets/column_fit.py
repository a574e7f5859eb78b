"""Columns that fit the table's width: the important ones first, none cut off or off screen.

Each time the table changes width, the columns are shown in order of importance while they fit
at a readable width (their title in full, three quarters of a comfortable width), then widened
toward that comfortable width. Those that do
not fit are hidden until there is room again; their text stays in each row's tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

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
        viewport = cast(QWidget, watched)
        if event.type() == QEvent.Type.Resize and viewport.width() != self._width:
            self._width = viewport.width()
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


def _header(view: QAbstractItemView) -> QHeaderView:
    return (
        view.horizontalHeader() if isinstance(view, QTableView) else cast(QTreeView, view).header()
    )


class GiveWay(QObject):
    """Columns sized to their contents (``remember()``) that narrow, in the order given and down
    to their title, when the view is too narrow to show every column; their items are then cut
    with "…" and shown whole on hover."""

    def __init__(self, view: QAbstractItemView, columns: Sequence[int]) -> None:
        super().__init__(view)
        self._view = view
        self._columns = list(columns)
        self._wanted: dict[int, int] = {}
        view.viewport().installEventFilter(self)

    def remember(self) -> None:
        header = _header(self._view)
        self._wanted = {column: header.sectionSize(column) for column in self._columns}
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._wanted:
            self.fit()
        return False

    def fit(self) -> None:
        header = _header(self._view)
        for column, width in self._wanted.items():
            header.resizeSection(column, width)
        over = header.length() - self._view.viewport().width()
        for column in self._columns:
            if over <= 0:
                break
            title = str(self._view.model().headerData(column, Qt.Orientation.Horizontal) or "")
            narrowest = max(90, header.fontMetrics().horizontalAdvance(title) + 12)
            give = min(over, header.sectionSize(column) - narrowest)
            if give > 0:
                header.resizeSection(column, header.sectionSize(column) - give)
                over -= give


def give_way(view: QAbstractItemView, columns: Sequence[int]) -> GiveWay:
    """The view's GiveWay (made once), for views whose columns are sized again and again."""
    found = view.findChild(GiveWay)
    if found is None:
        found = GiveWay(view, columns)
    found._columns = list(columns)
    return found


def widen_to_titles(view: QAbstractItemView) -> None:
    """No column narrower than its title; where a column stretches, the view is kept wide
    enough for every title."""
    header = _header(view)
    model = view.model()
    titles = 0
    stretches = False
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        whole = header.fontMetrics().horizontalAdvance(title) + 16
        titles += whole
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            stretches = True
        elif header.sectionSize(column) < whole:
            header.resizeSection(column, whole)
    if stretches:
        frame = view.frameWidth() * 2 + view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(max(view.minimumWidth(), titles + frame))
