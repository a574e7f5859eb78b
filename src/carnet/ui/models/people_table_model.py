"""The contacts list as a Qt table model that reads its rows a page at a time.

The model holds the ordered ids of the people shown (from ``search.find_person_ids``) and asks
``load_rows`` for the rows of a page when the view first paints one: a list of 100,000 people
costs an id list and the few pages on screen, not 100,000 rows. Clicking a header asks the owner
to sort again (``sort_requested``), since the order is computed by the domain.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from carnet.domain.search import PersonRow, SortKey
from carnet.ui.labels import status_label
from carnet.ui.wording import fill

Index = QModelIndex | QPersistentModelIndex

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 50
CACHED_PAGES = 80
OVERDUE = QColor("#b3261e")

COLUMNS = (
    SortKey.NAME,
    SortKey.ORGANIZATION,
    SortKey.JOB_TITLE,
    SortKey.STATUS,
    SortKey.CONNECTOR,
    SortKey.LAST_INTERACTION,
    SortKey.NEXT_FOLLOW_UP,
)
CONNECTOR_COLUMN = COLUMNS.index(SortKey.CONNECTOR)
_DISPLAY = Qt.ItemDataRole.DisplayRole
# Qt's roles are IntEnums: an int role from a repaint is found in this set by its value.
_ANSWERED = frozenset(
    (_DISPLAY, PERSON_ID_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole)
)


class PeopleTableModel(QAbstractTableModel):
    sort_requested = Signal(object, bool)  # SortKey, descending

    def __init__(
        self, parent=None, load_rows: Callable[[list[int]], list[PersonRow]] | None = None
    ):
        super().__init__(parent)
        self._load_rows = load_rows or (lambda ids: [])
        self._ids: list[int] = []
        self._rows = 0  # the people shown: more than ``_ids`` while only the first are known
        self._position: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, PersonRow]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}
        self._today = dt.date.today()
        self._locale = QLocale()
        self.sort_key = SortKey.NAME
        self.descending = False
        self._headers = {
            SortKey.NAME: self.tr("Name"),
            SortKey.ORGANIZATION: self.tr("Organisation"),
            SortKey.JOB_TITLE: self.tr("Job title"),
            SortKey.STATUS: self.tr("Status"),
            SortKey.CONNECTOR: self.tr("Introduced by"),
            SortKey.LAST_INTERACTION: self.tr("Last interaction"),
            SortKey.NEXT_FOLLOW_UP: self.tr("Next follow-up"),
        }

    # -- filling ---------------------------------------------------------------------------------

    def set_loader(self, load_rows: Callable[[list[int]], list[PersonRow]]) -> None:
        self._load_rows = load_rows

    def set_ids(self, ids: Sequence[int], total: int | None = None) -> None:
        """Show these people, in this order; their rows are read when first painted.

        With ``total``, ``ids`` are only the first of ``total`` people: the others show blank
        until ``complete_ids`` gives them all.
        """
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = max(len(self._ids), total or 0)
        self._position = None
        self._pages.clear()
        self._texts.clear()
        self._today = dt.date.today()
        self.endResetModel()

    def complete_ids(self, ids: Sequence[int]) -> None:
        """All the people of a list shown by its first ones (``set_ids`` with ``total``), in
        the same order: the rows already on screen stay as they are."""
        known = len(self._ids)
        if list(ids[:known]) != self._ids or len(ids) != self._rows:
            self.set_ids(ids)
            return
        self._ids = list(ids)
        self._position = None
        self._pages.clear()  # the last page read may be cut short
        if len(self._ids) > known:
            self.dataChanged.emit(
                self.index(known, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def is_complete(self) -> bool:
        return len(self._ids) == self._rows

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        """Show these rows as they are (a short list read in one go)."""
        self.set_ids([row.id for row in rows])
        for start in range(0, len(rows), PAGE_SIZE):
            self._pages[start // PAGE_SIZE] = {
                row.id: row for row in rows[start : start + PAGE_SIZE]
            }

    def forget_rows(self) -> None:
        """Read every row again when next painted (the people changed, not their order)."""
        self._pages.clear()
        self._texts.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, person_id: int) -> int | None:
        if self._position is None:
            self._position = {pid: row for row, pid in enumerate(self._ids)}
        return self._position.get(person_id)

    def person_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_data(self, row: int) -> PersonRow | None:
        if not 0 <= row < len(self._ids):
            return None  # not known yet, or past the end
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            rows = {r.id: r for r in self._load_rows(ids)}
            self._pages[page] = rows
            while len(self._pages) > CACHED_PAGES:
                for person_id in self._pages.popitem(last=False)[1]:
                    self._texts.pop(person_id, None)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    # -- Qt's side -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # A repaint asks each visible cell for a dozen roles: the ones not answered go first,
        # by one set lookup (issue 17: this method was most of a search keystroke's repaint).
        if role not in _ANSWERED or not index.isValid():
            return None
        if role == PERSON_ID_ROLE:
            return self.person_id(index.row())
        if role == _DISPLAY:
            return self._row_texts(index.row())[index.column()]
        row = self.row_data(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            due = row.next_follow_up
            if column == SortKey.NEXT_FOLLOW_UP and due is not None and due <= self._today:
                return QBrush(OVERDUE)
            return None
        text = self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SortKey.NAME and row.tags:
                return fill(
                    self.tr("{name} — tags: {tags}"), name=row.full_name, tags=", ".join(row.tags)
                )
            return text or None
        return text

    def _row_texts(self, row_number: int) -> tuple[str, ...]:
        """The row's cells as shown, worked out once per row read (painting asks for each)."""
        if row_number >= len(self._ids):
            return ("",) * len(COLUMNS)
        person_id = self._ids[row_number]
        texts = self._texts.get(person_id)
        if texts is None:
            row = self.row_data(row_number)
            texts = tuple(self._text(row, c) for c in COLUMNS) if row else ("",) * len(COLUMNS)
            self._texts[person_id] = texts
        return texts

    def _text(self, row: PersonRow, column: SortKey) -> str:
        if column == SortKey.NAME:
            return row.full_name
        if column == SortKey.ORGANIZATION:
            return row.organization
        if column == SortKey.JOB_TITLE:
            return row.job_title
        if column == SortKey.STATUS:
            return status_label(row.status)
        if column == SortKey.CONNECTOR:
            return row.connector
        if column == SortKey.LAST_INTERACTION:
            when = row.last_interaction
            return self._date_text(when.date()) if when else ""
        due = row.next_follow_up
        return self._date_text(due) if due else ""

    def _date_text(self, day: dt.date) -> str:
        if day == self._today:
            return self.tr("Today")
        return self._locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.sort_requested.emit(key, descending)
