"""The Help menu's guide, the welcome, and Settings.

Only Qt is imported here; each dialog loads the first time its command runs.
"""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow


class GuideCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide_action = QAction(self.tr("Carnet &guide"), window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(lambda: self.show_guide())
        self.welcome_action = QAction(self.tr("&Welcome…"), window)
        self.welcome_action.triggered.connect(lambda: self.show_welcome())
        self.settings_action = QAction(self.tr("&Settings…"), window)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(lambda: self.show_settings())
        self.data_actions = [self.welcome_action, self.settings_action]

    def show_guide(self) -> None:
        from carnet.ui.dialogs.help_dialog import HelpDialog

        HelpDialog(self.window.findChildren(QAction), self.window).exec()

    def show_welcome(self):
        """Open the welcome over the window (without blocking it); returns the dialog."""
        from carnet.ui.dialogs.welcome_dialog import WelcomeDialog

        if self.window.database is None:
            return None
        dialog = WelcomeDialog(self.window.database, self.window)
        dialog.accepted.connect(lambda: self._start(dialog.choice))
        dialog.open()
        return dialog

    def _start(self, choice) -> None:
        from carnet.ui.dialogs.welcome_dialog import StartChoice

        self.window.events.people_changed.emit()
        if choice is StartChoice.DEMO:
            self.open_demo()
        elif choice is StartChoice.IMPORT_LINKEDIN:
            importer = getattr(getattr(self.window, "transfer", None), "import_action", None)
            if importer is not None:
                importer.trigger()

    def show_welcome_if_new(self) -> None:
        from carnet.ui.dialogs.welcome_dialog import needs_welcome

        database = self.window.database
        if database is not None and not self.window.app_paths.demo and needs_welcome(database):
            self.show_welcome()

    def open_demo(self) -> None:
        """Start a second Carnet on the demo file, beside this one."""
        command = (
            [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "carnet"]
        )
        subprocess.Popen([*command, "--demo", "--data-dir", str(self.window.app_paths.data_dir)])

    def show_settings(self) -> None:
        from carnet.ui.dialogs.settings_dialog import SettingsDialog

        if self.window.database is None:
            return
        safety = getattr(self.window, "safety", None)
        restore = safety.restore if safety is not None else None
        SettingsDialog(self.window.database, self.window.app_paths, restore, self.window).exec()
        self.window.events.people_changed.emit()
