"""The Follow-ups page through the window: the morning list and its count on the sidebar, a
follow-up written, snoozed, edited and done, keep-in-touch reminders and their rhythms, and the
list sent to a calendar; everything still there after a restart."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from carnet.domain.enums import ContactStatus
from carnet.domain.models import Person
from carnet.ui.dialogs.follow_up_dialogs import (
    CadenceDefaultsDialog,
    CadenceDialog,
    FollowUpDialog,
    SnoozeDialog,
)
from carnet.ui.views.followups_view import KEY_ROLE, FollowUpsView
from tests.ui.window_helpers import restart, type_text

TODAY = dt.date.today()


@pytest.fixture
def seeded(database):
    """Céline, met two months ago, to be called every three weeks; Marc, contacted yesterday."""
    with database.transaction() as session:
        celine = Person(
            first_name="Céline",
            last_name="Dubois",
            status=ContactStatus.MET,
            keep_in_touch_days=21,
            created_at=dt.datetime.combine(TODAY - dt.timedelta(days=60), dt.time(10)),
        )
        marc = Person(
            first_name="Marc",
            last_name="Lefèvre",
            status=ContactStatus.CONTACTED,
            created_at=dt.datetime.combine(TODAY - dt.timedelta(days=40), dt.time(10)),
        )
        session.add_all([celine, marc])
    database.close()


def sidebar_label(window) -> str:
    return window.sidebar.item(window.pages.indexOf(window.followups)).text()


def rows(view: FollowUpsView) -> list[tuple[str, str]]:
    """(group, follow-up text) for every row, top to bottom."""
    found = []
    for g in range(view.list.topLevelItemCount()):
        group = view.list.topLevelItem(g)
        for c in range(group.childCount()):
            found.append((group.text(0), group.child(c).text(1)))
    return found


def select(view: FollowUpsView, text: str) -> None:
    for g in range(view.list.topLevelItemCount()):
        group = view.list.topLevelItem(g)
        for c in range(group.childCount()):
            if group.child(c).text(1).startswith(text):
                view.list.setCurrentItem(group.child(c))
                return
    raise AssertionError(f"no follow-up {text!r} in {rows(view)}")


def open_dialog(qtbot, view, button, kind):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(kind)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_morning_with_carnet(qtbot, open_carnet, seeded):
    window = open_carnet()
    qtbot.waitUntil(lambda: sidebar_label(window) == "Follow-ups (1)")  # Céline is overdue

    window.show_view(window.followups)
    view = window.followups
    assert rows(view) == [("Overdue (1)", "Get back in touch (no contact noted yet)")]
    celine = view.list.topLevelItem(0).child(0)
    assert (celine.text(2), celine.text(3)) == ("Céline Dubois", "Keep in touch")
    assert celine.text(0).endswith("(39 days late)")  # due 21 days after she was added

    # a next step, due today, with Marc
    dialog = open_dialog(qtbot, view, view.new_button, FollowUpDialog)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # OK, empty
    assert dialog.isVisible() and "Say in a few words" in dialog.error.text()
    type_text(qtbot, dialog.title, "Rappeler Marc à propos d'Orsane")
    dialog.activateWindow()
    dialog.person.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.person)
    type_text(qtbot, dialog.person, "Lef")
    qtbot.waitUntil(lambda: dialog.person.count() > 1)
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)  # picks Marc, does not save yet
    assert dialog.isVisible() and dialog.person.current_id() is not None
    dialog.due_on.setDate(QDate.currentDate())
    dialog.accept()
    assert not dialog.isVisible()
    assert ("Today (1)", "Rappeler Marc à propos d'Orsane") in rows(view)
    assert sidebar_label(window) == "Follow-ups (2)"

    window = restart(window, open_carnet)
    qtbot.waitUntil(lambda: sidebar_label(window) == "Follow-ups (2)")
    window.show_view(window.followups)
    view = window.followups
    select(view, "Rappeler Marc")
    assert view.selected_item().person_name == "Marc Lefèvre"

    # Céline called back: done; it counts as a contact today, next one in three weeks
    select(view, "Get back in touch")
    assert view.edit_button.text() == "Change rhythm…"
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    (celine,) = [i for i in view.items() if i.is_reminder]
    assert (celine.last_contact, celine.due_on) == (TODAY, TODAY + dt.timedelta(days=21))
    assert [group for group, _text in rows(view)] == ["Today (1)", "Later (1)"], rows(view)
    assert sidebar_label(window) == "Follow-ups (1)"

    # Marc can wait a week
    select(view, "Rappeler Marc")
    view.snooze_week_action.trigger()
    assert view.selected_item().title == "Rappeler Marc à propos d'Orsane"
    assert view.selected_item().due_on == TODAY + dt.timedelta(days=7)
    assert not any(group.startswith(("Today", "Overdue")) for group, _text in rows(view))
    assert sidebar_label(window) == "Follow-ups"

    # …or until a chosen day, then reworded
    dialog = view.snooze_selected()
    assert isinstance(dialog, SnoozeDialog)
    dialog.calendar.setSelectedDate(QDate.currentDate().addDays(3))
    dialog.accept()
    assert view.selected_item().due_on == TODAY + dt.timedelta(days=3)
    view.list.itemDoubleClicked.emit(view.list.currentItem(), 1)
    dialog = view.findChild(FollowUpDialog)
    assert dialog.title.text() == "Rappeler Marc à propos d'Orsane"
    dialog.title.setText("Rappeler Marc : Orsane recrute")
    dialog.accept()

    window = restart(window, open_carnet)
    window.show_view(window.followups)
    view = window.followups
    marc, celine = view.items()
    assert (marc.title, marc.due_on) == ("Rappeler Marc : Orsane recrute", TODAY + dt.timedelta(3))
    assert (celine.person_name, celine.last_contact) == ("Céline Dubois", TODAY)
    assert sidebar_label(window) == "Follow-ups"


def test_keep_in_touch_rhythms_by_status_and_per_person(qtbot, open_carnet, seeded):
    window = open_carnet()
    window.show_view(window.followups)
    view = window.followups
    assert [text for _g, text in rows(view)] == ["Get back in touch (no contact noted yet)"]

    # everyone contacted (Marc) should hear from the user every three weeks
    dialog = open_dialog(qtbot, view, view.rhythms_button, CadenceDefaultsDialog)
    contacted = dialog.choosers[ContactStatus.CONTACTED]
    assert contacted.choice.currentText() == "No reminder"
    assert dialog.choosers[ContactStatus.MET].choice.currentText() == "Every 2 months"
    contacted.choice.setCurrentIndex(contacted.choice.findData(21))
    dialog.accept()
    marc = [i for i in view.items() if i.person_name == "Marc Lefèvre"]
    assert len(marc) == 1 and marc[0].due_on == TODAY - dt.timedelta(days=19)

    # Céline: every 45 days rather than three weeks
    celine_key = next(i.key for i in view.items() if i.person_name == "Céline Dubois")
    view.select_key(celine_key)
    dialog = open_dialog(qtbot, view, view.edit_button, CadenceDialog)
    custom = dialog.cadence.choice.findData(dialog.cadence.CUSTOM)
    dialog.cadence.choice.setCurrentIndex(custom)
    assert dialog.cadence.days_box.isVisibleTo(dialog)
    dialog.cadence.days_box.setValue(45)
    dialog.accept()
    celine = next(i for i in view.items() if i.key == celine_key)
    assert celine.cadence_days == 45
    assert celine.due_on == TODAY - dt.timedelta(days=15)

    window = restart(window, open_carnet)
    window.show_view(window.followups)
    assert sorted(i.person_name for i in window.followups.items()) == [
        "Céline Dubois",
        "Marc Lefèvre",
    ]
    qtbot.waitUntil(lambda: sidebar_label(window) == "Follow-ups (2)")


def test_the_follow_ups_go_to_a_calendar(qtbot, open_carnet, seeded, tmp_path):
    window = open_carnet()
    window.show_view(window.followups)
    assert window.reports.calendar_action.isEnabled()
    path = tmp_path / "Carnet follow-ups"
    assert window.reports.export_calendar(path) == 1
    assert "1 follow-up written" in window.reports.message.text()
    calendar = icalendar.Calendar.from_ical((tmp_path / "Carnet follow-ups.ics").read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Get back in touch with Céline Dubois"
    assert event.decoded("DTSTART") == TODAY
    assert event.decoded("DTEND") == TODAY + dt.timedelta(days=1)
    assert "Keep in touch" in str(event["DESCRIPTION"])

    blocked = tmp_path / "no-such-folder" / "x.ics"
    assert window.reports.export_calendar(blocked) is None
    assert "could not write" in window.reports.message.text()


def test_a_list_too_long_to_show_says_how_many_more(qtbot, open_carnet, database):
    with database.transaction() as session:
        for n in range(205):
            session.add(
                Person(
                    first_name=f"Person {n:03d}",
                    keep_in_touch_days=21,
                    created_at=dt.datetime.combine(TODAY - dt.timedelta(days=60), dt.time(9)),
                )
            )
    database.close()
    window = open_carnet()
    qtbot.waitUntil(lambda: sidebar_label(window) == "Follow-ups (205)")
    window.show_view(window.followups)
    group = window.followups.list.topLevelItem(0)
    assert group.text(0) == "Overdue (205)"
    assert group.childCount() == 201
    assert group.child(200).text(1) == "… and 5 more"
    assert group.child(200).data(0, KEY_ROLE) is None
