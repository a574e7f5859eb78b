"""Carnet in the notification area: the daily reminder of what is due, and a way back to Today.

While Carnet runs, at the hour chosen in Settings (a preference of this computer, 9:00 unless
changed), a system notification lists what is due today (``carnet.domain.reminders``); clicking
it, or the icon, brings the window forward on Today (``open_today_requested``). When Carnet
starts after the hour and today's reminder was not shown, it comes at once. When the system has
no notification area (``QSystemTrayIcon.isSystemTrayAvailable()`` false) nothing is scheduled and
Settings says why.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from carnet.domain.reminders import DEFAULT_TIME, DueToday, due_today, next_reminder
from carnet.ui.wording import fill

if TYPE_CHECKING:
    from carnet.db.engine import Database

ENABLED_KEY = "reminder/enabled"
TIME_KEY = "reminder/time"
SHOWN_KEY = "reminder/shown_on"
LONGEST_WAIT_MS = 60_000
"""The timer looks again at least every minute: a new hour in Settings, or a computer that slept,
is caught without any other signal."""


class ReminderChoices(QObject):
    """Says when Settings changed the reminder, so that a running tray waits for the new hour."""

    changed = Signal()


choices = ReminderChoices()


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def reminder_enabled() -> bool:
    return str(QSettings().value(ENABLED_KEY, "true")).lower() in ("true", "1")


def reminder_time() -> dt.time:
    try:
        return dt.time.fromisoformat(str(QSettings().value(TIME_KEY, "")))
    except ValueError:
        return DEFAULT_TIME


def choose_reminder(enabled: bool, at: dt.time) -> None:
    settings = QSettings()
    settings.setValue(ENABLED_KEY, "true" if enabled else "false")
    settings.setValue(TIME_KEY, at.strftime("%H:%M"))
    choices.changed.emit()


def shown_on() -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(QSettings().value(SHOWN_KEY, "")))
    except ValueError:
        return None


class ReminderTray(QObject):
    """The icon, its menu, and the timer of the daily reminder; the database comes with
    ``attach``. ``icon`` is the real ``QSystemTrayIcon`` (shown only where a tray exists)."""

    open_today_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database: Database | None = None
        self._keep_visible = False
        self.last_message: tuple[str, str] | None = None
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("Carnet")
        self.menu = QMenu()
        self.today_action = QAction(self.tr("Open Today"), self)
        self.quit_action = QAction(self.tr("Quit Carnet"), self)
        self.menu.addAction(self.today_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.today_action.triggered.connect(self.open_today_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.messageClicked.connect(self.open_today_requested)
        self.icon.activated.connect(self._activated)
        self.timer.timeout.connect(self._time_to_look)
        choices.changed.connect(self.schedule)

    def attach(self, database: Database) -> None:
        self._database = database
        self.schedule()

    def keep_visible(self) -> None:
        """Started hidden: the icon is the only way to the window, whatever the reminder."""
        self._keep_visible = True
        self.schedule()

    def schedule(self) -> None:
        """Show the icon if it is useful here, and wait for the next reminder."""
        self.timer.stop()
        enabled = reminder_enabled()
        self.icon.setVisible(tray_available() and (enabled or self._keep_visible))
        if not (tray_available() and enabled) or self._database is None:
            return
        now = dt.datetime.now()
        wait = next_reminder(now, reminder_time(), shown_on()) - now
        self.timer.start(min(LONGEST_WAIT_MS, max(0, int(wait.total_seconds() * 1000))))

    def stop(self) -> None:
        self.timer.stop()
        self.icon.hide()

    def _time_to_look(self) -> None:
        now = dt.datetime.now()
        if now >= next_reminder(now, reminder_time(), shown_on()):
            self.remind()
        self.schedule()

    def remind(self) -> tuple[str, str] | None:
        """Notify what is due today, once: the day is remembered even when nothing is due (the
        notification is then left out). Returns the title and text shown, if any."""
        assert self._database is not None
        today = dt.date.today()
        with self._database.reading() as session:
            due = due_today(session, today)
        QSettings().setValue(SHOWN_KEY, today.isoformat())
        if due.empty:
            return None
        self.last_message = (self.tr("Today in Carnet"), self.summary(due))
        if tray_available():
            self.icon.showMessage(*self.last_message, self.icon.icon())
        return self.last_message

    def summary(self, due: DueToday) -> str:
        lines = []
        if due.follow_ups:
            lines.append(self.tr("%Ln follow-up(s) due", "", due.follow_ups))
        if due.calls_planned:
            lines.append(
                self.tr("%Ln planned call(s) still to make this week", "", due.calls_planned)
            )
        if due.names:
            lines.append(fill(self.tr("With {names}"), names=", ".join(due.names)))
        lines.append(self.tr("Click to open Today."))
        return "\n".join(lines)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_today_requested.emit()
