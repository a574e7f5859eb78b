"""Thank the whole chain (issue 19, point 2): Anne gave Loïc's name, Loïc gave Mathieu's; a meeting
obtained with Mathieu proposes to thank Loïc and to tell Anne where it led. Done from the
Follow-ups page, it is the "informed" line of Anne's history, still there after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from carnet.domain import people, referrals
from carnet.domain.enums import FollowUpKind, InteractionKind, Outcome, Permission
from carnet.domain.models import FollowUp
from carnet.domain.people import PersonDraft
from tests.ui.window_helpers import restart


@pytest.fixture
def chain(open_carnet):
    window = open_carnet()
    with window.database.transaction() as session:
        anne = people.create_person(session, PersonDraft("Anne", "Petit"))
        loic = referrals.introduce_new_person(
            session, anne, PersonDraft("Loïc", "Bertrand"), permission=Permission.YES
        )
        mathieu = referrals.introduce_new_person(
            session, loic, PersonDraft("Mathieu", "Roche"), permission=Permission.YES
        )
    window.events.people_changed.emit()
    return window, anne, mathieu


def click_button(box, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


def thank_follow_ups(window) -> list[tuple[str, str, bool]]:
    with window.database.reading() as session:
        return [
            (f.person.first_name, f.title, f.done_at is not None)
            for f in session.scalars(
                select(FollowUp)
                .where(FollowUp.kind == FollowUpKind.THANK_CONNECTOR)
                .order_by(FollowUp.id)
            )
        ]


def log_meeting_obtained(qtbot, window, mathieu, answer_dialog, on_box) -> dict:
    seen: dict = {}

    def fill(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.CALL))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.MEETING_OBTAINED))

        def answer(box) -> None:
            seen["text"] = box.text()
            seen["chain"] = box.checkBox().text() if box.checkBox() else ""
            on_box(box)

        answer_dialog(answer)
        dialog.accept()

    answer_dialog(fill)
    window.calls.log_call(mathieu)
    return seen


def test_a_meeting_through_a_chain_tells_everyone_up_the_chain(
    qtbot, chain, open_carnet, answer_dialog
):
    window, anne, mathieu = chain
    seen = log_meeting_obtained(
        qtbot, window, mathieu, answer_dialog, lambda box: click_button(box, "Add the follow-up")
    )
    assert "Tell Loïc Bertrand how it went" in seen["text"]
    assert seen["chain"] == "Also tell where it led to those who led you there: Anne Petit"
    assert thank_follow_ups(window) == [
        ("Loïc", "Tell Loïc Bertrand how it went with Mathieu Roche, and thank them", False),
        (
            "Anne",
            "Tell Anne Petit where it led (a meeting with Mathieu Roche, through Loïc Bertrand) "
            "and thank them",
            False,
        ),
    ]

    window = restart(window, open_carnet)
    window.show_view(window.followups)
    view = window.followups
    (anne_item,) = [i for i in view.items() if i.person_name == "Anne Petit"]
    for g in range(view.list.topLevelItemCount()):
        group = view.list.topLevelItem(g)
        for c in range(group.childCount()):
            if group.child(c).text(1).startswith("Tell Anne Petit"):
                view.list.setCurrentItem(group.child(c))
    assert view.selected_item() == anne_item
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert [name for name, _title, done in thank_follow_ups(window) if done] == ["Anne"]

    window = restart(window, open_carnet)
    window.contacts.open_person(anne)
    history = window.contacts.timeline.toPlainText()
    assert "Informed: Tell Anne Petit where it led (a meeting with Mathieu Roche" in history


def test_the_rest_of_the_chain_may_be_left_out(qtbot, chain, answer_dialog):
    window, _anne, mathieu = chain

    def untick(box) -> None:
        box.checkBox().setChecked(False)
        click_button(box, "Add the follow-up")

    log_meeting_obtained(qtbot, window, mathieu, answer_dialog, untick)
    assert [name for name, _title, _done in thank_follow_ups(window)] == ["Loïc"]
