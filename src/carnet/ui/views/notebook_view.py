"""Notebook: dated entries, newest first, and an editor that saves by itself."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import notebook, people
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.ui.events import DataEvents
from carnet.ui.views.lazy_view import LazyView

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AUTOSAVE_DELAY_MS = 700


class NotebookView(LazyView):
    def __init__(self, database: Database, events: DataEvents, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self._note_id: int | None = None
        self._dirty = False

        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.clicked.connect(self.new_entry)
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Notebook entries"))
        self.entries.setWordWrap(True)
        self.entries.setAlternatingRowColors(True)
        self.entries.setSpacing(2)
        self.entries.currentItemChanged.connect(self._on_entry_chosen)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title, e.g. Coffee with the sales director"))
        self.written_on = QDateEdit()
        self.written_on.setCalendarPopup(True)
        self.written_on.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.person = QComboBox()
        self.person.setMinimumContentsLength(20)
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(
            self.tr("What you learned, the names you were given, what to do next…")
        )
        self.saved_state = QLabel()
        self.saved_state.setObjectName("savedState")
        self.saved_state.setStyleSheet("color: palette(mid);")

        for label, field in (
            (self.tr("Title"), self.title),
            (self.tr("Date"), self.written_on),
            (self.tr("About"), self.person),
            (self.tr("Entry text"), self.body),
        ):
            field.setAccessibleName(label)
        editor = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.written_on)
        form.addRow(self.tr("&About"), self.person)
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.body, 1)
        editor_layout.addWidget(self.saved_state, 0, Qt.AlignmentFlag.AlignRight)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.entries)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)
        self.title.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.written_on.dateChanged.connect(self._edited)
        self.person.activated.connect(self._edited)

        events.people_changed.connect(self.mark_stale)
        self.new_entry()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._refresh_people()
        self._refresh_entries()

    def _refresh_entries(self) -> None:
        with self._database.reading() as session:
            rows = notebook.list_notes(session)
        self.entries.blockSignals(True)
        self.entries.clear()
        for row in rows:
            title = row.title or self.tr("Untitled entry")
            about = ", ".join(row.people)
            day = QLocale().toString(QDate(row.written_on), QLocale.FormatType.ShortFormat)
            text = f"{day}  {title}" + (f"\n{about}" if about else "")
            item = QListWidgetItem(text)
            item.setData(NOTE_ID_ROLE, row.id)
            item.setToolTip(row.excerpt)
            self.entries.addItem(item)
            if row.id == self._note_id:
                self.entries.setCurrentItem(item)
        self.entries.blockSignals(False)

    def _refresh_people(self) -> None:
        with self._database.reading() as session:
            rows = people.list_people(session)
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Nobody in particular"), None)
        for row in rows:
            label = f"{row.full_name} — {row.organization}" if row.organization else row.full_name
            self.person.addItem(label, row.id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)

    def _on_entry_chosen(self, current: QListWidgetItem | None, _previous) -> None:
        self.save_now()
        if current is not None:
            self.open_entry(current.data(NOTE_ID_ROLE))

    def open_entry(self, note_id: int) -> None:
        with self._database.reading() as session:
            draft = notebook.load_draft(session, note_id)
        self._note_id = note_id
        self._show(draft)
        self.saved_state.setText(self.tr("Saved"))

    def new_entry(self) -> None:
        self.save_now()
        self._note_id = None
        self.entries.blockSignals(True)
        self.entries.setCurrentItem(None)
        self.entries.blockSignals(False)
        self._show(notebook.NoteDraft())
        self.saved_state.setText("")
        self.title.setFocus()

    def _show(self, draft: notebook.NoteDraft) -> None:
        widgets = (self.title, self.body, self.written_on, self.person)
        for widget in widgets:
            widget.blockSignals(True)
        self.title.setText(draft.title)
        self.body.setPlainText(draft.body)
        self.written_on.setDate(QDate(draft.written_on))
        person_id = draft.person_ids[0] if draft.person_ids else None
        self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
        for widget in widgets:
            widget.blockSignals(False)
        self._dirty = False

    # -- writing -------------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        self._dirty = True
        self.saved_state.setText(self.tr("Editing…"))
        self._autosave.start()

    def _draft(self) -> notebook.NoteDraft:
        person_id = self.person.currentData()
        written_on = self.written_on.date().toPython()
        assert isinstance(written_on, dt.date)
        return notebook.NoteDraft(
            written_on=written_on,
            title=self.title.text(),
            body=self.body.toPlainText(),
            person_ids=[person_id] if person_id is not None else [],
        )

    def save_now(self) -> bool:
        """Save the entry being edited, if anything changed; False if it could not be saved."""
        self._autosave.stop()
        if not self._dirty:
            return True
        draft = self._draft()
        if self._note_id is None and not (draft.title.strip() or draft.body.strip()):
            return True
        try:
            with self._database.transaction() as session:
                if self._note_id is None:
                    self._note_id = notebook.create_note(session, draft)
                else:
                    notebook.save_note(session, self._note_id, draft)
        except ValidationError as error:
            self.saved_state.setText(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
            return False
        self._dirty = False
        self.saved_state.setText(self.tr("Saved"))
        self._refresh_entries()
        return True
