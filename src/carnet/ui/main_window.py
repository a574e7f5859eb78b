"""The main window: a sidebar of views, the menus, and the data file in the title."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from carnet import __version__
from carnet.paths import AppPaths
from carnet.ui.events import DataEvents

if TYPE_CHECKING:
    from carnet.db.engine import Database


class MainWindow(QMainWindow):
    """Built in two steps so that it shows at once: the frame, then ``attach(database)``.

    The frame (sidebar, menus, title) needs neither the database nor SQLAlchemy; the views are
    imported and built when the database is attached, a moment after the window is on screen.
    """

    ready = Signal()

    def __init__(self, app_paths: AppPaths) -> None:
        super().__init__()
        self.app_paths = app_paths
        self.database: Database | None = None
        self.events = DataEvents(self)

        self.pages = QStackedWidget()
        self.opening = QLabel(self.tr("Opening your data…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.opening)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Views"))
        for label in self._page_labels().values():
            item = QListWidgetItem(label)
            item.setSizeHint(QSize(0, 36))
            self.sidebar.addItem(item)
        widest = max(
            self.sidebar.fontMetrics().horizontalAdvance(self.sidebar.item(r).text())
            for r in range(self.sidebar.count())
        )
        self.sidebar.setFixedWidth(widest + 48)
        self.sidebar.setEnabled(False)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._set_title()
        self.resize(1100, 700)

    def _page_labels(self) -> dict[str, str]:
        """The sidebar, in order: each key is the attribute that holds the page once attached."""
        return {
            "contacts": self.tr("Contacts"),
            "referrals": self.tr("Referral tree"),
            "notebook": self.tr("Notebook"),
        }

    def _build_pages(self, database: Database) -> None:
        """Import and build every page (imports are here: they pull in SQLAlchemy)."""
        from carnet.ui.views.contacts_view import ContactsView
        from carnet.ui.views.notebook_view import NotebookView
        from carnet.ui.views.referral_view import ReferralView

        self.contacts = ContactsView(database, self.events)
        self.referrals = ReferralView(database, self.events)
        self.notebook = NotebookView(database, self.events)
        self.referrals.open_person_requested.connect(self.open_person)

    def attach(self, database: Database) -> None:
        """Build the views on the open database and show the first one."""
        self.database = database
        self._build_pages(database)
        for name in self._page_labels():
            self.pages.addWidget(getattr(self, name))
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.sidebar.setEnabled(True)
        self.sidebar.setCurrentRow(0)
        self._show_page(0)
        for action in self.data_actions:
            action.setEnabled(True)
        self.ready.emit()

    def _set_title(self) -> None:
        title = self.tr("Carnet — {file}").replace("{file}", str(self.app_paths.database))
        if self.app_paths.demo:
            title += " " + self.tr("(demo)")
        self.setWindowTitle(title)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_contact_action = QAction(self.tr("&New contact"), self)
        self.new_contact_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_contact_action.triggered.connect(self.new_contact)
        file_menu.addAction(self.new_contact_action)
        self.new_entry_action = QAction(self.tr("New notebook &entry"), self)
        self.new_entry_action.setShortcut(QKeySequence("Ctrl+E"))
        self.new_entry_action.triggered.connect(self.new_notebook_entry)
        file_menu.addAction(self.new_entry_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_actions = []
        for row in range(self.sidebar.count()):
            action = QAction(self.sidebar.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.sidebar.setCurrentRow(r))
            view_menu.addAction(action)
            view_actions.append(action)
        self.data_actions = [self.new_contact_action, self.new_entry_action, *view_actions]
        for action in self.data_actions:
            action.setEnabled(False)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Carnet"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _show_page(self, row: int) -> None:
        if self.pages.currentWidget() is self.notebook:
            self.notebook.save_now()
        self.pages.setCurrentIndex(row)

    def show_view(self, view) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(view))

    def new_contact(self) -> None:
        self.show_view(self.contacts)
        self.contacts.new_person()

    def new_notebook_entry(self) -> None:
        self.show_view(self.notebook)
        self.notebook.new_entry()

    def open_person(self, person_id: int) -> None:
        self.show_view(self.contacts)
        self.contacts.open_person(person_id)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Carnet"),
            self.tr(
                "<p><b>Carnet</b> {version}</p>"
                "<p>Your network, relay by relay: who introduced you to whom, "
                "your calls and your notes.</p>"
                "<p>Your data: {file}</p>"
            )
            .replace("{version}", __version__)
            .replace("{file}", html.escape(str(self.app_paths.database))),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.database is not None:
            self.notebook.save_now()
        super().closeEvent(event)
