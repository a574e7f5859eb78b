"""Match at capture (issue 19, point 10): a name typed in quick lead or in a debrief that is
someone already known shows their card, and adds a second connector to it instead of a second
card; still so after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from carnet.domain import people, referrals
from carnet.domain.enums import Permission
from carnet.domain.models import Introduction, Person
from carnet.domain.people import PersonDraft
from carnet.ui.dialogs.quick_lead_dialog import QuickLeadDialog
from tests.ui.window_helpers import restart, type_text


@pytest.fixture
def window(open_carnet):
    """Loïc gave the name of Mathieu Roche; Hélène is a friend."""
    window = open_carnet()
    with window.database.transaction() as session:
        loic = people.create_person(session, PersonDraft("Loïc", "Bertrand"))
        people.create_person(session, PersonDraft("Hélène", "Martin"))
        referrals.introduce_new_person(
            session, loic, PersonDraft("Mathieu", "Roche", organization_name="Maison Orsane")
        )
    window.events.people_changed.emit()
    return window


def connectors_of(window, first_name: str) -> list[tuple[str, bool, Permission]]:
    with window.database.reading() as session:
        rows = session.execute(
            select(Person.first_name, Introduction.is_primary, Introduction.permission)
            .join(Person, Person.id == Introduction.connector_id)
            .where(
                Introduction.introduced_id
                == select(Person.id).where(Person.first_name == first_name).scalar_subquery()
            )
            .order_by(Introduction.id)
        ).all()
    return [tuple(row) for row in rows]


def people_count(window) -> int:
    with window.database.reading() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_quick_lead_adds_a_second_connector_to_the_card_already_there(
    qtbot, window, open_carnet, answer_dialog
):
    seen = {}

    def dictate(dialog: QuickLeadDialog) -> None:
        type_text(qtbot, dialog.name, "matthieu ROCHE")  # a typo, another case, no accent care
        qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: not dialog.same_person.isHidden())
        seen["choices"] = [
            dialog.same_person.choice.itemText(i) for i in range(dialog.same_person.choice.count())
        ]
        type_text(qtbot, dialog.connector.lineEdit(), "hel")
        qtbot.keyClick(dialog.connector.lineEdit(), Qt.Key.Key_Tab)  # picks Hélène
        dialog.same_person.choice.setCurrentIndex(1)
        dialog.permission.setCurrentIndex(dialog.permission.findData(Permission.YES))
        type_text(qtbot, dialog.why, "Recrute au marketing")
        qtbot.keyClick(dialog.why, Qt.Key.Key_Return)
        seen["open"] = dialog.isVisible()

    answer_dialog(dictate)
    window.new_lead_action.trigger()

    assert seen["choices"] == [
        "No, someone new: make a new card",
        "It is Mathieu Roche — Maison Orsane: add a connector to their card",
    ]
    assert not seen["open"]
    assert window.statusBar().currentMessage() == (
        "Mathieu Roche was already in your contacts: the new connector is on their card"
    )
    window = restart(window, open_carnet)
    assert people_count(window) == 3, "no second card"
    assert connectors_of(window, "Mathieu") == [
        ("Loïc", True, Permission.NOT_ASKED),
        ("Hélène", False, Permission.YES),
    ]


def test_someone_new_stays_the_default_and_a_match_without_connector_is_explained(
    qtbot, window, answer_dialog
):
    shown = {}

    def dictate(dialog: QuickLeadDialog) -> None:
        type_text(qtbot, dialog.name, "Mathieu Roche")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: not dialog.same_person.isHidden())
        dialog.same_person.choice.setCurrentIndex(1)
        dialog.save()
        shown["error"] = dialog.error.text()
        dialog.same_person.choice.setCurrentIndex(0)  # someone new after all: a homonym
        dialog.save()

    answer_dialog(dictate)
    window.new_lead_action.trigger()
    assert "already in your contacts" in shown["error"]
    assert people_count(window) == 4


def test_a_name_given_in_a_debrief_is_matched_to_the_card_already_there(
    qtbot, window, open_carnet, answer_dialog
):
    with window.database.reading() as session:
        helene = session.scalars(select(Person.id).where(Person.first_name == "Hélène")).one()
    seen = {}

    def fill(dialog) -> None:
        first = dialog.names[0]
        type_text(qtbot, first.name, "Mathieu Roche")
        qtbot.keyClick(first.name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not first.same_person.isHidden())
        seen["shown"] = first.same_person.choice.itemText(1)
        first.same_person.choice.setCurrentIndex(1)
        first.permission.setCurrentIndex(first.permission.findData(Permission.YES))
        dialog.accept()

    answer_dialog(fill)
    window.calls.debrief(helene)

    assert seen["shown"].startswith("It is Mathieu Roche")
    window = restart(window, open_carnet)
    assert people_count(window) == 3
    assert connectors_of(window, "Mathieu") == [
        ("Loïc", True, Permission.NOT_ASKED),
        ("Hélène", False, Permission.YES),
    ]
