"""Organisations: the list (target companies first if asked), and the selected one's card with its
people and the facts gathered about it in the notebook."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import notebook, organizations
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.organizations import OrganizationDraft, OrganizationRow
from carnet.ui import theme
from carnet.ui.events import DataEvents
from carnet.ui.labels import status_label
from carnet.ui.undo import AddOrganization, DeleteOrganization, EditOrganization, UndoHistory
from carnet.ui.views.lazy_view import LazyView
from carnet.ui.widgets.column_fit import widen_to_titles
from carnet.ui.widgets.contact_points_editor import ERROR_STYLE
from carnet.ui.widgets.empty_state import EmptyState
from carnet.ui.wording import fill
from carnet.ui.writes import run_write

ORGANIZATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FACTS_SHOWN = 200


class OrganizationsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[OrganizationRow] = []
        self._headers = [self.tr("Name"), self.tr("Target"), self.tr("Sector"), self.tr("People")]

    def set_rows(self, rows: list[OrganizationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, organization_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == organization_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ORGANIZATION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (0, 2):
            return self.data(index) or None  # the whole name where the column cuts it short
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return row.name
        if index.column() == 1:
            if not row.is_target:
                return ""
            if row.priority is None:
                return self.tr("yes")
            return fill(self.tr("priority {n}"), n=str(row.priority))
        if index.column() == 2:
            return row.sector
        return str(row.people)


class OrganizationsView(LazyView):
    open_person_requested = Signal(int)
    open_note_requested = Signal(int)

    def __init__(
        self,
        database: Database,
        events: DataEvents,
        undo_stack: QUndoStack | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self._organization_id: int | None = None
        self._none_yet = True  # no organisation in the file (not just none matching a filter)
        self.undo_stack = undo_stack or QUndoStack(self)
        self.history = UndoHistory.of(self.undo_stack, database, events)
        self.history.organization_shown.connect(self._show_after_undo)
        self.history.organization_gone.connect(self._gone_after_undo)

        self._build_ui()
        self._connect()
        self._clear_card()
        self._show_empty()

    def _build_ui(self) -> None:
        """The list of organisations and the card of the one chosen (what they do: ``_connect``)."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organisations…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search organisations"))
        self._search_delay = QTimer(self, singleShot=True, interval=0)
        self.targets_only = QCheckBox(self.tr("&Target companies only"))
        self.new_button = QPushButton(self.tr("New organisation"))
        self.model = OrganizationsModel(self)
        self.table = QTableView()
        theme.dress(self.table, "table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Organisations"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        filters = QHBoxLayout()
        filters.addWidget(self.targets_only)
        filters.addStretch()
        filters.addWidget(self.count)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit()
        self.sector = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://…")
        self.is_target = QCheckBox(self.tr("A company I want to work for"))
        self.priority = QSpinBox()
        self.priority.setRange(1, organizations.MAX_PRIORITY)
        self.priority.setPrefix(self.tr("priority "))
        self.priority.setToolTip(self.tr("1 is the most wanted"))
        self.about = QPlainTextEdit()
        self.about.setPlaceholderText(self.tr("What they do, what you know about them"))
        self.about.setTabChangesFocus(True)
        self.about.setFixedHeight(self.about.fontMetrics().lineSpacing() * 4 + 12)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        target_row = QHBoxLayout()
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(self.is_target)
        target_row.addWidget(self.priority)
        target_row.addStretch()
        target_box = QWidget()
        target_box.setLayout(target_row)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, buddy in (
            (self.tr("&Name"), self.name, self.name),
            (self.tr("&Sector"), self.sector, self.sector),
            (self.tr("&Website"), self.website, self.website),
            (self.tr("Tar&get"), target_box, self.is_target),
            (self.tr("&About"), self.about, self.about),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
            buddy.setAccessibleName(text.replace("&", ""))
        for line in (self.name, self.sector, self.website):
            line.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Delete…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)

        self.people = QTreeWidget()
        self.people.setHeaderLabels([self.tr("Name"), self.tr("Job title"), self.tr("Status")])
        self.people.setRootIsDecorated(False)
        self.people.setAccessibleName(self.tr("People there"))
        self.facts = QTreeWidget()
        self.facts.setHeaderLabels([self.tr("Date"), self.tr("Entry")])
        self.facts.setRootIsDecorated(False)
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("Facts gathered"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.people, self.tr("People there"))
        self.tabs.addTab(self.facts, self.tr("Facts gathered"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addLayout(form)
        right_layout.addWidget(self.error)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.tabs, 1)

        self.empty_state = EmptyState()
        self._right = QStackedWidget()
        self._right.addWidget(self.empty_state)
        self._right.addWidget(right)
        self._card = right
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([440, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        """What the widgets do: search, choose, save, delete, open a person or an entry."""
        self._search_delay.timeout.connect(self.reload_list)
        self.search.textChanged.connect(self._search_delay.start)
        self.targets_only.toggled.connect(self.reload_list)
        self.new_button.clicked.connect(self.new_organization)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.is_target.toggled.connect(self.priority.setEnabled)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.people.itemActivated.connect(
            lambda item, _c: self.open_person_requested.emit(item.data(0, ID_ROLE))
        )
        self.facts.itemActivated.connect(
            lambda item, _c: self.open_note_requested.emit(item.data(0, ID_ROLE))
        )
        self._events.people_changed.connect(self.mark_stale)
        self._events.notes_changed.connect(self.mark_stale)

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload_list()
        if self._organization_id is not None:
            self._load_card(self._organization_id)

    def reload_list(self) -> None:
        self._search_delay.stop()
        with self._database.reading() as session:
            rows = organizations.list_organizations(
                session, self.search.text(), targets_only=self.targets_only.isChecked()
            )
        self.model.set_rows(rows)
        self.count.setText(self.tr("%Ln organisations", "", len(rows)))
        self._none_yet = not rows and not self.search.text() and not self.targets_only.isChecked()
        if self._right.currentWidget() is self.empty_state:
            self._update_empty_state()
        if self._organization_id is not None:
            self._select(self._organization_id)

    def _select(self, organization_id: int) -> None:
        row = self.model.row_of(organization_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            self.table.clearSelection()
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        selection.blockSignals(False)

    def _on_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.open_organization(current.data(ORGANIZATION_ID_ROLE))

    def current_organization_id(self) -> int | None:
        return self._organization_id

    def open_organization(self, organization_id: int) -> None:
        if self._load_card(organization_id):
            self._select(organization_id)

    def _load_card(self, organization_id: int) -> bool:
        try:
            with self._database.reading() as session:
                draft = organizations.load_organization(session, organization_id)
                there = organizations.people_at(session, organization_id)
                facts = notebook.list_notes(
                    session,
                    notebook.NoteQuery(organization_id=organization_id),
                    limit=FACTS_SHOWN,
                )
        except ValidationError:
            self._clear_card()
            self._show_empty()
            return False
        self._organization_id = organization_id
        self._right.setCurrentWidget(self._card)
        self._fill(draft)
        self.title.setText(draft.name)
        self.delete_button.setEnabled(True)
        self.people.clear()
        for person in there:
            name = person.name + (" ★" if person.is_decision_maker else "")
            item = QTreeWidgetItem([name, person.job_title, status_label(person.status)])
            item.setData(0, ID_ROLE, person.id)
            if person.is_decision_maker:
                item.setToolTip(0, self.tr("Can hire (decision maker)"))
            self.people.addTopLevelItem(item)
        self.people.resizeColumnToContents(0)
        widen_to_titles(self.people)
        locale = QLocale()
        self.facts.clear()
        for note in facts:
            day = note.written_on
            date = locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
            text = note.title or self.tr("(untitled)")
            if note.excerpt:
                text += "\n" + note.excerpt
            item = QTreeWidgetItem([date, text])
            item.setData(0, ID_ROLE, note.id)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.facts.addTopLevelItem(item)
        self.facts.resizeColumnToContents(0)
        title = self.facts.headerItem().text(0)
        title_width = self.facts.header().fontMetrics().horizontalAdvance(title) + 16
        if self.facts.columnWidth(0) < title_width:  # no entry yet: the title still reads
            self.facts.setColumnWidth(0, title_width)
        self.tabs.setTabText(0, fill(self.tr("People there ({n})"), n=str(len(there))))
        self.tabs.setTabText(1, fill(self.tr("Facts gathered ({n})"), n=str(len(facts))))
        return True

    def _fill(self, draft: OrganizationDraft) -> None:
        self.name.setText(draft.name)
        self.sector.setText(draft.sector)
        self.website.setText(draft.website)
        self.is_target.setChecked(draft.is_target)
        self.priority.setEnabled(draft.is_target)
        self.priority.setValue(draft.priority or 3)
        self.about.setPlainText(draft.notes)
        self.error.hide()

    def new_organization(self) -> None:
        """An empty card to fill in, from "New organisation"."""
        self._clear_card()
        self._right.setCurrentWidget(self._card)
        self.name.setFocus()

    def _show_empty(self) -> None:
        """Instead of a blank form: what this view is for and how to add the first one."""
        self._right.setCurrentWidget(self.empty_state)
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        if self._none_yet:
            title = self.tr("The companies of your search")
            text = self.tr(
                "Keep here the companies you hear about or would like to work for, what they "
                "do and who you know there. Mark those you aim for as targets."
            )
        else:
            title = self.tr("Choose an organisation in the list")
            text = self.tr(
                "Its card shows the people you know there and what you learned about it."
            )
        self.empty_state.show_state(
            "building-2",
            title,
            text,
            [(self.tr("New organisation"), "building-2", self.new_organization)],
        )

    def _clear_card(self) -> None:
        self._organization_id = None
        self.table.clearSelection()
        self._fill(OrganizationDraft())
        self.title.setText(self.tr("New organisation"))
        self.delete_button.setEnabled(False)
        self.people.clear()
        self.facts.clear()
        self.tabs.setTabText(0, self.tr("People there"))
        self.tabs.setTabText(1, self.tr("Facts gathered"))

    # -- writing ---------------------------------------------------------------------------------

    def draft(self) -> OrganizationDraft:
        return OrganizationDraft(
            name=self.name.text(),
            sector=self.sector.text(),
            website=self.website.text(),
            notes=self.about.toPlainText(),
            is_target=self.is_target.isChecked(),
            priority=self.priority.value() if self.is_target.isChecked() else None,
        )

    def save(self) -> bool:
        draft = self.draft()

        def write(session: Session):
            before = after = None
            if self._organization_id is None:
                organization_id = organizations.create_organization(session, draft)
            else:
                organization_id = self._organization_id
                before = organizations.load_organization(session, organization_id)
                organizations.save_organization(session, organization_id, draft)
                after = organizations.load_organization(session, organization_id)
            return organization_id, before, after

        try:
            organization_id, before, after = run_write(self._database, (), write)
        except ValidationError as error:
            self.error.setText(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
            self.error.show()
            field = {"notes": self.about, "priority": self.priority}.get(error.field)
            cast(QWidget, field or getattr(self, error.field, self.name)).setFocus()
            return False
        self.error.hide()
        if before is None:
            self.history.push(AddOrganization(self.history, organization_id, draft.name.strip()))
        elif before != after:
            assert after is not None
            self.history.push(EditOrganization(self.history, organization_id, before, after))
        self._organization_id = organization_id
        self._events.people_changed.emit()
        self.open_organization(organization_id)
        return True

    def delete(self) -> None:
        if self._organization_id is None:
            return
        organization_id = self._organization_id
        name = self.title.text()
        people_count = self.people.topLevelItemCount()
        stay = (
            self.tr(
                "The %Ln people who work there stay in your contacts, no longer linked to it.",
                "",
                people_count,
            )
            if people_count
            else ""
        )
        text = "\n\n".join(
            part
            for part in (
                fill(self.tr("Delete {name}?"), name=name),
                stay,
                self.tr("Notebook entries about it stay, no longer linked to it."),
                self.tr("You can undo this with Edit ▸ Undo."),
            )
            if part
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete this organisation?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        snapshot = run_write(self._database, (), organizations.remove_organization, organization_id)
        self.history.push(DeleteOrganization(self.history, snapshot, name))
        self._clear_card()
        self._show_empty()
        self._events.people_changed.emit()

    def _show_after_undo(self, organization_id: int) -> None:
        if self.isVisible():
            self.reload_list()
            self.open_organization(organization_id)

    def _gone_after_undo(self, organization_id: int) -> None:
        if organization_id == self._organization_id:
            self._clear_card()
            self._show_empty()
