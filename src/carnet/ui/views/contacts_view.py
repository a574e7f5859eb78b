"""Contacts: the people list with search as you type, and the selected person's card."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import people
from carnet.domain.errors import ValidationError
from carnet.ui.events import DataEvents
from carnet.ui.models.people_table_model import PERSON_ID_ROLE, PeopleTableModel
from carnet.ui.views.lazy_view import LazyView
from carnet.ui.widgets.person_form import PersonForm


class ContactsView(LazyView):
    def __init__(self, database: Database, events: DataEvents, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self._person_id: int | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, company or job…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self._search_delay = QTimer(self, singleShot=True, interval=120)
        self._search_delay.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_delay.start)

        self.model = PeopleTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("People"))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.count = QLabel()

        self.form = PersonForm()
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        for line in self.form.findChildren(QLineEdit):
            line.returnPressed.connect(self.save)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count)

        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        card_layout.addLayout(buttons)
        card_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(card)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        events.people_changed.connect(self.mark_stale)
        self.new_person()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        with self._database.reading() as session:
            rows = people.list_people(session, self.search.text())
            organizations = people.organization_names(session)
        self.model.set_rows(rows)
        self.form.set_organization_names(organizations)
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("People shown: {count}").replace("{count}", str(len(rows))))
        if self._person_id is not None:
            self._select(self._person_id)

    def _select(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row is None:
            self.table.clearSelection()
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.table.scrollTo(self.model.index(row, 0))

    def _on_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.open_person(current.data(PERSON_ID_ROLE))

    def open_person(self, person_id: int) -> None:
        with self._database.reading() as session:
            draft = people.load_draft(session, person_id)
        self._person_id = person_id
        self.form.set_draft(draft)
        self.title.setText(_name(draft))
        self.delete_button.setEnabled(True)
        self._select(person_id)

    def new_person(self) -> None:
        self._person_id = None
        self.table.clearSelection()
        self.form.set_draft(people.PersonDraft())
        self.title.setText(self.tr("New person"))
        self.delete_button.setEnabled(False)
        self.form.first_name.setFocus()

    # -- writing -------------------------------------------------------------------------------

    def save(self) -> None:
        draft = self.form.draft()
        try:
            with self._database.transaction() as session:
                if self._person_id is None:
                    self._person_id = people.create_person(session, draft)
                else:
                    people.update_person(session, self._person_id, draft)
        except ValidationError as error:
            self.form.show_error(error)
            return
        self.form.show_error(None)
        self.title.setText(_name(draft))
        self.delete_button.setEnabled(True)
        self._events.people_changed.emit()

    def delete(self) -> None:
        if self._person_id is None:
            return
        name = _name(self.form.draft())
        answer = QMessageBox.question(
            self,
            self.tr("Delete this person?"),
            self.tr(
                "Delete {name} with their calls, introductions and follow-ups? "
                "Notebook entries about them are kept."
            ).replace("{name}", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self._database.transaction() as session:
            people.delete_person(session, self._person_id)
        self.new_person()
        self._events.people_changed.emit()


def _name(draft: people.PersonDraft) -> str:
    return " ".join(p for p in (draft.first_name.strip(), draft.last_name.strip()) if p)
