"""A tour of every page and every dialog the window can open, for the translation walk and the
screenshots.

``Tour(window, visit).run()`` shows each page of the sidebar (and each tab on it) with its first
row selected, then triggers every menu action and clicks every button that opens something ("…"),
one level into the dialogs they open; each page, tab, wizard page, dialog, message box and menu
is handed to ``visit(name, widget)`` while it is on screen, then the dialog is cancelled. Nothing
is written: every dialog is closed with Cancel (or Escape).

``visible_texts(widget)`` lists what a user can read there: labels, buttons, placeholders,
tooltips, accessible names, titles, tabs, headers, combo items, list rows, menus, charts and the
referral map.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Callable, Iterator

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

Visit = Callable[[str, QWidget], None]

# What must not run during a tour: it would quit, print, or undo/redo.
DENIED = (
    ("MainWindow", "&Quit"),
    ("MainWindow", "&Undo"),
    ("MainWindow", "&Redo"),
    ("CallPreparationDialog", "Print…"),
    ("ReportCommands", "&Print weekly report…"),
)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.replace("&", "").lower()).strip("-")[:40] or "x"


class Tour:
    def __init__(self, window: QMainWindow, visit: Visit, *, depth: int = 2) -> None:
        self.window = window
        self.visit = visit
        self.depth = depth
        self.denied = {QCoreApplication.translate(c, t) for c, t in DENIED}
        self.seen: set[str] = set()

    # -- pages ---------------------------------------------------------------------------------

    def run(self) -> None:
        # What exists before the tour outlives it: frozen, it is left out of the collection
        # after each dialog, which then walks only what the tour made (~0.1 s less a dialog).
        gc.freeze()
        try:
            self.pages()
            self.menus()
        finally:
            gc.unfreeze()

    def pages(self) -> None:
        window = self.window
        for row, key in enumerate(window._page_labels()):
            window.sidebar.setCurrentRow(row)
            QApplication.processEvents()
            page = window.pages.currentWidget()
            select_first_rows(page)
            QApplication.processEvents()
            self._visit(key, window)
            for tabs in _visible(page, QTabWidget):
                for index in range(1, tabs.count()):
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    self._visit(f"{key}-{_slug(tabs.tabText(index))}", window)
                tabs.setCurrentIndex(0)
            self.buttons(page, key, 1)
            self.context_menus(page, key)

    def menus(self) -> None:
        for action in _menu_actions(self.window.menuBar().actions()):
            text = action.text()
            if not text or not action.isEnabled() or text in self.denied:
                continue
            if action.menuRole() == QAction.MenuRole.QuitRole:
                continue
            self.open(action.trigger, f"menu-{_slug(text)}", 1)
        self.window.sidebar.setCurrentRow(0)

    def context_menus(self, page: QWidget, prefix: str) -> None:
        """The right-click menu of the current row of each list that has one."""
        for view in list(_visible(page, QAbstractItemView)):
            index = view.currentIndex()
            if view.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu:
                continue
            if not index.isValid():
                continue
            point = view.visualRect(index).center()
            self.open(
                lambda v=view, p=point: v.customContextMenuRequested.emit(p),
                f"{prefix}-right-click",
                self.depth,  # look, do not click further
            )

    def buttons(self, container: QWidget, prefix: str, depth: int) -> None:
        for button in list(_visible(container, QAbstractButton)):
            text = button.text()
            if (
                "…" in text  # it opens something (the pseudo-translation adds a tail)
                and button.isEnabled()
                and text not in self.denied
                and not isinstance(button.parent(), QTabBar)
            ):
                self.open(button.click, f"{prefix}-{_slug(text)}", depth)

    # -- dialogs -------------------------------------------------------------------------------

    def open(self, trigger: Callable[[], object], name: str, depth: int) -> None:
        """Run ``trigger``; visit what it opens (modal, window-modal, popup or not); close it."""
        before = set(QApplication.topLevelWidgets())
        state = {"done": False, "tries": 0}

        def opened() -> QWidget | None:
            widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
            if widget is not None and widget is not self.window:
                return widget
            for widget in QApplication.topLevelWidgets():
                if widget not in before and widget.isVisible() and isinstance(widget, QDialog):
                    return widget
            return None

        def poll() -> None:
            widget = opened()
            if widget is None:
                state["tries"] += 1
                if state["tries"] < 40:
                    QTimer.singleShot(10, poll)
                else:
                    state["done"] = True
                return
            self.explore(widget, name, depth)
            close(widget)
            state["done"] = True

        QTimer.singleShot(0, poll)
        trigger()
        for _ in range(500):  # at most 5 s
            if state["done"]:
                break
            QTest.qWait(10)
        for widget in QApplication.topLevelWidgets():
            if widget not in before and widget.isVisible() and widget is not self.window:
                close(widget)
        QApplication.processEvents()
        # The dialogs just closed are garbage now: collect it here, between two steps, rather
        # than in the middle of the next view's signal handler (PySide has crashed there).
        gc.collect()

    def explore(self, widget: QWidget, name: str, depth: int) -> None:
        # A dialog that reads in the background (the import's preview) is explored once it
        # shows what it read, then once its deferred fitting is done: not at the mercy of load.
        for _ in range(500):
            if getattr(widget, "plan", True) is not None:
                break
            QTest.qWait(10)
        for _ in range(10):
            QApplication.processEvents()
        if isinstance(widget, QWizard):
            for number in range(len(widget.pageIds())):
                self._visit(f"{name}-{number + 1}", widget)
                if number + 1 < len(widget.pageIds()):
                    widget.next()
                    QApplication.processEvents()
            return
        self._visit(name, widget)
        for tabs in _visible(widget, QTabWidget):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                self._visit(f"{name}-{_slug(tabs.tabText(index))}", widget)
            tabs.setCurrentIndex(0)
        if depth < self.depth and not isinstance(widget, QMenu):
            self.buttons(widget, name, depth + 1)

    def _visit(self, name: str, widget: QWidget) -> None:
        unique, number = name, 2
        while unique in self.seen:
            unique, number = f"{name}-{number}", number + 1
        self.seen.add(unique)
        self.visit(unique, widget)


def open_call_mode(tour: Tour) -> None:
    """The call mode's window, for someone a connector introduced (briefing, opening line)."""
    from sqlalchemy import select

    from carnet.domain.models import Introduction

    window = tour.window
    with window.database.reading() as session:
        called = session.scalars(
            select(Introduction.introduced_id).order_by(Introduction.id)
        ).first()
    if called is not None:
        tour.open(lambda: window.call_mode.start(called), "call-mode", 1)


