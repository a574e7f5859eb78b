"""The calls and meetings the user logged show in the notebook among the notes, in date order,
are found by its search, and are opened there read-only: corrected and deleted from the notebook,
each step undone with Ctrl+Z where the user is; every view follows, and a restart keeps it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from carnet.domain import notebook, people
from carnet.domain.enums import InteractionKind, Outcome
from carnet.domain.notebook import NoteDraft
from carnet.domain.people import PersonDraft
from carnet.ui.widgets.entry_list import CALL_ID_ROLE, ROW_ROLE
from tests.ui.window_helpers import restart, type_text

NOW = dt.datetime(2026, 11, 18, 16, 30)


def listed(view) -> list[str]:
    """The list as the user reads it: each entry's title, calls marked as such."""
    shown = []
    for index in range(view.entries.count()):
        item = view.entries.item(index)
        row = item.data(ROW_ROLE)
        shown.append(item.text().split("  ", 1)[1] if item.data(CALL_ID_ROLE) else row.title)
    return shown


def call_item(view):
    items = [view.entries.item(i) for i in range(view.entries.count())]
    (found,) = [item for item in items if item.data(CALL_ID_ROLE) is not None]
    return found


def click_call(qtbot, view) -> None:
    rect = view.entries.visualItemRect(call_item(view))
    qtbot.mouseClick(view.entries.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press_undo(qtbot, window) -> None:
    """Ctrl+Z pressed where the focus is, in the notebook."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus = QApplication.focusWidget()
    assert focus is not None and window.notebook.isAncestorOf(focus), focus
    qtbot.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_a_logged_call_is_found_corrected_deleted_and_undone_from_the_notebook(
    qtbot, open_carnet, answer_dialog, time_machine
):
    time_machine.move_to(NOW.astimezone(), tick=False)
    window = open_carnet()
    with window.database.transaction() as session:
        zoe = people.create_person(session, PersonDraft("Zoé", "Martin"))
        notebook.create_note(
            session,
            NoteDraft(written_on=NOW.date(), title="Ce que je retiens", body="Bien préparée."),
        )
        notebook.create_note(
            session,
            NoteDraft(written_on=NOW.date() - dt.timedelta(days=2), title="Salon de l'emploi"),
        )
    window.events.people_changed.emit()

    def log(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.CALL))
        dialog.occurred_at.setDateTime(QDateTime(NOW - dt.timedelta(hours=2)))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.MEETING_OBTAINED))
        type_text(qtbot, dialog.summary, "Elle connaît la directrice des achats")
        type_text(qtbot, dialog.next_step, "Préparer le rendez-vous")
        dialog.accept()

    answer_dialog(log)
    window.calls.log_call(zoe)

    window.show_view(window.notebook)
    view = window.notebook
    assert listed(view) == ["Ce que je retiens", "Call with Zoé Martin", "Salon de l'emploi"]

    type_text(qtbot, view.search, "DIRECTRICE")
    qtbot.waitUntil(lambda: listed(view) == ["Call with Zoé Martin"])
    view.search.clear()
    type_text(qtbot, view.search, "rendez")  # the next step is searched too
    qtbot.waitUntil(lambda: listed(view) == ["Call with Zoé Martin"])
    view.search.clear()
    qtbot.waitUntil(lambda: len(listed(view)) == 3)

    click_call(qtbot, view)
    panel = view.call_panel
    assert view.right.currentWidget() is panel and panel.isVisible()
    assert panel.heading.text() == "Call with Zoé Martin"
    assert panel.outcome.text() == "Meeting obtained"
    assert panel.summary.text() == "Elle connaît la directrice des achats"
    assert panel.next_step.text() == "Préparer le rendez-vous"

    def correct(dialog) -> None:
        assert dialog.windowTitle() == "Correct a call or meeting"
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.HELPFUL))
        dialog.summary.setPlainText("Elle me rappelle la semaine prochaine")
        dialog.accept()

    answer_dialog(correct)
    qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    assert panel.outcome.text() == "Helpful"
    assert panel.summary.text() == "Elle me rappelle la semaine prochaine"
    assert "Correct the call with Zoé Martin" in window.undo_action.text()
    window.dashboard.reload()
    assert window.dashboard.names.note.text() == "No meeting logged in the last 12 weeks."

    press_undo(qtbot, window)
    assert panel.outcome.text() == "Meeting obtained"
    window.dashboard.reload()
    assert window.dashboard.names.note.text() == "0 names from 1 meeting"
    window.redo_action.trigger()
    assert panel.outcome.text() == "Helpful"

    window.followups.reload()
    assert "Préparer le rendez-vous" in followup_titles(window)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert listed(view) == ["Ce que je retiens", "Salon de l'emploi"]
    assert "deleted" in panel.state.text() and not panel.delete_button.isEnabled()
    window.followups.reload()
    assert "Préparer le rendez-vous" not in followup_titles(window)
    window.contacts.open_person(zoe)  # the person's history, on its page behind
    assert "Phone call —" not in window.contacts.timeline.toPlainText()

    press_undo(qtbot, window)  # the focus stayed in the notebook: Ctrl+Z puts the call back
    assert listed(view) == ["Ce que je retiens", "Call with Zoé Martin", "Salon de l'emploi"]
    assert panel.summary.text() == "Elle me rappelle la semaine prochaine"
    assert panel.delete_button.isEnabled()
    window.followups.reload()
    assert "Préparer le rendez-vous" in followup_titles(window)

    window.redo_action.trigger()  # Edit › Redo: deleted again
    assert listed(view) == ["Ce que je retiens", "Salon de l'emploi"]
    window.undo_action.trigger()
    assert "Call with Zoé Martin" in listed(view)

    window = restart(window, open_carnet)
    window.show_view(window.notebook)
    view = window.notebook
    assert listed(view) == ["Ce que je retiens", "Call with Zoé Martin", "Salon de l'emploi"]
    view.entries.setCurrentItem(call_item(view))
    assert view.call_panel.summary.text() == "Elle me rappelle la semaine prochaine"

    view.entries.setCurrentRow(0)  # back to a note: the editor shows again
    assert view.right.currentWidget() is not view.call_panel
    assert view.title.text() == "Ce que je retiens"


def followup_titles(window) -> list[str]:
    return [item.title for item in window.followups.items()]
