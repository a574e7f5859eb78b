"""Reminders (issue 20, point 4): the hour and the start with the session chosen in Settings,
kept across a restart; the day's reminder says what is due; clicking it opens Today.

"Now" is Wednesday 11 March 2026, 10:15: the reminder's hour (8:30) has passed.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QApplication

from carnet import autostart
from carnet.app import launch_hidden, parse_args
from carnet.domain.enums import ContactStatus, FollowUpKind
from carnet.domain.models import FollowUp, Person
from carnet.ui import tray
from carnet.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.window_helpers import restart

NOW = dt.datetime(2026, 3, 11, 10, 15)
MONDAY = dt.date(2026, 3, 9)


@pytest.fixture(autouse=True)
def forget_reminder_choices():
    yield
    QSettings().remove("reminder")


def autostart_entry() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "carnet.desktop"


def add_what_is_due(window) -> None:
    with window.database.transaction() as session:
        aline = Person(first_name="Aline", last_name="Perrin", status=ContactStatus.CONTACTED)
        bruno = Person(
            first_name="Bruno",
            last_name="Caron",
            status=ContactStatus.TO_CONTACT,
            planned_week=MONDAY,
        )
        session.add_all([aline, bruno])
        session.flush()
        session.add_all(
            [
                FollowUp(
                    kind=FollowUpKind.NEXT_STEP,
                    title="Send the CV",
                    due_on=dt.date(2026, 3, 10),
                    person_id=aline.id,
                ),
                FollowUp(
                    kind=FollowUpKind.NEXT_STEP,
                    title="Not before Friday",
                    due_on=dt.date(2026, 3, 13),
                ),
            ]
        )


def test_reminder_hour_and_autostart_are_kept_and_the_reminder_opens_today(
    qtbot, open_carnet, answer_dialog, time_machine
):
    time_machine.move_to(NOW.astimezone(), tick=False)
    window = open_carnet()
    assert window.tray is not None

    def choose(dialog: SettingsDialog) -> None:
        group = dialog.reminders
        assert group.remind.isChecked(), "on unless turned off"
        assert group.time.time() == QTime(9, 0)
        assert not group.start_with_session.isChecked(), "off unless turned on"
        # off screen there is no notification area: the group says so, and keeps the choices
        assert "no notification area" in group.note.text()
        group.time.setTime(QTime(8, 30))
        group.start_with_session.setChecked(True)
        dialog.accept()

    answer_dialog(choose)
    window.guide.settings_action.trigger()
    desktop = autostart_entry().read_text(encoding="utf-8")
    assert "--hidden" in desktop

    window = restart(window, open_carnet)

    def check_then_turn_off(dialog: SettingsDialog) -> None:
        group = dialog.reminders
        assert group.time.time() == QTime(8, 30)
        assert group.start_with_session.isChecked()
        group.start_with_session.setChecked(False)
        dialog.accept()

    answer_dialog(check_then_turn_off)
    window.guide.settings_action.trigger()
    assert not autostart_entry().exists(), "removed entirely"
    assert tray.reminder_time() == dt.time(8, 30)

    add_what_is_due(window)
    title, text = window.tray.remind()
    assert title == "Today in Carnet"
    assert text.splitlines() == [
        "1 follow-up due",
        "1 planned call still to make this week",
        "With Aline Perrin, Bruno Caron",
        "Click to open Today.",
    ]
    assert tray.shown_on() == NOW.date(), "not shown again today"

    window.sidebar.setCurrentRow(3)
    window.hide()
    with qtbot.waitSignal(window.tray.open_today_requested):
        window.tray.icon.messageClicked.emit()  # the user clicks the notification
    assert window.isVisible()
    assert window.sidebar.currentRow() == 0  # the page Carnet opens on: Today once merged


def test_a_day_with_nothing_due_shows_no_notification(open_carnet, time_machine):
    time_machine.move_to(NOW.astimezone(), tick=False)
    window = open_carnet()
    assert window.tray.remind() is None
    assert tray.shown_on() == NOW.date()


def test_the_help_names_the_hidden_start_and_portable_mode(capsys):
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--hidden start hidden in the notification area" in help_text
    assert "--portable portable mode" in help_text


def test_started_with_the_session_carnet_waits_hidden_until_the_reminder_is_clicked(
    qtbot, data_dir, new_database_file
):
    args = parse_args([*autostart.start_command(data_dir)[-3:]])
    assert args.hidden
    new_database_file(data_dir / "carnet.sqlite3")
    window = launch_hidden(args)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.ready, timeout=10000):
            pass
        assert not window.isVisible()
        assert not QApplication.quitOnLastWindowClosed(), "closing the window leaves the tray"
        with qtbot.waitSignal(window.tray.open_today_requested):
            window.tray.icon.messageClicked.emit()
        assert window.isVisible()
        assert window.sidebar.currentRow() == 0
    finally:
        QApplication.setQuitOnLastWindowClosed(True)
        window.close()
        window.database.close()
