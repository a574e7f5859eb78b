"""The people an entry is about, each shown as a small button that removes them when clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from carnet.domain.lookup import Choice
from carnet.ui.wording import fill

MAX_CHIP_WIDTH = 180


class LinkedPeople(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[Choice] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def ids(self) -> list[int]:
        return [p.id for p in self._people]

    def people(self) -> list[Choice]:
        return list(self._people)

    def set_people(self, people: list[Choice]) -> None:
        self._people = list(people)
        self._rebuild()

    def add(self, person: Choice) -> None:
        if person.id in self.ids():
            return
        self._people.append(person)
        self._rebuild()
        self.changed.emit()

    def remove(self, person_id: int) -> None:
        self._people = [p for p in self._people if p.id != person_id]
        self._rebuild()
        self.changed.emit()

    def _rebuild(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            assert item is not None
            widget = item.widget()
            if widget:
                widget.deleteLater()
        for person in self._people:
            chip = QToolButton()
            text = f"{person.name}  ×"
            metrics = QFontMetrics(chip.font())
            chip.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, MAX_CHIP_WIDTH))
            chip.setToolTip(fill(self.tr("Remove {name} from this entry"), name=person.name))
            chip.setAccessibleName(chip.toolTip())
            chip.setAutoRaise(False)
            chip.clicked.connect(lambda _checked=False, pid=person.id: self.remove(pid))
            self._layout.addWidget(chip)
        self.setVisible(bool(self._people))
