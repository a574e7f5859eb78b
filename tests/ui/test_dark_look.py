"""In the dark scheme, the buttons of the note editor and the bevels Fusion draws stay dark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from carnet.ui import theme


def _mean_lightness(widget) -> float:
    image = widget.grab().toImage()
    values = [
        QColor(image.pixel(x, y)).lightnessF()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    ]
    return sum(values) / len(values)


def test_the_note_editor_format_buttons_are_dark_in_the_dark_scheme(qapp, open_carnet):
    window = open_carnet()
    try:
        theme.apply(qapp, Qt.ColorScheme.Dark)
        palette = QApplication.palette()
        for role in (QPalette.ColorRole.Light, QPalette.ColorRole.Dark):
            assert palette.color(role).lightnessF() < 0.4, role
        window.show_view(window.notebook)
        for button in window.notebook.format_buttons.values():
            assert _mean_lightness(button) < 0.35, button.toolTip()
    finally:
        theme.apply(qapp, Qt.ColorScheme.Light)
