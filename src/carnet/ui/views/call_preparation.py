"""The call preparation sheet: what I want from this call, my questions, my pitch and precise
ask, the connector briefing and the playbook; printed or exported as a one-page PDF.

The goal and questions save themselves as the user types (a "call preparation" notebook entry
about the person); the rest is read from the profile, the introduction and the playbook.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QObject, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import preparation
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.lookup import person_choice
from carnet.domain.profile import load_profile
from carnet.ui.autosave import Autosaver
from carnet.ui.dialogs.call_forms import (
    fit_to_screen,
    keep_enter_in_the_form,
    person_chooser,
    text_box,
)
from carnet.ui.dialogs.profile_dialog import ProfileDialog
from carnet.ui.widgets.connector_briefing import ConnectorBriefingPanel
from carnet.ui.widgets.playbook_panel import PlaybookPanel, filled_cards
from carnet.ui.wording import fill
from carnet.ui.writes import run_write

# The sheet is laid out at this width (pixels at 96 dpi: A4 less its margins), then scaled down to
# fit one page whatever its length.
SHEET_WIDTH = 700
MARGIN_MM = 14


def paint_on_one_page(document: QTextDocument, device, painter: QPainter | None = None) -> float:
    """Draw ``document`` on the device's first page, shrunk if needed; returns the scale."""
    document.setTextWidth(SHEET_WIDTH)
    rect = device.pageLayout().paintRectPixels(device.resolution())
    scale = rect.width() / SHEET_WIDTH
    height = document.size().height()
    if height * scale > rect.height():
        scale = rect.height() / height
    own = painter is None
    painter = painter or QPainter(device)
    painter.save()
    painter.scale(scale, scale)
    document.drawContents(painter)
    painter.restore()
    if own:
        painter.end()
    return scale


def _kept_lines(text: str) -> str:
    """The user's lines kept as typed (Markdown would join them into one paragraph)."""
    return "\n".join(line + "  " if line.strip() else line for line in text.strip().split("\n"))


