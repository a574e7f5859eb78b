"""The File menu's calendar export and weekly report (PDF and print).

Only Qt is imported here: the domain, icalendar, QtCharts and QtPrintSupport load the first time a
command runs, so that they cost nothing at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from carnet.ui.wording import fill

if TYPE_CHECKING:
    from carnet.db.engine import Database
    from carnet.domain.followups import FollowUpItem
    from carnet.ui.reports.weekly_report import ReportOptions


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class ReportCommands(QObject):
    """Owns the three File menu actions; the database is given by ``attach`` once it is open.
    ``window`` is the parent of the dialogs."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.database: Database | None = None
        self.calendar_action = QAction(self.tr("Export follow-ups to a &calendar (.ics)…"), window)
        self.calendar_action.triggered.connect(lambda: self.export_calendar())
        self.report_action = QAction(self.tr("&Weekly report (PDF)…"), window)
        self.report_action.triggered.connect(lambda: self.save_weekly_report())
        self.print_action = QAction(self.tr("&Print weekly report…"), window)
        self.print_action.triggered.connect(lambda: self.print_weekly_report())
        self.actions = [self.calendar_action, self.report_action, self.print_action]

    def attach(self, database: Database) -> None:
        self.database = database

    # -- calendar ------------------------------------------------------------------------------

    def summary(self, item: FollowUpItem) -> str:
        """The event's title: what to do, and with whom."""
        name = item.person_name
        if item.is_reminder:
            return fill(self.tr("Get back in touch with {name}"), name=name)
        return f"{item.title} — {name}" if name and name not in item.title else item.title

    def description(self, item: FollowUpItem) -> str:
        from carnet.ui.labels import follow_up_kind_label
        from carnet.ui.reports import figures

        lines = [follow_up_kind_label(item.kind)]
        who = item.person_name + (f" ({item.organization})" if item.organization else "")
        if who.strip():
            lines.append(who)
        if item.is_reminder and item.last_contact:
            lines.append(
                fill(self.tr("Last contact: {date}"), date=figures.long_date(item.last_contact))
            )
        lines.append(fill(self.tr("Due on {date}"), date=figures.long_date(item.due_on)))
        lines.append(self.tr("From Carnet"))
        return "\n".join(lines)

    def export_calendar(self, path: Path | None = None) -> int | None:
        """Write the follow-ups to an .ics file; returns how many, None if nothing was written."""
        database = self.database
        if database is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export follow-ups to a calendar"),
                str(_documents() / (self.tr("Carnet follow-ups") + ".ics")),
                self.tr("Calendar files (*.ics)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        from carnet.io.calendar_ics import export_follow_ups
        from carnet.io.errors import ImportFileError
        from carnet.ui.writes import run_write

        try:
            count = run_write(database, (), export_follow_ups, path, self.summary, self.description)
        except ImportFileError as error:
            self._warn(self.tr("The calendar was not exported"), error.text(_message))
            return None
        self._tell(
            self.tr("Calendar exported"),
            fill(
                self.tr(
                    "%Ln follow-ups written to {file}.\n\nImport this file into Google Calendar "
                    "(Settings › Import), Outlook or Apple Calendar. Importing a newer file later "
                    "updates the same events instead of adding them twice.",
                    "",
                    count,
                ),
                file=str(path),
            ),
        )
        return count

    # -- weekly report -------------------------------------------------------------------------

    def _options(self, action_text: str) -> ReportOptions | None:
        from carnet.domain.settings import get_setting, set_setting
        from carnet.ui.reports.weekly_report import INITIALS_KEY, ReportOptionsDialog
        from carnet.ui.writes import run_write

        database = self.database
        assert database is not None  # the report actions are enabled once the data is open
        with database.reading() as session:
            initials = get_setting(session, INITIALS_KEY) == "1"
        dialog = ReportOptionsDialog(initials, action_text, parent=self.window)
        self.options_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
        if options.initials_only != initials:
            run_write(
                database, (), set_setting, INITIALS_KEY, "1" if options.initials_only else "0"
            )
        return options

    def save_weekly_report(
        self, path: Path | None = None, options: ReportOptions | None = None
    ) -> Path | None:
        database = self.database
        if database is None:
            return None
        if options is None:
            options = self._options(self.tr("Save as PDF…"))
            if options is None:
                return None
        if path is None:
            default = fill(self.tr("Weekly report {date}"), date=options.week_of.isoformat())
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save the weekly report"),
                str(_documents() / (default + ".pdf")),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from carnet.ui.reports.weekly_report import collect, write_pdf

        try:
            write_pdf(collect(database, options), options, path)
        except OSError as error:
            self._warn(
                self.tr("The report was not saved"),
                fill(
                    self.tr("Carnet could not write the file {file}: {detail}."),
                    file=path.name,
                    detail=error.strerror or str(error),
                ),
            )
            return None
        self._tell(
            self.tr("Weekly report saved"),
            fill(self.tr("The report is in {file}."), file=str(path)),
        )
        return path

    def print_weekly_report(self, printer=None, options: ReportOptions | None = None) -> bool:
        database = self.database
        if database is None:
            return False
        if options is None:
            options = self._options(self.tr("Print…"))
            if options is None:
                return False
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from carnet.ui.reports.weekly_report import collect, print_report

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        print_report(collect(database, options), options, printer)
        return True

    # -- messages ------------------------------------------------------------------------------

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        self.message = box
        box.open()

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window)
        self.message = box
        box.open()


def _message(text: str) -> str:
    from carnet.domain.errors import MESSAGES_CONTEXT

    return QCoreApplication.translate(MESSAGES_CONTEXT, text)
