"""Keep in touch counts exchanges only (issue 19, point 8): a notebook entry about Céline leaves
her reminder due, since she heard nothing; a difficult call offers the light, long-cadence contact
the method recommends; both still there after a restart."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from carnet.domain.enums import ContactStatus, FollowUpKind, InteractionKind, Outcome
from carnet.domain.models import FollowUp, Person
from tests.ui.chooser_helpers import pick
from tests.ui.window_helpers import restart, type_text

TODAY = dt.date.today()


@pytest.fixture
def celine(open_carnet):
    """Céline, met two months ago, to be called every three weeks: overdue."""
    window = open_carnet()
    with window.database.transaction() as session:
        person = Person(
            first_name="Céline",
            last_name="Dubois",
            status=ContactStatus.MET,
            keep_in_touch_days=21,
            created_at=dt.datetime.combine(TODAY - dt.timedelta(days=60), dt.time(10)),
        )
        session.add(person)
        session.flush()
        person_id = person.id
    window.events.people_changed.emit()
    return window, person_id


def reminders(window) -> list[str]:
    window.followups.refresh()
    return [i.person_name for i in window.followups.items() if i.is_reminder]


def click_button(box, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_a_note_is_not_an_exchange_and_a_difficult_call_offers_a_light_contact(
    qtbot, celine, open_carnet, answer_dialog
):
    window, celine_id = celine
    assert reminders(window) == ["Céline Dubois"]

    # a private note about her, written in the notebook
    window.show_view(window.notebook)
    view = window.notebook
    window.new_entry_action.trigger()
    type_text(qtbot, view.title, "Idées pour Céline")
    pick(qtbot, view.person, "cel")
    view.body.setFocus()
    type_text(qtbot, view.body, "Lui parler du salon")
    qtbot.waitUntil(lambda: view.saved_state.text() == "Saved", timeout=2000)
    assert reminders(window) == ["Céline Dubois"], "she heard nothing from the user"

    # a difficult call: the light contact is offered and accepted
    seen: dict[str, str] = {}

    def fill(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.CALL))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.DIFFICULT))
        answer_dialog(
            lambda box: (seen.update(box=box.text()), click_button(box, "Keep a light contact"))
        )
        dialog.accept()

    answer_dialog(fill)
    window.calls.log_call(celine_id)
    assert "difficult" in seen["box"] and "every six months" in seen["box"]
    assert reminders(window) == [], "the call counts, and a light contact is planned"

    window = restart(window, open_carnet)
    with window.database.reading() as session:
        assert session.get(Person, celine_id).keep_in_touch_days == 182
        (planned,) = session.scalars(select(FollowUp).where(FollowUp.done_at.is_(None)))
        assert planned.kind == FollowUpKind.KEEP_IN_TOUCH
        assert planned.due_on == TODAY + dt.timedelta(days=91)
    window.show_view(window.followups)
    titles = [i.title for i in window.followups.items()]
    assert titles == ["Send Céline Dubois a short friendly word: some news or an article"]


def test_not_now_leaves_the_rhythm_as_it_was(qtbot, celine, answer_dialog):
    window, celine_id = celine

    def fill(dialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.DIFFICULT))
        answer_dialog(lambda box: click_button(box, "Not now"))
        dialog.accept()

    answer_dialog(fill)
    window.calls.log_call(celine_id)
    with window.database.reading() as session:
        assert session.get(Person, celine_id).keep_in_touch_days == 21
        assert session.scalars(select(FollowUp)).all() == []


def test_a_difficult_meeting_debriefed_offers_the_light_contact_too(qtbot, celine, answer_dialog):
    window, celine_id = celine
    seen = {}

    def fill(dialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.DIFFICULT))
        answer_dialog(
            lambda box: (seen.update(box=box.text()), click_button(box, "Keep a light contact"))
        )
        dialog.accept()

    answer_dialog(fill)
    window.calls.debrief(celine_id)
    assert "every six months" in seen["box"]
    with window.database.reading() as session:
        assert session.get(Person, celine_id).keep_in_touch_days == 182
