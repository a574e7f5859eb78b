"""A person's email addresses or phone numbers: one line each, with a label, added and removed.

Each value is checked when the user leaves it (``check`` returns a domain message or None) and the
message shows under it; the value itself is kept exactly as typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.errors import MESSAGES_CONTEXT
from carnet.domain.people import ContactEntry
from carnet.ui.wording import fill

ERROR_STYLE = "color: #b3261e;"


class _Row:
    def __init__(self, value: QLineEdit, label: QComboBox, remove: QToolButton, message: QLabel):
        self.value, self.label, self.remove, self.message = value, label, remove, message

    def widgets(self) -> tuple[QWidget, ...]:
        return self.value, self.label, self.remove, self.message


class ContactPointsEditor(QWidget):
    """Rows of (value, label); ``entries()`` reads them, ``set_entries()`` fills them."""

    edited = Signal()
    return_pressed = Signal()

    def __init__(
        self,
        *,
        placeholder: str,
        labels: list[str],
        add_text: str,
        check: Callable[[str], str | None],
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self._labels = labels
        self._check = check
        self._accessible_name = accessible_name
        self._rows: list[_Row] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)
        self.add_button = QToolButton()
        self.add_button.setText(add_text)
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._grid)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_entries(())

    # -- rows ------------------------------------------------------------------------------------

    def add_row(self, entry: ContactEntry | None = None, *, focus: bool = False) -> QLineEdit:
        value = QLineEdit(entry.value if entry else "")
        value.setPlaceholderText(self._placeholder)
        value.setMinimumWidth(80)
        value.setAccessibleName(f"{self._accessible_name} {len(self._rows) + 1}")
        label = QComboBox()
        label.setEditable(True)
        label.addItems(self._labels)
        label.setCurrentText(entry.label if entry else "")
        line_edit = label.lineEdit()
        assert line_edit is not None  # an editable combo box has one
        line_edit.setPlaceholderText(QCoreApplication.translate("ContactPointsEditor", "Label"))
        label.setAccessibleName(
            fill(
                QCoreApplication.translate("ContactPointsEditor", "Label of {name}"),
                name=value.accessibleName(),
            )
        )
        label.setMinimumContentsLength(5)
        label.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label.setMaximumWidth(label.fontMetrics().horizontalAdvance("personal") + 48)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(QCoreApplication.translate("ContactPointsEditor", "Remove"))
        remove.setAccessibleName(
            fill(
                QCoreApplication.translate("ContactPointsEditor", "Remove {name}"),
                name=value.accessibleName(),
            )
        )
        message = QLabel()
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.hide()
        row = _Row(value, label, remove, message)
        index = len(self._rows)
        self._grid.addWidget(value, index * 2, 0)
        self._grid.addWidget(label, index * 2, 1)
        self._grid.addWidget(remove, index * 2, 2)
        self._grid.addWidget(message, index * 2 + 1, 0, 1, 3)
        self._rows.append(row)
        value.textEdited.connect(self.edited)
        value.textEdited.connect(lambda _text, r=row: r.message.hide())
        value.editingFinished.connect(lambda r=row: self._check_row(r))
        value.returnPressed.connect(self.return_pressed)
        label.currentTextChanged.connect(lambda _text: self.edited.emit())
        remove.clicked.connect(lambda _checked=False, r=row: self._remove(r))
        if focus:
            value.setFocus()
            self.edited.emit()
        return value

    def _remove(self, row: _Row) -> None:
        if len(self._rows) == 1:
            row.value.clear()
            row.label.setCurrentText("")
            row.message.hide()
        else:
            entries = [
                e for r, e in zip(self._rows, self._raw_entries(), strict=True) if r is not row
            ]
            self._fill(entries)
        self.edited.emit()

    def _check_row(self, row: _Row) -> None:
        problem = self._check(row.value.text())
        self._show(row, problem)

    def _show(self, row: _Row, problem: str | None) -> None:
        if problem:
            row.message.setText(QCoreApplication.translate(MESSAGES_CONTEXT, problem))
            row.message.show()
        else:
            row.message.hide()

    def _raw_entries(self) -> list[ContactEntry]:
        return [ContactEntry(r.value.text(), r.label.currentText()) for r in self._rows]

    def _fill(self, entries: list[ContactEntry]) -> None:
        for row in self._rows:
            for widget in row.widgets():
                self._grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self._rows = []
        no_entry: list[ContactEntry | None] = [None]
        for entry in entries or no_entry:
            self.add_row(entry)

    # -- the form's side ------------------------------------------------------------------------

    def entries(self) -> tuple[ContactEntry, ...]:
        """What was typed, blank lines left out; values are kept as typed (the domain trims)."""
        return tuple(self._raw_entries()[i] for i in self._filled_rows())

    def _filled_rows(self) -> list[int]:
        return [i for i, e in enumerate(self._raw_entries()) if e.value.strip() or e.label.strip()]

    def set_entries(self, entries: tuple[ContactEntry, ...]) -> None:
        self.blockSignals(True)
        self._fill(list(entries))
        self.blockSignals(False)

    def value_edits(self) -> list[QLineEdit]:
        return [row.value for row in self._rows]

    def show_problem(self, index: int | None, message: str | None) -> None:
        """Show ``message`` under the ``index``-th entry of ``entries()`` (None clears them all)."""
        filled = self._filled_rows()
        if index is not None:
            index = filled[index] if index < len(filled) else None
        for i, row in enumerate(self._rows):
            if index is None or i != index:
                row.message.hide()
        if index is not None and 0 <= index < len(self._rows):
            self._show(self._rows[index], message)
            self._rows[index].value.setFocus()
