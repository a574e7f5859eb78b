"""Settings: language, keep-in-touch rhythms, first day of the week, reminders, where the data
lives."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import followups, settings
from carnet.paths import AppPaths
from carnet.ui import language
from carnet.ui.dialogs.follow_up_dialogs import CadenceDefaultsDialog
from carnet.ui.dialogs.reminder_settings import ReminderSettings
from carnet.ui.writes import run_write

FIRST_DAY_OF_WEEK = "week.first_day"  # ISO day number: 1 Monday … 7 Sunday


class SettingsDialog(QDialog):
    def __init__(
        self,
        database: Database,
        app_paths: AppPaths,
        restore_backup: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(self.tr("Settings"))

        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), language.SYSTEM)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(language.chosen_language()))
        self.language_note = QLabel(self.tr("A new language applies the next time Carnet starts."))
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.language.currentIndexChanged.connect(self.language_note.show)

        with database.reading() as session:
            first_day = settings.get_setting(session, FIRST_DAY_OF_WEEK, "1")
        # the rhythms have one home, the dialog Follow-ups opens too
        self.rhythms_button = QPushButton(self.tr("Keep-in-touch rhythms…"))
        self.rhythms_button.setToolTip(
            self.tr("How long before Carnet reminds you to get back in touch with someone")
        )
        self.rhythms_button.clicked.connect(lambda: self.edit_rhythms())
        self.first_day = QComboBox()
        self.first_day.addItem(self.tr("Monday"), "1")
        self.first_day.addItem(self.tr("Sunday"), "7")
        self.first_day.setCurrentIndex(max(0, self.first_day.findData(first_day)))

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.language_note)
        form.addRow(self.tr("Keep in touch"), self.rhythms_button)
        form.addRow(self.tr("&Weeks start on"), self.first_day)
        for label, field in (
            (self.tr("Language"), self.language),
            (self.tr("Weeks start on"), self.first_day),
        ):
            field.setAccessibleName(label)

        data = QGroupBox(self.tr("Your data"))
        data_form = QFormLayout(data)
        data_form.addRow(
            self.tr("Data file"),
            self._folder_row(app_paths.database.parent, app_paths.database.name),
        )
        data_form.addRow(self.tr("Backups"), self._folder_row(app_paths.backups_dir))
        if restore_backup is not None:
            restore = QPushButton(self.tr("Restore from a backup…"))
            restore.clicked.connect(restore_backup)
            data_form.addRow("", restore)

        self.reminders = ReminderSettings(app_paths)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(self.reminders)
        layout.addWidget(data)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def edit_rhythms(self) -> CadenceDefaultsDialog:
        with self._database.reading() as session:
            defaults = followups.default_cadences(session)

        def save(cadences) -> None:
            with self._database.transaction() as session:
                followups.save_default_cadences(session, cadences)

        dialog = CadenceDefaultsDialog(defaults, save, self)
        dialog.open()
        return dialog

    def _folder_row(self, folder, file_name: str = "") -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        path = QLabel(str(folder / file_name) if file_name else str(folder))
        path.setWordWrap(True)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = QPushButton(self.tr("Open folder"))
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        layout.addWidget(path, 1)
        layout.addWidget(open_button)
        return row

    def accept(self) -> None:
        language.choose_language(self.language.currentData())
        self.reminders.save()

        def write(session: Session) -> None:
            settings.set_setting(session, FIRST_DAY_OF_WEEK, self.first_day.currentData())

        run_write(self._database, (), write)
        super().accept()
