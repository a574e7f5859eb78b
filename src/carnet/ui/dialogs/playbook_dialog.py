"""Edit the playbook in one's own words (coaches have theirs): rewrite, add, reorder and delete
cards, share them as a playbook file, or go back to Carnet's cards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
from carnet.io.errors import ImportFileError
from carnet.io.playbook_file import read_playbook, write_playbook
from carnet.ui.widgets.fill_in_editor import FillInEditor, readable
from carnet.ui.widgets.playbook_panel import translated
from carnet.ui.writes import run_write


def _message(text: str) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


class PlaybookDialog(QDialog):
    """Working copies of every card, in order; OK writes the changes together.

    A built-in card whose text is the default again (after "Reset") loses its stored override; a
    deleted built-in card is put aside until "Back to Carnet's cards".
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(self.tr("Playbook cards"))
        with database.reading() as session:
            cards = playbook.list_cards(session)
        self._stored = {card.situation: card for card in cards}
        self._normal = FillInEditor()  # how a text reads back: the defaults compared alike
        self._texts: dict[str, tuple[str, str]] = {
            card.situation: (
                (card.title, self._normalised(card.body))
                if card.is_custom
                else (translated(card.title), self._normalised(translated(card.body)))
            )
            for card in cards
        }
        self._keys = [card.situation for card in cards]
        self._deleted: set[str] = set()
        self._start_afresh = False
        """Carnet's cards again (or a playbook file imported): everything stored goes first."""
        self._current: str | None = None

        self.situations = QListWidget()
        self.situations.setAccessibleName(self.tr("Situations"))
        self.situations.setMaximumWidth(260)
        self.situations.setWordWrap(True)
        self.situations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("New card"))
        self.new_button.clicked.connect(self.new_card)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
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
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Take the cards of a playbook file, from a coach"))
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save these cards as a file to share"))
        self.export_button.clicked.connect(self._choose_export)
        self.defaults_button = QPushButton(self.tr("Back to Carnet’s cards"))
        self.defaults_button.clicked.connect(self.back_to_defaults)

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
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button):
            list_buttons.addWidget(button)
        move_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button):
            move_buttons.addWidget(button)
        side = QVBoxLayout()
        side.addWidget(self.situations, 1)
        side.addLayout(list_buttons)
        side.addLayout(move_buttons)
        columns = QHBoxLayout()
        columns.addLayout(side)
        columns.addLayout(editor, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.defaults_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(900, 560)

        self.situations.currentRowChanged.connect(self._show)
        self.title.textChanged.connect(self._keep)
        self.title.insert_button.hide()
        self.body.textChanged.connect(self._keep)
        self._fill_list(0)

    # -- the list ---------------------------------------------------------------------------

    def keys(self) -> list[str]:
        return list(self._keys)

    def titles(self) -> list[str]:
        return [self.situations.item(row).text() for row in range(self.situations.count())]

    def _fill_list(self, row: int) -> None:
        self._current = None
        self.situations.blockSignals(True)
        self.situations.clear()
        for key in self._keys:
            self.situations.addItem(readable(self._texts[key][0]))
        self.situations.blockSignals(False)
        if self._keys:
            self.situations.setCurrentRow(max(0, min(row, len(self._keys) - 1)))
            self._show(self.situations.currentRow())
        else:
            self.title.setText("")
            self.body.set_markdown("")
        for widget in (self.delete_button, self.title, self.body):
            widget.setEnabled(bool(self._keys))
        self._update_moves()

    def _update_moves(self) -> None:
        row = self.situations.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._keys) - 1)

    def select(self, key: str) -> None:
        self.situations.setCurrentRow(self._keys.index(key))

    def new_card(self) -> None:
        key = playbook.new_card_key()
        self._keys.append(key)
        self._texts[key] = (self.tr("New situation"), "")
        self._fill_list(len(self._keys) - 1)
        self.title.setFocus()
        self.title.selectAll()

    def delete_current(self) -> None:
        if self._current is None:
            return
        row = self._keys.index(self._current)
        self._deleted.add(self._current)
        self._keys.remove(self._current)
        self._fill_list(row)

    def move_current(self, step: int) -> None:
        if self._current is None:
            return
        row = self._keys.index(self._current)
        target = row + step
        if not 0 <= target < len(self._keys):
            return
        self._keys[row], self._keys[target] = self._keys[target], self._keys[row]
        self._fill_list(target)

    # -- one card ---------------------------------------------------------------------------

    def _default(self, key: str) -> tuple[str, str] | None:
        if not playbook.is_built_in(key):
            return None
        card = playbook.default_card(playbook.Situation(key))
        return translated(card.title), self._normalised(translated(card.body))

    def _normalised(self, body: str) -> str:
        self._normal.set_markdown(body)
        return self._normal.markdown()

    def _show(self, row: int) -> None:
        self._current = None
        if not 0 <= row < len(self._keys):
            return
        key = self._keys[row]
        title, body = self._texts[key]
        self.title.setText(title)
        self.body.set_markdown(body)
        self._current = key
        self._update_state()
        self._update_moves()

    def _keep(self, *_args) -> None:
        if self._current is None:
            return
        self._texts[self._current] = (self.title.text(), self.body.markdown())
        self.situations.item(self._keys.index(self._current)).setText(readable(self.title.text()))
        self._update_state()

    def _update_state(self) -> None:
        if self._current is None:
            return
        default = self._default(self._current)
        if default is None:
            self.state.setText(self.tr("Your own card"))
            self.reset_button.setEnabled(False)
            return
        is_default = self._texts[self._current] == default
        self.state.setText(self.tr("Default wording") if is_default else self.tr("Your wording"))
        self.reset_button.setEnabled(not is_default)

    def reset_current(self) -> None:
        if self._current is None or (default := self._default(self._current)) is None:
            return
        self._texts[self._current] = default
        self._fill_list(self._keys.index(self._current))

    # -- the whole playbook -----------------------------------------------------------------

    def back_to_defaults(self) -> None:
        """Carnet's cards, in Carnet's order and words; the user's own go when OK is pressed."""
        self._start_afresh = True
        self._deleted.clear()
        self._keys = [situation.value for situation in playbook.Situation]
        for key in self._keys:
            self._texts[key] = self._default(key)  # type: ignore[assignment]
        self._fill_list(0)

    def entries(self) -> list[playbook.PlaybookEntry]:
        """The cards as on screen, for a playbook file: built-in ones in Carnet's words bare."""
        found = []
        for key in self._keys:
            title, body = self._texts[key]
            situation = playbook.Situation(key) if playbook.is_built_in(key) else None
            if situation is not None and (title, body) == self._default(key):
                found.append(playbook.PlaybookEntry(situation))
            else:
                found.append(playbook.PlaybookEntry(situation, title, body))
        return found

    def export_to(self, path: Path) -> bool:
        try:
            write_playbook(path, self.entries())
        except ImportFileError as error:
            self._show_error(error.text(_message))
            return False
        self.error.hide()
        return True

    def import_from(self, path: Path) -> bool:
        """Take the cards of a playbook file in place of these (written on OK); a bad file
        changes nothing and says why."""
        try:
            entries = read_playbook(path)
        except ImportFileError as error:
            self._show_error(error.text(_message))
            return False
        self._start_afresh = True
        self._deleted = {s.value for s in playbook.Situation}
        self._keys = []
        for entry in entries:
            key = entry.situation.value if entry.situation else playbook.new_card_key()
            self._deleted.discard(key)
            self._keys.append(key)
            if entry.title is None:
                self._texts[key] = self._default(key)  # type: ignore[assignment]
            else:
                self._texts[key] = (entry.title, self._normalised(entry.body or ""))
        self.error.hide()
        self._fill_list(0)
        return True

    def _choose_import(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a playbook"), "", self.tr("Carnet playbook (*.json)")
        )
        if chosen:
            self.import_from(Path(chosen))

    def _choose_export(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the playbook"),
            self.tr("playbook.json"),
            self.tr("Carnet playbook (*.json)"),
        )
        if chosen:
            self.export_to(Path(chosen))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        key = self._keys[0] if self._keys else None

        def write(session: Session) -> None:
            nonlocal key  # the card refused, if one is
            if self._start_afresh:
                playbook.reset_playbook(session)
            for gone in self._deleted:
                playbook.delete_card(session, gone)
            for key in self._keys:
                title, body = self._texts[key]
                stored = None if self._start_afresh else self._stored.get(key)
                if (title, body) == self._default(key):
                    playbook.reset_card(session, key)
                elif (
                    stored is None
                    or not stored.is_custom
                    or (stored.title, stored.body)
                    != (
                        title,
                        body,
                    )
                ):
                    playbook.save_card(session, key, title, body)
            playbook.set_order(session, self._keys)

        try:
            run_write(self._database, (), write)
        except ValidationError as error:
            if key is not None:
                self.select(key)
            self._show_error(_message(error.message))
            return
        super().accept()
