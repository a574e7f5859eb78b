"""Carnet's look: one style, palette and stylesheet, light or dark as the system is, and icons on
the sidebar, the toolbar and the menus."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QToolBar

from carnet.app import make_application
from carnet.ui import theme


def _lightness(role: QPalette.ColorRole) -> float:
    return QApplication.palette().color(role).lightnessF()


def test_start_up_gives_carnet_its_style_palette_and_stylesheet(qapp):
    app = make_application([])
    assert app.property(theme.STYLE_PROPERTY) == "fusion"
    assert "QListWidget#sidebar" in app.styleSheet()
    assert not re.search(r"@[a-z_]+@", app.styleSheet())  # every colour filled in


def test_the_look_follows_the_system_between_light_and_dark(qapp, monkeypatch):
    make_application([])
    try:
        monkeypatch.setattr(theme, "current_scheme", lambda _app: Qt.ColorScheme.Dark)
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert _lightness(QPalette.ColorRole.Window) < 0.25
        assert _lightness(QPalette.ColorRole.Text) > 0.75
        assert theme.DARK.window in qapp.styleSheet()
    finally:
        theme.apply(qapp, Qt.ColorScheme.Light)
    assert _lightness(QPalette.ColorRole.Window) > 0.75
    assert theme.LIGHT.window in qapp.styleSheet()


def _drawn(icon) -> bool:
    image = icon.pixmap(QSize(20, 20)).toImage()
    return any(image.pixel(x, y) for x in range(20) for y in range(20))


def test_sidebar_toolbar_and_menus_show_icons(open_carnet):
    window = open_carnet()
    for row in range(window.sidebar.count()):
        assert _drawn(window.sidebar.item(row).icon()), window.sidebar.item(row).text()
    toolbar = window.findChild(QToolBar, "quickActions")
    shown = [action for action in toolbar.actions() if not action.isSeparator()]
    assert window.new_contact_action in shown and window.calls.log_action in shown
    assert all(_drawn(action.icon()) for action in shown)
    file_menu = window.menuBar().actions()[0].menu()
    with_icon = [a for a in file_menu.actions() if not a.isSeparator() and not a.icon().isNull()]
    assert len(with_icon) >= len(file_menu.actions()) // 2


def test_icons_are_drawn_in_the_text_colour_of_the_scheme(qapp):
    from carnet.ui.icons import icon

    try:
        theme.apply(qapp, Qt.ColorScheme.Dark)
        image = icon("users").pixmap(QSize(24, 24)).toImage()
        inked = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
        assert max(c.lightnessF() for c in inked if c.alpha() == 255) > 0.75
    finally:
        theme.apply(qapp, Qt.ColorScheme.Light)
