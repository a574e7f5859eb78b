"""The weekly report for the coach: one A4 page, as a PDF file or on paper.

The week's figures beside the goal and the method's rates, the two charts, how close each target
company is (and was four weeks before), and what is planned for the next week. With "initials
only", people appear as "H. M." and the follow-ups' own words (which may hold names) are replaced
by their kind.

The page is an HTML ``QTextDocument`` laid out on A4; the lists are shortened until it fits on one
page, and the charts are drawn into images at print resolution.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import dashboard, followups, profile
from carnet.domain.dashboard import TREND_DAYS, Dashboard
from carnet.domain.followups import FollowUpItem
from carnet.domain.weeks import WEEK, week_end, week_start
from carnet.ui.labels import follow_up_kind_label
from carnet.ui.reports import figures
from carnet.ui.wording import ClassTr, fill

INITIALS_KEY = "report.initials_only"
PAGE_WIDTH_PT, PAGE_HEIGHT_PT = 595.0, 842.0  # A4
MARGIN_PT = 36.0
POINTS_PER_METRE = round(72 / 0.0254)
CHART_POINTS = (258.0, 195.0)
LIST_LIMITS = (15, 12, 9, 7, 5, 3)


class WeeklyReport(QObject):
    """The translation context of the report's texts: ``WeeklyReport.tr("%Ln …", "", n)``."""

    if TYPE_CHECKING:  # PySide6 takes the class as the context: WeeklyReport.tr("…", "", n)
        tr: ClassTr


def _header_row(*titles: str) -> str:
    return "<tr>" + "".join(f"<th align='left'>{html.escape(t)}</th>" for t in titles) + "</tr>"


def _more_row(columns: int, more: int) -> str:
    text = WeeklyReport.tr("… and %Ln more", "", more)
    return f"<tr><td colspan='{columns}' class='more'>{html.escape(text)}</td></tr>"


@dataclass(frozen=True)
class ReportOptions:
    week_of: dt.date
    """Any day of the week reported on."""
    initials_only: bool = False


@dataclass(frozen=True)
class ReportData:
    user_name: str
    first_day: dt.date
    last_day: dt.date
    board: Dashboard
    planned: tuple[FollowUpItem, ...]
    """Due by the end of the next week, overdue ones included."""
    planned_until: dt.date


def collect(database: Database, options: ReportOptions, today: dt.date | None = None) -> ReportData:
    today = today or dt.date.today()
    first, last = week_start(options.week_of), week_end(options.week_of)
    as_of = min(today, last)
    next_last = last + WEEK
    with database.reading() as session:
        board = dashboard.compute(session, as_of)
        planned = followups.planned_until(session, next_last, today)
        name = profile.load_profile(session).name
    return ReportData(name, first, last, board, tuple(planned), next_last)


def _person(item: FollowUpItem, initials_only: bool) -> str:
    if initials_only:
        return figures.initials(item.first_name, item.last_name)
    text = item.person_name
    if item.organization:
        text += f" ({item.organization})" if text else item.organization
    return text


def _what(item: FollowUpItem, initials_only: bool) -> str:
    if item.is_reminder or initials_only:
        return follow_up_kind_label(item.kind)
    return item.title


