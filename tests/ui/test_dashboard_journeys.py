"""The dashboard counts what the user logged: each figure after the clicks of one journey.

A call that obtained a meeting, a meeting logged, and a meeting debriefed each count as a meeting
and toward the names obtained per meeting; a meeting logged after the call that obtained it is
the same meeting, counted once.
"""

from __future__ import annotations

import pytest

from carnet.domain import people
from carnet.domain.enums import InteractionKind, Outcome
from carnet.domain.people import PersonDraft
from tests.ui.window_helpers import restart, type_text

NO_MEETING = "No meeting logged in the last 12 weeks."


@pytest.fixture
def window(open_carnet):
    window = open_carnet()
    with window.database.transaction() as session:
        for first, last in (("Zoé", "Martin"), ("Hugo", "Petit")):
            people.create_person(session, PersonDraft(first, last))
    window.events.people_changed.emit()
    return window


def person(window, name: str) -> int:
    with window.database.reading() as session:
        (found,) = [p.id for p in people.list_people(session) if p.full_name == name]
    return found


def names_figure(window) -> tuple[str, str]:
    window.show_view(window.dashboard)
    page = window.dashboard
    return page.names.value.text(), page.names.note.text()


def log(window, answer_dialog, name: str, kind: InteractionKind, outcome: Outcome) -> None:
    def fill(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))
        dialog.accept()

    answer_dialog(fill)
    window.calls.log_call(person(window, name))


def test_the_dashboard_starts_with_no_meeting(window):
    assert names_figure(window) == ("–", NO_MEETING)


def test_a_call_that_obtained_a_meeting_counts_as_a_meeting(window, answer_dialog):
    window.show_view(window.dashboard)  # on screen while the call is logged: it follows
    log(window, answer_dialog, "Zoé Martin", InteractionKind.CALL, Outcome.MEETING_OBTAINED)
    assert names_figure(window) == ("0.0", "0 names from 1 meeting")
    assert "1 of 1 got a meeting" in window.dashboard.meetings.value.text()


def test_a_meeting_logged_counts_and_the_page_survives_it(window, answer_dialog, open_carnet):
    log(window, answer_dialog, "Hugo Petit", InteractionKind.MEETING, Outcome.HELPFUL)
    assert names_figure(window) == ("0.0", "0 names from 1 meeting")
    window = restart(window, open_carnet)
    assert names_figure(window) == ("0.0", "0 names from 1 meeting")


def test_the_meeting_a_call_obtained_is_counted_once(window, answer_dialog):
    log(window, answer_dialog, "Zoé Martin", InteractionKind.CALL, Outcome.MEETING_OBTAINED)
    log(window, answer_dialog, "Zoé Martin", InteractionKind.MEETING, Outcome.HELPFUL)
    assert names_figure(window) == ("0.0", "0 names from 1 meeting")


def test_a_debrief_counts_its_meeting_and_the_names_obtained(qtbot, window, answer_dialog):
    def debrief(name: str):
        def fill(dialog) -> None:
            if name:
                type_text(qtbot, dialog.names[0].name, name)
            dialog.accept()

        return fill

    answer_dialog(debrief(""))
    window.calls.debrief(person(window, "Zoé Martin"))
    assert names_figure(window) == ("0.0", "0 names from 1 meeting")
    answer_dialog(debrief("Paul Durand"))
    window.calls.debrief(person(window, "Hugo Petit"))
    assert names_figure(window) == ("0.5", "1 name from 2 meetings")
