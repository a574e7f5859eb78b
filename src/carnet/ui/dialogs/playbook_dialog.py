"""Edit the playbook cards in one's own words (coaches have theirs), or put back the defaults."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import playbook
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.ui.widgets.fill_in_editor import FillInEditor, readable
from carnet.ui.widgets.playbook_panel import translated
from carnet.ui.writes import run_write


class PlaybookDialog(QDialog):
    """Working copies of every card; OK writes the changed ones together.

    A card whose text is the default again (after "Reset") loses its stored override.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(self.tr("Playbook cards"))
        with database.reading() as session:
            cards = playbook.list_cards(session)
        self._stored = {card.situation: card for card in cards}
        self._normal = FillInEditor()  # how a text reads back: the defaults compared alike
        self._texts = {
            card.situation: (
                (card.title, self._normalised(card.body))
                if card.is_custom
                else (translated(card.title), self._normalised(translated(card.body)))
            )
            for card in cards
        }
        self._situations = [card.situation for card in cards]
        self._current: playbook.Situation | None = None

        self.situations = QListWidget()
        self.situations.setAccessibleName(self.tr("Situations"))
        for situation in self._situations:
            self.situations.addItem(readable(self._texts[situation][0]))
        self.situations.setMaximumWidth(260)
        self.situations.setWordWrap(True)
        self.situations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title = FillInEditor(single_line=True)
        self.body = FillInEditor()
        self.body.setTabChangesFocus(True)
        self.reset_button = QPushButton(self.tr("Reset to the default wording"))
        self.reset_button.clicked.connect(self.reset_current)
        self.state = QLabel()
        self.state.setStyleSheet("color: palette(placeholder-text);")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        help_text = QLabel(
            self.tr(
                "The names in the rounded boxes are filled in during the call; a line whose name "
                "Carnet does not know yet is left out."
            )
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Card"), self.body)
        self.title.setAccessibleName(self.tr("Card title"))
        self.body.setAccessibleName(self.tr("Card text"))
        editor = QVBoxLayout()
        editor.addLayout(form, 1)
        inserts = QHBoxLayout()
        inserts.addWidget(help_text, 1)
        inserts.addWidget(self.body.insert_button, 0, Qt.AlignmentFlag.AlignTop)
        editor.addLayout(inserts)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.state, 1)
        reset_row.addWidget(self.reset_button)
        editor.addLayout(reset_row)
        editor.addWidget(self.error)
        columns = QHBoxLayout()
        columns.addWidget(self.situations)
        columns.addLayout(editor, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(860, 540)

        self.situations.currentRowChanged.connect(self._show)
        self.title.textChanged.connect(self._keep)
        self.title.insert_button.hide()
        self.body.textChanged.connect(self._keep)
        self.situations.setCurrentRow(0)

    def select(self, situation: playbook.Situation) -> None:
        self.situations.setCurrentRow(self._situations.index(situation))

    def _default(self, situation: playbook.Situation) -> tuple[str, str]:
        card = playbook.default_card(situation)
        return translated(card.title), self._normalised(translated(card.body))

    def _normalised(self, body: str) -> str:
        self._normal.set_markdown(body)
        return self._normal.markdown()

    def _show(self, row: int) -> None:
        self._current = None
        situation = self._situations[row]
        title, body = self._texts[situation]
        self.title.setText(title)
        self.body.set_markdown(body)
        self._current = situation
        self._update_state()

    def _keep(self, *_args) -> None:
        if self._current is None:
            return
        self._texts[self._current] = (self.title.text(), self.body.markdown())
        self.situations.item(self._situations.index(self._current)).setText(
            readable(self.title.text())
        )
        self._update_state()

    def _update_state(self) -> None:
        if self._current is None:
            return
        is_default = self._texts[self._current] == self._default(self._current)
        self.state.setText(self.tr("Default wording") if is_default else self.tr("Your wording"))
        self.reset_button.setEnabled(not is_default)

    def reset_current(self) -> None:
        if self._current is None:
            return
        situation = self._current
        self._texts[situation] = self._default(situation)
        self._show(self._situations.index(situation))
        self.situations.item(self._situations.index(situation)).setText(
            readable(self._texts[situation][0])
        )

    def accept(self) -> None:
        situation = self._situations[0]

        def write(session: Session) -> None:
            nonlocal situation  # the card refused, if one is
            for situation in self._situations:
                title, body = self._texts[situation]
                if (title, body) == self._default(situation):
                    playbook.reset_card(session, situation)
                else:
                    stored = self._stored[situation]
                    if not stored.is_custom or (stored.title, stored.body) != (title, body):
                        playbook.save_card(session, situation, title, body)

        try:
            run_write(self._database, (), write)
        except ValidationError as error:
            self.select(situation)
            self.error.setText(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
            self.error.show()
            return
        super().accept()
