"""Notebook: dated entries grouped by week, newest first, with filters, full-text search and an
editor that saves by itself while the user types (see ``carnet.ui.autosave``)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import lookup, notebook, notebook_calls, versions
from carnet.domain.enums import NoteKind
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.text import fold
from carnet.ui import theme
from carnet.ui.autosave import Autosaver
from carnet.ui.events import DataEvents
from carnet.ui.icons import icon
from carnet.ui.labels import note_kind_label
from carnet.ui.views.lazy_view import LazyView
from carnet.ui.widgets.call_entry import CallPanel
from carnet.ui.widgets.chooser import Chooser
from carnet.ui.widgets.empty_state import EmptyState
from carnet.ui.widgets.entry_list import CALL_ID_ROLE, NOTE_ID_ROLE, EntryList
from carnet.ui.widgets.linked_people import LinkedPeople
from carnet.ui.widgets.note_editor import NoteEditor, NotePreview, folded_with_positions
from carnet.ui.wording import fill
from carnet.ui.writes import run_write

FORMAT_ICONS = {
    "heading": "heading",
    "bold": "bold",
    "italic": "italic",
    "list": "list",
    "numbered": "list-ordered",
}

SEARCH_DELAY_MS = 150
ERROR_STYLE = "color: #b3261e;"
QUIET_STYLE = "color: palette(placeholder-text);"


@dataclass
class _Entry:
    """The entry being edited; the autosave thread sets ``note_id`` once it has created it."""

    note_id: int | None = None
    # the entry as last read from or written to the file, and its version (see domain/versions)
    read: notebook.NoteDraft | None = None
    version: int | None = None


@dataclass(frozen=True)
class _Job:
    """One autosave: the entry, its fields, and whether more than its text changed."""

    entry: _Entry
    draft: notebook.NoteDraft
    whole: bool


class NotebookView(LazyView):
    correct_call_requested = Signal(int)
    delete_call_requested = Signal(int, int)
    """A logged call to delete: its id and the version the notebook showed."""
    open_person_requested = Signal(int)

    def __init__(self, database: Database, events: DataEvents, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self._entry = _Entry()
        self._call: tuple[int, int] | None = None
        """The logged call shown instead of the editor: its id and the version read."""
        self._query = notebook.NoteQuery()
        self._announcing = False
        self._details_changed = False

        self._build_ui()
        self._connect()
        self._show(notebook.NoteDraft(), [], None)

    # -- layout ----------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        """The widgets and where they sit; what they do is wired in ``_connect``."""
        left = self._build_list()
        editor = self._build_editor()
        self.call_panel = CallPanel()  # a logged call chosen in the list, in place of the editor
        self.right = QStackedWidget()
        self.right.addWidget(editor)
        self.right.addWidget(self.call_panel)
        self._editor = editor
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_list(self) -> QWidget:
        """The search, the filters and the list of entries."""
        self.new_button = QPushButton(self.tr("New entry"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the notebook…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the notebook"))

        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in NoteKind:
            self.kind_filter.addItem(note_kind_label(kind), kind)
        self.kind_filter.setAccessibleName(self.tr("Show entries of kind"))
        self.kind_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_filter.setMinimumContentsLength(10)
        self.person_filter = Chooser(self._find_people, self.tr("Anyone"))
        self.person_filter.setAccessibleName(self.tr("Show entries about"))
        self.company_filter = Chooser(self._find_organizations, self.tr("Any company"))
        self.company_filter.setAccessibleName(self.tr("Show entries about the company"))

        self.entries = EntryList()
        self.entries.setAccessibleName(self.tr("Notebook entries"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(QUIET_STYLE)
        self.empty_state = EmptyState()
        self.empty_state.show_state(
            "notebook-pen",
            self.tr("Your notebook is empty"),
            self.tr(
                "After a call or a meeting, write down what you learned, the names you were "
                "given and what to do next: you will find it here, by person and by company."
            ),
            [(self.tr("Write the first entry"), "square-pen", self.new_entry)],
        )

        filters = QHBoxLayout()
        filters.setSpacing(4)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.person_filter, 1)
        filters.addWidget(self.company_filter, 1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.entries, 1)
        left_layout.addWidget(self.empty, 1)
        left_layout.addWidget(self.empty_state, 1)
        return left

    def _build_editor(self) -> QWidget:
        """The entry being written: its title, date, kind, people, company and text."""
        self.title = QLineEdit()
        self.title.setMaxLength(notebook.MAX_TITLE_CHARACTERS)
        self.title.setPlaceholderText(self.tr("Title, e.g. Coffee with the sales director"))
        self.written_on = QDateEdit()
        self.written_on.setCalendarPopup(True)
        self.written_on.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.kind = QComboBox()
        for kind in NoteKind:
            self.kind.addItem(note_kind_label(kind), kind)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(12)
        self.organization = Chooser(
            self._find_organizations, self.tr("No company"), self.tr("Company…")
        )
        self.linked_people = LinkedPeople()
        self.person = Chooser(
            self._find_people,
            self.tr("Add a person…"),
            self.tr("Add a person…"),
            clear_after_choice=True,
        )
        self.body = NoteEditor()
        self.body.setPlaceholderText(
            self.tr("What you learned, the names you were given, what to do next…")
        )
        self.preview = NotePreview()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.preview)
        self.saved_state = QLabel()
        self.saved_state.setObjectName("savedState")
        self.saved_state.setWordWrap(True)
        self.saved_state.setStyleSheet(QUIET_STYLE)
        self.delete_button = QPushButton(self.tr("Delete entry…"))

        format_bar = self._build_format_bar()

        for label, field in (
            (self.tr("Title"), self.title),
            (self.tr("Date"), self.written_on),
            (self.tr("Kind of entry"), self.kind),
            (self.tr("Company"), self.organization),
            (self.tr("Add a person"), self.person),
            (self.tr("Entry text"), self.body),
        ):
            field.setAccessibleName(label)
        when = QHBoxLayout()
        when.addWidget(self.written_on)
        when.addWidget(self.kind, 1)
        about = QHBoxLayout()
        about.addWidget(self.linked_people)
        about.addWidget(self.person, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, row_field, buddy in (
            (self.tr("&Title"), self.title, self.title),
            (self.tr("&Date"), when, self.written_on),
            (self.tr("&About"), about, self.person),
            (self.tr("Compan&y"), self.organization, self.organization),
        ):
            caption = QLabel(text)
            caption.setBuddy(buddy)
            form.addRow(caption, row_field)
        footer = QHBoxLayout()
        footer.addWidget(self.saved_state, 1)
        footer.addWidget(self.delete_button)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(6, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addLayout(format_bar)
        editor_layout.addWidget(self.pages, 1)
        editor_layout.addLayout(footer)

        return editor

    def _build_format_bar(self) -> QHBoxLayout:
        """The formatting buttons above the text, and the preview switch (hidden)."""
        format_bar = QHBoxLayout()
        format_bar.setSpacing(2)
        self.format_buttons: dict[str, QToolButton] = {}
        self._format_actions: dict[str, Callable[[], None]] = {}
        for key, text, tip, action in (
            (
                "heading",
                self.tr("Heading"),
                self.tr("Make the line a heading (Ctrl+Alt+2)"),
                self.body.toggle_heading,
            ),
            ("bold", self.tr("Bold"), self.tr("Bold (Ctrl+B)"), self.body.toggle_bold),
            ("italic", self.tr("Italic"), self.tr("Italic (Ctrl+I)"), self.body.toggle_italic),
            (
                "list",
                self.tr("• List"),
                self.tr("Make the lines a list (Ctrl+Shift+8)"),
                self.body.toggle_list,
            ),
            (
                "numbered",
                self.tr("1. List"),
                self.tr("Make the lines a numbered list (Ctrl+Shift+7)"),
                self.body.toggle_numbered_list,
            ),
        ):
            button = QToolButton()
            button.setObjectName("formatButton")
            theme.dress(button, "format_buttons")
            button.setText(text)
            button.setIcon(icon(FORMAT_ICONS[key]))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            self.format_buttons[key] = button
            self._format_actions[key] = action
            format_bar.addWidget(button)
        format_bar.addStretch()
        self.preview_button = QToolButton()
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(self.tr("Show the entry as it reads, with its formatting"))
        self.preview_button.hide()  # the editor shows the formatting as it reads
        format_bar.addWidget(self.preview_button)
        return format_bar

    def _connect(self) -> None:
        """What the widgets do: filters, the choice of an entry, editing and saving."""
        self.new_button.clicked.connect(self.new_entry)
        self._search_delay = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_delay.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._search_delay.start)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.kind_filter.currentIndexChanged.connect(self._apply_filters)
        self.person_filter.chosen.connect(self._apply_filters)
        self.company_filter.chosen.connect(self._apply_filters)
        self.entries.currentItemChanged.connect(self._on_entry_chosen)
        self.entries.more_wanted.connect(self._load_more)
        self.delete_button.clicked.connect(self.delete_entry)
        for key, action in self._format_actions.items():
            self.format_buttons[key].clicked.connect(action)
        self.preview_button.toggled.connect(self._show_preview)
        self.call_panel.correct_requested.connect(self.correct_call_requested)
        self.call_panel.delete_requested.connect(self._delete_call)
        self.call_panel.open_person_requested.connect(self.open_person_requested)

        self._autosave = Autosaver(
            self._snapshot,
            self._write,
            self,
            retry_on=lambda error: not isinstance(error, ValidationError),
        )
        self._autosave.saved.connect(self._on_saved)
        self._autosave.failed.connect(self._on_save_failed)
        self.title.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.body.refused.connect(self._refuse)
        self.written_on.dateChanged.connect(self._details_edited)
        self.kind.activated.connect(self._details_edited)
        self.organization.chosen.connect(self._details_edited)
        self.person.chosen.connect(self._add_person)
        self.linked_people.changed.connect(self._details_edited)

        self._events.people_changed.connect(self.mark_stale)
        self._events.notes_changed.connect(self._notes_changed_elsewhere)

    # -- lookups for the choosers ----------------------------------------------------------------

    def _find_people(self, text: str) -> list[lookup.Choice]:
        with self._database.reading() as session:
            return lookup.find_people(session, text, limit=30)

    def _find_organizations(self, text: str) -> list[lookup.Choice]:
        with self._database.reading() as session:
            return lookup.find_organizations(session, text, limit=30)

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        for chooser in (self.person, self.person_filter, self.company_filter, self.organization):
            chooser.reload()
        self._load_first_page()
        self._recheck_links()

    def _apply_filters(self, *_args) -> None:
        self._query = notebook.NoteQuery(
            text=self.search.text(),
            person_id=self.person_filter.current_id(),
            organization_id=self.company_filter.current_id(),
            kind=self.kind_filter.currentData(),
        )
        self.body.highlighter.set_search(self._query.text if self._query.is_search else "")
        self._load_first_page()

    def _load_first_page(self) -> None:
        with self._database.reading() as session:
            rows = notebook_calls.list_entries(session, self._query, limit=notebook.PAGE_SIZE + 1)
        self.entries.show_rows(
            rows[: notebook.PAGE_SIZE], len(rows) > notebook.PAGE_SIZE, self._entry.note_id
        )
        if self._call is not None:
            self._show_call(self._call[0])
        self._show_empty_state()

    def _load_more(self) -> None:
        last = self.entries.last_row()
        if last is None or not self.entries.has_more:
            return
        with self._database.reading() as session:
            rows = notebook_calls.list_entries(
                session,
                self._query,
                after=notebook_calls.EntryCursor.after(last),
                limit=notebook.PAGE_SIZE + 1,
            )
        self.entries.append_rows(rows[: notebook.PAGE_SIZE], len(rows) > notebook.PAGE_SIZE)

    def _show_empty_state(self) -> None:
        filtered = self._query != notebook.NoteQuery(text=self._query.text) or self._query.is_search
        self.entries.setVisible(bool(self.entries.count()))
        self.empty.setVisible(not self.entries.count() and filtered)
        self.empty_state.setVisible(not self.entries.count() and not filtered)
        self.empty.setText(self.tr("No entry matches. Try other words, or clear the filters."))

    def _recheck_links(self) -> None:
        """Forget the people and company deleted since they were shown or chosen."""
        ids = self.linked_people.ids()
        with self._database.reading() as session:
            people = [c for c in (lookup.person_choice(session, i) for i in ids) if c]
            organization_gone = (
                lookup.organization_choice(session, self.organization.current_id()) is None
            )
            person_filter_gone = (
                lookup.person_choice(session, self.person_filter.current_id()) is None
            )
            company_filter_gone = (
                lookup.organization_choice(session, self.company_filter.current_id()) is None
            )
        if [p.id for p in people] != ids:
            self.linked_people.blockSignals(True)
            self.linked_people.set_people(people)
            self.linked_people.blockSignals(False)
        if organization_gone:
            self.organization.set_choice(None)
        if (person_filter_gone and self.person_filter.current_id() is not None) or (
            company_filter_gone and self.company_filter.current_id() is not None
        ):
            if person_filter_gone:
                self.person_filter.set_choice(None)
            if company_filter_gone:
                self.company_filter.set_choice(None)
            self._apply_filters()

    def _on_entry_chosen(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None:
            return
        note_id = current.data(NOTE_ID_ROLE)
        call_id = current.data(CALL_ID_ROLE)
        if call_id is None and note_id == self._entry.note_id and self._call is None:
            return
        if not self._leave_entry():
            self.entries.select_quietly(self._entry.note_id)
            return
        if call_id is not None:
            self.open_call(call_id)
        else:
            self.open_entry(note_id)

    # -- logged calls, shown read-only among the entries ------------------------------------------

    def open_call(self, interaction_id: int) -> None:
        """Show a logged call in place of the editor (the entry being written is saved first)."""
        if not self._leave_entry():
            return
        self._entry = _Entry()
        self._show(notebook.NoteDraft(), [], None)
        self._call = (interaction_id, 0)
        if self._show_call(interaction_id):
            self.entries.select_quietly(None, call_id=interaction_id)
        self.right.setCurrentWidget(self.call_panel)

    def _show_call(self, interaction_id: int) -> bool:
        """Show the call as it is in the file now; False (and say so) if it is gone."""
        with self._database.reading() as session:
            row = notebook_calls.call_row(session, interaction_id)
            version = versions.current_version(session, "interaction", interaction_id) if row else 0
        self._call = (interaction_id, version)
        if row is None:
            self.call_panel.show_gone()
            return False
        self.call_panel.show_call(row)
        self.entries.select_quietly(None, call_id=interaction_id)
        return True

    def _delete_call(self, interaction_id: int) -> None:
        if self._call is None or self._call[0] != interaction_id:
            return
        self.call_panel.setFocus()  # Ctrl+Z then reaches the window's undo, not a text field
        self.delete_call_requested.emit(interaction_id, self._call[1])

    def _close_call(self) -> None:
        self._call = None
        self.right.setCurrentWidget(self._editor)

    def open_entry(self, note_id: int) -> None:
        try:
            with self._database.reading() as session:
                draft = notebook.load_draft(session, note_id)
                version = versions.current_version(session, "note", note_id)
                people = [
                    c for c in (lookup.person_choice(session, i) for i in draft.person_ids) if c
                ]
                organization = lookup.organization_choice(session, draft.organization_id)
        except LookupError:
            self._load_first_page()
            return
        self._close_call()
        self._entry = _Entry(note_id, draft, version)
        self._show(draft, people, organization)
        self.entries.select_quietly(note_id)
        self._set_state(self.tr("Saved"))
        self._reveal_first_match()

    def new_entry(self) -> None:
        if not self._leave_entry():
            return
        self._close_call()
        self._entry = _Entry()
        self.entries.select_quietly(None)
        self._show(notebook.NoteDraft(), [], None)
        self._set_state("")
        self.title.setFocus()

    def _show(
        self,
        draft: notebook.NoteDraft,
        people: list[lookup.Choice],
        organization: lookup.Choice | None,
    ) -> None:
        widgets = (self.title, self.body, self.written_on, self.kind, self.linked_people)
        for widget in widgets:
            widget.blockSignals(True)
        self.title.setText(draft.title)
        self.body.set_markdown(draft.body)
        self.written_on.setDate(QDate(draft.written_on))  # type: ignore[call-overload]  # PySide6 takes a date
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.linked_people.set_people(people)
        self.organization.set_choice(organization)
        for widget in widgets:
            widget.blockSignals(False)
        self._details_changed = False
        self.delete_button.setEnabled(self._entry.note_id is not None)
        if self.preview_button.isChecked():
            self.preview.show_markdown(draft.body)

    def _reveal_first_match(self) -> None:
        if not self._query.is_search:
            return
        words = [fold(w) for w in self._query.text.split() if any(c.isalnum() for c in w)]
        folded, origin = folded_with_positions(self.body.toPlainText())
        found = [p for p in (folded.find(w) for w in words) if p >= 0]
        if found:
            cursor = self.body.textCursor()
            cursor.setPosition(origin[min(found)])
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            self.body.setTextCursor(cursor)
            self.body.centerCursor()

    def _show_preview(self, on: bool) -> None:
        if on:
            self.preview.show_markdown(self.body.markdown())
        self.pages.setCurrentWidget(self.preview if on else self.body)
        for button in self.format_buttons.values():
            button.setEnabled(not on)

    # -- writing ---------------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        self._autosave.edited()
        self._set_state(self.tr("Editing…"))

    def _details_edited(self, *_args) -> None:
        self._details_changed = True
        self._edited()

    def _add_person(self, person_id: int | None) -> None:
        if person_id is None:
            return
        with self._database.reading() as session:
            choice = lookup.person_choice(session, person_id)
        if choice is not None:
            self.linked_people.add(choice)

    def _draft(self) -> notebook.NoteDraft:
        written_on = self.written_on.date().toPython()
        assert isinstance(written_on, dt.date)
        return notebook.NoteDraft(
            written_on=written_on,
            title=self.title.text(),
            body=self.body.markdown(),
            kind=self.kind.currentData(),
            person_ids=self.linked_people.ids(),
            organization_id=self.organization.current_id(),
        )

    def _snapshot(self) -> _Job:
        job = _Job(self._entry, self._draft(), whole=self._details_changed)
        self._details_changed = False
        return job

    def _write(self, job: _Job) -> tuple[_Entry, bool, bool] | None:
        """Runs on the autosave thread: one transaction, no widget touched.

        While only the text changes, only the text is written; the date, kind, company and
        people are written with it when one of them changed. An entry changed elsewhere since it
        was read (another window, another process) keeps the fields the user edited and takes
        the others as they are now. Returns the entry, whether it was created, and whether
        changes made elsewhere were taken in.
        """
        entry, draft, whole = job.entry, job.draft, job.whole
        if entry.note_id is None and notebook.is_blank(draft.title, draft.body):
            return None
        merged = False

        def write(session: Session) -> tuple[bool, int]:
            nonlocal draft, merged, whole
            if entry.note_id is not None and entry.version is not None:
                try:
                    versions.claim(session, "note", entry.note_id, entry.version)
                except versions.ChangedMeanwhile:
                    theirs = notebook.load_draft(session, entry.note_id)
                    assert entry.read is not None  # read when the entry was opened
                    draft, _taken = versions.merge_drafts(entry.read, draft, theirs)
                    merged = whole = True
                except LookupError:
                    pass  # deleted meanwhile: written again below
            saved = entry.note_id is not None and (
                notebook.save_text(session, entry.note_id, draft.title, draft.body)
                if not whole
                else notebook.note_exists(session, entry.note_id)
            )
            if saved and whole:
                assert entry.note_id is not None  # saved implies it
                notebook.save_note(session, entry.note_id, draft)
            if not saved:  # new, or deleted meanwhile: written again rather than lost
                note_id = notebook.create_note(session, draft)
            written = entry.note_id if saved else note_id
            assert written is not None
            entry.read = notebook.load_draft(session, written)
            entry.version = versions.current_version(session, "note", written)
            return saved, written

        # On the autosave thread: the views are told on the window's thread (``_on_saved``).
        saved, written = run_write(self._database, (), write)
        if not saved:
            entry.note_id = written
        return entry, not saved, merged

    def _on_saved(self, result: tuple[_Entry, bool, bool] | None) -> None:
        if result is None:
            return
        entry, created, merged = result
        if entry is not self._entry or entry.note_id is None:
            self._announce()
            return
        if merged and not self._autosave.dirty:
            self.open_entry(entry.note_id)  # show what was taken in from elsewhere
            self._set_state(
                self.tr(
                    "Saved. This entry was also changed elsewhere meanwhile: your changes "
                    "were kept, and the rest now shows what was saved there."
                )
            )
            self._announce()
            return
        self.delete_button.setEnabled(True)
        if not self._autosave.dirty:
            self._set_state(self.tr("Saved"))
        draft = self._draft()
        row = notebook.NoteRow(
            id=entry.note_id,
            written_on=draft.written_on,
            title=draft.title,
            people=tuple(p.name for p in self.linked_people.people()),
            text=draft.body[:400],
            kind=draft.kind,
            organization=self.organization.current_name(),
        )
        listed = self.entries.item_of(row.id) is not None
        if not self.entries.update_row(row) and (created or listed) and not self._query.is_search:
            self._load_first_page()
        self._announce()

    def _on_save_failed(self, error: BaseException) -> None:
        self._details_changed = True  # write everything at the next try
        if isinstance(error, ValidationError):
            text = QCoreApplication.translate(MESSAGES_CONTEXT, error.message)
        elif isinstance(error, (DBAPIError, sqlite3.Error, OSError)):
            text = self.tr(
                "Not saved yet: Carnet cannot write to your data file. Check that the disk is "
                "not full and that the file may be written to. Your text stays here, and Carnet "
                "tries again every few seconds."
            )
        else:
            text = self.tr(
                "Not saved yet: something went wrong while saving. Your text stays here, and "
                "Carnet tries again every few seconds."
            )
        self._set_state(text, error=True)

    def _refuse(self, message: str) -> None:
        self._set_state(message, error=True)
        QMessageBox.information(self, self.tr("Not pasted"), message)

    def _set_state(self, text: str, *, error: bool = False) -> None:
        self.saved_state.setText(text)
        self.saved_state.setStyleSheet(ERROR_STYLE if error else QUIET_STYLE)

    def save_now(self) -> bool:
        """Save the entry being edited, if anything changed; False if it could not be saved."""
        if not self._autosave.flush():
            return False
        if self.saved_state.text() == self.tr("Editing…"):
            self._set_state(self.tr("Saved"))
        return True

    def _leave_entry(self) -> bool:
        """Save before showing another entry; if that fails, stay, so nothing is lost."""
        if self.save_now():
            return True
        QMessageBox.warning(
            self,
            self.tr("Entry not saved"),
            fill(
                self.tr(
                    "This entry could not be saved yet, so Carnet keeps it open: nothing you typed "
                    "is lost.\n\n{reason}"
                ),
                reason=self.saved_state.text(),
            ),
        )
        return False

    def can_close(self) -> bool:
        """Save before quitting; if that fails, let the user choose to stay."""
        if self.save_now():
            self._autosave.shutdown()
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Entry not saved"),
            fill(
                self.tr(
                    "The entry you are writing could not be saved.\n\n{reason}\n\n"
                    "Stay in Carnet to copy your text elsewhere, or quit and lose the latest "
                    "changes?"
                ),
                reason=self.saved_state.text(),
            ),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self._autosave.forget()
            self._autosave.shutdown()
            return True
        return False

    def delete_entry(self) -> None:
        if self._entry.note_id is None:
            return
        title = self.title.text().strip() or self.tr("Untitled entry")
        answer = QMessageBox.question(
            self,
            self.tr("Delete this entry?"),
            fill(
                self.tr("Delete “{title}” from your notebook? This cannot be undone."), title=title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._autosave.forget()
        note_id = self._entry.note_id
        run_write(self._database, (), notebook.delete_note, note_id)
        self._entry = _Entry()
        self.entries.remove(note_id)
        self._show(notebook.NoteDraft(), [], None)
        self._set_state(self.tr("Entry deleted."))
        self._show_empty_state()
        self._announce()

    def _announce(self) -> None:
        self._announcing = True
        try:
            self._events.notes_changed.emit()
        finally:
            self._announcing = False

    def _notes_changed_elsewhere(self) -> None:
        if not self._announcing:
            self.mark_stale()
