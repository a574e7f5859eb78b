"""Carnet's look: one style, palette and stylesheet, light or dark as the system is, and icons on
the sidebar, the toolbar and the menus."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QToolBar

from carnet.app import make_application
from carnet.domain import people
from carnet.domain.people import PersonDraft
from carnet.ui import theme


def _lightness(role: QPalette.ColorRole) -> float:
    return QApplication.palette().color(role).lightnessF()


def test_start_up_gives_carnet_its_style_palette_and_stylesheet(qapp, open_carnet):
    app = make_application([])
    assert theme.style_arguments(["carnet"]) == ["-style", "Fusion"]
    assert theme.style_arguments(["carnet", "-style", "windows"]) == []
    # the stylesheet goes to the few widgets that need it, never to the whole application: there
    # it would send every widget through Qt's stylesheet machinery, ~400 ms at start-up
    assert app.styleSheet() == ""
    sidebar = open_carnet().sidebar
    assert "QListWidget#sidebar" in sidebar.styleSheet()
    assert not re.search(r"@[a-z_]+@", sidebar.styleSheet())  # every colour filled in


def test_the_look_follows_the_system_between_light_and_dark(qapp, qtbot, monkeypatch):
    from PySide6.QtWidgets import QListWidget

    make_application([])
    sidebar = QListWidget()
    qtbot.addWidget(sidebar)
    theme.dress(sidebar, "sidebar")
    try:
        monkeypatch.setattr(theme, "current_scheme", lambda _app: Qt.ColorScheme.Dark)
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert _lightness(QPalette.ColorRole.Window) < 0.25
        assert _lightness(QPalette.ColorRole.Text) > 0.75
        assert theme.DARK.sidebar in sidebar.styleSheet()
    finally:
        theme.apply(qapp, Qt.ColorScheme.Light)
    assert _lightness(QPalette.ColorRole.Window) > 0.75
    assert theme.LIGHT.sidebar in sidebar.styleSheet()


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


def test_contacts_columns_fit_the_width_important_ones_first(open_carnet):
    from carnet.domain import people
    from carnet.domain.people import PersonDraft

    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    with window.database.transaction() as session:
        people.create_person(session, PersonDraft(first_name="Zoé", last_name="Martin"))
    window.events.people_changed.emit()
    view = window.contacts
    view.open_person(1)
    table = view.table
    header = table.horizontalHeader()
    for width in (420, 640, 1400):
        table.resize(width, 400)
        QApplication.processEvents()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        assert 0 in shown and 3 in shown, "the name and the status always show"
        for column in shown:
            title = table.model().headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)
            end = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert end <= table.viewport().width() + 1, f"{title} runs off the table"
    assert len(shown) == header.count(), "a wide table shows every column"


def test_an_item_cut_short_shows_its_whole_text_on_hover(open_carnet, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView, QToolTip

    from carnet.ui.widgets.elided_tips import install_on

    open_carnet()
    model = QStandardItemModel()
    model.appendRow(QStandardItem("Compositions Sauvan et associés, parfumeurs à Grasse"))
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    install_on(view)  # as Carnet does on every view of the window
    view.resize(120, 80)
    view.show()
    qtbot.waitExposed(view)
    where = view.visualRect(model.index(0, 0)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == "Compositions Sauvan et associés, parfumeurs à Grasse"
    QToolTip.hideText()


def test_one_restore_entry_opens_copies_and_backup_files(open_carnet, answer_dialog):
    window = open_carnet()
    file_menu = window.menuBar().actions()[0].menu()
    restoring = [a for a in file_menu.actions() if "Restore" in a.text()]
    assert restoring == [window.safety.restore_action]
    seen = {}

    def look(dialog) -> None:
        seen["file button"] = dialog.file_button is not None and dialog.file_button.isVisible()
        dialog.reject()

    answer_dialog(look)
    window.safety.restore_action.trigger()
    assert seen["file button"]


def test_the_tree_explains_its_marks_and_the_map_shows_its_zoom_once(open_carnet):
    window = open_carnet()
    with window.database.transaction() as session:  # an empty tree shows how to start it
        people.create_person(session, PersonDraft("Zoé", "Martin"))
    window.events.people_changed.emit()
    window.show_view(window.referrals)
    legend = window.referrals.legend
    assert legend.isVisible()
    assert [label.text() for label in legend.labels] == [
        "Not contacted yet",
        "Contacted, not met yet",
        "Met",
        "Declined",
        "Can hire",
    ]


def test_my_profile_sits_beside_settings_and_the_welcome_says_what_its_buttons_do(
    open_carnet, qtbot
):
    from PySide6.QtWidgets import QWizard

    window = open_carnet()
    file_menu = window.menuBar().actions()[0].menu().actions()
    settings = file_menu.index(window.guide.settings_action)
    assert file_menu[settings - 1] is window.calls.profile_action
    calls_menu = window.menuBar().actions()[2].menu().actions()
    assert window.calls.profile_action not in calls_menu

    welcome = window.guide.show_welcome()
    qtbot.addWidget(welcome)
    assert welcome.buttonText(QWizard.WizardButton.NextButton) == "Save and continue"
    assert welcome.buttonText(QWizard.WizardButton.CustomButton1) == "Not now"
    assert welcome.profile_page.intro.wordWrap() and "File → My profile" in (
        welcome.profile_page.intro.text()
    )
    welcome.reject()
