"""The table of people as the Contacts list shows it. Light on purpose: importing it pulls in
neither SQLAlchemy nor the views."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from carnet.ui import theme
from carnet.ui.widgets.column_fit import ColumnFit

COLUMN_WIDTHS = (190, 170, 170, 100, 150, 120, 120)
# name, status, next follow-up, organisation, introduced by, job, last contact
COLUMN_PRIORITY = (0, 3, 6, 1, 4, 2, 5)
SPLIT = (520, 480)  # the list and the card beside it


def people_table(
    model: QAbstractItemModel, accessible_name: str, metrics_of: QWidget
) -> tuple[QTableView, ColumnFit]:
    """A read-only table of ``model``: one line per person, sorted by name, its columns fitted
    to the width (rows as high as ``metrics_of``'s font needs)."""
    table = QTableView()
    theme.dress(table, "table")
    table.setModel(model)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setAccessibleName(accessible_name)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(metrics_of.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorShown(True)
    header.setHighlightSections(False)
    for column, width in enumerate(COLUMN_WIDTHS):
        table.setColumnWidth(column, width)
    return table, ColumnFit(table, COLUMN_PRIORITY, COLUMN_WIDTHS)
