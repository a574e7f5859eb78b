"""What the Today page shows (``domain.today.Agenda``), laid out: a heading with the week's
progress, then one titled list per kind of thing to do, each row with its buttons; empty, the
start guide. It only shows and asks: the view (``views.today_view``) reads and writes, and the
first look at start-up (``ui.first_today``) shows the same page before the database is open.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.enums import Permission, Warmth
from carnet.domain.follow_up_items import FollowUpItem, ItemKey
from carnet.domain.today_rows import Agenda, CallReason, CallToMake, ComingMeeting, RelayOwed
from carnet.ui.icons import icon
from carnet.ui.widgets.agenda_row import ROW_STYLE, AgendaRow
from carnet.ui.widgets.empty_state import EmptyState
from carnet.ui.wording import date_text, fill

SECTIONS = ("calls", "thanks", "news", "followups", "meetings")
MOST_ROWS = 10
"""Rows shown per list; the rest wait on their own page (Follow-ups) or behind them."""
THANK_RELAY = "thank_relay"
HOW_IT_WENT = "how_it_went"


def _time_text(at: dt.time) -> str:
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


class AgendaPage(QWidget):
    message_requested = Signal(str, int, int)
    """(kind, person the relay led to, relay): ``thank_relay`` or ``how_it_went``."""
    call_now_requested = Signal(int)
    prepare_requested = Signal(int)
    open_person_requested = Signal(int)
    done_requested = Signal(object, str)
    """(``followups.ItemKey``, the title it keeps once done)."""
    follow_ups_requested = Signal()
    import_requested = Signal()
    new_person_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()
        self.rows: dict[str, list[AgendaRow]] = {name: [] for name in SECTIONS}
        self._build_ui()
        self.all_follow_ups.clicked.connect(self.follow_ups_requested)

    def _build_ui(self) -> None:
        """A heading with the week's progress, then one titled list per kind of thing to do."""
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_text = QLabel()
        self.progress_text.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_text.setWordWrap(True)
        self.goal_bar = QProgressBar()
        self.goal_bar.setTextVisible(False)
        self.goal_bar.setMaximumHeight(8)
        self.goal_bar.setMaximumWidth(320)
        self.plan_button = QPushButton(icon("list-ordered"), self.tr("Plan the week…"))
        self.nothing_due = QLabel()
        self.nothing_due.setWordWrap(True)
        self.nothing_due.setProperty("role", "muted")
        self.nothing_due.setText(
            self.tr(
                "Nothing waits for you today. Plan this week's calls, or note a name someone "
                "gave you (Ctrl+L)."
            )
        )
        column = QVBoxLayout()
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(top)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_text, 1)
        progress.addWidget(self.goal_bar)
        column.addLayout(progress)
        column.addWidget(self.nothing_due)
        self.titles: dict[str, QLabel] = {}
        self.lists: dict[str, QVBoxLayout] = {}
        for name in SECTIONS:
            title = QLabel()
            title.setProperty("role", "section")
            title.setTextFormat(Qt.TextFormat.PlainText)
            rows = QVBoxLayout()
            rows.setSpacing(4)
            column.addWidget(title)
            column.addLayout(rows)
            self.titles[name], self.lists[name] = title, rows
            if name == "followups":
                self.all_follow_ups = QPushButton(self.tr("See them all in Follow-ups"))
                self.all_follow_ups.setFlat(True)
                column.addWidget(self.all_follow_ups, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch()
        content = QWidget()
        content.setStyleSheet(ROW_STYLE)
        content.setLayout(column)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self.empty_state = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll_area)
        self.stack.addWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_agenda(self, agenda: Agenda) -> None:
        if not agenda.has_people:
            self._show_start_guide()
            return
        self.stack.setCurrentWidget(self.scroll_area)
        self._today = agenda.today
        self.heading.setText(fill(self.tr("Today, {date}"), date=date_text(agenda.today)))
        self._show_progress(agenda)
        # the first look lacks the news and reminders: "nothing" could be wrong a moment later
        self.nothing_due.setVisible(agenda.nothing_to_do and not agenda.is_first_look)
        sections = {
            "calls": [self._call_row(call) for call in agenda.calls],
            "thanks": [self._thank_row(owed) for owed in agenda.thanks[:MOST_ROWS]],
            "news": [self._news_row(owed) for owed in agenda.news[:MOST_ROWS]],
            "followups": [self._follow_up_row(item) for item in agenda.follow_ups[:MOST_ROWS]],
            "meetings": [self._meeting_row(meeting) for meeting in agenda.meetings[:MOST_ROWS]],
        }
        for name, rows in sections.items():
            self._fill(name, rows)
        total_calls = len(agenda.calls) + agenda.more_calls
        self.titles["calls"].setText(
            self.tr("Calls to make (the first 10 of %Ln)", "", total_calls)
            if agenda.more_calls
            else self.tr("Calls to make (%Ln)", "", total_calls)
        )
        self.titles["thanks"].setText(self.tr("Thank-yous owed (%Ln)", "", len(agenda.thanks)))
        self.titles["news"].setText(self.tr("Tell them how it went (%Ln)", "", len(agenda.news)))
        self.titles["followups"].setText(
            # the first look has the stored follow-ups only: the reminders' count comes later
            self.tr("Follow-ups due")
            if agenda.is_first_look
            else self.tr("Follow-ups due (%Ln)", "", len(agenda.follow_ups))
        )
        self.all_follow_ups.setVisible(len(agenda.follow_ups) > MOST_ROWS)
        self.titles["meetings"].setText(
            self.tr("Meetings in the next 7 days (%Ln)", "", len(agenda.meetings))
        )

    def _show_progress(self, agenda: Agenda) -> None:
        """The week's progress; left out of the first look (it comes with the page)."""
        progress = agenda.progress
        self.progress_text.setVisible(progress is not None)
        self.goal_bar.setVisible(progress is not None)
        if progress is None:
            return
        self.progress_text.setText(
            fill(
                self.tr("New people this week: {count} of the {goal} you aim for"),
                count=progress.new_people,
                goal=progress.goal,
            )
        )
        self.goal_bar.setRange(0, progress.goal)
        self.goal_bar.setValue(min(progress.new_people, progress.goal))

    def painted_part(self) -> QWidget:
        """What is painted when the page is: the page itself gets no paint event, covered as it
        is by its opaque lists (or start guide); to wait for its first paint, wait for this."""
        if self.stack.currentWidget() is self.scroll_area:
            return self.scroll_area.widget() or self.scroll_area
        return self.empty_state

    def hold_actions(self) -> None:
        """Buttons greyed until the data is open for writing (the first look at start-up)."""
        for button in self.findChildren(QPushButton):
            button.setEnabled(False)

    def _fill(self, name: str, rows: list[AgendaRow]) -> None:
        for old in self.rows[name]:
            self.lists[name].removeWidget(old)
            old.deleteLater()
        self.rows[name] = rows
        for row in rows:
            self.lists[name].addWidget(row)
            row.show()  # now, not at the next turn of the event loop
        self.titles[name].setVisible(bool(rows))

    def _show_start_guide(self) -> None:
        self.stack.setCurrentWidget(self.empty_state)
        self.empty_state.show_state(
            "sun",
            self.tr("Your day starts here"),
            self.tr(
                "Each morning, this page will list the calls to make, the relays to thank and "
                "the follow-ups due. Begin with the people you already know, or look around "
                "the demo, a network already under way in a file of its own."
            ),
            [
                (
                    self.tr("Import my LinkedIn connections…"),
                    "download",
                    self.import_requested.emit,
                ),
                (self.tr("Add the first person"), "user-plus", self.new_person_requested.emit),
                (self.tr("Explore the demo"), "sparkles", self.demo_requested.emit),
            ],
        )

    # -- rows -----------------------------------------------------------------------------------

    def call_detail(self, call: CallToMake) -> str:
        kinds = {
            Warmth.WARM: self.tr("Warm call"),
            Warmth.KNOWN: self.tr("Someone you know"),
            Warmth.COLD: self.tr("Cold call"),
        }
        if call.connector_id is None:
            relay = self.tr("Nobody introduced them")
        else:
            permissions = {
                Permission.YES: self.tr("{name} said you may use their name"),
                Permission.NOT_ASKED: self.tr("Ask {name} whether you may use their name"),
                Permission.NO: self.tr("Do not use {name}’s name"),
            }
            relay = fill(
                permissions[call.permission or Permission.NOT_ASKED], name=call.connector_name
            )
        parts = [relay, kinds[call.kind]]
        if call.reason == CallReason.PLANNED:
            parts.insert(0, self.tr("Planned this week"))
        elif call.reason == CallReason.WORTH_A_CALL:
            parts.insert(0, self.tr("Worth a call"))
        return " · ".join(parts)

    def _call_row(self, call: CallToMake) -> AgendaRow:
        name = f"{call.name} — {call.organization}" if call.organization else call.name
        row = AgendaRow(name, self.call_detail(call))
        pid = call.person_id
        row.add_button(
            "prepare",
            self.tr("Prepare"),
            "clipboard-list",
            lambda: self.prepare_requested.emit(pid),
        )
        row.add_button(
            "call", self.tr("Call"), "phone", lambda: self.call_now_requested.emit(pid), True
        )
        return row

    def _thank_row(self, owed: RelayOwed) -> AgendaRow:
        detail = fill(self.tr("For {name}"), name=owed.about_name) if owed.about_name else ""
        if owed.due_on is not None:
            due = fill(self.tr("due {date}"), date=date_text(owed.due_on, "ddd d MMM"))
            detail = f"{detail} · {due}" if detail else due
        row = AgendaRow(fill(self.tr("Thank {name}"), name=owed.relay_name), detail)
        relay, follow_up = owed.relay_id, owed.follow_up_id
        about = owed.about_id if owed.about_id is not None else relay
        row.add_button(
            "write",
            self.tr("Write…"),
            "messages-square",
            lambda: self.message_requested.emit(THANK_RELAY, about, relay),
            True,
        )
        row.add_button(
            "done",
            self.tr("Done"),
            "check",
            lambda: self.done_requested.emit(ItemKey(follow_up_id=follow_up), owed.title),
        )
        return row

    def _news_row(self, owed: RelayOwed) -> AgendaRow:
        detail = ""
        if owed.met_on is not None:
            detail = fill(
                self.tr("You met {name} on {date}; they have not heard from you since"),
                name=owed.about_name,
                date=date_text(owed.met_on, "d MMM"),
            )
        row = AgendaRow(fill(self.tr("Tell {name} how it went"), name=owed.relay_name), detail)
        relay = owed.relay_id
        about = owed.about_id if owed.about_id is not None else relay
        row.add_button(
            "write",
            self.tr("Write…"),
            "messages-square",
            lambda: self.message_requested.emit(HOW_IT_WENT, about, relay),
            True,
        )
        return row

    def _follow_up_row(self, item: FollowUpItem) -> AgendaRow:
        if item.is_reminder:
            text = fill(self.tr("Get back in touch with {name}"), name=item.person_name)
        else:
            text = item.title
        late = (self._today - item.due_on).days
        due = self.tr("%Ln days late", "", late) if late > 0 else self.tr("due today")
        detail = " · ".join(part for part in (item.person_name, due) if part)
        row = AgendaRow(text, detail)
        done_title = (
            fill(self.tr("Got back in touch with {name}"), name=item.person_name)
            if item.is_reminder
            else item.title
        )
        row.add_button(
            "done", self.tr("Done"), "check", lambda: self.done_requested.emit(item.key, done_title)
        )
        if item.person_id is not None:
            pid = item.person_id
            row.add_button(
                "open", self.tr("Open"), "user-round", lambda: self.open_person_requested.emit(pid)
            )
        return row

    def _meeting_row(self, meeting: ComingMeeting) -> AgendaRow:
        when = date_text(meeting.day, "dddd d MMMM")
        if meeting.at is not None:
            when = fill(self.tr("{day} at {time}"), day=when, time=_time_text(meeting.at))
        detail = " · ".join(part for part in (when, meeting.title) if part)
        row = AgendaRow(meeting.name, detail)
        pid = meeting.person_id
        row.add_button(
            "open", self.tr("Open"), "user-round", lambda: self.open_person_requested.emit(pid)
        )
        return row
