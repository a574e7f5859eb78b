"""The quick-lead shortcut (Ctrl+L) and the log-a-call shortcut (Ctrl+Shift+L) work from the
call-preparation sheet, beside the main window, so a name can be noted in the middle of a call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carnet.domain import people
from carnet.domain.people import PersonDraft
from carnet.ui.dialogs.log_interaction_dialog import LogInteractionDialog
from carnet.ui.dialogs.quick_lead_dialog import QuickLeadDialog
from tests.ui.window_helpers import type_text

CONTROL = Qt.KeyboardModifier.ControlModifier


def test_both_shortcuts_work_from_the_call_preparation_sheet(qtbot, open_carnet, answer_dialog):
    window = open_carnet()
    with window.database.transaction() as session:
        zoe = people.create_person(session, PersonDraft("Zoé", "Martin"))
        people.create_person(session, PersonDraft("Hugo", "Petit"))
    window.events.people_changed.emit()
    sheet = window.calls.prepare_call(zoe)
    sheet.activateWindow()
    qtbot.waitUntil(sheet.isActiveWindow)
    seen = {}

    def note_lead(dialog) -> None:
        seen["lead"] = type(dialog)
        type_text(qtbot, dialog.name, "Paul Roux")
        dialog.save()

    answer_dialog(note_lead)
    qtbot.keyClick(QApplication.focusWidget() or sheet, Qt.Key.Key_L, CONTROL)
    assert seen["lead"] is QuickLeadDialog
    with window.database.reading() as session:
        assert "Paul Roux" in {p.full_name for p in people.list_people(session)}

    sheet.activateWindow()
    qtbot.waitUntil(sheet.isActiveWindow)

    def look(dialog) -> None:
        seen["log"] = type(dialog)
        seen["with"] = dialog.person.current_id()
        dialog.reject()

    answer_dialog(look)
    qtbot.keyClick(
        QApplication.focusWidget() or sheet,
        Qt.Key.Key_L,
        CONTROL | Qt.KeyboardModifier.ShiftModifier,
    )
    assert seen["log"] is LogInteractionDialog
    assert seen["with"] == zoe, "the call is with the person of the sheet"
