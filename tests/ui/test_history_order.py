"""A person's history in the order things happened: an introduction, a call and a notebook entry
of the same day, written down one after the other, read newest first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt

from carnet.domain import people
from carnet.domain.enums import Outcome
from carnet.domain.people import PersonDraft
from carnet.ui.dialogs.quick_lead_dialog import QuickLeadDialog
from tests.ui.chooser_helpers import pick
from tests.ui.window_helpers import restart, type_text


def test_an_introduction_a_call_and_a_note_of_one_morning_read_in_the_order_written(
    qtbot, open_carnet, answer_dialog, time_machine
):
    morning = dt.datetime.combine(dt.date.today(), dt.time(9, 0))
    time_machine.move_to(morning.astimezone(), tick=False)
    window = open_carnet()
    with window.database.transaction() as session:
        people.create_person(session, PersonDraft(first_name="Zoé", last_name="Martin"))
    window.events.people_changed.emit()

    def dictate(dialog: QuickLeadDialog) -> None:
        type_text(qtbot, dialog.name, "Hugo Petit")
        pick(qtbot, dialog.connector, "zo")
        qtbot.keyClick(dialog.why, Qt.Key.Key_Return)

    answer_dialog(dictate)
    window.new_lead_action.trigger()  # 09:00, Zoé gives Hugo's name

    time_machine.shift(dt.timedelta(minutes=10))
    with window.database.reading() as session:
        (hugo,) = [p.id for p in people.list_people(session) if p.full_name == "Hugo Petit"]

    def log(dialog) -> None:
        dialog.occurred_at.setDateTime(QDateTime(morning + dt.timedelta(minutes=10)))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.HELPFUL))
        type_text(qtbot, dialog.summary, "Hugo m'a rappelée")
        answer_dialog(lambda box: box.reject())  # no follow-up
        dialog.accept()

    answer_dialog(log)
    window.calls.log_call(hugo)  # 09:10, the call

    time_machine.shift(dt.timedelta(minutes=10))
    window.new_notebook_entry()  # 09:20, a note about him
    book = window.notebook
    type_text(qtbot, book.title, "Après l'appel")
    pick(qtbot, book.person, "hugo")
    assert book.linked_people.ids() == [hugo]
    assert book.save_now()

    def history(window) -> list[str]:
        window.open_person(hugo)
        lines = window.contacts.timeline.toPlainText().splitlines()
        wanted = ("Notebook: Après l'appel", "Helpful", "Zoé Martin gave you this name")
        return [w for line in lines for w in wanted if w in line]

    expected = ["Notebook: Après l'appel", "Helpful", "Zoé Martin gave you this name"]
    assert history(window) == expected
    window = restart(window, open_carnet)
    assert history(window) == expected
