"""Driving a person or company chooser as a user does: type a few letters, press Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.window_helpers import type_text


def pick(qtbot, chooser, text: str) -> None:
    """Type ``text`` in ``chooser`` and press Enter, which picks the first match."""
    chooser.setFocus()
    type_text(qtbot, chooser.lineEdit(), text)
    qtbot.waitUntil(lambda: chooser.count() > 1 and not chooser._delay.isActive())
    qtbot.keyClick(chooser.lineEdit(), Qt.Key.Key_Return)
