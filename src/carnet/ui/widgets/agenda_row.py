"""One line of the Today page: what to do, with whom, and the buttons that do it in one click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from carnet.ui.icons import icon

ROW_STYLE = (
    "QFrame#agendaRow { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 6px; }"
    " QLabel#agendaText { font-weight: 600; }"
)
"""Set once on the widget that holds the rows (a style sheet per row costs milliseconds each)."""


class AgendaRow(QFrame):
    """A bold first line, a muted second one, and the row's buttons on the right."""

    def __init__(self, text: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaRow")
        self.text = QLabel(text)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setObjectName("agendaText")  # bold, by ROW_STYLE
        self.detail = QLabel(detail)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setProperty("role", "muted")
        self.detail.setVisible(bool(detail))
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.text)
        words.addWidget(self.detail)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(6)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(words, 1)
        layout.addLayout(self._buttons)
        self.buttons: dict[str, QPushButton] = {}

    def add_button(
        self,
        name: str,
        label: str,
        icon_name: str,
        run: Callable[[], object],
        primary: bool = False,
    ) -> QPushButton:
        """``name`` says what the button does (``call``, ``prepare``, ``done``…), for tests too."""
        button = QPushButton(icon(icon_name, "accent_text" if primary else "text"), label)
        button.setObjectName(name)
        button.setProperty("primary", primary)
        button.clicked.connect(lambda _checked=False: run())
        self._buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.buttons[name] = button
        return button