def report_html(data: ReportData, options: ReportOptions, limit: int) -> str:
    e = html.escape
    board, week = data.board, data.board.this_week
    title = WeeklyReport.tr("Weekly report")
    if data.user_name:
        title += " — " + data.user_name
    period = fill(
        WeeklyReport.tr("Week from {first} to {last}"),
        first=figures.long_date(data.first_day),
        last=figures.long_date(data.last_day),
    )
    rows = [
        (
            WeeklyReport.tr("New people contacted"),
            figures.goal_text(week.new_people, board.weekly_goal)
            + " — "
            + figures.goal_note(week.new_people, board.weekly_goal),
        ),
        (
            WeeklyReport.tr("Calls this week"),
            figures.calls_text(week.good_calls, week.difficult_calls),
        ),
        (
            WeeklyReport.tr("Meetings obtained, warm calls (12 weeks)"),
            figures.rate_text(board.warm_rate, warm=True)
            + " — "
            + figures.reference_text(warm=True),
        ),
        (
            WeeklyReport.tr("Meetings obtained, cold calls (12 weeks)"),
            figures.rate_text(board.cold_rate, warm=False)
            + " — "
            + figures.reference_text(warm=False),
        ),
        (
            WeeklyReport.tr("Meetings obtained, calls to people you know (12 weeks)"),
            figures.known_rate_text(board.known_rate) + " — " + figures.known_reference_text(),
        ),
        (
            WeeklyReport.tr("Names obtained per meeting (12 weeks)"),
            figures.names_text(board.names_per_meeting)
            + " — "
            + figures.names_note(board.names_per_meeting),
        ),
    ]
    figure_rows = "".join(
        f"<tr><td class='label' width='42%'>{e(label)}</td><td>{e(value)}</td></tr>"
        for label, value in rows
    )

    targets = board.targets[:limit]
    if targets:
        target_rows = "".join(
            "<tr>"
            f"<td>{e(t.name)}</td><td>{e(figures.relays_text(t.relays, t.inside_met))}</td>"
            f"<td>{e(figures.relays_text(t.relays_before, t.inside_met_before))}</td>"
            f"<td>{e(figures.trend_text(t))}</td>"
            "</tr>"
            for t in targets
        )
        more = len(board.targets) - len(targets)
        if more > 0:
            target_rows += _more_row(4, more)
        targets_html = (
            "<table class='list' width='100%' cellspacing='0' cellpadding='3'>"
            + _header_row(
                WeeklyReport.tr("Company"),
                WeeklyReport.tr("Now"),
                WeeklyReport.tr("%Ln days ago", "", TREND_DAYS),
                WeeklyReport.tr("Trend"),
            )
            + f"{target_rows}</table>"
        )
    else:
        targets_html = "<p class='more'>" + e(WeeklyReport.tr("No target company yet.")) + "</p>"

    planned = data.planned[:limit]
    if planned:
        planned_rows = "".join(
            "<tr>"
            f"<td>{e(figures.short_date(item.due_on))}</td>"
            f"<td>{e(_what(item, options.initials_only))}</td>"
            f"<td>{e(_person(item, options.initials_only))}</td>"
            "</tr>"
            for item in planned
        )
        more = len(data.planned) - len(planned)
        if more > 0:
            planned_rows += _more_row(3, more)
        planned_html = (
            "<table class='list' width='100%' cellspacing='0' cellpadding='3'>"
            + _header_row(
                WeeklyReport.tr("Due"),
                WeeklyReport.tr("What"),
                WeeklyReport.tr("With"),
            )
            + f"{planned_rows}</table>"
        )
    else:
        planned_html = "<p class='more'>" + e(WeeklyReport.tr("Nothing planned yet.")) + "</p>"

    planned_title = fill(
        WeeklyReport.tr("Planned until {date}"), date=figures.long_date(data.planned_until)
    )
    footer = fill(
        WeeklyReport.tr("Made with Carnet on {date}."), date=figures.long_date(dt.date.today())
    )
    if options.initials_only:
        footer += " " + WeeklyReport.tr("People are shown by their initials.")
    chains_title = WeeklyReport.tr("Relays to the person who can hire you, per target company")
    return f"""
<html><head><style>
h1 {{ font-size: 15pt; margin: 0; }}
h2 {{ font-size: 11pt; margin-top: 10px; margin-bottom: 3px; }}
p.period {{ color: #555555; margin-top: 2px; }}
td.label {{ font-weight: 600; padding-right: 8px; }}
table.list th {{ background: #eef2f7; }}
table.list td {{ border-bottom: 1px solid #dddddd; }}
.more {{ color: #666666; }}
p.footer {{ color: #777777; font-size: 7pt; }}
</style></head><body>
<h1>{e(title)}</h1>
<p class='period'>{e(period)}</p>
<table cellspacing='0' cellpadding='2'>{figure_rows}</table>
<table width='100%' cellspacing='0' cellpadding='0'><tr>
<td width='50%'><img src='chart:new-people' width='{round(CHART_POINTS[0])}'></td>
<td width='50%'><img src='chart:calls' width='{round(CHART_POINTS[0])}'></td>
</tr></table>
<h2>{e(chains_title)}</h2>
{targets_html}
<h2>{e(planned_title)}</h2>
{planned_html}
<p class='footer'>{e(footer)}</p>
</body></html>"""


