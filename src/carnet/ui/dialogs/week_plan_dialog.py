"""The week plan: on Monday, pick this week's calls and qualify the leads; on Friday, review
what became of them and carry the calls not made over to next week (``domain.week_plan``)."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import week_plan
from carnet.domain.enums import LeadStage
from carnet.domain.week_plan import Happened
from carnet.domain.weeks import week_start
from carnet.ui import theme
from carnet.ui.events import DataEvents
from carnet.ui.labels import lead_stage_label
from carnet.ui.wording import date_text, fill

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _list(*titles: str) -> QTreeWidget:
    widget = QTreeWidget()
    widget.setRootIsDecorated(False)
    widget.setUniformRowHeights(True)
    widget.setAlternatingRowColors(True)
    widget.setItemDelegate(theme.ClearChecks(widget))
    widget.setHeaderLabels(list(titles))
    widget.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    widget.header().setStretchLastSection(False)
    for column in range(1, len(titles)):
        widget.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return widget


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WeekPlanDialog(QDialog):
    """``today`` picks the week (its Monday); every change is written at once."""

    def __init__(
        self,
        database: Database,
        events: DataEvents,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        today = today or dt.date.today()
        self.monday = week_start(today)
        self.setWindowTitle(self.tr("My week"))

        self.tabs = QTabWidget()
        self.tabs.addTab(self._plan_page(), self.tr("Monday: plan the calls"))
        self.tabs.addTab(self._review_page(), self.tr("Friday: review"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self.refresh()
        # on Friday and at the weekend, the review comes first
        if today.weekday() >= 4:
            self.tabs.setCurrentIndex(1)

    # -- building -------------------------------------------------------------------------------

    def _plan_page(self) -> QWidget:
        page = QWidget()
        heading = _wrapped(
            fill(
                self.tr(
                    "Tick this week's calls: {fewest} to {most} people you may call, on "
                    "someone's recommendation or whom you know. Qualify a lead first if you "
                    "are unsure."
                ),
                fewest=str(week_plan.FEWEST_CALLS),
                most=str(week_plan.MOST_CALLS),
            )
        )
        self.candidates = _list(
            self.tr("Person"), self.tr("Organisation"), self.tr("Through"), self.tr("Stage")
        )
        self.candidates.setAccessibleName(self.tr("People you may call this week"))
        self.candidates.itemChanged.connect(self._count_picked)
        self.stage_buttons: dict[LeadStage, QPushButton] = {}
        stages = QHBoxLayout()
        stages.addWidget(QLabel(self.tr("Selected lead:")))
        for stage in (LeadStage.WORTH_A_CALL, LeadStage.TO_CHECK, LeadStage.PARKED):
            button = QPushButton(lead_stage_label(stage))
            button.clicked.connect(lambda _c=False, s=stage: self.set_stage(s))
            stages.addWidget(button)
            self.stage_buttons[stage] = button
        stages.addStretch(1)
        self.picked = _wrapped()
        self.parked = _wrapped()
        self.parked.setStyleSheet("color: palette(placeholder-text);")
        self.save_button = QPushButton(self.tr("Save this week's plan"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_plan)
        bottom = QHBoxLayout()
        bottom.addWidget(self.picked, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(self.candidates, 1)
        layout.addLayout(stages)
        layout.addWidget(self.parked)
        layout.addLayout(bottom)
        return page

    def _review_page(self) -> QWidget:
        page = QWidget()
        self.review_heading = _wrapped()
        self.reviewed = _list(self.tr("Person"), self.tr("What happened"))
        self.reviewed.setAccessibleName(self.tr("This week's planned calls"))
        self.review_summary = _wrapped()
        self.carry_button = QPushButton(self.tr("Carry the calls not made over to next week"))
        self.carry_button.clicked.connect(self.carry_over)
        layout = QVBoxLayout(page)
        layout.addWidget(self.review_heading)
        layout.addWidget(self.reviewed, 1)
        layout.addWidget(self.review_summary)
        layout.addWidget(self.carry_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        with self._database.reading() as session:
            candidates = week_plan.candidates(session, self.monday)
            parked = week_plan.parked(session)
            reviews = week_plan.review(session, self.monday)
        self.candidates.blockSignals(True)
        self.candidates.clear()
        for candidate in candidates:
            item = QTreeWidgetItem(
                [
                    candidate.name,
                    candidate.organization,
                    candidate.connector_name or self.tr("you know them"),
                    lead_stage_label(candidate.stage),
                ]
            )
            item.setData(0, PERSON_ID_ROLE, candidate.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if candidate.planned else Qt.CheckState.Unchecked
            )
            self.candidates.addTopLevelItem(item)
        self.candidates.blockSignals(False)
        self.parked.setText(self.tr("%Ln parked leads left out of the plan.", "", parked))
        self.parked.setVisible(parked > 0)
        self._count_picked()
        self._show_review(reviews)

    def _show_review(self, reviews: list[week_plan.Review]) -> None:
        self.review_heading.setText(
            fill(
                self.tr("What became of the calls planned for the week of {date}"),
                date=date_text(self.monday),
            )
        )
        self.reviewed.clear()
        words = {
            Happened.MEETING: self.tr("Meeting obtained"),
            Happened.TALKED: self.tr("Called"),
            Happened.DECLINED: self.tr("Declined"),
            Happened.NOTHING: self.tr("Not called yet"),
        }
        for row in reviews:
            item = QTreeWidgetItem([row.name, words[row.happened]])
            item.setData(0, PERSON_ID_ROLE, row.person_id)
            item.setData(1, PERSON_ID_ROLE, row.happened)
            self.reviewed.addTopLevelItem(item)
        called = sum(r.happened != Happened.NOTHING for r in reviews)
        meetings = sum(r.happened == Happened.MEETING for r in reviews)
        if reviews:
            self.review_summary.setText(
                self.tr("%Ln calls planned", "", len(reviews))
                + " · "
                + self.tr("%Ln made", "", called)
                + " · "
                + self.tr("%Ln meetings obtained", "", meetings)
            )
        else:
            self.review_summary.setText(self.tr("No call planned this week yet."))
        self.carry_button.setEnabled(called < len(reviews))

    def picked_ids(self) -> list[int]:
        return [
            item.data(0, PERSON_ID_ROLE)
            for item in (
                cast(QTreeWidgetItem, self.candidates.topLevelItem(i))
                for i in range(self.candidates.topLevelItemCount())
            )
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _count_picked(self, *_args) -> None:
        count = len(self.picked_ids())
        text = self.tr("%Ln calls picked", "", count)
        if count < week_plan.FEWEST_CALLS:
            text += " — " + fill(self.tr("aim for at least {n}."), n=str(week_plan.FEWEST_CALLS))
        elif count > week_plan.MOST_CALLS:
            text += " — " + fill(
                self.tr("more than {n} is a lot: keep time to prepare each call."),
                n=str(week_plan.MOST_CALLS),
            )
        self.picked.setText(text)

    # -- writing --------------------------------------------------------------------------------

    def _write(self, change) -> None:
        with self._database.transaction() as session:
            change(session)
        self._events.people_changed.emit()

    def set_stage(self, stage: LeadStage) -> None:
        item = self.candidates.currentItem()
        if item is None:
            return
        picked = self.picked_ids()
        person_id = item.data(0, PERSON_ID_ROLE)
        self._write(lambda s: week_plan.set_lead_stage(s, person_id, stage))
        self.refresh()
        self._restore_picks(picked)

    def _restore_picks(self, picked: list[int]) -> None:
        """Ticks not saved yet survive a change of stage (a parked lead leaves the list)."""
        for i in range(self.candidates.topLevelItemCount()):
            item = self.candidates.topLevelItem(i)
            assert item is not None
            checked = item.data(0, PERSON_ID_ROLE) in picked
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def save_plan(self) -> None:
        picked = self.picked_ids()
        self._write(lambda s: week_plan.plan_week(s, self.monday, picked))
        self.refresh()

    def carry_over(self) -> None:
        not_made = [
            item.data(0, PERSON_ID_ROLE)
            for item in (
                cast(QTreeWidgetItem, self.reviewed.topLevelItem(i))
                for i in range(self.reviewed.topLevelItemCount())
            )
            if item.data(1, PERSON_ID_ROLE) == Happened.NOTHING
        ]
        self._write(lambda s: week_plan.carry_over(s, self.monday, not_made))
        self.refresh()
