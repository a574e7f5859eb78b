"""Under a name being typed: the people already known by that name, to add a connector to one of
them instead of making a second card.

Hidden while nothing matches. Its first choice is always "someone new", so that saving as before
stays one keystroke; choosing a known person makes the form add a second connector to their card.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from carnet.domain.name_match import NameMatch
from carnet.ui.wording import fill

TYPING_PAUSE_MS = 250


class NameMatchBox(QWidget):
    changed = Signal()

    def __init__(
        self, find: Callable[[str], list[NameMatch]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._find = find
        self.label = QLabel(self.tr("Already in your contacts:"))
        self.label.setStyleSheet("color: palette(placeholder-text);")
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Same person as"))
        self.choice.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.choice)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self._typed = ""
        self.hide()

    def watch(self, name: QLineEdit) -> None:
        """Look the name up once the user pauses typing, and when they leave the field."""

        def typed(text: str) -> None:
            self._typed = text
            self._timer.start()

        name.textChanged.connect(typed)
        name.editingFinished.connect(self.refresh)

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def refresh(self) -> None:
        self._timer.stop()
        matches = self._find(self._typed) if self._typed.strip() else []
        kept = self.chosen_id()
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("No, someone new: make a new card"), None)
        for match in matches:
            self.choice.addItem(
                fill(self.tr("It is {name}: add a connector to their card"), name=match.label),
                match.person_id,
            )
        index = self.choice.findData(kept) if kept is not None else 0
        self.choice.setCurrentIndex(max(index, 0))
        self.choice.blockSignals(False)
        self.setVisible(bool(matches))
        self.changed.emit()

    def chosen_id(self) -> int | None:
        """The known person the user says it is; None for someone new."""
        return None if self.isHidden() else self.choice.currentData()
