"""The dashboard's week-by-week charts (QtCharts), for the page and for the weekly report.

QtCharts is imported here only, when the first chart is built, so it costs nothing at start-up.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from carnet.domain.dashboard import Dashboard
from carnet.ui.wording import fill

NEW_PEOPLE_COLOR = QColor("#1a73e8")
GOAL_COLOR = QColor("#e37400")
GOOD_COLOR = QColor("#188038")
DIFFICULT_COLOR = QColor("#c5221f")
OTHER_COLOR = QColor("#9aa0a6")


def week_labels(dashboard: Dashboard) -> list[str]:
    """Each week by its Monday, day and month in the locale's order ("23/11" or "11/23")."""
    month_first = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lstrip().startswith("M")
    pattern = "M/d" if month_first else "d/M"
    return [
        QLocale().toString(QDate(w.start.year, w.start.month, w.start.day), pattern)
        for w in dashboard.weeks
    ]


def _chart(title: str, point_size: float) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setPointSizeF(point_size + 1)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend_font = QFont(chart.legend().font())
    legend_font.setPointSizeF(point_size)
    chart.legend().setFont(legend_font)
    return chart


def _axes(
    chart: QChart, series, labels: list[str], top: float, point_size: float
) -> tuple[QBarCategoryAxis, QValueAxis]:
    font = QFont()
    font.setPointSizeF(point_size - 1)
    x_axis = QBarCategoryAxis()
    x_axis.append(labels)
    x_axis.setLabelsFont(font)
    x_axis.setLabelsAngle(-90)  # twelve dates side by side do not fit a half-page chart
    x_axis.setGridLineVisible(False)
    x_axis.setTitleText(QCoreApplication.translate("DashboardCharts", "Weeks, by their Monday"))
    title_font = QFont(font)
    x_axis.setTitleFont(title_font)
    y_axis = QValueAxis()
    y_axis.setLabelFormat("%d")
    y_axis.setRange(0, max(1, top))
    y_axis.applyNiceNumbers()
    y_axis.setLabelsFont(font)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for one in series:
        one.attachAxis(x_axis)
        one.attachAxis(y_axis)
    return x_axis, y_axis


def new_people_chart(dashboard: Dashboard, point_size: float = 9) -> QChart:
    """New people contacted each week, with the weekly goal as a line."""
    chart = _chart(
        QCoreApplication.translate("DashboardCharts", "New people contacted, week by week"),
        point_size,
    )
    bars = QBarSet(QCoreApplication.translate("DashboardCharts", "New people"))
    bars.setColor(NEW_PEOPLE_COLOR)
    bars.setBorderColor(NEW_PEOPLE_COLOR)
    counts = [w.new_people for w in dashboard.weeks]
    bars.append(counts)
    series = QBarSeries()
    series.append(bars)
    series.setBarWidth(0.6)
    goal = QLineSeries()
    goal.setName(
        fill(
            QCoreApplication.translate("DashboardCharts", "Weekly goal ({n})"),
            n=str(dashboard.weekly_goal),
        )
    )
    pen = QPen(GOAL_COLOR, 2, Qt.PenStyle.DashLine)
    goal.setPen(pen)
    for index in range(len(counts)):
        goal.append(index, dashboard.weekly_goal)
    chart.addSeries(series)
    chart.addSeries(goal)
    _axes(
        chart,
        (series, goal),
        week_labels(dashboard),
        max([*counts, dashboard.weekly_goal]) + 1,
        point_size,
    )
    return chart


def calls_chart(dashboard: Dashboard, point_size: float = 9) -> QChart:
    """Calls each week: good ones, difficult ones, and the rest."""
    chart = _chart(QCoreApplication.translate("DashboardCharts", "Calls, week by week"), point_size)
    good = QBarSet(QCoreApplication.translate("DashboardCharts", "Good calls"))
    difficult = QBarSet(QCoreApplication.translate("DashboardCharts", "Difficult calls"))
    other = QBarSet(QCoreApplication.translate("DashboardCharts", "Other calls"))
    for bar_set, color in ((good, GOOD_COLOR), (difficult, DIFFICULT_COLOR), (other, OTHER_COLOR)):
        bar_set.setColor(color)
        bar_set.setBorderColor(color)
    for week in dashboard.weeks:
        good.append(week.good_calls)
        difficult.append(week.difficult_calls)
        other.append(max(0, week.calls - week.good_calls - week.difficult_calls))
    series = QStackedBarSeries()
    for bar_set in (good, difficult, other):
        series.append(bar_set)
    series.setBarWidth(0.6)
    chart.addSeries(series)
    top = max((w.calls for w in dashboard.weeks), default=0)
    _axes(chart, (series,), week_labels(dashboard), top + 1, point_size)
    return chart


def chart_view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


def chart_image(chart: QChart, width_pt: float, height_pt: float, sharpness: int = 4) -> QImage:
    """The chart on a white image for a printed page, ``width_pt`` × ``height_pt`` points wide.

    The chart is laid out at that physical size (as on a 96 dpi screen, so its fonts keep their
    point sizes) and drawn ``sharpness`` times finer.
    """
    width, height = width_pt * 96 / 72, height_pt * 96 / 72
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setBackgroundVisible(False)
    chart.resize(QSizeF(width, height))
    image = QImage(round(width * sharpness), round(height * sharpness), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(sharpness, sharpness)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    return image
