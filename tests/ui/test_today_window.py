"""Today through the window: Carnet opens on it, each kind of row is there with its one-click
action, what is done from it is gone after a restart, and an empty file shows how to start."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from carnet.domain import followups, people, referrals
from carnet.domain.enums import ContactStatus, InteractionKind, Outcome, Permission
from carnet.domain.interactions import InteractionDraft, accept_thank_proposal, log_interaction
from carnet.domain.models import Introduction
from carnet.domain.people import PersonDraft
from carnet.ui.dialogs.message_dialog import MessageDialog
from carnet.ui.views.call_preparation import CallPreparationDialog
from tests.ui.window_helpers import restart

TODAY = dt.date(2026, 3, 11)  # a Wednesday
NOW = dt.datetime.combine(TODAY, dt.time(9, 0))


@pytest.fixture
def frozen(time_machine):
    time_machine.move_to(NOW.astimezone(), tick=False)


def _log(session, person_id, kind, when, outcome=None, **more):
    return log_interaction(
        session, InteractionDraft(person_id, kind=kind, occurred_at=when, outcome=outcome, **more)
    )


@pytest.fixture
def network(database, frozen):
    """Anne gave Loïc's name (met two days ago), Loïc gave Mathieu's (to call, permission not
    asked); Sophie gave Julien's, who granted a meeting yesterday (a thank-you to Sophie, and
    the meeting on Friday); Nina is to be chased since yesterday."""
    with database.transaction() as session:
        anne = people.create_person(session, PersonDraft("Anne", "Petit", status=ContactStatus.MET))
        _log(session, anne, InteractionKind.CALL, NOW - dt.timedelta(days=10))
        loic = referrals.introduce_new_person(
            session, anne, PersonDraft("Loïc", "Bertrand"), permission=Permission.YES
        )
        _log(session, loic, InteractionKind.MEETING, NOW - dt.timedelta(days=2))
        mathieu = referrals.introduce_new_person(
            session, loic, PersonDraft("Mathieu", "Roche", organization_name="Maison Orsane")
        )
        sophie = people.create_person(
            session, PersonDraft("Sophie", "Lambert", status=ContactStatus.MET)
        )
        julien = referrals.introduce_new_person(
            session, sophie, PersonDraft("Julien", "Marchal"), permission=Permission.YES
        )
        logged = _log(
            session,
            julien,
            InteractionKind.CALL,
            NOW - dt.timedelta(days=1),
            Outcome.MEETING_OBTAINED,
            next_step="Rendez-vous chez Julien",
            next_step_due=TODAY + dt.timedelta(days=2),
        )
        accept_thank_proposal(session, logged.thank_proposal, "Remercier Sophie")
        nina = people.create_person(
            session, PersonDraft("Nina", "Vidal", status=ContactStatus.CONTACTED)
        )
        _log(session, nina, InteractionKind.CALL, NOW - dt.timedelta(days=5))
        followups.create_follow_up(
            session,
            followups.FollowUpDraft(
                title="Relancer Nina", due_on=TODAY - dt.timedelta(days=1), person_id=nina
            ),
        )
    database.close()
    return {"anne": anne, "loic": loic, "mathieu": mathieu, "sophie": sophie, "julien": julien}


def shown(window) -> dict[str, list[str]]:
    return {
        name: [row.text.text() for row in rows] for name, rows in window.today.page.rows.items()
    }


def row(window, section: str, text: str):
    for candidate in window.today.page.rows[section]:
        if candidate.text.text().startswith(text):
            return candidate
    raise AssertionError(f"no row {text!r} in {section}: {shown(window)}")


def click(qtbot, button) -> None:
    qtbot.waitUntil(button.isVisible, timeout=1000)  # new buttons show at the next turn
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_day_with_carnet(qtbot, open_carnet, network, answer_dialog):
    window = open_carnet()
    assert window.pages.currentWidget() is window.today
    assert window.sidebar.item(0).text() == "Today (4)"  # a call, a thank-you, news, a follow-up
    assert shown(window) == {
        "calls": ["Mathieu Roche — Maison Orsane"],
        "thanks": ["Thank Sophie Lambert"],
        "news": ["Tell Anne Petit how it went"],
        "followups": ["Relancer Nina"],
        "meetings": ["Julien Marchal"],
    }
    mathieu = row(window, "calls", "Mathieu")
    assert mathieu.detail.text() == ("Ask Loïc Bertrand whether you may use their name · Cold call")
    assert "Friday 13 March" in row(window, "meetings", "Julien").detail.text()
    assert window.today.page.progress_text.text().startswith(
        "New people this week: 2 of"
    )  # Loïc, Julien

    # Prepare: the call-preparation sheet opens on Mathieu, beside the window.
    click(qtbot, mathieu.buttons["prepare"])
    sheet = window.calls.preparation
    assert isinstance(sheet, CallPreparationDialog) and sheet.isVisible()
    assert sheet.person.current_id() == network["mathieu"]
    sheet.close()

    # Call: the call mode opens on Mathieu, on top of the other windows.
    with qtbot.waitSignal(window.today.call_now_requested) as asked:
        click(qtbot, mathieu.buttons["call"])
    assert asked.args == [network["mathieu"]]
    call = window.call_mode.windows[network["mathieu"]]
    assert call.isVisible()
    assert call.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    call.close()

    # Writing to a relay: the message dialog opens on that kind, addressed to the relay.
    written: list[tuple[str, int]] = []

    def note_and_close(dialog: QDialog) -> None:
        assert isinstance(dialog, MessageDialog)
        written.append((str(dialog.current_kind()), dialog.recipient.currentData()))
        dialog.reject()

    for section, text, kind, relay in (
        ("thanks", "Thank", "thank_relay", network["sophie"]),
        ("news", "Tell", "how_it_went", network["anne"]),
    ):
        answer_dialog(note_and_close)
        with qtbot.waitSignal(window.today.message_requested) as asked:
            click(qtbot, row(window, section, text).buttons["write"])
        assert asked.args[0] == kind and asked.args[2] == relay
    assert written == [
        ("thank_relay", network["sophie"]),
        ("how_it_went", network["anne"]),
    ]

    # Done: the follow-up and the thank-you leave the page and the count.
    click(qtbot, row(window, "followups", "Relancer Nina").buttons["done"])
    click(qtbot, row(window, "thanks", "Thank Sophie").buttons["done"])
    assert shown(window)["followups"] == [] and shown(window)["thanks"] == []
    assert window.sidebar.item(0).text() == "Today (2)"

    # A meeting opens the person's card.
    click(qtbot, row(window, "meetings", "Julien").buttons["open"])
    assert window.pages.currentWidget() is window.contacts
    assert window.contacts.selected_person_id() == network["julien"]

    window = restart(window, open_carnet)
    assert window.pages.currentWidget() is window.today, "always opens on Today"
    assert shown(window)["followups"] == [] and shown(window)["thanks"] == []
    assert shown(window)["calls"] == ["Mathieu Roche — Maison Orsane"]
    with window.database.reading() as session:
        thanked = session.query(Introduction).filter_by(introduced_id=network["julien"]).one()
        assert thanked.thanked_on == TODAY


def test_todays_count_follows_changes_made_elsewhere_and_the_new_day(
    qtbot, open_carnet, network, time_machine
):
    window = open_carnet()
    today_item = window.sidebar.item(window.pages.indexOf(window.today))
    assert today_item.text() == "Today (4)"

    # Nina chased from the Follow-ups page: Today's count follows, Today not on screen.
    window.show_view(window.followups)
    view = window.followups
    (nina,) = view.list.findItems("Relancer Nina", Qt.MatchFlag.MatchRecursive, 1)
    view.list.setCurrentItem(nina)
    # (a signal, not waitUntil: the frozen clock would make waitUntil wait for ever)
    with qtbot.waitSignal(window.today.count_changed, timeout=2000):
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert today_item.text() == "Today (3)"
    assert not window.today.isVisible()

    # Something due tomorrow counts from midnight on, whatever page is open.
    with window.database.transaction() as session:
        followups.create_follow_up(
            session,
            followups.FollowUpDraft(
                title="Écrire à Julien", due_on=TODAY + dt.timedelta(days=1), person_id=None
            ),
        )
    time_machine.move_to((NOW + dt.timedelta(days=1)).replace(hour=0, second=5).astimezone())
    with qtbot.waitSignal(window.today.count_changed, timeout=2000):
        window.today._midnight.timeout.emit()  # what the day's timer does at midnight
    assert today_item.text() == "Today (4)"
    window.show_view(window.today)
    assert "Écrire à Julien" in shown(window)["followups"]


def test_news_owed_goes_once_the_relay_hears_from_the_user(qtbot, open_carnet, network):
    window = open_carnet()
    assert shown(window)["news"] == ["Tell Anne Petit how it went"]
    with window.database.transaction() as session:
        _log(session, network["anne"], InteractionKind.EMAIL, NOW)
    window.events.people_changed.emit()
    assert shown(window)["news"] == []


def test_an_empty_file_shows_how_to_start(qtbot, open_carnet, frozen):
    window = open_carnet()
    page = window.today.page
    assert window.pages.currentWidget() is window.today
    assert page.stack.currentWidget() is page.empty_state and page.empty_state.isVisible()
    labels = [button.text() for button in page.empty_state.buttons]
    assert labels == ["Import my LinkedIn connections…", "Add the first person", "Explore the demo"]

    click(qtbot, page.empty_state.buttons[1])
    assert window.pages.currentWidget() is window.contacts
    assert window.contacts.selected_person_id() is None
