"""The main window: a sidebar of views, the menus, and the data file in the title."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from carnet import __version__
from carnet.db.engine import Database
from carnet.paths import AppPaths
from carnet.ui.events import DataEvents
from carnet.ui.views.contacts_view import ContactsView
from carnet.ui.views.notebook_view import NotebookView
from carnet.ui.views.referral_view import ReferralView


class MainWindow(QMainWindow):
    def __init__(self, database: Database, app_paths: AppPaths) -> None:
        super().__init__()
        self.database = database
        self.app_paths = app_paths
        self.events = DataEvents(self)

        self.contacts = ContactsView(database, self.events)
        self.referrals = ReferralView(database, self.events)
        self.notebook = NotebookView(database, self.events)
        self.referrals.open_person_requested.connect(self.open_person)

        self.pages = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setIconSize(QSize(20, 20))
        for label, page in (
            (self.tr("Contacts"), self.contacts),
            (self.tr("Referral tree"), self.referrals),
            (self.tr("Notebook"), self.notebook),
        ):
            self.pages.addWidget(page)
            item = QListWidgetItem(label)
            item.setSizeHint(QSize(0, 36))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.sidebar.setCurrentRow(0)
        widest = max(
            self.sidebar.fontMetrics().horizontalAdvance(self.sidebar.item(r).text())
            for r in range(self.sidebar.count())
        )
        self.sidebar.setFixedWidth(widest + 48)

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

    def _set_title(self) -> None:
        title = self.tr("Carnet — {file}").replace("{file}", str(self.database.path))
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
        for row in range(self.sidebar.count()):
            action = QAction(self.sidebar.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.sidebar.setCurrentRow(r))
            view_menu.addAction(action)

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
            .replace("{file}", html.escape(str(self.database.path))),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.notebook.save_now()
        super().closeEvent(event)
