"""What a pane shows when it has nothing to show: what it is for, and what to do first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from carnet.ui import theme
from carnet.ui.icons import icon

TEXT_WIDTH = 560


class EmptyState(QFrame):
    """A large icon, a title, a sentence and a row of buttons, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        for label in (self.title, self.text):
            label.setMaximumWidth(TEXT_WIDTH)  # short lines read better than one long one
        self.buttons: list[QPushButton] = []
        self._button_column = QVBoxLayout()
        self._button_column.setSpacing(8)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addStretch(2)
        column.addWidget(self.picture)
        column.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(8)
        row = QHBoxLayout()
        row.addStretch()
        row.addLayout(self._button_column)
        row.addStretch()
        column.addLayout(row)
        column.addStretch(3)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addLayout(column)
        theme.dress(self, "empty_state")

    def show_state(
        self,
        icon_name: str,
        title: str,
        text: str,
        actions: list[tuple[str, str, Callable[[], object]]],
    ) -> None:
        """``actions`` are (label, icon name, callback); the first is the main one."""
        self.picture.setPixmap(icon(icon_name, "muted").pixmap(QSize(48, 48)))
        self.title.setText(title)
        self.text.setText(text)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for number, (label, icon_name_, callback) in enumerate(actions):
            button = QPushButton(icon(icon_name_, "accent_text" if number == 0 else "text"), label)
            button.setProperty("primary", number == 0)
            button.clicked.connect(lambda _checked=False, run=callback: run())
            self._button_column.addWidget(button)
            self.buttons.append(button)
