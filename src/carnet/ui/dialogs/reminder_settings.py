"""Settings' "Reminders" group: the daily reminder and its hour, and starting with the session.

Both are preferences of this computer: the reminder's in QSettings (carnet.ui.tray), the start
with the session as the entry the system reads (carnet.autostart), shown as it is written there.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTimeEdit,
    QWidget,
)

from carnet import autostart
from carnet.paths import AppPaths
from carnet.ui import tray
from carnet.ui.wording import fill


class ReminderSettings(QGroupBox):
    def __init__(self, app_paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self._app_paths = app_paths
        self._entry = autostart.for_this_system()
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        at = tray.reminder_time()
        self.remind = QCheckBox(self.tr("&Remind me each day of what is due, at"))
        self.remind.setChecked(tray.reminder_enabled())
        self.time = QTimeEdit(QTime(at.hour, at.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time of the daily reminder"))
        self.time.setEnabled(self.remind.isChecked())
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.remind)
        line.addWidget(self.time)
        line.addStretch(1)
        self.start_with_session = QCheckBox(
            self.tr("&Start Carnet with my session, hidden in the notification area")
        )
        self.start_with_session.setChecked(not self._app_paths.portable and self._entry.is_on())
        self.start_with_session.setEnabled(not self._app_paths.portable)
        self.note = QLabel(self._why_unavailable())
        self.note.setWordWrap(True)
        self.note.setVisible(bool(self.note.text()))
        form = QFormLayout(self)
        form.addRow(row)
        form.addRow(self.start_with_session)
        form.addRow(self.note)

    def _connect(self) -> None:
        self.remind.toggled.connect(self.time.setEnabled)

    def _why_unavailable(self) -> str:
        notes = []
        if not tray.tray_available():
            notes.append(
                self.tr(
                    "This desktop shows no notification area: Carnet cannot remind you there nor "
                    "wait in it hidden. Your choices are kept for when it has one."
                )
            )
        if self._app_paths.portable:
            notes.append(
                self.tr(
                    "Carnet runs in portable mode (from its own folder, a USB stick for example) "
                    "and leaves nothing on this computer, so it cannot start with your session."
                )
            )
        return "\n".join(notes)

    def save(self) -> None:
        """Keep the reminder's choices; write or remove the session's entry. A failure to write
        it (a read-only settings folder) is said, and the rest is kept."""
        chosen = self.time.time()
        tray.choose_reminder(self.remind.isChecked(), dt.time(chosen.hour(), chosen.minute()))
        if self._app_paths.portable or self.start_with_session.isChecked() == self._entry.is_on():
            return
        try:
            if self.start_with_session.isChecked():
                self._entry.turn_on(autostart.start_command(self._app_paths.data_dir))
            else:
                self._entry.turn_off()
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Start with the session"),
                fill(
                    self.tr("Carnet could not change what starts with your session: {reason}"),
                    reason=error.strerror or str(error),
                ),
            )
