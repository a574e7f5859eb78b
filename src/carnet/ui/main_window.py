"""The main window: a sidebar of views, the menus, and the data file in the title."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
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
from carnet.ui import window_state
from carnet.ui.calls import CallCommands
from carnet.ui.chrome import dress
from carnet.ui.events import DataEvents
from carnet.ui.guide_commands import GuideCommands
from carnet.ui.messages import MessageCommands
from carnet.ui.reports.commands import ReportCommands
from carnet.ui.roles import OpenData, PersonSelection
from carnet.ui.safety import SafetyCommands
from carnet.ui.transfer import TransferCommands
from carnet.ui.widgets import elided_tips
from carnet.ui.wording import fill, fill_rich

if TYPE_CHECKING:
    from carnet.db.engine import Database
    from carnet.ui.external_changes import ExternalChanges
    from carnet.ui.tray import ReminderTray
    from carnet.ui.views.contacts_view import ContactsView
    from carnet.ui.views.dashboard_view import DashboardView
    from carnet.ui.views.followups_view import FollowUpsView
    from carnet.ui.views.notebook_view import NotebookView
    from carnet.ui.views.organizations_view import OrganizationsView
    from carnet.ui.views.referral_view import ReferralView
    from carnet.ui.views.targets_view import TargetsView
    from carnet.ui.views.today_view import TodayView


class MainWindow(QMainWindow):
    """Built in two steps so that it shows at once: the frame, then ``attach(database)``.

    The frame (sidebar, menus, title) needs neither the database nor SQLAlchemy; the views are
    imported and built when the database is attached, a moment after the window is on screen
    and after a first look at Today's agenda is painted (``carnet.ui.first_today``).
    """

    ready = Signal()

    def __init__(self, app_paths: AppPaths) -> None:
        super().__init__()
        self.app_paths = app_paths
        self.database: Database | None = None
        self.open_data: OpenData | None = None
        self.external_changes: ExternalChanges | None = None
        self.tray: ReminderTray | None = None
        self._built: dict[str, QWidget] = {}
        self.events = DataEvents(self)

        self.pages = QStackedWidget()
        opening = QLabel(self.tr("Opening your data…"))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening: QWidget = opening
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
        self.undo_stack = QUndoStack(self)
        self._build_menus()
        dress(self)
        self._set_title()
        window_state.restore_geometry(self)
        self.setAcceptDrops(True)

    def _page_labels(self) -> dict[str, str]:
        """The sidebar, in order: each key is the attribute that holds the page once attached."""
        return {
            "today": self.tr("Today"),
            "contacts": self.tr("Contacts"),
            "organizations": self.tr("Organisations"),
            "referrals": self.tr("Referral tree"),
            "targets": self.tr("Target companies"),
            "notebook": self.tr("Notebook"),
            "followups": self.tr("Follow-ups"),
            "dashboard": self.tr("Dashboard"),
        }

    def _build_page(self, name: str) -> QWidget:
        """Import and build one page (imports are here: they pull in SQLAlchemy)."""
        database = self.database
        assert database is not None, "pages are built once the database is attached"
        page: QWidget
        if name == "today":
            from carnet.ui.views.today_view import TodayView

            page = TodayView(database, self.events)
            self._wire_today(page)
        elif name == "contacts":
            from carnet.ui.views.contacts_view import ContactsView

            page = ContactsView(database, self.events, self.undo_stack)
            page.open_note_requested.connect(self.open_note)
            page.find_duplicates_requested.connect(self.find_duplicates)
            page.import_requested.connect(lambda: self.transfer.import_contacts())
            page.new_lead_requested.connect(self.new_lead)
            page.demo_requested.connect(lambda: self.guide.open_demo())
            page.message_requested.connect(self.messages.compose)
        elif name == "organizations":
            from carnet.ui.views.organizations_view import OrganizationsView

            page = OrganizationsView(database, self.events, self.undo_stack)
            page.open_person_requested.connect(self.open_person)
            page.open_note_requested.connect(self.open_note)
        elif name == "referrals":
            from carnet.ui.views.referral_view import ReferralView

            page = ReferralView(database, self.events)
            page.open_person_requested.connect(self.open_person)
            page.message_requested.connect(self.messages.compose)
            page.call_now_requested.connect(self.call_now)
        elif name == "targets":
            from carnet.ui.views.targets_view import TargetsView

            page = TargetsView(database, self.events)
            page.open_person_requested.connect(self.open_person)
            page.show_in_tree_requested.connect(self.show_in_referral_tree)
        elif name == "notebook":
            from carnet.ui.views.notebook_view import NotebookView

            page = NotebookView(database, self.events)
            page.correct_call_requested.connect(self.contacts.calls.correct)
            page.delete_call_requested.connect(self.contacts.calls.delete)
            page.open_person_requested.connect(self.open_person)
        elif name == "followups":
            from carnet.ui.views.followups_view import FollowUpsView

            page = FollowUpsView(database, self.events)
            page.open_person_requested.connect(self.open_person)
            page.due_count_changed.connect(self._show_follow_up_count)
            page.export_requested.connect(lambda: self.reports.export_calendar())
        elif name == "dashboard":
            from carnet.ui.views.dashboard_view import DashboardView

            page = DashboardView(database, self.events)
            page.log_call_requested.connect(lambda: self.calls.log_call())
        else:
            raise KeyError(name)
        self._built[name] = page
        placeholder = self.pages.widget(self._page_index(name))
        assert placeholder is not None
        current = self.pages.currentWidget() is placeholder
        self.pages.insertWidget(self._page_index(name), page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        if current:
            self.pages.setCurrentWidget(page)
        window_state.restore_splitters(self, {name: page})
        elided_tips.install_on(page)
        return page

    def _page_index(self, name: str) -> int:
        return list(self._page_labels()).index(name)

    def _page(self, name: str) -> QWidget:
        """The page, built now if it is not yet; before ``attach`` there is none (as an
        attribute not set yet, so that ``getattr(window, "notebook", None)`` still says so)."""
        page = self._built.get(name)
        if page is not None:
            return page
        if self.database is None:
            raise AttributeError(name)
        return self._build_page(name)

    @property
    def today(self) -> TodayView:
        return cast("TodayView", self._page("today"))

    @property
    def contacts(self) -> ContactsView:
        return cast("ContactsView", self._page("contacts"))

    @property
    def organizations(self) -> OrganizationsView:
        return cast("OrganizationsView", self._page("organizations"))

    @property
    def referrals(self) -> ReferralView:
        return cast("ReferralView", self._page("referrals"))

    @property
    def targets(self) -> TargetsView:
        return cast("TargetsView", self._page("targets"))

    @property
    def notebook(self) -> NotebookView:
        return cast("NotebookView", self._page("notebook"))

    @property
    def followups(self) -> FollowUpsView:
        return cast("FollowUpsView", self._page("followups"))

    @property
    def dashboard(self) -> DashboardView:
        return cast("DashboardView", self._page("dashboard"))

    def show_while_opening(self, widget: QWidget) -> None:
        """Show ``widget`` instead of "Opening your data…" until the pages are attached."""
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        self.opening = widget
        self.pages.addWidget(widget)
        self.pages.setCurrentWidget(widget)

    def attach(self, database: Database) -> None:
        """Build the pages on the open database and show Today, the page Carnet always opens
        on: the day's work first, whatever page was open when Carnet was closed.

        (Building the pages one per turn of the event loop once the first was painted let them
        be built in the middle of a dialog's own loop, and PySide crashed in the walk through
        every page of test_translations: they are built here again, as before issue 17. Today's
        agenda shows before all this anyway: carnet.ui.first_today.)
        """
        self.database = database
        self.messages = MessageCommands(database, self.events, self.undo_stack, self)
        database.keep_responsive()  # a save on this thread never freezes it for seconds
        for _name in self._page_labels():
            self.pages.addWidget(QWidget())
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        self.pages.setCurrentIndex(0)
        first = self.contacts
        self.open_data = OpenData(database, self.app_paths, self.events, editors=self)
        self.transfer.attach(self.open_data)
        self.safety.attach(self.open_data, first)
        self.reports.attach(database)
        self.calls.attach(database)
        from carnet.ui.call_mode import CallModeCommands

        self.call_mode = CallModeCommands(database, self.events, self.undo_stack, self)
        self.calls.call_now_requested.connect(self.call_now)
        self.guide.attach(database)
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.sidebar.setEnabled(True)
        self.sidebar.setCurrentRow(0)
        for action in self.data_actions:
            action.setEnabled(True)
        from carnet.ui.external_changes import ExternalChanges

        self.external_changes = ExternalChanges(database, self.events, self)
        self.external_changes.changed.connect(first.reload_clean_card)
        self._refresh_title()
        self.events.people_changed.connect(self._refresh_title)
        for name in self._page_labels():
            self._page(name)
        self._start_tray(database)
        self.ready.emit()

    def _start_tray(self, database: Database) -> None:
        """The notification-area icon and the daily reminder (carnet.ui.tray)."""
        from PySide6.QtGui import QIcon

        from carnet.ui.resources import app_icon_path
        from carnet.ui.tray import ReminderTray

        self.tray = ReminderTray(QIcon(str(app_icon_path())), self)
        self.tray.open_today_requested.connect(self.show_today)
        self.tray.quit_requested.connect(self.quit_from_tray)
        self.tray.attach(database)

    def quit_from_tray(self) -> None:
        if self.close():  # the notebook's entry is saved first, or the user stays
            QApplication.quit()

    def _set_title(self, profile_name: str = "") -> None:
        """Whose notebook this is, "Carnet — Claire Moreau (demo)"; the file is in About."""
        title = fill(self.tr("Carnet — {name}"), name=profile_name) if profile_name else "Carnet"
        if self.app_paths.demo:
            title += " " + self.tr("(demo)")
        if self.app_paths.portable:
            title += " " + self.tr("(portable)")
        self.setWindowTitle(title)
        self.setWindowFilePath(str(self.app_paths.database))

    def _refresh_title(self) -> None:
        from carnet.domain.referrals import user_name

        assert self.database is not None
        with self.database.reading() as session:
            self._set_title(user_name(session))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_contact_action = QAction(self.tr("&New contact"), self)
        self.new_contact_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_contact_action.triggered.connect(self.new_contact)
        file_menu.addAction(self.new_contact_action)
        self.new_lead_action = QAction(self.tr("New &lead…"), self)
        self.new_lead_action.setShortcut(QKeySequence("Ctrl+L"))
        # From the call-preparation sheet too: a name is often given in the middle of a call.
        self.new_lead_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_lead_action.setToolTip(self.tr("Note a name someone gave you (Ctrl+L)"))
        self.new_lead_action.triggered.connect(self.new_lead)
        file_menu.addAction(self.new_lead_action)
        toolbar = self.addToolBar(self.tr("Quick actions"))
        toolbar.setObjectName("quickActions")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_lead_action)
        self.new_entry_action = QAction(self.tr("New notebook &entry"), self)
        self.new_entry_action.setShortcut(QKeySequence("Ctrl+E"))
        self.new_entry_action.triggered.connect(self.new_notebook_entry)
        file_menu.addAction(self.new_entry_action)
        file_menu.addSeparator()
        self.transfer = TransferCommands(self)
        for action in self.transfer.actions:
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.reports = ReportCommands(self)
        for action in self.reports.actions:
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.safety = SafetyCommands(self, restore_file=self.transfer.restore_backup)
        for action in self.safety.actions:
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.guide = GuideCommands(
            self, self.app_paths, self.events, self.transfer.import_action, self.safety.restore
        )
        file_menu.addAction(self.guide.settings_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_duplicates_action = QAction(self.tr("Find &duplicates…"), self)
        self.find_duplicates_action.triggered.connect(self.find_duplicates)
        edit_menu.addAction(self.find_duplicates_action)

        calls_menu = self.menuBar().addMenu(self.tr("&Calls"))
        self.calls = CallCommands(self, self.events, selection=self)
        for action in self.calls.actions:
            if action is self.calls.playbook_action:
                calls_menu.addSeparator()
            calls_menu.addAction(action)
        calls_menu.addSeparator()
        self.message_action = QAction(self.tr("&Write a message…"), self)
        self.message_action.triggered.connect(lambda: self.write_message(""))
        self.templates_action = QAction(self.tr("Message &templates…"), self)
        self.templates_action.triggered.connect(lambda: self.messages.edit_templates())
        calls_menu.addActions([self.message_action, self.templates_action])

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_actions = []
        for row in range(self.sidebar.count()):
            action = QAction(self.sidebar.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.sidebar.setCurrentRow(r))
            view_menu.addAction(action)
            view_actions.append(action)
        self.view_actions = view_actions
        self.data_actions = [
            self.new_contact_action,
            self.new_lead_action,
            self.find_duplicates_action,
            self.new_entry_action,
            *self.transfer.actions,
            *self.reports.actions,
            *self.safety.actions,
            *self.calls.actions,
            self.message_action,
            self.templates_action,
            *self.guide.data_actions,
            *view_actions,
        ]
        for action in self.data_actions:
            action.setEnabled(False)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide.guide_action)
        help_menu.addAction(self.guide.welcome_action)
        help_menu.addSeparator()
        about_action = QAction(self.tr("&About Carnet"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _show_page(self, row: int) -> None:
        notebook = self._built.get("notebook")
        if notebook is not None and self.pages.currentWidget() is notebook:
            cast("NotebookView", notebook).save_now()
        self.pages.setCurrentWidget(self._page(list(self._page_labels())[row]))

    def show_view(self, view) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(view))

    def selected_person_id(self) -> int | None:
        """The person selected in the view on screen, else in Contacts; None if nobody is."""
        if self.database is None:
            return None
        for view in (self.pages.currentWidget(), self.contacts):
            if isinstance(view, PersonSelection):
                person_id = view.selected_person_id()
                if person_id is not None:
                    return person_id
        return None

    def save_editors(self) -> bool:
        """Save the notebook entry being written; False if it could not be saved."""
        return self.database is None or self.notebook.save_now()

    def reset_editors(self) -> None:
        """Editors that hold a row of data just replaced start afresh on an empty one."""
        if self.database is not None:
            self.contacts.new_person()
            self.notebook.new_entry()

    def _wire_today(self, page: TodayView) -> None:
        """Today's one-click actions, to the commands that carry them out."""
        page.open_person_requested.connect(self.open_person)
        page.prepare_requested.connect(lambda pid: self.calls.prepare_call(pid))
        page.call_now_requested.connect(self.call_now)
        page.message_requested.connect(self.messages.compose)
        page.count_changed.connect(lambda count: self._show_count("today", count))
        page.follow_ups_requested.connect(lambda: self.show_view(self.followups))
        page.import_requested.connect(lambda: self.transfer.import_contacts())
        page.new_person_requested.connect(self.new_contact)
        page.demo_requested.connect(lambda: self.guide.open_demo())

    def show_today(self) -> None:
        """Bring the window forward on Today (the tray's reminder opens it too)."""
        from carnet.ui.single_instance import bring_to_front

        bring_to_front(self)
        self.show_view(self.today)

    def _show_follow_up_count(self, count: int) -> None:
        """ "Follow-ups (3)": what is overdue or due today."""
        self._show_count("followups", count)

    def _show_count(self, page: str, count: int) -> None:
        item = self.sidebar.item(list(self._page_labels()).index(page))
        label = self._page_labels()[page]
        # Only the label is words to translate: the count in brackets reads the same everywhere
        # (and a pseudo-translation would otherwise pad the label twice).
        item.setText(f"{label} ({QLocale().toString(count)})" if count else label)

    def new_contact(self) -> None:
        self.show_view(self.contacts)
        self.contacts.new_person()

    def new_lead(self) -> None:
        """Quick capture of a lead, wherever the user is; they stay where they were."""
        said = self.contacts.capture_lead()
        if said:
            self.statusBar().showMessage(said, 6000)

    def find_duplicates(self) -> None:
        self.show_view(self.contacts)
        self.contacts.find_duplicates()

    def open_note(self, note_id: int) -> None:
        self.show_view(self.notebook)
        self.notebook.open_entry(note_id)

    def new_notebook_entry(self) -> None:
        self.show_view(self.notebook)
        self.notebook.new_entry()

    def open_person(self, person_id: int) -> None:
        self.show_view(self.contacts)
        self.contacts.open_person(person_id)

    def write_message(self, kind: str) -> None:
        """A message to the person selected (Calls ▸ Write a message…)."""
        person_id = self.selected_person_id()
        if person_id is None:
            self.statusBar().showMessage(
                self.tr("Choose a person first, in Contacts or in the referral tree."), 6000
            )
            return
        self.messages.compose(kind, person_id)

    def call_now(self, person_id: int) -> None:
        """The call mode for ``person_id`` (the Calls menu, the referral tree, the Today page)."""
        self.call_mode.start(person_id)

    def show_in_referral_tree(self, person_id: int) -> None:
        self.show_view(self.referrals)
        self.referrals.show_in_list(person_id)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Carnet"),
            fill_rich(
                self.tr(
                    "<p><b>Carnet</b> {version}</p>"
                    "<p>Your network, relay by relay: who introduced you to whom, "
                    "your calls and your notes.</p>"
                    "<p>Your data: {file}</p>"
                ),
                version=__version__,
                file=self.app_paths.database,
            ),
        )

    def _pages(self) -> dict[str, QWidget]:
        """The pages built so far (a page never opened keeps its saved splitters)."""
        return dict(self._built)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """A contacts file (or a backup file) dropped on the window is imported (or restored)."""
        if self.transfer.accepts(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.transfer.drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        notebook = self._built.get("notebook")
        if notebook is not None and not cast("NotebookView", notebook).can_close():
            event.ignore()
            return
        if self.external_changes is not None:
            self.external_changes.stop()
        if self.tray is not None and QApplication.quitOnLastWindowClosed():
            self.tray.stop()  # started hidden (--hidden), Carnet stays in the tray
        window_state.save(self, self._pages() if self.database is not None else {})
        super().closeEvent(event)
