"""The first rows of the contacts list, on screen before SQLAlchemy has even loaded.

They are read by the same query (``search.ids_found``/``rows_of``) into the same table model as
the Contacts page, through a plain read-only ``sqlite3`` connection (``carnet.db.first_look``),
and shown where the page will be, laid out as its list. The page replaces them once it is built:
the user sees their people at once, and the same rows a moment later with the search above them.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from carnet.db.first_look import open_for_first_look
from carnet.domain import search
from carnet.ui.models.people_table_model import PeopleTableModel
from carnet.ui.widgets.people_table import SPLIT, people_table

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

# As the Contacts list (carnet.ui.views.contacts_view), whose module is too heavy to import here;
# its words are its own translations, looked up in its context.
CONTEXT = "ContactsView"


def _words(source: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, source, None, n)


class FirstRows(QWidget):
    """The list's first rows, read-only, where the Contacts list will be."""

    def __init__(
        self, connection: sqlite3.Connection, ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._connection: sqlite3.Connection | None = connection
        self.model = PeopleTableModel(self, load_rows=self._load_rows)
        self.model.set_ids(ids)
        self.table, self.column_fit = people_table(self.model, _words("People"), self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._list_pane(len(ids)))
        splitter.addWidget(QWidget())
        splitter.setSizes(list(SPLIT))
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _list_pane(self, total: int) -> QWidget:
        """The list with the search and filters above it, not usable yet (greyed)."""
        search_box = QLineEdit()
        search_box.setPlaceholderText(_words("Search names, companies, tags, emails, notes…"))
        top = QHBoxLayout()
        top.addWidget(search_box, 1)
        top.addWidget(QPushButton(_words("Find duplicates…")))
        filters = QHBoxLayout()
        for first_choice in ("Any status", "Any tag", "Contacted or not"):
            combo = QComboBox()
            combo.addItem(_words(first_choice))
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
        checks = QHBoxLayout()
        checks.addWidget(QCheckBox(_words("&Target companies only")))
        checks.addWidget(QCheckBox(_words("&Due for follow-up")))
        checks.addStretch()
        checks.addWidget(QLabel(_words("%Ln people", total)))
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(checks)
        layout.addWidget(self.table, 1)
        for control in pane.findChildren(QWidget):
            if control is not self.table and control.parent() is pane:
                control.setEnabled(False)
        return pane

    def _load_rows(self, ids: list[int]) -> list[search.PersonRow]:
        if self._connection is None:
            return []
        return search.rows_of(self._connection.cursor(), ids)

    def close_connection(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def show_first_rows(window: MainWindow) -> FirstRows | None:
    """Show the first rows in the window while its data opens; None when the file cannot be read
    plainly as it is (to upgrade, repair or explain: the usual opening does it)."""
    connection = open_for_first_look(window.app_paths.database)
    if connection is None:
        return None
    try:
        ids = search.ids_found(connection.cursor())
    except sqlite3.Error:
        ids = []
    if not ids:  # nobody yet, or unreadable: the page itself says so in a moment
        connection.close()
        return None
    rows = FirstRows(connection, ids)
    window.show_while_opening(rows)
    return rows
