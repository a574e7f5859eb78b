"""A combo box that finds its items as the user types: a person or an organisation among many."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from carnet.domain.lookup import Choice

SEARCH_DELAY_MS = 150


class Chooser(QComboBox):
    """Shows the first matches of ``find(typed text)``; the first item stands for "nobody".

    ``chosen`` carries the picked id (None for the first item). With ``clear_after_choice`` the
    box empties itself once something is picked, to add people one after another.
    """

    chosen = Signal(object)

    def __init__(
        self,
        find: Callable[[str], list[Choice]],
        none_label: str,
        placeholder: str = "",
        *,
        clear_after_choice: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._find = find
        self._none_label = none_label
        self._clear_after_choice = clear_after_choice
        self._names: dict[int, str] = {}
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        line_edit = self.lineEdit()
        assert line_edit is not None  # an editable combo box has one
        line_edit.setPlaceholderText(placeholder or none_label)
        line_edit.setClearButtonEnabled(True)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._delay = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._delay.timeout.connect(self._search)
        line_edit.textEdited.connect(self._delay.start)
        line_edit.returnPressed.connect(self._choose_first)
        self.activated.connect(self._on_activated)
        self._fill([])

    def reload(self) -> None:
        """Fill the list with the first items, keeping the current choice."""
        current = self._current_choice()
        self._fill(self._find(""), keep=current)

    def current_id(self) -> int | None:
        return self.itemData(self.currentIndex()) if self.currentIndex() >= 0 else None

    def current_name(self) -> str:
        """The chosen item's name, without its hint ("" when nothing is chosen)."""
        if self.currentIndex() <= 0:
            return ""
        return self._names.get(cast(int, self.current_id()), self.itemText(self.currentIndex()))

    def set_choice(self, choice: Choice | None) -> None:
        """Select ``choice`` (adding it to the list if needed); None selects "nobody"."""
        self.blockSignals(True)
        if choice is None:
            self.setCurrentIndex(0)
        else:
            self._names[choice.id] = choice.name
            index = self.findData(choice.id)
            if index < 0:
                self.insertItem(1, choice.label, choice.id)
                index = 1
            self.setCurrentIndex(index)
        self._sync_text()
        self.blockSignals(False)

    def _current_choice(self) -> Choice | None:
        index = self.currentIndex()
        if index <= 0:
            return None
        return Choice(self.itemData(index), self.itemText(index))

    def _fill(self, choices: list[Choice], keep: Choice | None = None, text: str | None = None):
        self.blockSignals(True)
        self.clear()
        self.addItem(self._none_label, None)
        for choice in choices:
            self.addItem(choice.label, choice.id)
            self._names[choice.id] = choice.name
        if keep is not None and self.findData(keep.id) < 0:
            self.insertItem(1, keep.name, keep.id)
        self.setCurrentIndex(self.findData(keep.id) if keep else 0)
        if text is None:
            self._sync_text()
        else:
            self.setEditText(text)
        self.blockSignals(False)

    def _sync_text(self) -> None:
        self.setEditText("" if self.currentIndex() <= 0 else self.itemText(self.currentIndex()))

    def _search(self) -> None:
        line_edit, completer = self.lineEdit(), self.completer()
        assert line_edit is not None and completer is not None
        text = line_edit.text()
        self._fill(self._find(text), keep=self._current_choice(), text=text)
        if line_edit.hasFocus() and text.strip():
            completer.complete()

    def _choose_first(self) -> None:
        if self._delay.isActive():
            self._delay.stop()
            self._search()
        line_edit = self.lineEdit()
        assert line_edit is not None
        text = line_edit.text().strip()
        if not text:
            self.setCurrentIndex(0)
            self._on_activated(0)
            return
        if self.count() > 1:
            index = self.currentIndex() if self.currentIndex() > 0 else 1
            if self.itemText(index) != text:
                index = 1
            self.setCurrentIndex(index)
            self._on_activated(index)

    def _on_activated(self, index: int) -> None:
        chosen = self.itemData(index) if index >= 0 else None
        if self._clear_after_choice:
            self.blockSignals(True)
            self.setCurrentIndex(0)
            self.blockSignals(False)
        self._sync_text()
        self.chosen.emit(chosen)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        completer = self.completer()
        assert completer is not None
        popup = completer.popup()
        assert popup is not None
        if not self.view().isVisible() and not popup.isVisible():
            self._sync_text()
