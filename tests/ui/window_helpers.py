"""Helpers the window tests share (plain functions: fixtures stay in conftest.py, which tests
never import, so that pytest alone loads it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from carnet.ui.main_window import MainWindow


def restart(window: MainWindow, start: Callable[..., MainWindow]) -> MainWindow:
    """Close the window and its database, as quitting does, and start Carnet again."""
    window.close()
    window.database.close()
    return start()


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key; QTest's keyClicks only knows ASCII, so accents go one by one."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )
