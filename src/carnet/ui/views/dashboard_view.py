"""The Dashboard page: this week against the goal, the user's own rates beside the method's, the
target companies' progress, and twelve weeks of charts.

The charts (QtCharts) are built the first time the page is shown, so that start-up never loads
QtCharts.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain.dashboard import TREND_DAYS, Dashboard
from carnet.domain.dashboard_cache import DashboardCache
from carnet.ui.events import DataEvents
from carnet.ui.reports import figures
from carnet.ui.views.lazy_view import LazyView
from carnet.ui.widgets.empty_state import EmptyState
from carnet.ui.widgets.give_and_take_panel import GiveAndTakePanel
from carnet.ui.wording import fill

CARD_STYLE = (
    "QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
)


def _rate_line(label: str, rate: str, reference: str) -> str:
    """ "<b>Warm calls:</b> 8 of 11 got a meeting (73%) (method: about 9 in 10)", as rich text."""
    return (
        f"<b>{html.escape(label)}</b> {html.escape(rate)} "
        f"<span style='color: #5f6368'>({html.escape(reference)})</span>"
    )


class _Card(QFrame):
    """A titled box holding one figure in large type and a line of explanation."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600; color: palette(text);")
        self.title.setWordWrap(True)
        self.value = QLabel()
        self.value.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 10)
        self.body.setSpacing(4)
        self.body.addWidget(self.title)
        self.body.addWidget(self.value)
        self.body.addWidget(self.note)
        self.body.addStretch()


def _nothing_yet(board: Dashboard) -> bool:
    """No call, meeting or new person in the twelve weeks shown, and no target company."""
    return not board.targets and not any(
        week.new_people or week.calls or week.meetings for week in board.weeks
    )