def _escape_markdown(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("#", "\\#")


class CallPreparationDialog(QDialog):
    """A window beside the call: stays open while the user calls or logs the call."""

    def __init__(
        self, database: Database, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._note_id: int | None = None
        self._person_id: int | None = None
        self.setWindowTitle(self.tr("Prepare a call"))

        self._build_ui(person_id)
        self._connect()
        self._autosave = Autosaver(self._snapshot, self._write, self)
        self._autosave.saved.connect(self._on_saved)
        self._autosave.failed.connect(self._on_failed)
        self.goal.textChanged.connect(self._edited)
        self.questions.textChanged.connect(self._edited)
        self.show_person(self.person.current_id())
        if parent is not None:  # quitting with the sheet open still saves what was typed
            parent.installEventFilter(self)

    def _build_ui(self, person_id: int | None) -> None:
        """The person, the goal and questions, the briefing and the playbook, the buttons."""
        self.person = person_chooser(self._database, person_id)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.goal = text_box(
            self.tr(
                "What do you want from this call? e.g. Understand how the team works, and get "
                "the name of the sales director"
            ),
            3,
        )
        self.goal.setMaximumHeight(self.goal.fontMetrics().lineSpacing() * 7 + 14)
        self.questions = text_box(
            self.tr(
                "- What do you know of the company?\n- Who else should I talk to?\n"
                "- May I call them on your behalf?"
            ),
            5,
        )
        self.questions.setMaximumHeight(self.questions.fontMetrics().lineSpacing() * 10 + 14)
        self.pitch = QLabel()
        self.precise_ask = QLabel()
        for label in (self.pitch, self.precise_ask):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_profile_button = QPushButton(self.tr("Edit my profile…"))
        self.saved_state = QLabel()
        self.saved_state.setStyleSheet("color: palette(placeholder-text);")
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Export as PDF…"))
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.accept)

        profile_box = QFrame()
        profile_box.setFrameShape(QFrame.Shape.StyledPanel)
        profile_form = QFormLayout(profile_box)
        profile_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        profile_form.addRow(self.tr("My pitch"), self.pitch)
        profile_form.addRow(self.tr("My precise ask"), self.precise_ask)
        profile_form.addRow("", self.edit_profile_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Call with"), self.person),
            ("", self.who),
            (self.tr("&Goal of the call"), self.goal),
            (self.tr("&Questions"), self.questions),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            if text:
                field.setAccessibleName(text.replace("&", ""))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(profile_box)
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.briefing = ConnectorBriefingPanel()
        self.playbook = PlaybookPanel()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.briefing)
        side_layout.addWidget(self.playbook, 1)
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_scroll)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_state, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 980, 620)
        splitter.setSizes([560, 380])

    def _connect(self) -> None:
        """What the widgets do: choose the person, call, log the call, print the sheet."""
        self.person.chosen.connect(self.show_person)
        self.edit_profile_button.clicked.connect(self._edit_profile)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self._ask_pdf_path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.parent():
            self._autosave.flush()
        return super().eventFilter(watched, event)

    # -- reading ---------------------------------------------------------------------------------

    def wording(self) -> preparation.PreparationWording:
        return preparation.PreparationWording(
            title=self.tr("Call preparation: {name}"),
            goal=self.tr("Goal of the call"),
            questions=self.tr("Questions"),
        )

    def show_person(self, person_id: int | None) -> None:
        if not self._save_before_leaving():
            self.person.blockSignals(True)
            with self._database.reading() as session:
                self.person.set_choice(person_choice(session, self._person_id))
            self.person.blockSignals(False)
            return
        self._person_id = person_id
        self.briefing.show_person(self._database, person_id)
        self.playbook.show_person(self._database, person_id)
        prepared = preparation.Preparation(None, "", "")
        sheet = None
        if person_id is not None:
            with self._database.reading() as session:
                prepared = preparation.load_preparation(session, person_id, self.wording())
                sheet = preparation.preparation_sheet(session, person_id)
        self._note_id = prepared.note_id
        for box, text in ((self.goal, prepared.goal), (self.questions, prepared.questions)):
            box.blockSignals(True)
            box.setPlainText(text)
            box.blockSignals(False)
        self._show_sheet(sheet)
        self._set_enabled(person_id is not None)
        self.saved_state.setText(self.tr("Saved") if prepared.note_id else "")

    def _show_sheet(self, sheet: preparation.PreparationSheet | None) -> None:
        if sheet is None:
            self.who.setText(self.tr("Choose the person you are going to call."))
            with self._database.reading() as session:
                profile = load_profile(session)
            pitch, ask = profile.pitch, profile.precise_ask
        else:
            parts = [", ".join(p for p in (sheet.job_title, sheet.organization) if p)]
            parts += [sheet.phone, sheet.email]
            self.who.setText(" · ".join(p for p in parts if p))
            pitch, ask = sheet.pitch, sheet.precise_ask
        missing = self.tr("Not written yet: add it in My profile.")
        self.pitch.setText(pitch.strip() or missing)
        self.precise_ask.setText(ask.strip() or missing)
        self.who.setVisible(bool(self.who.text()))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.goal, self.questions, self.print_button, self.pdf_button):
            widget.setEnabled(enabled)

    def _edit_profile(self) -> None:
        if ProfileDialog(self._database, self).exec() == QDialog.DialogCode.Accepted:
            with self._database.reading() as session:
                sheet = (
                    preparation.preparation_sheet(session, self._person_id)
                    if self._person_id is not None
                    else None
                )
            self._show_sheet(sheet)
            self.playbook.show_person(self._database, self._person_id)

    # -- saving the goal and questions -----------------------------------------------------------

    def _edited(self) -> None:
        self.saved_state.setText(self.tr("Editing…"))
        self._autosave.edited()

    def _snapshot(self) -> tuple[int | None, preparation.Preparation]:
        return self._person_id, preparation.Preparation(
            self._note_id, self.goal.toPlainText(), self.questions.toPlainText()
        )

    def _write(
        self, job: tuple[int | None, preparation.Preparation]
    ) -> tuple[int | None, int | None]:
        person_id, prepared = job
        if person_id is None:
            return None, None
        # On the autosave thread: the views are told on the window's thread (``_on_saved``).
        note_id = run_write(
            self._database, (), preparation.save_preparation, person_id, prepared, self.wording()
        )
        return person_id, note_id

    def _on_saved(self, result: tuple[int | None, int | None]) -> None:
        person_id, note_id = result
        if person_id == self._person_id and note_id is not None:
            self._note_id = note_id
        if not self._autosave.dirty:
            self.saved_state.setText(self.tr("Saved in your notebook") if note_id else "")

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            text = QCoreApplication.translate(MESSAGES_CONTEXT, error.message)
        else:
            text = self.tr(
                "Not saved yet: Carnet cannot write to your data file. Your text stays here, "
                "and Carnet tries again every few seconds."
            )
        self.saved_state.setText(text)

    def _save_before_leaving(self) -> bool:
        if self._autosave.flush():
            return True
        QMessageBox.warning(
            self,
            self.tr("Preparation not saved"),
            fill(
                self.tr(
                    "Your preparation could not be saved yet, so it stays open: nothing you typed "
                    "is lost.\n\n{reason}"
                ),
                reason=self.saved_state.text(),
            ),
        )
        return False

    def done(self, result: int) -> None:
        if not self._save_before_leaving():
            return
        self._autosave.shutdown()
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not keep_enter_in_the_form(self, event):
            super().keyPressEvent(event)

    # -- the printed sheet -----------------------------------------------------------------------

    def sheet_markdown(self) -> str:
        """The sheet as Markdown: what is printed and exported."""
        if self._person_id is None:
            return ""
        with self._database.reading() as session:
            sheet = preparation.preparation_sheet(session, self._person_id)
        cards = filled_cards(self._database, self._person_id)
        name = _escape_markdown(sheet.person_name)
        lines = ["# " + fill(self.tr("Call with {name}"), name=name)]
        details = ", ".join(p for p in (sheet.job_title, sheet.organization) if p)
        contact = " · ".join(p for p in (details, sheet.phone, sheet.email) if p)
        if contact:
            lines.append(_escape_markdown(contact))
        briefing = self.briefing.briefing
        if briefing is not None:
            lines.append(
                "## "
                + fill(
                    self.tr("On behalf of {connector}"),
                    connector=_escape_markdown(briefing.connector_name),
                )
            )
            lines.append(_escape_markdown(self.briefing.warning.text()))
            for label, value in (
                (self.tr("Job"), self.briefing.job.text()),
                (self.tr("Background"), briefing.connector_background),
                (self.tr("Their link"), briefing.context),
            ):
                if value.strip():
                    lines.append(f"- **{label}:** {_escape_markdown(' '.join(value.split()))}")
        elif sheet.connector_name:
            lines.append(
                "## "
                + fill(
                    self.tr("On behalf of {connector}"),
                    connector=_escape_markdown(sheet.connector_name),
                )
            )
        else:
            lines.append("*" + self.tr("Cold call: nobody introduced you.") + "*")
        if self.briefing.opening_line.text():
            lines.append("> " + _escape_markdown(self.briefing.opening_line.text()))
        lines.append("## " + self.tr("Goal of the call"))
        lines.append(_kept_lines(self.goal.toPlainText()) or "—")
        lines.append("## " + self.tr("Questions"))
        lines.append(_kept_lines(self.questions.toPlainText()) or "—")
        lines.append("## " + self.tr("My pitch"))
        lines.append(_escape_markdown(sheet.pitch.strip()) or "—")
        lines.append("## " + self.tr("My precise ask"))
        lines.append(_escape_markdown(sheet.precise_ask.strip()) or "—")
        lines.append("## " + self.tr("If the call gets difficult"))
        for _situation, title, body in cards:
            lines.append(f"### {title}")
            lines.append(body)
        return "\n\n".join(lines) + "\n"

    def sheet_document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setDocumentMargin(0)
        font = document.defaultFont()
        font.setPointSizeF(10)
        document.setDefaultFont(font)
        document.setMarkdown(
            self.sheet_markdown(), QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        )
        return document

    def export_pdf(self, path: Path) -> None:
        """Write the sheet as a one-page A4 PDF (raises OSError if the file cannot be written)."""
        writer = QPdfWriter(str(path))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(self.windowTitle())
        writer.setCreator("Carnet")
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write {path}")
        paint_on_one_page(self.sheet_document(), writer, painter)
        painter.end()
        del writer
        if not path.exists() or path.stat().st_size == 0:
            raise OSError(f"cannot write {path}")

    def _ask_pdf_path(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Call preparation") + ".pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export as PDF"), str(Path(folder) / name), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            self.export_pdf(Path(path))
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Not exported"),
                fill(self.tr("Carnet could not write {file}. Choose another folder."), file=path),
            )

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageMargins(
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
        )
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        paint_on_one_page(self.sheet_document(), printer)
