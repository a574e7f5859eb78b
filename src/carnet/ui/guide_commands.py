"""The Help menu's guide, the welcome, and Settings.

Only Qt is imported here; each dialog loads the first time its command runs.
"""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from carnet.db.engine import Database
    from carnet.paths import AppPaths
    from carnet.ui.events import DataEvents


class GuideCommands(QObject):
    """``import_action`` starts an import (the welcome offers it); ``restore`` opens the restore
    dialog (Settings offers it). The database is given by ``attach`` once it is open."""

    def __init__(
        self,
        parent: QWidget,
        app_paths: AppPaths,
        events: DataEvents,
        import_action: QAction,
        restore: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._app_paths = app_paths
        self._events = events
        self._import_action = import_action
        self._restore = restore
        self._database: Database | None = None
        self.guide_action = QAction(self.tr("Carnet &guide"), parent)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(lambda: self.show_guide())
        self.welcome_action = QAction(self.tr("&Welcome…"), parent)
        self.welcome_action.triggered.connect(lambda: self.show_welcome())
        self.settings_action = QAction(self.tr("&Settings…"), parent)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(lambda: self.show_settings())
        self.data_actions = [self.welcome_action, self.settings_action]

    def attach(self, database: Database) -> None:
        self._database = database

    def show_guide(self) -> None:
        from carnet.ui.dialogs.help_dialog import HelpDialog

        HelpDialog(self._parent.findChildren(QAction), self._parent).exec()

    def show_welcome(self):
        """Open the welcome over the window (without blocking it); returns the dialog."""
        from carnet.ui.dialogs.welcome_dialog import WelcomeDialog

        if self._database is None:
            return None
        dialog = WelcomeDialog(self._database, self._parent)
        dialog.accepted.connect(lambda: self._start(dialog.choice))
        dialog.open()
        return dialog

    def _start(self, choice) -> None:
        from carnet.ui.dialogs.welcome_dialog import StartChoice

        self._events.people_changed.emit()
        if choice is StartChoice.DEMO:
            self.open_demo()
        elif choice is StartChoice.IMPORT_LINKEDIN:
            self._import_action.trigger()

    def show_welcome_if_new(self) -> None:
        from carnet.ui.dialogs.welcome_dialog import needs_welcome

        database = self._database
        if database is not None and not self._app_paths.demo and needs_welcome(database):
            self.show_welcome()

    def open_demo(self) -> None:
        """Start a second Carnet on the demo file, beside this one."""
        command = (
            [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "carnet"]
        )
        portable = ["--portable"] if self._app_paths.portable else []  # its settings and logs too
        subprocess.Popen(
            [*command, "--demo", "--data-dir", str(self._app_paths.data_dir), *portable]
        )

    def show_settings(self) -> None:
        from carnet.ui.dialogs.settings_dialog import SettingsDialog

        if self._database is None:
            return
        SettingsDialog(self._database, self._app_paths, self._restore, self._parent).exec()
        self._events.people_changed.emit()
