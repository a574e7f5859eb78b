"""The first minute (welcome), Settings, and the guide."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from carnet.app import launch, parse_args
from carnet.domain import profile, settings
from carnet.ui import language
from carnet.ui.dialogs.help_dialog import HelpDialog
from carnet.ui.dialogs.settings_dialog import FIRST_DAY_OF_WEEK, SettingsDialog
from carnet.ui.dialogs.welcome_dialog import StartChoice, WelcomeDialog
from tests.ui.window_helpers import restart, type_text


def launched(qtbot, data_dir):
    window = launch(parse_args(["--data-dir", str(data_dir)]))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10000):
        pass
    return window


def the_welcome(qtbot) -> WelcomeDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WelcomeDialog))
    return QApplication.activeModalWidget()


def test_a_new_user_is_welcomed_once_and_their_profile_is_kept(qtbot, data_dir, open_carnet):
    window = launched(qtbot, data_dir)
    welcome = the_welcome(qtbot)
    page = welcome.profile_page
    type_text(qtbot, page.name, "Claire Moreau")
    type_text(qtbot, page.target_role, "Responsable grands comptes")
    type_text(qtbot, page.pitch, "Dix ans de vente en parfumerie sélective.")
    type_text(qtbot, page.precise_ask, "Deux noms chez Maison Orsane.")
    page.weekly_goal.setValue(7)
    welcome.next()
    welcome.start_page.buttons[StartChoice.EMPTY].click()
    assert not welcome.isVisible()
    window.close()
    window.database.close()

    window = open_carnet()
    with window.database.reading() as session:
        saved = profile.load_profile(session)
    assert (saved.name, saved.target_role, saved.weekly_goal) == (
        "Claire Moreau",
        "Responsable grands comptes",
        7,
    )
    assert saved.precise_ask == "Deux noms chez Maison Orsane."
    window.close()
    window.database.close()

    window = launched(qtbot, data_dir)
    qtbot.wait(50)
    assert not isinstance(QApplication.activeModalWidget(), WelcomeDialog)
    window.guide.welcome_action.trigger()
    again = the_welcome(qtbot)
    assert again.profile_page.name.text() == "Claire Moreau"
    again.skip()
    window.close()
    window.database.close()


def test_skipping_the_welcome_changes_nothing_and_it_does_not_come_back(qtbot, data_dir):
    window = launched(qtbot, data_dir)
    the_welcome(qtbot).skip()
    with window.database.reading() as session:
        assert profile.load_profile(session).name == ""
        assert settings.get_setting(session, settings.WELCOME_DONE) == "1"
    window.close()
    window.database.close()


def test_a_bad_weekly_goal_is_refused_on_the_page(qtbot, open_carnet):
    window = open_carnet()
    welcome = window.guide.show_welcome()
    qtbot.addWidget(welcome)
    welcome.profile_page.weekly_goal.setMaximum(1000)
    welcome.profile_page.weekly_goal.setValue(500)
    welcome.next()
    assert welcome.currentPage() is welcome.profile_page
    assert "between 1 and 100" in welcome.profile_page.error.text()
    welcome.skip()


def test_settings_are_kept_across_a_restart(qtbot, open_carnet):
    window = open_carnet()
    dialog = SettingsDialog(window.database, window.app_paths)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.language_note.isVisibleTo(dialog)
    dialog.first_day.setCurrentIndex(dialog.first_day.findData("7"))
    dialog.accept()

    window = restart(window, open_carnet)
    assert language.chosen_language() == "fr"
    with window.database.reading() as session:
        assert settings.get_setting(session, FIRST_DAY_OF_WEEK) == "7"
    again = SettingsDialog(window.database, window.app_paths)
    qtbot.addWidget(again)
    assert again.first_day.currentData() == "7"
    assert str(window.app_paths.database) in " ".join(
        label.text() for label in again.findChildren(type(again.language_note))
    )
    QSettings().remove(language.LANGUAGE_KEY)


def test_the_guide_lists_every_shortcut(qtbot, open_carnet):
    window = open_carnet()
    guide = HelpDialog(window.findChildren(type(window.new_contact_action)), window)
    qtbot.addWidget(guide)
    table = guide.shortcuts
    listed = {
        table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())
    }
    assert listed["New contact"] == "Ctrl+N"
    assert "Carnet guide" in listed
    assert guide.tabs.count() == 3


def test_pseudo_translation_lengthens_every_text(qtbot):
    from carnet.ui.language import PseudoTranslator

    translator = PseudoTranslator()
    text = translator.translate("MainWindow", "Delete {name}?")
    assert text.startswith("[") and "{name}" in text and len(text) >= len("Delete {name}?") * 1.4
