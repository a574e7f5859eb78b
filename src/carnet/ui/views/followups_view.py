"""The Follow-ups page: whom to call, thank or get back in touch with, overdue first.

Stored follow-ups and keep-in-touch reminders share one list in four groups (overdue, today, the
rest of this week, later). Done, snooze (a day, a week, until a date) and edit act on the selected
one. The number of follow-ups waiting (overdue or due today) is announced with
``due_count_changed`` for the sidebar; it is counted again whenever the data changes and at
midnight, whether the page is on screen or not.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from carnet.db.engine import Database
from carnet.domain import followups
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.followups import Bucket, FollowUpItem, ItemKey
from carnet.ui.dialogs.follow_up_dialogs import (
    CadenceDefaultsDialog,
    CadenceDialog,
    FollowUpDialog,
    SnoozeDialog,
    cadence_text,
)
from carnet.ui.events import DataEvents
from carnet.ui.labels import follow_up_kind_label
from carnet.ui.views.lazy_view import LazyView
from carnet.ui.widgets.empty_state import EmptyState
from carnet.ui.wording import date_text, fill
from carnet.ui.writes import run_write

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_SHOWN_PER_GROUP = 200
OVERDUE_COLOR = "#b3261e"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FollowUpsView(LazyView):
    open_person_requested = Signal(int)
    due_count_changed = Signal(int)
    export_requested = Signal()

    def __init__(self, database: Database, events: DataEvents, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self._items: dict[ItemKey, FollowUpItem] = {}
        self._today = dt.date.today()
        self.due_count = 0

        self._build_ui()
        self._connect()
        self._count_later.start()
        self._update_buttons()

    def _build_ui(self) -> None:
        """The list of follow-ups and the buttons that act on the one chosen."""
        heading = QLabel(
            self.tr(
                "Whom to call, thank or get back in touch with. Keep-in-touch reminders come "
                "from each person's rhythm and your last contact with them."
            )
        )
        heading.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setHeaderLabels(
            [self.tr("Due"), self.tr("Follow-up"), self.tr("With"), self.tr("Kind")]
        )
        self.list.setAccessibleName(self.tr("Follow-ups"))
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 220)

        self.empty_state = EmptyState()
        self.empty_state.show_state(
            "bell",
            self.tr("Nothing to follow up for now"),
            self.tr(
                "The next steps you note after a call, the thanks you owe a relay and the people "
                "to get back in touch with will appear here, on the day they are due."
            ),
            [(self.tr("New follow-up…"), "calendar-plus", lambda: self.new_follow_up())],
        )

        self.new_button = QPushButton(self.tr("New follow-up…"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark the selected follow-up as done"))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_day_action = self.snooze_menu.addAction(self.tr("Until tomorrow"))
        self.snooze_week_action = self.snooze_menu.addAction(self.tr("For a week"))
        self.snooze_date_action = self.snooze_menu.addAction(self.tr("Until a date…"))
        self.snooze_button.setMenu(self.snooze_menu)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.open_button = QPushButton(self.tr("Open their card"))
        self.rhythms_button = QPushButton(self.tr("Keep-in-touch rhythms…"))
        self.export_button = QPushButton(self.tr("Export to a calendar…"))
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.done_button,
            self.snooze_button,
            self.edit_button,
            self.open_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        # beside the heading rather than the row above: one row of seven buttons would not fit
        # a small screen once translated
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.rhythms_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_state, 1)
        layout.addLayout(buttons)

        self._count_later = QTimer(self, singleShot=True, interval=0)
        self._midnight = QTimer(self, singleShot=True)
        self._arm_midnight()

    def _connect(self) -> None:
        """What the widgets do: choose, edit, mark done, snooze; the counts and the new day."""
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.list.currentItemChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(lambda: self.new_follow_up())
        self.done_button.clicked.connect(lambda: self.done_selected())
        self.snooze_day_action.triggered.connect(lambda: self.snooze_selected(days=1))
        self.snooze_week_action.triggered.connect(lambda: self.snooze_selected(days=7))
        self.snooze_date_action.triggered.connect(lambda: self.snooze_selected())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.open_button.clicked.connect(self._open_person)
        self.rhythms_button.clicked.connect(lambda: self.edit_rhythms())
        self.export_button.clicked.connect(self.export_requested)
        self._count_later.timeout.connect(self.refresh_count)
        self._midnight.timeout.connect(self._new_day)
        self._events.people_changed.connect(self._data_changed)
        self._events.notes_changed.connect(self._data_changed)

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._today = dt.date.today()
        with self._database.reading() as session:
            found = followups.list_follow_ups(session, self._today)
        selected = self.selected_key()
        self.list.clear()
        self._items = {}
        bold = QFont(self.list.font())
        bold.setBold(True)
        titles = {
            Bucket.OVERDUE: self.tr("Overdue"),
            Bucket.TODAY: self.tr("Today"),
            Bucket.THIS_WEEK: self.tr("This week"),
            Bucket.LATER: self.tr("Later"),
        }
        for bucket, title in titles.items():
            items = found.bucket(bucket)
            if not items:
                continue
            group = QTreeWidgetItem([f"{title} ({len(items)})"])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if bucket is Bucket.OVERDUE:
                group.setForeground(0, Qt.GlobalColor.darkRed)
            self.list.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for item in items[:MAX_SHOWN_PER_GROUP]:
                group.addChild(self._row(item, bucket))
                self._items[item.key] = item
            if len(items) > MAX_SHOWN_PER_GROUP:
                more = QTreeWidgetItem(
                    [
                        "",
                        self.tr("… and %Ln more", "", len(items) - MAX_SHOWN_PER_GROUP),
                    ]
                )
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                group.addChild(more)
            group.setExpanded(True)
        has_items = bool(self._items)
        self.list.setVisible(has_items)
        self.empty_state.setVisible(not has_items)
        self.select_key(selected)
        self._set_count(found.due_count)
        self._update_buttons()

    def _row(self, item: FollowUpItem, bucket: Bucket) -> QTreeWidgetItem:
        with_whom = item.person_name
        if item.organization:
            with_whom += f" — {item.organization}" if with_whom else item.organization
        row = QTreeWidgetItem(
            [
                self.due_text(item.due_on, bucket),
                self.item_text(item),
                with_whom,
                follow_up_kind_label(item.kind),
            ]
        )
        row.setData(0, KEY_ROLE, item.key)
        row.setToolTip(0, date_text(item.due_on))
        row.setToolTip(1, self.item_details(item))
        row.setToolTip(2, with_whom)
        if bucket is Bucket.OVERDUE:
            row.setForeground(0, Qt.GlobalColor.darkRed)
        return row

    def due_text(self, day: dt.date, bucket: Bucket) -> str:
        if bucket is Bucket.TODAY:
            return self.tr("Today")
        if day == self._today + dt.timedelta(days=1):
            return self.tr("Tomorrow")
        text = date_text(day, "ddd d MMM")
        if bucket is Bucket.OVERDUE:
            late = (self._today - day).days
            text += " " + self.tr("(%Ln days late)", "", late)
        return text

    def item_text(self, item: FollowUpItem) -> str:
        if not item.is_reminder:
            return item.title
        if item.last_contact is None:
            return self.tr("Get back in touch (no contact noted yet)")
        return fill(
            self.tr("Get back in touch (last contact: {date})"),
            date=QLocale().toString(_qdate(item.last_contact), QLocale.FormatType.ShortFormat),
        )

    def item_details(self, item: FollowUpItem) -> str:
        if not item.is_reminder:
            return item.title
        return fill(
            self.tr("Keep in touch {rhythm}. Any call, meeting, email or note resets it."),
            rhythm=cadence_text(item.cadence_days),
        )

    def items(self) -> list[FollowUpItem]:
        """What the list shows, top to bottom."""
        return list(self._items.values())

    def group_titles(self) -> list[str]:
        return [
            cast(QTreeWidgetItem, self.list.topLevelItem(i)).text(0)
            for i in range(self.list.topLevelItemCount())
        ]

    def selected_key(self) -> ItemKey | None:
        row = self.list.currentItem()
        return row.data(0, KEY_ROLE) if row is not None else None

    def selected_item(self) -> FollowUpItem | None:
        key = self.selected_key()
        return self._items.get(key) if key is not None else None

    def select_key(self, key: ItemKey | None) -> None:
        if key is None:
            return
        for g in range(self.list.topLevelItemCount()):
            group = self.list.topLevelItem(g)
            assert group is not None
            for c in range(group.childCount()):
                child = group.child(c)
                assert child is not None
                if child.data(0, KEY_ROLE) == key:
                    self.list.setCurrentItem(child)
                    return

    def _update_buttons(self, *_args) -> None:
        item = self.selected_item()
        for widget in (self.done_button, self.snooze_button, self.edit_button):
            widget.setEnabled(item is not None)
        self.open_button.setEnabled(item is not None and item.person_id is not None)
        if item is not None and item.is_reminder:
            self.edit_button.setText(self.tr("Change rhythm…"))
        else:
            self.edit_button.setText(self.tr("Edit…"))

    # -- the count on the sidebar ---------------------------------------------------------------

    def refresh_count(self) -> None:
        with self._database.reading() as session:
            count = followups.due_count(session)
        self._set_count(count)

    def _set_count(self, count: int) -> None:
        if count != self.due_count:
            self.due_count = count
            self.due_count_changed.emit(count)

    def _data_changed(self) -> None:
        self.mark_stale()
        if not self.isVisible():
            self._count_later.start()

    def _arm_midnight(self) -> None:
        now = dt.datetime.now()
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 5))
        self._midnight.start(int((tomorrow - now).total_seconds() * 1000))

    def _new_day(self) -> None:
        self._data_changed()
        self._arm_midnight()

    # -- acting ---------------------------------------------------------------------------------

    def _changed(self) -> None:
        """Every view learns of the change; this one reloads at once (it is on screen)."""
        self._events.people_changed.emit()
        if self._stale:
            self.reload()

    def _refused(self, error: ValidationError) -> None:
        QMessageBox.warning(
            self,
            self.tr("Follow-ups"),
            QCoreApplication.translate(MESSAGES_CONTEXT, error.message),
        )
        self.reload()

    def new_follow_up(self) -> FollowUpDialog:
        draft = followups.FollowUpDraft(due_on=dt.date.today() + dt.timedelta(days=1))

        def save(filled: followups.FollowUpDraft) -> None:
            new_id = run_write(self._database, (), followups.create_follow_up, filled)
            self._changed()
            self.select_key(ItemKey(follow_up_id=new_id))

        dialog = FollowUpDialog(self._database, draft, save, self)
        dialog.setWindowTitle(self.tr("New follow-up"))
        dialog.open()
        return dialog

    def edit_selected(self):
        item = self.selected_item()
        if item is None:
            return None
        if item.is_reminder:
            return self._edit_rhythm(item)
        try:
            with self._database.reading() as session:
                draft = followups.load_draft(session, item.key.follow_up_id)
        except ValidationError as error:
            self._refused(error)
            return None

        def save(filled: followups.FollowUpDraft) -> None:
            run_write(self._database, (), followups.update_follow_up, item.key.follow_up_id, filled)
            self._changed()

        dialog = FollowUpDialog(self._database, draft, save, self)
        dialog.setWindowTitle(self.tr("Edit the follow-up"))
        dialog.open()
        return dialog

    def _edit_rhythm(self, item: FollowUpItem) -> CadenceDialog:
        with self._database.reading() as session:
            own, default = followups.cadence_of(session, item.person_id)

        def save(days: int | None) -> None:
            assert item.person_id is not None  # a rhythm is a person's
            run_write(self._database, (), followups.set_cadence, item.person_id, days)
            self._changed()

        dialog = CadenceDialog(item.person_name, own, default, save, self)
        dialog.open()
        return dialog

    def done_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        title = (
            fill(self.tr("Got back in touch with {name}"), name=item.person_name)
            if item.is_reminder
            else item.title
        )
        try:
            run_write(self._database, (), followups.mark_done, item.key, title)
        except ValidationError as error:
            self._refused(error)
            return
        self._changed()

    def snooze_selected(self, days: int | None = None):
        item = self.selected_item()
        if item is None:
            return None
        today = dt.date.today()

        def save(until: dt.date) -> None:
            run_write(self._database, (), followups.snooze, item.key, until, today)
            self._changed()
            self.select_key(item.key)

        if days is not None:
            try:
                save(today + dt.timedelta(days=days))
            except ValidationError as error:
                self._refused(error)
            return None
        what = (
            fill(self.tr("Get back in touch with {name}"), name=item.person_name)
            if item.is_reminder
            else item.title
        )
        dialog = SnoozeDialog(what, save, today, self)
        dialog.open()
        return dialog

    def edit_rhythms(self) -> CadenceDefaultsDialog:
        with self._database.reading() as session:
            defaults = followups.default_cadences(session)

        def save(cadences) -> None:
            run_write(self._database, (), followups.save_default_cadences, cadences)
            self._changed()

        dialog = CadenceDefaultsDialog(defaults, save, self)
        dialog.open()
        return dialog

    def _open_person(self) -> None:
        item = self.selected_item()
        if item is not None and item.person_id is not None:
            self.open_person_requested.emit(item.person_id)

    def _context_menu(self, position) -> None:
        if self.selected_item() is None:
            return
        menu = QMenu(self)
        done = QAction(self.done_button.text(), menu)
        done.triggered.connect(self.done_selected)
        menu.addAction(done)
        menu.addMenu(self.snooze_menu).setText(self.snooze_button.text())
        edit = QAction(self.edit_button.text(), menu)
        edit.triggered.connect(self.edit_selected)
        menu.addAction(edit)
        if self.open_button.isEnabled():
            card = QAction(self.open_button.text(), menu)
            card.triggered.connect(self._open_person)
            menu.addAction(card)
        menu.popup(self.list.viewport().mapToGlobal(position))
