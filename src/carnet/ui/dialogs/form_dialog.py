"""The one skeleton of a form in a window: an introduction, the fields, a line that says in plain
words what was refused, then OK and Cancel.

A dialog builds its fields in ``_build_ui`` and adds them with ``add_rows``; OK calls ``save``
(which writes through ``ui/writes.run_write``). A ``ValidationError`` raised there keeps the
dialog open, nothing lost, with the message under the form and the focus on ``field_for(error)``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError


def error_label() -> QLabel:
    """The line under a form that says what was refused; hidden until then."""
    label = QLabel()
    label.setObjectName("formError")
    label.setStyleSheet("QLabel#formError { color: #b3261e; }")
    label.setWordWrap(True)
    label.hide()
    return label


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # it may hold a name the user typed
        self.intro.hide()
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def set_intro(self, text: str) -> None:
        """The sentence above the form that says what it is for."""
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def set_ok_text(self, text: str) -> None:
        """OK in the words of what it does ("Add", "Record")."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(text)

    def add_rows(self, rows: Iterable[tuple[str, QWidget]]) -> None:
        """Labelled fields; a screen reader reads each field's label (without its "&")."""
        for label, field in rows:
            self.form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))

    def save(self) -> bool | None:
        """Write what the form says; raise ``ValidationError`` to refuse it (or return False
        to stay open, having said why with ``show_error``)."""
        return None

    def field_for(self, error: ValidationError) -> QWidget | None:
        """The field to put the focus on when ``error`` is shown; None to leave it."""
        return None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        try:
            if self.save() is False:
                return
        except ValidationError as error:
            self.show_error(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
            field = self.field_for(error)
            if field is not None:
                field.setFocus()
            return
        super().accept()
