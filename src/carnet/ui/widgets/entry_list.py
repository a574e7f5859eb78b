"""The notebook's list of entries: newest first, grouped under a heading per week, read a page at a
time as the user scrolls, with the words found by a search shown in bold on a highlight."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from carnet.domain.notebook import MATCH_END, MATCH_START, NoteRow
from carnet.domain.notebook_calls import CallRow, Entry
from carnet.ui.icons import icon
from carnet.ui.labels import note_kind_label, outcome_label
from carnet.ui.widgets.call_entry import CALL_ICONS, call_title
from carnet.ui.wording import date_text, fill

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
WEEK_ROLE = Qt.ItemDataRole.UserRole + 3
CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 4
MATCH_COLOUR = QColor("#ffe08a")
PADDING = 6
HEADER_GAP = 8


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def plain(text: str) -> str:
    return text.replace(MATCH_START, "").replace(MATCH_END, "")


class EntryList(QListWidget):
    """``more_wanted`` asks for the next page when the user scrolls near the end."""

    more_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.has_more = False
        self.setItemDelegate(EntryDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalScrollBar().valueChanged.connect(self._maybe_more)

    def show_rows(self, rows: list[Entry], has_more: bool, current_id: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.has_more = has_more
        self._add(rows, current_id)
        self.blockSignals(False)

    def append_rows(self, rows: list[Entry], has_more: bool) -> None:
        self.has_more = has_more
        self._add(rows, None)

    def last_row(self) -> Entry | None:
        return self.item(self.count() - 1).data(ROW_ROLE) if self.count() else None

    def item_of(self, note_id: int) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(NOTE_ID_ROLE) == note_id:
                return item
        return None

    def call_item(self, interaction_id: int) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(CALL_ID_ROLE) == interaction_id:
                return item
        return None

    def select_quietly(self, note_id: int | None, *, call_id: int | None = None) -> None:
        self.blockSignals(True)
        item = self.item_of(note_id) if note_id is not None else None
        if call_id is not None:
            item = self.call_item(call_id)
        self.setCurrentItem(item)  # type: ignore[arg-type]  # Qt takes None: no current item
        if item is None:
            self.clearSelection()
        self.blockSignals(False)

    def update_row(self, row: NoteRow) -> bool:
        """Show ``row``'s new text in place; False if it is not listed or moved to another day."""
        item = self.item_of(row.id)
        if item is None or item.data(ROW_ROLE).written_on != row.written_on:
            return False
        self._fill(item, row, item.data(WEEK_ROLE))
        return True

    def remove(self, note_id: int) -> None:
        item = self.item_of(note_id)
        if item is not None:
            self.takeItem(self.row(item))

    def _add(self, rows: list[Entry], current_id: int | None) -> None:
        previous = self.last_row()
        week = monday_of(previous.written_on) if previous else None
        for row in rows:
            header = None
            if monday_of(row.written_on) != week:
                week = monday_of(row.written_on)
                header = self._week_title(week)
            item = QListWidgetItem()
            self._fill(item, row, header)
            self.addItem(item)
            if row.id == current_id and isinstance(row, NoteRow):
                self.setCurrentItem(item)

    def _fill(self, item: QListWidgetItem, row: Entry, header: str | None) -> None:
        if isinstance(row, CallRow):
            written_on = QDate(row.written_on)  # type: ignore[call-overload]  # PySide6 takes a date
            day = QLocale().toString(written_on, QLocale.FormatType.ShortFormat)
            item.setText(f"{day}  {call_title(row.kind, row.person)}")
            item.setData(CALL_ID_ROLE, row.id)
            item.setData(ROW_ROLE, row)
            item.setData(WEEK_ROLE, header)
            return
        title = plain(row.title) or self.tr("Untitled entry")
        written_on = QDate(row.written_on)  # type: ignore[call-overload]  # PySide6 takes a date
        day = QLocale().toString(written_on, QLocale.FormatType.ShortFormat)
        about = ", ".join([*row.people, *([row.organization] if row.organization else [])])
        item.setText(f"{day}  {title}" + (f"\n{about}" if about else ""))
        item.setData(NOTE_ID_ROLE, row.id)
        item.setData(ROW_ROLE, row)
        item.setData(WEEK_ROLE, header)

    def _week_title(self, monday: dt.date) -> str:
        this_week = monday_of(dt.date.today())
        if monday == this_week:
            return self.tr("This week")
        if monday == this_week - dt.timedelta(days=7):
            return self.tr("Last week")
        day = date_text(monday)
        return fill(self.tr("Week of {date}"), date=day)

    def _maybe_more(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if self.has_more and value >= bar.maximum() - bar.pageStep():
            self.more_wanted.emit()


class EntryDelegate(QStyledItemDelegate):
    """Paints an entry on three lines: date, kind and title; people; excerpt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[str, tuple[int, int]] = {}

    def _lines(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        return base, bold, small

    def _header_height(self, option: QStyleOptionViewItem) -> int:
        _base, bold, _small = self._lines(option)
        return QFontMetrics(bold).height() + HEADER_GAP * 2

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        key = option.font.key()
        heights = self._heights.get(key)
        if heights is None:
            base, bold, small = self._lines(option)
            entry = (
                QFontMetrics(bold).height()
                + QFontMetrics(small).height()
                + QFontMetrics(base).height()
                + PADDING * 2
                + 4
            )
            heights = self._heights[key] = (entry, entry + self._header_height(option))
        return QSize(200, heights[1] if index.data(WEEK_ROLE) else heights[0])

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: Entry | None = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        base, bold, small = self._lines(option)
        palette: QPalette = option.palette
        rect = QRect(option.rect)
        painter.save()
        header = index.data(WEEK_ROLE)
        if header:
            header_rect = QRect(rect.left(), rect.top(), rect.width(), self._header_height(option))
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text_rect = header_rect.adjusted(PADDING, HEADER_GAP, -PADDING, -HEADER_GAP // 2)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, header
            )
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(
                header_rect.left() + PADDING,
                header_rect.bottom(),
                header_rect.right() - PADDING,
                header_rect.bottom(),
            )
            rect.setTop(header_rect.bottom() + 1)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet_colour = (
            text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        colours = (text_colour, quiet_colour)
        if isinstance(row, CallRow) and not selected:
            painter.fillRect(
                rect.adjusted(0, 0, -rect.width() + 3, 0),
                palette.color(QPalette.ColorRole.Highlight),
            )
        inner = rect.adjusted(PADDING + 2, PADDING, -PADDING - 2, -PADDING)
        y = inner.top()

        day = date_text(row.written_on, "ddd d MMM")
        painter.setFont(small)
        painter.setPen(quiet_colour)
        small_metrics = QFontMetrics(small)
        bold_metrics = QFontMetrics(bold)
        if isinstance(row, CallRow):
            self._paint_call(painter, row, inner, day, (base, bold, small), colours)
            painter.restore()
            return
        prefix = f"{day} · {note_kind_label(row.kind)}"
        prefix_width = small_metrics.horizontalAdvance(prefix + "  ")
        painter.drawText(inner.left(), y + bold_metrics.ascent(), prefix)
        title = row.title or QCoreApplication.translate("EntryList", "Untitled entry")
        _draw_marked(
            painter,
            inner.left() + prefix_width,
            y,
            inner.width() - prefix_width,
            title,
            bold,
            text_colour,
        )
        y += bold_metrics.height()

        about = ", ".join([*row.people, *([row.organization] if row.organization else [])])
        painter.setFont(small)
        painter.setPen(quiet_colour)
        painter.drawText(
            inner.left(),
            y + small_metrics.ascent(),
            small_metrics.elidedText(about, Qt.TextElideMode.ElideRight, inner.width()),
        )
        y += small_metrics.height() + 2
        _draw_marked(painter, inner.left(), y, inner.width(), row.excerpt, base, text_colour)
        painter.restore()

    def _paint_call(
        self,
        painter: QPainter,
        row: CallRow,
        inner: QRect,
        day: str,
        fonts: tuple[QFont, QFont, QFont],
        colours: tuple[QColor, QColor],
    ) -> None:
        """A logged call: its icon, day and title; how it went and the next step; the summary."""
        base, bold, small = fonts
        text_colour, quiet_colour = colours
        small_metrics, bold_metrics = QFontMetrics(small), QFontMetrics(bold)
        y = inner.top()
        size = bold_metrics.height()
        icon_for(row.kind).paint(painter, QRect(inner.left(), y, size, size))
        left = inner.left() + size + 4
        prefix = f"{day} · "
        prefix_width = small_metrics.horizontalAdvance(prefix + " ")
        painter.drawText(left, y + bold_metrics.ascent(), prefix)
        _draw_marked(
            painter,
            left + prefix_width,
            y,
            inner.right() - left - prefix_width,
            call_title(row.kind, row.person),
            bold,
            text_colour,
        )
        y += bold_metrics.height()
        details = [outcome_label(row.outcome)] if row.outcome is not None else []
        next_step = plain(row.next_step)
        if next_step:
            details.append(
                fill(QCoreApplication.translate("EntryList", "Next: {step}"), step=next_step)
            )
        painter.setFont(small)
        painter.setPen(quiet_colour)
        painter.drawText(
            inner.left(),
            y + small_metrics.ascent(),
            small_metrics.elidedText(
                " · ".join(details), Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        y += small_metrics.height() + 2
        summary = " ".join(row.summary.split()) or row.next_step
        _draw_marked(painter, inner.left(), y, inner.width(), summary, base, text_colour)


def icon_for(kind) -> QIcon:
    """One icon per kind of call, made once (each ``icon()`` call makes a new engine)."""
    found = _CALL_ICONS.get(kind)
    if found is None:
        found = _CALL_ICONS[kind] = icon(CALL_ICONS.get(kind, "phone"), "accent")
    return found


_CALL_ICONS: dict = {}


def _draw_marked(
    painter: QPainter, x: int, y: int, width: int, text: str, font: QFont, colour: QColor
) -> None:
    """Draw one line of ``text`` from (x, y top), matches bold on a highlight, elided at width."""
    metrics = QFontMetrics(font)
    match_font = QFont(font)
    match_font.setBold(True)
    match_metrics = QFontMetrics(match_font)
    baseline = y + metrics.ascent()
    right = x + width
    in_match = False
    for part_index, part in enumerate(text.replace(MATCH_END, MATCH_START).split(MATCH_START)):
        in_match = part_index % 2 == 1
        if not part:
            continue
        used = match_metrics if in_match else metrics
        room = right - x
        if room <= used.horizontalAdvance("…"):
            break
        shown = part
        if used.horizontalAdvance(part) > room:
            shown = used.elidedText(part, Qt.TextElideMode.ElideRight, room)
        advance = used.horizontalAdvance(shown)
        if in_match:
            painter.fillRect(QRect(x, y, advance, used.height()), MATCH_COLOUR)
            painter.setPen(QColor("black"))
        else:
            painter.setPen(colour)
        painter.setFont(match_font if in_match else font)
        painter.drawText(x, baseline, shown)
        x += advance
        if shown != part:
            break
