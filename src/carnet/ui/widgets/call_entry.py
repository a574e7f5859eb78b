"""A logged call or meeting as the notebook shows it: its title in the list, and a read-only
panel with what was said and what comes next, from which it is corrected or deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.enums import InteractionKind
from carnet.domain.notebook import MATCH_END, MATCH_START
from carnet.domain.notebook_calls import CallRow
from carnet.ui.icons import icon
from carnet.ui.labels import outcome_label
from carnet.ui.wording import date_text, fill

CALL_ICONS = {
    InteractionKind.CALL: "phone",
    InteractionKind.MEETING: "users",
    InteractionKind.VIDEO_CALL: "messages-square",
}


def call_title(kind: InteractionKind, name: str) -> str:
    """ "Call with Zoé Martin", "Meeting with…": how the list and the panel name a logged call."""
    if kind == InteractionKind.MEETING:
        template = QCoreApplication.translate("CallEntry", "Meeting with {name}")
    elif kind == InteractionKind.VIDEO_CALL:
        template = QCoreApplication.translate("CallEntry", "Video call with {name}")
    else:
        template = QCoreApplication.translate("CallEntry", "Call with {name}")
    return fill(template, name=name)


def unmarked(text: str) -> str:
    return text.replace(MATCH_START, "").replace(MATCH_END, "")


class CallPanel(QWidget):
    """Shows one logged call, read-only; ``correct_requested`` and ``delete_requested`` carry
    its id. When the call is gone (deleted here, or elsewhere) the panel says so."""

    correct_requested = Signal(int)
    delete_requested = Signal(int)
    open_person_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: CallRow | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keeps the focus once the call is gone
        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.when = QLabel()
        self.outcome = QLabel()
        self.summary = QLabel()
        self.next_step = QLabel()
        for label in (self.when, self.outcome, self.summary, self.next_step):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color: palette(placeholder-text);")

        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setIcon(icon("square-pen"))
        self.correct_button.clicked.connect(lambda: self._ask(self.correct_requested))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self._ask(self.delete_requested))
        self.person_button = QPushButton(self.tr("Open their card"))
        self.person_button.setIcon(icon("user-round"))
        self.person_button.clicked.connect(self._open_person)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow(self.tr("How it went"), self.outcome)
        self.form.addRow(self.tr("What was said"), self.summary)
        self.form.addRow(self.tr("Next step"), self.next_step)
        buttons = QHBoxLayout()
        buttons.addWidget(self.person_button)
        buttons.addStretch()
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.state)
        layout.addLayout(buttons)

    def show_call(self, row: CallRow) -> None:
        self.row = row
        self.heading.setText(call_title(row.kind, row.person))
        moment = QLocale().toString(
            QTime(row.occurred_at.hour, row.occurred_at.minute), QLocale.FormatType.ShortFormat
        )
        self.when.setText(f"{date_text(row.written_on)}, {moment}")
        self.outcome.setText(
            outcome_label(row.outcome) if row.outcome is not None else self.tr("Not noted")
        )
        self.summary.setText(unmarked(row.summary) or self.tr("Nothing written"))
        self.next_step.setText(unmarked(row.next_step) or self.tr("None planned"))
        self.state.setText(
            self.tr("Logged from their card. To change it, use “Correct…”: Ctrl+Z undoes it.")
        )
        for button in (self.correct_button, self.delete_button, self.person_button):
            button.setEnabled(True)

    def show_gone(self) -> None:
        """The call shown was deleted: say so; an undo brings it back here."""
        self.state.setText(
            self.tr("This call or meeting was deleted. Edit › Undo (Ctrl+Z) puts it back.")
        )
        for button in (self.correct_button, self.delete_button):
            button.setEnabled(False)

    def _ask(self, signal) -> None:
        if self.row is not None:
            signal.emit(self.row.id)

    def _open_person(self) -> None:
        if self.row is not None:
            self.open_person_requested.emit(self.row.person_id)
