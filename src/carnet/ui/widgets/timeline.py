"""A person's history, newest first: calls, notebook entries, introductions and follow-ups.

Clicking a name opens that person's card; clicking a notebook entry opens the entry; a call or
meeting is opened to be corrected by a double-click, and its right-click menu also deletes it.
What the user typed is escaped: it is shown as text, never read as markup. Each entry is one
paragraph, so the paragraph under the mouse says which entry it is.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QLocale, QPoint, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from carnet.domain.enums import FollowUpKind
from carnet.domain.timeline import EntryKind, TimelineEntry
from carnet.ui.labels import interaction_kind_label, outcome_label, permission_label
from carnet.ui.wording import fill

DATE_COLOR = "#6b6b6b"


class TimelineWidget(QTextBrowser):
    """Read-only, as rich text that wraps: names and notebook entries are links."""

    open_person_requested = Signal(int)
    open_note_requested = Signal(int)
    correct_call_requested = Signal(int)
    delete_call_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("History"))
        self.anchorClicked.connect(self._clicked)
        self._entries: list[TimelineEntry] = []

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self._entries = list(entries)
        locale = QLocale()
        parts = []
        for entry in entries:
            day = entry.day
            date = locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
            head, _, text = self.describe(entry).partition("\n")
            head = html.escape(head)
            if entry.other_person_id is not None and entry.other_person_name:
                name = html.escape(entry.other_person_name)
                head = head.replace(name, f'<a href="person:{entry.other_person_id}">{name}</a>', 1)
            elif entry.note_id is not None:
                head = f'<a href="note:{entry.note_id}">{head}</a>'
            body = f"<br>{html.escape(text)}" if text else ""
            parts.append(
                f'<p style="margin: 0 0 10px 0"><span style="color: {DATE_COLOR}">'
                f"{html.escape(date)}</span>&nbsp;&nbsp;<b>{head}</b>{body}</p>"
            )
        if not entries:
            parts.append(
                f'<p style="color: {DATE_COLOR}">'
                + html.escape(
                    self.tr("Nothing yet. Calls, notebook entries and introductions show here.")
                )
                + "</p>"
            )
        self.setHtml("".join(parts))

    def describe(self, entry: TimelineEntry) -> str:
        """The entry in words: a first line saying what, then its text."""
        if entry.kind == EntryKind.INTERACTION:
            assert entry.interaction_kind is not None
            head = interaction_kind_label(entry.interaction_kind)
            if entry.outcome is not None:
                head += " — " + outcome_label(entry.outcome)
        elif entry.kind == EntryKind.NOTE:
            head = fill(self.tr("Notebook: {title}"), title=entry.title or self.tr("(untitled)"))
        elif entry.kind == EntryKind.INTRODUCED_BY:
            head = fill(self.tr("{name} gave you this name"), name=entry.other_person_name)
        elif entry.kind == EntryKind.INTRODUCED:
            head = fill(self.tr("Gave you the name of {name}"), name=entry.other_person_name)
        else:
            if entry.done and entry.follow_up_kind == FollowUpKind.THANK_CONNECTOR:
                head = self.tr("Informed: {title}")
            elif entry.done:
                head = self.tr("Done: {title}")
            elif entry.day < dt.date.today():
                head = self.tr("Overdue: {title}")
            else:
                head = self.tr("Planned: {title}")
            title = entry.title or (
                self.tr("Thank the connector")
                if entry.follow_up_kind == FollowUpKind.THANK_CONNECTOR
                else self.tr("Follow up")
            )
            head = fill(head, title=title)
        if entry.kind in (EntryKind.INTRODUCED_BY, EntryKind.INTRODUCED) and entry.permission:
            head += " · " + permission_label(entry.permission)
        return f"{head}\n{entry.text}" if entry.text else head

    def entry_at(self, point: QPoint) -> TimelineEntry | None:
        """The entry shown at ``point`` (in the viewport's coordinates), if any."""
        block = self.cursorForPosition(point).blockNumber()
        return self._entries[block] if 0 <= block < len(self._entries) else None

    def _call_at(self, point: QPoint) -> int | None:
        entry = self.entry_at(point)
        return entry.interaction_id if entry is not None else None

    def call_version(self, interaction_id: int) -> int | None:
        """The version of the call as the history shows it, if it shows it."""
        for entry in self._entries:
            if entry.interaction_id == interaction_id:
                return entry.interaction_version
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        interaction_id = self._call_at(event.position().toPoint())
        if interaction_id is None:
            super().mouseDoubleClickEvent(event)
            return
        self.correct_call_requested.emit(interaction_id)

    def call_menu(self, interaction_id: int) -> QMenu:
        menu = QMenu(self)
        menu.addAction(
            self.tr("Open and correct…"), lambda: self.correct_call_requested.emit(interaction_id)
        )
        menu.addAction(self.tr("Delete"), lambda: self.delete_call_requested.emit(interaction_id))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        interaction_id = self._call_at(event.pos())
        if interaction_id is None:
            super().contextMenuEvent(event)
            return
        self.call_menu(interaction_id).exec(event.globalPos())

    def _clicked(self, url: QUrl) -> None:
        kind, _, number = url.toString().partition(":")
        if not number.isdigit():
            return
        if kind == "person":
            self.open_person_requested.emit(int(number))
        elif kind == "note":
            self.open_note_requested.emit(int(number))