class DashboardView(LazyView):
    log_call_requested = Signal()

    def __init__(self, database: Database, events: DataEvents, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self.dashboard: Dashboard | None = None
        self._figures = DashboardCache(database.changes)
        self._chart_views: list = []

        self._build_ui()
        self._connect(events)

    def _build_ui(self) -> None:
        """The week's cards and charts, in a scroll area."""
        self.week_title = QLabel()
        self.week_title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.week_title.setTextFormat(Qt.TextFormat.PlainText)

        self.new_people = _Card(self.tr("New people contacted this week"))
        self.goal_bar = QProgressBar()
        self.goal_bar.setTextVisible(False)
        self.goal_bar.setMaximumHeight(8)
        self.new_people.body.insertWidget(2, self.goal_bar)
        self.calls = _Card(self.tr("Calls this week"))
        self.meetings = _Card(self.tr("Meetings obtained (last 12 weeks)"))
        self.meetings.value.setStyleSheet("font-size: 11pt;")
        self.meetings.value.setTextFormat(Qt.TextFormat.RichText)
        self.names = _Card(self.tr("Names obtained per meeting (last 12 weeks)"))

        cards = QGridLayout()
        cards.setSpacing(10)
        cards.addWidget(self.new_people, 0, 0)
        cards.addWidget(self.calls, 0, 1)
        cards.addWidget(self.meetings, 1, 0)
        cards.addWidget(self.names, 1, 1)
        for column in (0, 1):
            cards.setColumnStretch(column, 1)

        self.charts = QHBoxLayout()
        self.charts.setSpacing(10)

        targets_title = QLabel(self.tr("Target companies: relays to the person who can hire you"))
        targets_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.targets = QTreeWidget()
        self.targets.setRootIsDecorated(False)
        self.targets.setUniformRowHeights(True)
        self.targets.setAlternatingRowColors(True)
        self.targets.setAccessibleName(self.tr("Target companies"))
        self.targets.setHeaderLabels(
            [
                self.tr("Company"),
                self.tr("Now"),
                self.tr("%Ln days ago", "", TREND_DAYS),
                self.tr("Trend"),
            ]
        )
        header = self.targets.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.targets.setMinimumHeight(160)
        self.no_targets = QLabel(
            self.tr(
                "No target company yet: add the companies you would like to work for on the "
                "Target companies page to follow how close you get."
            )
        )
        self.no_targets.setWordWrap(True)
        self.no_targets.setStyleSheet("color: palette(placeholder-text);")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        self.plan_button = QPushButton(self.tr("Plan and review my week…"))
        self.plan_button.setToolTip(
            self.tr("On Monday, pick this week's calls; on Friday, see what became of them")
        )
        self.plan_button.clicked.connect(self.open_week_plan)
        title_row = QHBoxLayout()
        title_row.addWidget(self.week_title, 1)
        title_row.addWidget(self.plan_button)
        layout.addLayout(title_row)
        layout.addLayout(cards)
        self.give_and_take = GiveAndTakePanel()
        layout.addWidget(self.give_and_take)
        layout.addLayout(self.charts)
        layout.addWidget(targets_title)
        layout.addWidget(self.targets)
        layout.addWidget(self.no_targets)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.empty_state = EmptyState()
        self.empty_state.show_state(
            "layout-dashboard",
            self.tr("Your week at a glance"),
            self.tr(
                "Log your calls and meetings as you go: this page then counts the new people "
                "you reach each week against your goal, the meetings you obtain and the names "
                "you are given."
            ),
            [(self.tr("Log a call or meeting…"), "phone", self.log_call_requested.emit)],
        )
        self._scroll = scroll
        self.body = QStackedWidget()
        self.body.addWidget(scroll)
        self.body.addWidget(self.empty_state)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body)

    def _connect(self, events: DataEvents) -> None:
        """What the widgets do: the data changed, the dashboard reloads when next shown."""
        events.people_changed.connect(self.mark_stale)

    def open_week_plan(self) -> None:
        from carnet.ui.dialogs.week_plan_dialog import WeekPlanDialog

        WeekPlanDialog(self._database, self._events, parent=self).exec()

    def refresh(self) -> None:
        with self._database.reading() as session:
            self.dashboard = self._figures.compute(session)
        self.show_dashboard(self.dashboard)
        self.give_and_take.show_from(self._database)

    def show_dashboard(self, board: Dashboard) -> None:
        self.body.setCurrentWidget(self.empty_state if _nothing_yet(board) else self._scroll)
        week = board.this_week
        self.week_title.setText(
            fill(self.tr("This week, since {date}"), date=figures.long_date(week.start))
        )
        self.new_people.value.setText(figures.goal_text(week.new_people, board.weekly_goal))
        self.goal_bar.setRange(0, board.weekly_goal)
        self.goal_bar.setValue(min(week.new_people, board.weekly_goal))
        self.new_people.note.setText(figures.goal_note(week.new_people, board.weekly_goal))

        self.calls.value.setText(figures.calls_text(week.good_calls, week.difficult_calls))
        self.calls.note.setText(
            fill(
                self.tr("Count the good ones: most calls go well. Over 12 weeks: {calls}."),
                calls=figures.calls_text(board.good_calls, board.difficult_calls),
            )
        )
        lines = [
            _rate_line(label, figures.rate_text(rate, warm), figures.reference_text(warm))
            for label, rate, warm in (
                (self.tr("Warm calls:"), board.warm_rate, True),
                (self.tr("Cold calls:"), board.cold_rate, False),
            )
        ]
        lines.append(
            _rate_line(
                self.tr("People you know:"),
                figures.known_rate_text(board.known_rate),
                figures.known_reference_text(),
            )
        )
        self.meetings.value.setText("<br>".join(lines))
        self.meetings.note.setText(
            self.tr("Phone and video calls only: your own rates, beside the method's.")
        )
        self.names.value.setText(figures.names_text(board.names_per_meeting))
        self.names.note.setText(figures.names_note(board.names_per_meeting))
        self._show_charts(board)
        self._show_targets(board)

    def _show_charts(self, board: Dashboard) -> None:
        from carnet.ui.widgets import dashboard_charts

        charts = [dashboard_charts.new_people_chart(board), dashboard_charts.calls_chart(board)]
        if not self._chart_views:
            for chart in charts:
                view = dashboard_charts.chart_view(chart)
                self._chart_views.append(view)
                self.charts.addWidget(view, 1)
            return
        for view, chart in zip(self._chart_views, charts, strict=True):
            old = view.chart()
            view.setChart(chart)
            old.deleteLater()

    def chart_views(self) -> list:
        return list(self._chart_views)

    def _show_targets(self, board: Dashboard) -> None:
        self.targets.clear()
        for target in board.targets:
            name = target.name
            if target.priority:
                name += " " + fill(self.tr("(priority {n})"), n=str(target.priority))
            row = QTreeWidgetItem(
                [
                    name,
                    figures.relays_text(target.relays, target.inside_met),
                    figures.relays_text(target.relays_before, target.inside_met_before),
                    figures.trend_text(target),
                ]
            )
            for column in range(row.columnCount()):  # whole on hover, where a narrow window elides
                row.setToolTip(column, row.text(column))
            closer = target.closer_by
            if (closer or 0) > 0 or (target.relays is not None and target.relays_before is None):
                row.setForeground(3, Qt.GlobalColor.darkGreen)
            elif (closer or 0) < 0:
                row.setForeground(3, Qt.GlobalColor.darkRed)
            self.targets.addTopLevelItem(row)
        self.targets.setVisible(bool(board.targets))
        self.no_targets.setVisible(not board.targets)
