"""Call mode (issue 20, point 3): "Call now" opens a small window that stays on top, with the
briefing, the opening line and the playbook; the notes and the names given are kept as a draft
(closing, reopening, restarting lose nothing); one outcome logs the call, turns the names into
leads introduced by the person called, and closes the window; the undo takes it all back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from carnet.domain import call_mode, followups, people, referrals
from carnet.domain.enums import ContactStatus, Outcome, Permission, Warmth
from carnet.domain.models import Interaction, Introduction, Person
from carnet.domain.people import PersonDraft
from tests.ui.window_helpers import restart, type_text

NOW = dt.datetime(2026, 3, 10, 10, 30)


@pytest.fixture
def window(open_carnet, time_machine):
    """Loïc gave the name of Mathieu Roche, and may be named; Hélène Martin is a friend.
    Mathieu, met on LinkedIn two months ago, is due for a keep-in-touch contact."""
    time_machine.move_to(NOW.astimezone(), tick=False)
    window = open_carnet()
    with window.database.transaction() as session:
        loic = people.create_person(session, PersonDraft("Loïc", "Bertrand"))
        people.create_person(session, PersonDraft("Hélène", "Martin"))
        mathieu = referrals.introduce_new_person(
            session,
            loic,
            PersonDraft("Mathieu", "Roche", organization_name="Maison Orsane"),
            permission=Permission.YES,
        )
        session.get(Person, mathieu).connected_on = NOW.date() - dt.timedelta(days=60)
        followups.set_cadence(session, mathieu, 30)
    window.events.people_changed.emit()
    return window


def person_id(window, first_name: str) -> int | None:
    with window.database.reading() as session:
        return session.scalar(select(Person.id).where(Person.first_name == first_name))


def call_now_from_the_menu(qtbot, window, who: int):
    window.open_person(who)
    window.calls.call_now_action.trigger()
    call = window.call_mode.windows[who]
    qtbot.waitExposed(call)
    return call


def saved_draft(window, who: int) -> call_mode.CallDraft | None:
    with window.database.reading() as session:
        return call_mode.load_draft(session, who)


def shown_names(call) -> list[str]:
    return [call.names.item(row).text() for row in range(call.names.count())]


def give_name(qtbot, call, name: str, permission: Permission, known: bool = False) -> None:
    call.permission.setCurrentIndex(call.permission.findData(permission))
    type_text(qtbot, call.name, name)
    if known:
        qtbot.waitUntil(lambda: not call.same_person.isHidden())
        call.same_person.choice.setCurrentIndex(1)
    qtbot.keyClick(call.name, Qt.Key.Key_Return)


def introductions_from(window, connector: int) -> list[tuple[str, Permission]]:
    with window.database.reading() as session:
        rows = session.execute(
            select(Person.first_name, Introduction.permission)
            .join(Person, Person.id == Introduction.introduced_id)
            .where(Introduction.connector_id == connector)
            .order_by(Person.first_name)
        ).all()
    return [(first, Permission(permission)) for first, permission in rows]


def keep_in_touch_due(window) -> list[int]:
    with window.database.reading() as session:
        return [item.person_id for item in followups.keep_in_touch_reminders(session, NOW.date())]


def test_a_call_in_call_mode_is_kept_as_typed_then_logged_in_one_click_and_undone(
    qtbot, window, open_carnet
):
    mathieu = person_id(window, "Mathieu")
    assert mathieu is not None and keep_in_touch_due(window) == [mathieu]

    call = call_now_from_the_menu(qtbot, window, mathieu)
    assert call.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert call.windowFlags() & Qt.WindowType.Tool == Qt.WindowType.Tool
    assert call.windowTitle() == "Call with Mathieu Roche"
    assert "Loïc" in call.briefing.opening_line.text()
    assert call.playbook.cards  # the cards for a call on someone's recommendation
    assert call.warmth.currentData() == Warmth.WARM
    assert call.width() <= 460

    type_text(qtbot, call.notes, "Le service achats recrute en avril.")
    give_name(qtbot, call, "helene martin", Permission.YES, known=True)
    give_name(qtbot, call, "Julie Fabre", Permission.NO)
    assert shown_names(call) == [
        "helene martin: may use their name (already in your contacts)",
        "Julie Fabre: may not use their name",
    ]
    qtbot.mouseClick(call.add_name_button, Qt.MouseButton.LeftButton)  # nothing typed
    assert call.name_error.text() == "Type the name you were given."
    give_name(qtbot, call, "julie  FABRE", Permission.YES)  # the same name twice is refused
    assert call.name_error.text() == "This name is already in the list."
    assert len(shown_names(call)) == 2
    call.name.clear()

    # Saved a moment after the last keystroke: what a crash would leave on disk.
    if call._autosave.dirty:  # (the clock is frozen: a signal's wait, not waitUntil's)
        qtbot.waitSignal(call._autosave.saved).wait()
    draft = saved_draft(window, mathieu)
    assert draft is not None and draft.notes == "Le service achats recrute en avril."
    assert [(n.name, n.permission) for n in draft.names] == [
        ("helene martin", Permission.YES),
        ("Julie Fabre", Permission.NO),
    ]

    call.move(call.pos() + QPoint(-40, 30))  # where the user put it, out of the way
    where = call.pos()
    call.close()
    assert mathieu not in window.call_mode.windows
    window.show_view(window.referrals)
    menu = window.referrals.context_menu(mathieu)
    (action,) = [a for a in menu.actions() if a.text() == "Call Mathieu Roche now…"]
    action.trigger()
    call = window.call_mode.windows[mathieu]
    assert call.pos() == where
    assert call.notes.toPlainText() == "Le service achats recrute en avril."
    assert len(shown_names(call)) == 2

    # Typed just before quitting, then Carnet restarts: nothing is lost.
    call.notes.moveCursor(call.notes.textCursor().MoveOperation.End)
    type_text(qtbot, call.notes, " Rappeler Julie.")
    window = restart(window, open_carnet)
    call = call_now_from_the_menu(qtbot, window, mathieu)
    assert call.notes.toPlainText() == "Le service achats recrute en avril. Rappeler Julie."
    assert shown_names(call) == [
        "helene martin: may use their name (already in your contacts)",
        "Julie Fabre: may not use their name",
    ]

    qtbot.mouseClick(call.outcome_buttons[Outcome.MEETING_OBTAINED], Qt.MouseButton.LeftButton)
    assert not call.isVisible()
    assert mathieu not in window.call_mode.windows
    with window.database.reading() as session:
        (logged,) = session.scalars(select(Interaction).where(Interaction.person_id == mathieu))
        assert logged.summary == "Le service achats recrute en avril. Rappeler Julie."
        assert logged.outcome == Outcome.MEETING_OBTAINED and logged.warmth == Warmth.WARM
        assert session.get(Person, mathieu).status == ContactStatus.CONTACTED
        julie = session.scalars(select(Person).where(Person.first_name == "Julie")).one()
        assert julie.status == ContactStatus.LEAD
    assert introductions_from(window, mathieu) == [
        ("Hélène", Permission.YES),
        ("Julie", Permission.NO),
    ]
    assert keep_in_touch_due(window) == []  # the call counts as a contact
    assert saved_draft(window, mathieu) is None
    assert window.undo_action.text() == "&Undo Log the call with Mathieu Roche"

    window.undo_stack.undo()
    with window.database.reading() as session:
        assert session.scalars(select(Interaction)).all() == []
        assert session.get(Person, mathieu).status == ContactStatus.TO_CONTACT
    assert person_id(window, "Julie") is None
    assert introductions_from(window, mathieu) == []
    assert keep_in_touch_due(window) == [mathieu]
    draft = saved_draft(window, mathieu)  # the call mode has it all again
    assert draft is not None and len(draft.names) == 2

    window.undo_stack.redo()
    assert introductions_from(window, mathieu) == [
        ("Hélène", Permission.YES),
        ("Julie", Permission.NO),
    ]
    assert saved_draft(window, mathieu) is None
    assert keep_in_touch_due(window) == []
