"""A logged call or meeting is opened from the person's history (double-click or right-click),
corrected or deleted, and each change is undone and redone; the dashboard and the follow-ups
follow at once, and what is kept survives a restart."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from carnet.domain import people
from carnet.domain.enums import InteractionKind, Outcome
from carnet.domain.people import PersonDraft
from tests.ui.window_helpers import restart, type_text


def entry_point(timeline, text: str) -> QPoint:
    """Where the history shows the entry holding ``text``, in the viewport."""
    document = timeline.document()
    block = document.begin()
    while block.isValid() and text not in block.text():
        block = block.next()
    assert block.isValid(), f"{text!r} is not in the history"
    return timeline.cursorRect(QTextCursor(block)).center() + QPoint(30, 0)


def history(window) -> str:
    return window.contacts.timeline.toPlainText()


def meetings_figure(window) -> str:
    window.dashboard.reload()
    return window.dashboard.names.note.text()


def test_a_call_is_corrected_then_deleted_from_the_history_and_each_step_undone(
    qtbot, open_carnet, answer_dialog
):
    window = open_carnet()
    with window.database.transaction() as session:
        zoe = people.create_person(session, PersonDraft("Zoé", "Martin"))
    window.events.people_changed.emit()

    def log(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.CALL))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.MEETING_OBTAINED))
        type_text(qtbot, dialog.summary, "Rendez-vous jeudi")
        type_text(qtbot, dialog.next_step, "Préparer jeudi")
        dialog.accept()

    answer_dialog(log)
    window.calls.log_call(zoe)
    window.open_person(zoe)
    timeline = window.contacts.timeline
    window.contacts.tabs.setCurrentWidget(timeline)
    assert "Phone call — Meeting obtained" in history(window)
    assert meetings_figure(window) == "0 names from 1 meeting"
    seen = {}

    def correct(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["summary"] = dialog.summary.toPlainText()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.HELPFUL))
        dialog.summary.setPlainText("Pas de rendez-vous : elle me rappelle")
        dialog.accept()

    answer_dialog(correct)
    qtbot.mouseDClick(
        timeline.viewport(), Qt.MouseButton.LeftButton, pos=entry_point(timeline, "Phone call —")
    )
    assert seen == {"title": "Correct a call or meeting", "summary": "Rendez-vous jeudi"}
    assert "Phone call — Helpful" in history(window) and "elle me rappelle" in history(window)
    assert meetings_figure(window) == "No meeting logged in the last 12 weeks."
    assert "Correct the call with Zoé Martin" in window.undo_action.text()

    window.undo_action.trigger()
    assert "Phone call — Meeting obtained" in history(window)
    assert meetings_figure(window) == "0 names from 1 meeting"
    window.redo_action.trigger()
    assert "Phone call — Helpful" in history(window)

    # Right-click: the menu of the entry under the mouse deletes it, with its pending next step.
    entry = timeline.entry_at(entry_point(timeline, "Phone call —"))
    assert entry is not None and entry.interaction_id is not None
    menu = timeline.call_menu(entry.interaction_id)
    assert [a.text() for a in menu.actions()] == ["Open and correct…", "Delete"]
    menu.actions()[1].trigger()
    assert "Phone call —" not in history(window)
    assert "Préparer jeudi" not in history(window), "its pending next step goes with it"
    assert "Delete the call with Zoé Martin" in window.undo_action.text()

    window.undo_action.trigger()
    assert "Phone call — Helpful" in history(window) and "Planned: Préparer jeudi" in history(
        window
    )
    window.redo_action.trigger()
    assert "Phone call —" not in history(window)

    window = restart(window, open_carnet)
    window.open_person(zoe)
    assert "Phone call —" not in history(window) and "Préparer jeudi" not in history(window)
