"""The week plan through the window (issue 19, point 11; seed 000).

On Monday the user picks this week's calls among the people they may call (introduced with
permission, or known), parking a lead that is not ripe; on Friday the review says what became of
each call and carries the ones not made over to next week. Everything survives a restart.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt

from carnet.domain import referrals
from carnet.domain.enums import ContactStatus, InteractionKind, LeadStage, Outcome, Permission
from carnet.domain.models import Person
from carnet.domain.people import PersonDraft, create_person
from carnet.ui.dialogs.week_plan_dialog import PERSON_ID_ROLE, WeekPlanDialog
from tests.ui.window_helpers import restart

WEDNESDAY = dt.datetime(2025, 3, 12, 10, 0)
FRIDAY = dt.datetime(2025, 3, 14, 17, 0)
NEXT_MONDAY = dt.datetime(2025, 3, 17, 9, 0)


def rows(widget) -> dict[str, list[str]]:
    return {
        item.text(0): [item.text(c) for c in range(1, widget.columnCount())]
        for item in (widget.topLevelItem(i) for i in range(widget.topLevelItemCount()))
    }


def item(widget, name: str):
    (found,) = [
        widget.topLevelItem(i)
        for i in range(widget.topLevelItemCount())
        if widget.topLevelItem(i).text(0) == name
    ]
    return found


def open_plan(qtbot, window, answer_dialog, work) -> None:
    """Open the week plan from the dashboard, let ``work`` use it, then close it."""

    def use(dialog: WeekPlanDialog) -> None:
        try:
            work(dialog)
        finally:
            dialog.reject()

    window.show_view(window.dashboard)
    answer_dialog(use)
    qtbot.mouseClick(window.dashboard.plan_button, Qt.MouseButton.LeftButton)


def test_plan_on_monday_review_on_friday(qtbot, open_carnet, answer_dialog, time_machine):
    time_machine.move_to(WEDNESDAY.astimezone(), tick=False)
    window = open_carnet()
    with window.database.transaction() as session:
        camille = create_person(session, PersonDraft("Camille", "Durand"))
        names = {}
        for first, permission in (
            ("Hugo", Permission.YES),
            ("Inès", Permission.YES),
            ("Jules", Permission.YES),
            ("Karim", Permission.NOT_ASKED),
        ):
            names[first] = referrals.introduce_new_person(
                session,
                camille,
                PersonDraft(first, "Martin", status=ContactStatus.LEAD),
                permission=permission,
            )
        linkedin = create_person(session, PersonDraft("Léa", "Roux"))
        session.get(Person, linkedin).weak_tie = True
    window.events.people_changed.emit()

    def monday(dialog: WeekPlanDialog) -> None:
        assert dialog.tabs.currentIndex() == 0
        listed = rows(dialog.candidates)
        assert set(listed) == {
            "Camille Durand",
            "Hugo Martin",
            "Inès Martin",
            "Jules Martin",
        }, "only people the user may call: not Karim (permission not asked), not Léa (LinkedIn)"
        assert listed["Hugo Martin"][1] == "Camille Durand"
        assert listed["Camille Durand"][1] == "you know them"

        dialog.candidates.setCurrentItem(item(dialog.candidates, "Jules Martin"))
        qtbot.mouseClick(dialog.stage_buttons[LeadStage.PARKED], Qt.MouseButton.LeftButton)
        assert "Jules Martin" not in rows(dialog.candidates)
        assert dialog.parked.text() == "1 parked lead left out of the plan."
        dialog.candidates.setCurrentItem(item(dialog.candidates, "Hugo Martin"))
        qtbot.mouseClick(dialog.stage_buttons[LeadStage.WORTH_A_CALL], Qt.MouseButton.LeftButton)
        assert rows(dialog.candidates)["Hugo Martin"][2] == "Worth a call"

        for name in ("Camille Durand", "Hugo Martin", "Inès Martin"):
            item(dialog.candidates, name).setCheckState(0, Qt.CheckState.Checked)
        assert dialog.picked.text() == "3 calls picked — aim for at least 5."
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    open_plan(qtbot, window, answer_dialog, monday)

    def call_hugo(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.CALL))
        dialog.occurred_at.setDateTime(QDateTime(WEDNESDAY - dt.timedelta(minutes=30)))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.MEETING_OBTAINED))
        answer_dialog(lambda thank_camille: thank_camille.reject())  # (the call log's story)
        dialog.accept()

    answer_dialog(call_hugo)
    window.calls.log_call(names["Hugo"])

    time_machine.move_to(FRIDAY.astimezone(), tick=False)
    window = restart(window, open_carnet)

    def friday(dialog: WeekPlanDialog) -> None:
        assert dialog.tabs.currentIndex() == 1, "on Friday the review comes first"
        assert rows(dialog.reviewed) == {
            "Camille Durand": ["Not called yet"],
            "Hugo Martin": ["Meeting obtained"],
            "Inès Martin": ["Not called yet"],
        }
        assert dialog.review_summary.text() == ("3 calls planned · 1 made · 1 meeting obtained")
        qtbot.mouseClick(dialog.carry_button, Qt.MouseButton.LeftButton)
        assert rows(dialog.reviewed) == {"Hugo Martin": ["Meeting obtained"]}

    open_plan(qtbot, window, answer_dialog, friday)

    time_machine.move_to(NEXT_MONDAY.astimezone(), tick=False)
    window = restart(window, open_carnet)

    def next_monday(dialog: WeekPlanDialog) -> None:
        ticked = [
            dialog.candidates.topLevelItem(i).text(0)
            for i in range(dialog.candidates.topLevelItemCount())
            if dialog.candidates.topLevelItem(i).checkState(0) == Qt.CheckState.Checked
        ]
        assert ticked == ["Camille Durand", "Inès Martin"], "carried over to this week"
        assert "Jules Martin" not in rows(dialog.candidates), "still parked"
        assert dialog.candidates.topLevelItem(0).data(0, PERSON_ID_ROLE) is not None

    open_plan(qtbot, window, answer_dialog, next_monday)
