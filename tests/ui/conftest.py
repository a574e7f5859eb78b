"""Fixtures that open the real main window on a temporary data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from carnet import paths
from carnet.app import open_window, parse_args
from carnet.ui import language
from carnet.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_catalogue(qapp, compiled_catalogues: Path) -> Iterator[None]:
    """Carnet speaks English with its English catalogue, as its start-up installs it: the
    catalogue holds the singular of every count ("1 person", "%Ln people" in the code)."""
    translator = QTranslator()
    assert translator.load(str(compiled_catalogues / "carnet_en.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def open_carnet(qtbot, data_dir: Path, new_database_file) -> Iterator[Callable[..., MainWindow]]:
    """Start Carnet's main window on ``data_dir``, as ``carnet --data-dir`` would."""
    windows: list[MainWindow] = []

    def start(*extra_args: str) -> MainWindow:
        args = parse_args(["--data-dir", str(data_dir), *extra_args])
        new_database_file(paths.resolve(args.data_dir, demo=args.demo).database)
        window = open_window(args)
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield start
    for window in windows:
        window.close()
        window.database.close()


@pytest.fixture
def answer_dialog(qtbot) -> Callable[[Callable[[QDialog], None]], None]:
    """Fill in the next modal dialog with ``fill`` once it opens."""

    def arm(fill: Callable[[QDialog], None]) -> None:
        def when_open() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QDialog)
            fill(dialog)

        QTimer.singleShot(0, when_open)

    return arm


@pytest.fixture
def start_in(qapp, compiled_catalogues, monkeypatch):
    """``start_in("fr")`` installs the translations as Carnet's start-up does, after choosing
    the language in Settings; ``start_in()`` only does the start-up part (the choice stays)."""
    monkeypatch.setattr(language, "translations_dir", lambda: compiled_catalogues)
    locale = QLocale()

    def uninstall() -> None:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.setParent(None)

    def start(choice: str | None = None) -> None:
        uninstall()
        if choice is not None:
            language.choose_language(choice)
        language.install_translators(qapp)

    yield start
    uninstall()
    QLocale.setDefault(locale)
    QSettings().remove(language.LANGUAGE_KEY)