def build_document(data: ReportData, options: ReportOptions) -> QTextDocument:
    """The report laid out on one A4 page: the lists are shortened until it fits."""
    from carnet.ui.widgets import dashboard_charts

    document = QTextDocument()
    # laid out at 72 dots per inch, one unit is one point whatever the screen: the page is A4 in
    # points, and printing scales it to the printer's resolution
    points = QImage(1, 1, QImage.Format.Format_RGB32)
    points.setDotsPerMeterX(POINTS_PER_METRE)
    points.setDotsPerMeterY(POINTS_PER_METRE)
    document.documentLayout().setPaintDevice(points)
    document.layout_device = points  # type: ignore[attr-defined]  # the layout keeps a pointer only
    font = QFont(document.defaultFont())
    font.setPointSizeF(8.5)
    document.setDefaultFont(font)
    document.setDocumentMargin(MARGIN_PT)
    document.setPageSize(QSizeF(PAGE_WIDTH_PT, PAGE_HEIGHT_PT))
    width, height = CHART_POINTS
    for name, chart in (
        ("chart:new-people", dashboard_charts.new_people_chart(data.board, point_size=7)),
        ("chart:calls", dashboard_charts.calls_chart(data.board, point_size=7)),
    ):
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(name),
            dashboard_charts.chart_image(chart, width, height),
        )
    for limit in LIST_LIMITS:
        document.setHtml(report_html(data, options, limit))
        if document.pageCount() <= 1:
            break
    return document


def _set_a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )


def write_pdf(data: ReportData, options: ReportOptions, target: Path) -> None:
    """Write the report to ``target``; raises OSError when the file cannot be written."""
    document = build_document(data, options)
    partial = target.with_name(target.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setTitle(WeeklyReport.tr("Weekly report"))
    writer.setCreator("Carnet")
    writer.setResolution(300)
    _set_a4(writer)
    document.print_(writer)
    del writer  # closes the file
    if not partial.exists() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise OSError(WeeklyReport.tr("the file could not be created"))
    partial.replace(target)


def print_report(data: ReportData, options: ReportOptions, printer) -> None:
    document = build_document(data, options)
    _set_a4(printer)
    document.print_(printer)


class ReportOptionsDialog(QDialog):
    """Which week, and whether to show people by their initials only."""

    def __init__(
        self,
        initials_only: bool,
        action_text: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("Weekly report"))
        intro = QLabel(
            self.tr(
                "One page for your coach: the week's figures, the charts, your progress toward "
                "each target company and the calls planned for the next week."
            )
        )
        intro.setWordWrap(True)
        self.week = QComboBox()
        this_monday = week_start(today)
        for label, monday in (
            (self.tr("This week (since {date})"), this_monday),
            (self.tr("Last week (from {date})"), this_monday - WEEK),
        ):
            self.week.addItem(fill(label, date=figures.long_date(monday)), monday)
        self.initials = QCheckBox(self.tr("Show people by their initials only"))
        self.initials.setToolTip(
            self.tr(
                "Names become initials, such as “H. M.”, and each follow-up shows its kind "
                "instead of its wording, which may hold names."
            )
        )
        self.initials.setChecked(initials_only)
        form = QFormLayout()
        form.addRow(self.tr("Week"), self.week)
        form.addRow("", self.initials)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> ReportOptions:
        return ReportOptions(self.week.currentData(), self.initials.isChecked())
