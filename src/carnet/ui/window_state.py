"""The main window opens at a size that suits the screen, then where the user left it: its
geometry and the position of every splitter are kept in the settings of this computer."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QSplitter, QWidget

GEOMETRY_KEY = "window/geometry"
SPLITTERS_KEY = "window/splitters/"
# A comfortable first size; a smaller screen gets nearly all of itself.
PREFERRED = QSize(1280, 800)


def first_size(window: QWidget) -> QSize:
    screen = window.screen()
    if screen is None:
        return PREFERRED
    room = screen.availableGeometry().size()
    return QSize(
        min(PREFERRED.width(), room.width() * 95 // 100),
        min(PREFERRED.height(), room.height() * 92 // 100),
    )


def restore_geometry(window: QWidget) -> None:
    saved = QSettings().value(GEOMETRY_KEY)
    if saved is None or not window.restoreGeometry(saved):
        window.resize(first_size(window))


def _splitters(window: QWidget, pages: dict[str, QWidget]) -> dict[str, QSplitter]:
    named = {}
    for key, page in pages.items():
        for number, splitter in enumerate(page.findChildren(QSplitter)):
            named[f"{key}-{number}"] = splitter
    return named


def restore_splitters(window: QWidget, pages: dict[str, QWidget]) -> None:
    settings = QSettings()
    for name, splitter in _splitters(window, pages).items():
        state = settings.value(SPLITTERS_KEY + name)
        if state is not None:
            splitter.restoreState(state)


def save(window: QWidget, pages: dict[str, QWidget]) -> None:
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    for name, splitter in _splitters(window, pages).items():
        settings.setValue(SPLITTERS_KEY + name, splitter.saveState())
