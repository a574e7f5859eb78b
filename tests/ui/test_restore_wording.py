"""A message that sends the user to the File menu names the entry that is really there, in
each language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from carnet.db.errors import StorageProblem, explain
from carnet.domain.errors import MESSAGES_CONTEXT
from carnet.io.errors import BACKUP_NOT_CONTACTS
from carnet.ui.main_window import MainWindow


def entry(window: MainWindow) -> str:
    """The File menu's restore entry as the user reads it (no shortcut marker)."""
    file_menu = window.menuBar().actions()[0].menu()
    (restore,) = [a for a in file_menu.actions() if a is window.safety.restore_action]
    assert restore.isVisible()
    return restore.text().replace("&", "")


@pytest.mark.parametrize("language_code", ["en", "fr"])
def test_messages_name_the_restore_entry_of_the_file_menu(open_carnet, start_in, language_code):
    start_in(language_code)
    window = open_carnet()
    menu = window.menuBar().actions()[0].text().replace("&", "")
    wanted = f"{menu} › {entry(window)}"
    for message in (explain(StorageProblem.CORRUPT), BACKUP_NOT_CONTACTS):
        text = QCoreApplication.translate(MESSAGES_CONTEXT, message)
        assert wanted in text, text
