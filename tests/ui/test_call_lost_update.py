"""A logged call changed by another program (a second window, an import) while the user corrects,
deletes, undoes or redoes it from the notebook: nothing of that change is overwritten silently."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from carnet.domain import interactions, people
from carnet.domain.enums import InteractionKind, Outcome
from carnet.domain.models import Interaction
from carnet.domain.people import PersonDraft
from carnet.ui.widgets.entry_list import CALL_ID_ROLE

CHANGE = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("UPDATE interaction SET summary = ? WHERE id = ?", (sys.argv[3], sys.argv[2]))
connection.commit()
"""


def changed_elsewhere(window, interaction_id: int, summary: str) -> None:
    """Another process rewrites the call's summary, as a second Carnet would."""
    subprocess.run(
        [sys.executable, "-c", CHANGE, str(window.database.path), str(interaction_id), summary],
        check=True,
        timeout=60,
    )


@pytest.fixture
def told(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text, *a, **k: shown.append((title, text))
    )
    return shown


@pytest.fixture
def call_open_in_notebook(qtbot, open_carnet):
    """The window, showing in the notebook a call logged with Zoé Martin; and the call's id."""
    window = open_carnet()
    with window.database.transaction() as session:
        zoe = people.create_person(session, PersonDraft("Zoé", "Martin"))
        logged = interactions.log_interaction(
            session,
            interactions.InteractionDraft(
                person_id=zoe,
                kind=InteractionKind.CALL,
                occurred_at=dt.datetime(2026, 3, 2, 10, 0),
                outcome=Outcome.MEETING_OBTAINED,
                summary="Rendez-vous jeudi",
                next_step="Préparer jeudi",
            ),
        )
    window.events.people_changed.emit()
    window.show_view(window.notebook)
    view = window.notebook
    (item,) = [
        view.entries.item(i)
        for i in range(view.entries.count())
        if view.entries.item(i).data(CALL_ID_ROLE) is not None
    ]
    view.entries.setCurrentItem(item)
    assert view.call_panel.isVisible()
    return window, logged.interaction_id


def stored(window, interaction_id: int) -> Interaction | None:
    with window.database.reading() as session:
        call = session.get(Interaction, interaction_id)
        if call is not None:
            session.expunge(call)
        return call


def test_a_correction_keeps_the_users_fields_and_takes_the_others_changed_meanwhile(
    qtbot, call_open_in_notebook, answer_dialog, told
):
    window, call_id = call_open_in_notebook
    panel = window.notebook.call_panel

    def correct(dialog) -> None:
        changed_elsewhere(window, call_id, "Résumé écrit dans l'autre fenêtre")
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.HELPFUL))
        dialog.accept()

    answer_dialog(correct)
    qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    assert [title for title, _text in told] == ["This call changed meanwhile"]
    call = stored(window, call_id)
    assert (call.outcome, call.summary) == (Outcome.HELPFUL, "Résumé écrit dans l'autre fenêtre")
    assert panel.summary.text() == "Résumé écrit dans l'autre fenêtre"
    assert panel.outcome.text() == "Helpful"

    window.undo_action.trigger()  # puts back what the correction wrote over: their summary stays
    call = stored(window, call_id)
    assert (call.outcome, call.summary) == (
        Outcome.MEETING_OBTAINED,
        "Résumé écrit dans l'autre fenêtre",
    )


def test_undoing_a_correction_of_a_call_changed_since_says_so_and_keeps_the_change(
    qtbot, call_open_in_notebook, answer_dialog, told
):
    window, call_id = call_open_in_notebook

    def correct(dialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.HELPFUL))
        dialog.accept()

    answer_dialog(correct)
    qtbot.mouseClick(window.notebook.call_panel.correct_button, Qt.MouseButton.LeftButton)
    assert told == []
    changed_elsewhere(window, call_id, "Changé ailleurs")

    window.undo_action.trigger()
    assert len(told) == 1 and "erase that change" in told[0][1]
    call = stored(window, call_id)
    assert (call.outcome, call.summary) == (Outcome.HELPFUL, "Changé ailleurs")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 0)  # the step cannot be tried again


def test_deleting_a_call_changed_since_it_was_shown_is_refused_and_shows_it_as_it_is(
    qtbot, call_open_in_notebook, told
):
    window, call_id = call_open_in_notebook
    panel = window.notebook.call_panel
    changed_elsewhere(window, call_id, "Changé ailleurs")

    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert [title for title, _text in told] == ["Not deleted"]
    assert "nothing was deleted" in told[0][1]
    assert stored(window, call_id).summary == "Changé ailleurs"
    assert panel.summary.text() == "Changé ailleurs" and panel.delete_button.isEnabled()
    assert not window.undo_stack.canUndo()

    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)  # now it is the one seen
    assert stored(window, call_id) is None and len(told) == 1


def test_redoing_the_deletion_of_a_call_changed_since_the_undo_is_refused(
    qtbot, call_open_in_notebook, told
):
    window, call_id = call_open_in_notebook
    qtbot.mouseClick(window.notebook.call_panel.delete_button, Qt.MouseButton.LeftButton)
    window.undo_action.trigger()
    assert stored(window, call_id) is not None
    changed_elsewhere(window, call_id, "Changé ailleurs")

    window.redo_action.trigger()
    assert len(told) == 1 and "erase that change" in told[0][1]
    assert stored(window, call_id).summary == "Changé ailleurs"
