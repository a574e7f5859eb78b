"""Contacts: the people list with search as you type and filters, and the selected person's card.

The list reads its rows a page at a time (``PeopleTableModel``): 100,000 people open as fast as a
hundred. The card's changes, deletions and merges go on the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import lookup, merge, people, search, snapshots, timeline, versions
from carnet.domain.enums import ContactStatus
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.search import PeopleQuery
from carnet.ui.call_corrections import CallCorrections
from carnet.ui.events import DataEvents
from carnet.ui.labels import status_label
from carnet.ui.models.people_table_model import PERSON_ID_ROLE, PeopleTableModel
from carnet.ui.undo import AddPerson, DeletePerson, EditPerson, MergePeople, UndoHistory
from carnet.ui.views.lazy_view import LazyView
from carnet.ui.widgets.card_header import CardHeader
from carnet.ui.widgets.empty_state import EmptyState
from carnet.ui.widgets.people_table import SPLIT, people_table
from carnet.ui.widgets.person_form import PersonForm
from carnet.ui.widgets.timeline import TimelineWidget
from carnet.ui.wording import fill
from carnet.ui.writes import run_write

# "Not contacted for": the choices offered, in days.
QUIET_PERIODS = (14, 30, 60, 90, 180)
# Rows read at once when the whole list opens by name: the rest once they are on screen.
FIRST_ROWS = 100


def _merge_people(session: Session, keep_id: int, drop_id: int) -> tuple[merge.MergeRecord, str]:
    """Merge two cards; the record (for undo) and the name of the card kept."""
    record = merge.merge_people(session, keep_id, drop_id)
    return record, people.load_draft(session, keep_id).full_name


class ContactsView(LazyView):
    _list_number = 0  # which reading of the list the model shows
    _to_complete: int | None = None  # that reading, while the list shows its first rows only
    _empty_shown: bool | None = None  # the card's empty state says "nobody yet" (True) or not
    open_note_requested = Signal(int)
    find_duplicates_requested = Signal()
    import_requested = Signal()
    new_lead_requested = Signal()
    demo_requested = Signal()
    message_requested = Signal(str, int)
    """Write a message to the person on the card (kind "": the one that fits them best)."""

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
        self._person_id: int | None = None
        # the card as read from the file and its version, to save only over what the user saw
        self._read: tuple[people.PersonDraft, int] | None = None
        self._dirty = False
        self._choices_stale = True
        self._total: int | None = None
        self._names = search.NameOrder()  # the list's order by name, kept between keystrokes
        self.undo_stack = undo_stack or QUndoStack(self)
        self.history = UndoHistory.of(self.undo_stack, database, events)
        self.history.person_shown.connect(self._show_after_undo)
        self.history.person_gone.connect(self._gone_after_undo)
        self.history.failed.connect(self._undo_failed)
        self.history.data_replaced.connect(self._forget_typing)

        self._build_list()
        self._build_card()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._list_pane)
        self._right = QStackedWidget()
        self.empty_state = EmptyState()
        self._right.addWidget(self.empty_state)
        self._right.addWidget(self._card_pane)
        splitter.addWidget(self._right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes(list(SPLIT))
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        events.people_changed.connect(self._people_changed)
        events.notes_changed.connect(self._notes_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self.new_person()
        self._show_empty()

    # -- building ---------------------------------------------------------------------------------

    def _build_list(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, companies, tags, emails, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        # Each key is searched once Qt has nothing else to do: typing ahead coalesces.
        self._search_delay = QTimer(self, singleShot=True, interval=0)
        self._search_delay.timeout.connect(self.reload_list)
        self.search.textChanged.connect(self._search_delay.start)
        self.duplicates_button = QPushButton(self.tr("Find duplicates…"))
        self.duplicates_button.clicked.connect(self.find_duplicates_requested)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ContactStatus:
            self.status_filter.addItem(status_label(status), status)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Tag filter"))
        self.tag_filter.addItem(self.tr("Any tag"), "")
        self.quiet_filter = QComboBox()
        self.quiet_filter.setAccessibleName(self.tr("Not contacted for"))
        self.quiet_filter.addItem(self.tr("Contacted or not"), None)
        for days in QUIET_PERIODS:
            self.quiet_filter.addItem(self._quiet_label(days), days)
        self.targets_filter = QCheckBox(self.tr("&Target companies only"))
        self.due_filter = QCheckBox(self.tr("&Due for follow-up"))
        for combo in (self.status_filter, self.tag_filter, self.quiet_filter):
            # they share the row and narrow with the window (in French too) rather than widen it
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self.reload_list)
        for box in (self.targets_filter, self.due_filter):
            box.toggled.connect(self.reload_list)

        self.model = PeopleTableModel(self, load_rows=self._load_rows)
        self.model.sort_requested.connect(lambda _key, _descending: self.reload_list())
        self.table, self.column_fit = people_table(self.model, self.tr("People"), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.viewport().installEventFilter(self)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        self._list_stack = QStackedWidget()
        self._list_stack.addWidget(self.table)
        self._list_stack.addWidget(self.empty)
        self.count = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.duplicates_button)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.quiet_filter, 1)
        checks = QHBoxLayout()
        checks.addWidget(self.targets_filter)
        checks.addWidget(self.due_filter)
        checks.addStretch()
        checks.addWidget(self.count)
        self._list_pane = QWidget()
        layout = QVBoxLayout(self._list_pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(checks)
        layout.addWidget(self._list_stack, 1)

    def _build_card(self) -> None:
        self.header = CardHeader()
        self.header.open_person_requested.connect(self.open_person)
        self.title = self.header.name
        self.form = PersonForm()
        self.form.set_organization_loader(self._organization_names)
        self.form.edited.connect(self._edited)
        self.form.return_pressed.connect(self.save)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setWidget(self.form)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # never narrower than the form (its labels are longer in French): the list gives way
        form_scroll.setMinimumWidth(
            self.form.minimumSizeHint().width() + form_scroll.verticalScrollBar().sizeHint().width()
        )
        self.timeline = TimelineWidget()
        self.timeline.open_person_requested.connect(self.open_person)
        self.timeline.open_note_requested.connect(self.open_note_requested)
        self.calls = CallCorrections(
            self._database, self._events, self.history, self.timeline, self
        )
        self.message_button = QPushButton(self.tr("Write a message…"))
        self.message_button.setToolTip(
            self.tr("An e-mail or a LinkedIn message from a template, filled in for this person")
        )
        self.message_button.clicked.connect(self._write_message)
        self.tabs = QTabWidget()
        self.tabs.addTab(form_scroll, self.tr("&Card"))
        self.tabs.addTab(self.timeline, self.tr("H&istory"))
        self.tabs.setDocumentMode(True)
        self.tabs.setCornerWidget(self.message_button, Qt.Corner.TopRightCorner)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        self.merge_button = QPushButton(self.tr("Merge with…"))
        self.merge_button.setToolTip(
            self.tr("Another card of the same person: merge it into this one")
        )
        self.merge_button.clicked.connect(self.merge_with)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)

        self._card_pane = QWidget()
        layout = QVBoxLayout(self._card_pane)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _write_message(self) -> None:
        if self._person_id is not None:
            self.message_requested.emit("", self._person_id)

    def _quiet_label(self, days: int) -> str:
        return {
            14: self.tr("Not contacted for 2 weeks"),
            30: self.tr("Not contacted for a month"),
            60: self.tr("Not contacted for 2 months"),
            90: self.tr("Not contacted for 3 months"),
            180: self.tr("Not contacted for 6 months"),
        }[days]

    # -- reading ---------------------------------------------------------------------------------

    def query(self) -> PeopleQuery:
        return PeopleQuery(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            targets_only=self.targets_filter.isChecked(),
            tag=self.tag_filter.currentData() or "",
            due_only=self.due_filter.isChecked(),
            not_contacted_days=self.quiet_filter.currentData(),
            sort=self.model.sort_key,
            descending=self.model.descending,
        )

    def _load_rows(self, ids: list[int]) -> list[search.PersonRow]:
        with self._database.reading() as session:
            return search.person_rows(session, ids)

    def refresh(self) -> None:
        self.reload_list()
        if self._choices_stale:
            self._load_choices()
        if self._person_id is not None and not self._dirty:
            self._load_card(self._person_id)

    def reload_list(self) -> None:
        """Find the people again (search, filters, order) and show the first rows."""
        self._search_delay.stop()
        self._list_number += 1
        self._to_complete = None
        query = self.query()
        with self._database.reading() as session:
            first = None
            everyone = query == PeopleQuery(text=query.text) and not query.is_filtered
            if everyone and not self._names.known:  # by name, the order not known yet
                first = search.first_person_ids(session, FIRST_ROWS)
            if first is not None:
                ids = first
                self._total = people.count_people(session)
            else:
                ids = search.find_person_ids(session, query, names=self._names)
            if not query.is_filtered and first is None:
                self._total = len(ids)
            elif self._total is None:
                self._total = people.count_people(session)
        total = self._total
        if first is not None:
            # The first rows now, everyone else once they are painted (issue 17: on 100,000
            # people the whole order costs several times the first paint).
            self._to_complete = self._list_number
            self.model.set_ids(first, total)
            self._show_count(total, total, query)
            return
        self.model.set_ids(ids)
        self._show_count(len(ids), total, query)
        if self._person_id is not None:
            self._select(self._person_id)

    def eventFilter(self, watched, event) -> bool:
        if self._to_complete is not None and event.type() == QEvent.Type.Paint:
            number = self._to_complete
            self._to_complete = None
            QTimer.singleShot(0, lambda: self._complete_list(number))
        return super().eventFilter(watched, event)

    def _complete_list(self, number: int) -> None:
        """Everyone, behind the first rows painted, unless the list was read again since."""
        if number != self._list_number:
            return
        with self._database.reading() as session:
            ids = search.find_person_ids(session, self.query(), names=self._names)
        self.model.complete_ids(ids)
        if len(ids) != self._total:  # changed in between
            self._total = len(ids)
            self._show_count(len(ids), len(ids), self.query())
        if self._person_id is not None:
            self._select(self._person_id)

    def _show_count(self, shown: int, total: int, query: PeopleQuery) -> None:
        if shown == total:
            text = self.tr("%Ln people", "", total)
        else:
            text = fill(
                self.tr("%Ln of {total} people", "", shown), total=QLocale().toString(total)
            )
        self.count.setText(text)
        # built again only when it changes: at each keystroke it cost a layout and a repaint
        # of the whole right-hand side (issue 17)
        if self._right.currentWidget() is self.empty_state and self._empty_shown != (total == 0):
            self._update_empty_state()
        if shown:
            self._list_stack.setCurrentWidget(self.table)
            return
        if total == 0:
            self.empty.setText(
                self.tr(
                    "Nobody here yet.\n\nAdd the first person with File ▸ New contact (Ctrl+N), "
                    "note a name you were given with New lead (Ctrl+L), or import your LinkedIn "
                    "connections."
                )
            )
        else:
            self.empty.setText(self.tr("Nobody matches this search and these filters."))
        self._list_stack.setCurrentWidget(self.empty)

    def _organization_names(self) -> list[str]:
        with self._database.reading() as session:
            return people.organization_names(session)

    def _load_choices(self) -> None:
        """The tags offered by the card and the tag filter (organisations: when typed)."""
        with self._database.reading() as session:
            tags = people.tag_names(session)
        self._choices_stale = False
        self.form.forget_organization_names()
        self.form.set_tag_names(tags)
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), "")
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)
        if index < 0 and current:
            self.reload_list()

    def _people_changed(self) -> None:
        self._names.forget()
        self._choices_stale = True
        self._total = None
        self.mark_stale()

    def reload_clean_card(self) -> None:
        """Show what another process wrote on the open card, unless the user is editing it."""
        if self._person_id is not None and not self._dirty:
            self._load_card(self._person_id)

    def _notes_changed(self) -> None:
        if self.isVisible() and self._person_id is not None and not self._dirty:
            self._load_timeline(self._person_id)
        if self.search.text().strip():
            self.mark_stale()

    def _select(self, person_id: int | None) -> None:
        row = self.model.row_of(person_id) if person_id is not None else None
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
        if not current.isValid():
            return
        person_id = current.data(PERSON_ID_ROLE)
        if person_id == self._person_id:
            return
        if not self._leave_card():
            QTimer.singleShot(0, lambda: self._select(self._person_id))
            return
        self.open_person(person_id)

    def selected_person_id(self) -> int | None:
        """The person whose card is shown (None for a new, unsaved card)."""
        return self._person_id

    def open_person(self, person_id: int) -> None:
        if person_id != self._person_id and not self._leave_card():
            return
        if not self._load_card(person_id):
            return
        self._select(person_id)

    def _load_card(self, person_id: int) -> bool:
        try:
            with self._database.reading() as session:
                draft = people.load_draft(session, person_id)
                version = versions.current_version(session, "person", person_id)
                entries = timeline.person_timeline(session, person_id)
        except LookupError:
            self.new_person(leave=False)
            return False
        self._read = (draft, version)
        self._person_id = person_id
        self.form.set_draft(draft)
        self._dirty = False
        self.header.show_person(draft, entries)
        self._right.setCurrentWidget(self._card_pane)
        self._show_timeline(entries)
        self.delete_button.setEnabled(True)
        self.merge_button.setEnabled(True)
        self.message_button.setEnabled(True)
        return True

    def _load_timeline(self, person_id: int) -> None:
        with self._database.reading() as session:
            self._show_timeline(timeline.person_timeline(session, person_id))

    def _show_timeline(self, entries: list[timeline.TimelineEntry]) -> None:
        self.timeline.set_entries(entries)
        label = self.tr("H&istory")
        self.tabs.setTabText(1, f"{label} ({len(entries)})" if entries else label)

    def _set_title(self, name: str) -> None:
        if not name:
            self.header.show_new()
            return
        self.header.name.setText(name)
        self.header.avatar.set_name(name)

    def _show_empty(self) -> None:
        """Instead of a blank card: what this view is for, or how to start on an empty file."""
        self._right.setCurrentWidget(self.empty_state)
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        self._empty_shown = self._total == 0
        if self._total == 0:
            self.empty_state.show_state(
                "users",
                self.tr("Your network starts here"),
                self.tr(
                    "Bring in the people you already know, or add the first person you will "
                    "call. The demo shows a network already under way, in a file of its own."
                ),
                [
                    (
                        self.tr("Import my LinkedIn connections…"),
                        "download",
                        self.import_requested.emit,
                    ),
                    (self.tr("Add the first person"), "user-plus", self.new_person),
                    (self.tr("Explore the demo"), "sparkles", self.demo_requested.emit),
                ],
            )
        else:
            self.empty_state.show_state(
                "contact",
                self.tr("Choose someone in the list"),
                self.tr(
                    "Their card shows who introduced you, where you stand and what you said "
                    "to each other."
                ),
                [
                    (self.tr("Add a person"), "user-plus", self.new_person),
                    (
                        self.tr("Note a name I was given…"),
                        "user-round-plus",
                        self.new_lead_requested.emit,
                    ),
                ],
            )

    def new_person(self, *, leave: bool = True) -> None:
        if leave and not self._leave_card():
            return
        self._person_id = None
        self._read = None
        self.table.clearSelection()
        self.form.set_draft(people.PersonDraft())
        self._dirty = False
        self._set_title("")
        self._right.setCurrentWidget(self._card_pane)
        self._show_timeline([])
        self.tabs.setCurrentIndex(0)
        self.delete_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        self.message_button.setEnabled(False)
        self.form.first_name.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- writing ---------------------------------------------------------------------------------

    def _edited(self) -> None:
        self._dirty = True

    def _leave_card(self) -> bool:
        """Save the card's changes before showing another one; False if they were refused."""
        return not self._dirty or self.save()

    def save(self) -> bool:
        draft = self.form.draft()
        created = self._person_id is None

        def write(session: Session):
            before = after = None
            if created:
                person_id = people.create_person(session, draft)
            else:
                assert self._person_id is not None  # not created: an existing person is open
                person_id = self._person_id
                if self._read is not None:
                    versions.claim(session, "person", person_id, self._read[1])
                before = people.load_draft(session, person_id)
                people.update_person(session, person_id, draft)
                after = people.load_draft(session, person_id)
            read = (
                people.load_draft(session, person_id),
                versions.current_version(session, "person", person_id),
            )
            return person_id, before, after, read

        try:
            person_id, before, after, read = run_write(self._database, (), write)
        except versions.ChangedMeanwhile:
            return self._save_over_their_changes(draft)
        except ValidationError as error:
            self.form.show_error(error)
            self.tabs.setCurrentIndex(0)
            return False
        except LookupError:
            QMessageBox.information(
                self,
                self.tr("This person is gone"),
                self.tr("This card was deleted meanwhile; what you typed was not saved."),
            )
            self.new_person(leave=False)
            return False
        self._person_id = person_id
        self._read = read
        self._dirty = False
        self.form.show_error(None)
        self._set_title(draft.full_name)
        self.delete_button.setEnabled(True)
        self.merge_button.setEnabled(True)
        self.message_button.setEnabled(True)
        if created:
            self.history.push(
                AddPerson(
                    self.history,
                    person_id,
                    fill(self.tr("Add {name}"), name=draft.full_name),
                )
            )
        elif before != after:
            assert before is not None and after is not None
            self.history.push(EditPerson(self.history, person_id, before, after))
        self._events.people_changed.emit()
        return True

    def _save_over_their_changes(self, mine: people.PersonDraft) -> bool:
        """The card changed since it was opened (an import, another window): keep the fields
        the user edited, take the others as they are now, save, and say so."""
        assert self._person_id is not None and self._read is not None
        with self._database.reading() as session:
            theirs = people.load_draft(session, self._person_id)
            version = versions.current_version(session, "person", self._person_id)
        merged, _taken = versions.merge_drafts(self._read[0], mine, theirs)
        self._read = (theirs, version)
        self.form.set_draft(merged)
        if not self.save():
            return False
        QMessageBox.information(
            self,
            self.tr("This card changed meanwhile"),
            self.tr(
                "While you were editing this card, it was changed elsewhere (by an import or "
                "another window). Your changes were saved; the other fields now show what was "
                "added meanwhile."
            ),
        )
        return True

    def delete(self) -> None:
        if self._person_id is None:
            return
        person_id = self._person_id
        with self._database.reading() as session:
            found = people.belongings(session, person_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete this person?"),
            self.deletion_text(found),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        snapshot = run_write(self._database, (), snapshots.remove_person, person_id)
        self.history.push(DeletePerson(self.history, snapshot, found.name))
        self._dirty = False
        self.new_person(leave=False)
        self._show_empty()
        self._events.people_changed.emit()

    def deletion_text(self, found: people.Belongings) -> str:
        """What the confirmation says: what goes with the person, and what stays."""
        goes = [
            text
            for count, text in (
                (found.interactions, self.tr("%Ln calls or meetings", "", found.interactions)),
                (found.follow_ups, self.tr("%Ln follow-ups", "", found.follow_ups)),
                (
                    found.introductions_received,
                    self.tr(
                        "the %Ln introductions that brought them", "", found.introductions_received
                    ),
                ),
                (
                    found.introductions_given,
                    self.tr("%Ln names they gave you", "", found.introductions_given),
                ),
            )
            if count
        ]
        lines = [fill(self.tr("Delete {name}?"), name=found.name)]
        if goes:
            lines.append(fill(self.tr("Going with them: {list}."), list=", ".join(goes)))
        if found.introductions_given:
            lines.append(self.tr("The people they introduced stay in your contacts."))
        if found.notes:
            lines.append(
                self.tr(
                    "The %Ln notebook entries about them stay, no longer linked to them.",
                    "",
                    found.notes,
                )
            )
        lines.append(self.tr("You can undo this with Edit ▸ Undo."))
        return "\n\n".join(lines)

    def capture_lead(self) -> str:
        """Ask for a lead (quick capture); returns what was done, in a sentence, else ""."""
        from carnet.ui.dialogs.quick_lead_dialog import QuickLeadDialog

        dialog = QuickLeadDialog(self._database, self.window())
        if not dialog.exec():
            return ""
        name = " ".join(dialog.name.text().split())
        if dialog.person_id is None:  # a second connector on a card already there
            self._events.people_changed.emit()
            with self._database.reading() as session:
                known = lookup.person_choice(session, dialog.connector_added_to)
            return fill(
                self.tr("{name} was already in your contacts: the new connector is on their card"),
                name=known.name if known is not None else name,
            )
        self.history.push(
            AddPerson(self.history, dialog.person_id, fill(self.tr("New lead {name}"), name=name))
        )
        self._events.people_changed.emit()
        return fill(self.tr("Lead saved: {name}"), name=name)

    def find_duplicates(self) -> None:
        if not self._leave_card():
            return
        from carnet.ui.dialogs.duplicates_dialog import DuplicatesDialog

        DuplicatesDialog(self._database, self.merge, self).exec()

    def merge_with(self) -> None:
        if self._person_id is None or not self._leave_card():
            return
        from carnet.ui.dialogs.merge_dialog import MergeDialog

        dialog = MergeDialog(self._database, self._person_id, self)
        if dialog.exec() and dialog.other_id is not None:
            self.merge(self._person_id, dialog.other_id)

    def merge(self, keep_id: int, drop_id: int) -> bool:
        """Merge ``drop_id``'s card into ``keep_id``'s, undoably; shows the merged card."""
        try:
            record, name = run_write(self._database, (), _merge_people, keep_id, drop_id)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Merge"), self.form_message(error))
            return False
        self.history.push(MergePeople(self.history, record, name))
        self._dirty = False
        self._person_id = None
        self._events.people_changed.emit()
        self.open_person(keep_id)
        return True

    @staticmethod
    def form_message(error: ValidationError) -> str:
        return QCoreApplication.translate(MESSAGES_CONTEXT, error.message)

    # -- after an undo or a redo -----------------------------------------------------------------

    def _show_after_undo(self, person_id: int) -> None:
        """Show the card the step changed, unless the user is typing on another one."""
        if self._dirty and person_id != self._person_id:
            return
        if self.isVisible() or person_id == self._person_id:
            self._dirty = False
            self._person_id = None
            self.open_person(person_id)

    def _gone_after_undo(self, person_id: int) -> None:
        if person_id == self._person_id:
            self._dirty = False
            self.new_person(leave=False)
            self._show_empty()

    def _forget_typing(self) -> None:
        """The data was replaced: what was typed on the card is not saved into the new data."""
        self._dirty = False
        self._names.forget()

    def _undo_failed(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Undo"), message)