def close(widget: QWidget) -> None:
    if isinstance(widget, QMessageBox):
        escape = widget.escapeButton()
        if escape is not None:
            escape.click()
            return
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


def select_first_rows(page: QWidget) -> None:
    """Select the first row of each list on the page, so that its details show."""
    for view in _visible(page, QAbstractItemView):
        model = view.model()
        if model is None or not model.rowCount(QModelIndex()):
            continue
        index = view.currentIndex() if view.currentIndex().isValid() else model.index(0, 0)
        while model.rowCount(index):  # a person rather than a group, or the root of a tree
            index = model.index(0, 0, index)
        if index != view.currentIndex():
            view.setCurrentIndex(index)


def _visible(container: QWidget, kind: type) -> Iterator:
    for child in container.findChildren(kind):
        if child.isVisibleTo(container.window()):
            yield child


def _menu_actions(actions: list[QAction]) -> Iterator[QAction]:
    for action in actions:
        if action.menu() is not None:
            yield from _menu_actions(action.menu().actions())
        elif not action.isSeparator():
            yield action


# -- what a user can read ------------------------------------------------------------------------


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text shown in ``top`` and its visible children."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found.append((where, text))

    add("window title", top.windowTitle())
    widgets = [top, *(w for w in top.findChildren(QWidget) if w.isVisibleTo(top))]
    for widget in widgets:
        kind = type(widget).__name__
        add(f"{kind} tooltip", widget.toolTip())
        add(f"{kind} accessible name", widget.accessibleName())
        if isinstance(widget, QLabel):
            add("label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add("button", widget.text())
        elif isinstance(widget, QLineEdit):
            add("placeholder", widget.placeholderText())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            add("placeholder", widget.placeholderText())
            if widget.isReadOnly():
                add("text", widget.toPlainText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add("combo item", widget.itemText(index))
        elif isinstance(widget, QGroupBox):
            add("group title", widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add("tab", widget.tabText(index))
                add("tab tooltip", widget.tabToolTip(index))
        elif isinstance(widget, QSpinBox):
            add("spin box", widget.prefix())
            add("spin box", widget.suffix())
            add("spin box", widget.specialValueText())
        elif isinstance(widget, QAbstractSpinBox) and not isinstance(widget, QDateTimeEdit):
            add("spin box", widget.specialValueText())
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget.window(), QFileDialog):
            found.extend(_item_texts(widget))  # (a file dialog lists the user's own files)
        elif isinstance(widget, QChartView):
            chart = widget.chart()
            add("chart title", chart.title())
            for axis in chart.axes():
                add("chart axis", axis.titleText())
            for series in chart.series():
                add("chart series", series.name())
                for bar_set in getattr(series, "barSets", list)():
                    add("chart bars", bar_set.label())
        elif isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsTextItem):
                    add("map", item.toPlainText())
                elif isinstance(item, QGraphicsSimpleTextItem):
                    add("map", item.text())
                add("map tooltip", item.toolTip())
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                add("menu", action.text())
                if action.menu() is not None:
                    for inner in _menu_actions(action.menu().actions()):
                        add("submenu", inner.text())
    if isinstance(top, QMainWindow):
        for action in _menu_actions(top.menuBar().actions()):
            add("menu", action.text())
            add("menu tooltip", action.toolTip() if action.toolTip() != action.text() else "")
        for menu_action in top.menuBar().actions():
            add("menu bar", menu_action.text())
    if isinstance(top, QMessageBox):
        add("message", top.text())
        add("message", top.informativeText())
    return found


def _columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps it private: one column
        return 1


def _item_texts(view: QAbstractItemView, limit: int = 60) -> list[tuple[str, str]]:
    model = view.model()
    found = []
    if model is None:
        return found
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = _columns(model, QModelIndex()) if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str) and value.strip():
                    found.append(("header", value))

    def rows(parent: QModelIndex, budget: list[int]) -> None:
        for row in range(model.rowCount(parent)):
            if budget[0] <= 0:
                return
            budget[0] -= 1
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str) and value.strip():
                        found.append(("row", value))
            first = model.index(row, 0, parent)
            if model.rowCount(first):
                rows(first, budget)

    rows(QModelIndex(), [limit])
    return found
