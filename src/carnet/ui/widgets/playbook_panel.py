"""The playbook at a glance during a call: one button per awkward moment, the card below it,
filled with the names at hand (the connector, their job, the user's ask)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import playbook
from carnet.domain.errors import MESSAGES_CONTEXT
from carnet.ui.widgets.note_editor import NotePreview


def translated(text: str) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


def filled_cards(
    database: Database, person_id: int | None, *, relevant_only: bool = True
) -> list[tuple[str, str, str]]:
    """The cards for a call with ``person_id``: (card key, title, Markdown body), names filled;
    the cards about a connector only when there is one."""
    with database.reading() as session:
        cards = playbook.list_cards(session)
        names = playbook.names_for_call(session, person_id)
    fallbacks = {key: translated(text) for key, text in playbook.FALLBACKS.items()}
    has_connector = bool(names["connector"])
    filled = []
    for card in cards:
        if relevant_only and not has_connector and card.situation in playbook.CONNECTOR_SITUATIONS:
            continue
        title = card.title if card.is_custom else translated(card.title)
        body = card.body if card.is_custom else translated(card.body)
        filled.append(
            (
                card.situation,
                playbook.fill(title, names, fallbacks),
                playbook.fill(body, names, fallbacks),
            )
        )
    return filled


class PlaybookPanel(QWidget):
    """``show_person(database, person_id)`` fills it; ``edit_requested`` opens the card editor."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Playbook"))
        self.cards: dict[str, tuple[str, str]] = {}
        heading = QLabel(self.tr("If the call gets difficult"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.edit_button = QPushButton(self.tr("Edit cards…"))
        self.edit_button.setFlat(True)
        self.edit_button.clicked.connect(self.edit_requested)
        self._buttons = QButtonGroup(self)
        self._buttons.setExclusive(True)
        self._buttons.idToggled.connect(self._on_toggled)
        self._button_box = QVBoxLayout()
        self._button_box.setSpacing(2)
        self.card = NotePreview()
        self.card.setAccessibleName(self.tr("Playbook card"))
        self.card.setMinimumHeight(220)

        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self._button_box)
        layout.addWidget(self.card, 1)
        self._situations: list[str] = []
        self._person_id: int | None = None

    def show_person(self, database: Database, person_id: int | None) -> None:
        """Show the cards for a call with ``person_id``; the same person keeps the card shown."""
        current = self.current_situation() if person_id == self._person_id else None
        self._person_id = person_id
        filled = filled_cards(database, person_id)
        self.cards = {situation: (title, body) for situation, title, body in filled}
        for button in self._buttons.buttons():
            self._buttons.removeButton(button)
            button.deleteLater()
        self._situations = [situation for situation, _t, _b in filled]
        for index, (_situation, title, _body) in enumerate(filled):
            button = QToolButton()
            button.setText(title)
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(title)
            self._buttons.addButton(button, index)
            self._button_box.addWidget(button)
        if self._situations:
            chosen = current if current in self._situations else self._situations[0]
            self.show_situation(chosen)

    def current_situation(self) -> str | None:
        index = self._buttons.checkedId()
        return self._situations[index] if 0 <= index < len(self._situations) else None

    def show_situation(self, situation: str) -> None:
        button = self._buttons.button(self._situations.index(situation))
        button.setChecked(True)
        self._on_toggled(self._situations.index(situation), True)

    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked and 0 <= index < len(self._situations):
            _title, body = self.cards[self._situations[index]]
            self.card.show_markdown(body)
