"""Give as well as take (issue 19, points 6 and 5): help given is noted from the Calls menu, shows
on the person's history, counts as an exchange for keep-in-touch, and the dashboard's "give and
take" panel shows the week's gives beside its asks and whom the user could help now. A CV handed
over is noted with a follow-up to ask what became of it. All still there after a restart."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from carnet.domain import referrals
from carnet.domain.enums import ContactStatus, FollowUpKind, InteractionKind
from carnet.domain.models import FollowUp, Interaction, Person
from carnet.domain.people import PersonDraft
from tests.ui.chooser_helpers import pick
from tests.ui.window_helpers import restart, type_text

TODAY = dt.date.today()


@pytest.fixture
def window(open_carnet):
    """Loïc, met two months ago and due for news every three weeks, gave Mathieu's name."""
    window = open_carnet()
    with window.database.transaction() as session:
        loic = Person(
            first_name="Loïc",
            last_name="Bertrand",
            status=ContactStatus.MET,
            keep_in_touch_days=21,
            created_at=dt.datetime.combine(TODAY - dt.timedelta(days=60), dt.time(10)),
        )
        session.add(loic)
        session.flush()
        referrals.introduce_new_person(session, loic.id, PersonDraft("Mathieu", "Roche"))
    window.events.people_changed.emit()
    return window


def person_id(window, first_name: str) -> int:
    with window.database.reading() as session:
        return session.scalars(select(Person.id).where(Person.first_name == first_name)).one()


def panel_text(window) -> tuple[str, str]:
    window.show_view(window.dashboard)
    panel = window.dashboard.give_and_take
    return panel.week.text(), panel.helpers.text()


def test_help_given_is_noted_shown_and_counted(qtbot, window, open_carnet, answer_dialog):
    week, helpers = panel_text(window)
    assert week == "This week: 0 asks and 0 gives"
    assert "<b>Loïc Bertrand</b>: 1 name given; nothing given back yet" in helpers
    window.followups.refresh()
    assert [(i.person_name, i.due_on) for i in window.followups.items()] == [
        ("Loïc Bertrand", TODAY - dt.timedelta(days=39))
    ]

    def fill(dialog) -> None:
        pick(qtbot, dialog.person, "loic")
        dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.SENT_ARTICLE))
        type_text(qtbot, dialog.what, "L’article sur les achats responsables")
        dialog.accept()

    answer_dialog(fill)
    window.calls.gift_action.trigger()

    week, helpers = panel_text(window)
    assert week == "This week: 0 asks and 1 give"
    assert "Nobody is waiting for a return" in helpers
    window.followups.refresh()
    assert [(i.person_name, i.due_on) for i in window.followups.items()] == [
        ("Loïc Bertrand", TODAY + dt.timedelta(days=21))
    ], "help given is an exchange: Loïc heard from the user"

    window = restart(window, open_carnet)
    window.contacts.open_person(person_id(window, "Loïc"))
    history = window.contacts.timeline.toPlainText()
    assert "Help given: an article" in history
    assert "L’article sur les achats responsables" in history
    assert panel_text(window)[0] == "This week: 0 asks and 1 give"


def test_a_cv_handed_over_is_noted_with_a_follow_up(qtbot, window, open_carnet, answer_dialog):
    mathieu = person_id(window, "Mathieu")
    seen = {}

    def fill(dialog) -> None:
        seen["warning"] = dialog.warning.text()
        type_text(qtbot, dialog.for_what, "le poste d’acheteur chez Céladon")
        dialog.accept()

    answer_dialog(fill)
    window.calls.record_cv_handed(mathieu)

    assert "often the last you hear of it" in seen["warning"]
    window = restart(window, open_carnet)
    with window.database.reading() as session:
        handed = session.scalars(
            select(Interaction).where(Interaction.kind == InteractionKind.CV_HANDED)
        ).one()
        assert (handed.person_id, handed.summary) == (mathieu, "le poste d’acheteur chez Céladon")
        follow_up = session.scalars(select(FollowUp)).one()
        assert (follow_up.kind, follow_up.due_on) == (
            FollowUpKind.NEXT_STEP,
            TODAY + dt.timedelta(days=10),
        )
    window.show_view(window.followups)
    assert [i.title for i in window.followups.items() if not i.is_reminder] == [
        "Ask Mathieu Roche what became of your CV (for le poste d’acheteur chez Céladon)"
    ]
    window.contacts.open_person(mathieu)
    assert "CV handed over" in window.contacts.timeline.toPlainText()


def test_help_given_needs_a_person(qtbot, window, answer_dialog):
    shown = {}

    def fill(dialog) -> None:
        dialog.accept()
        shown["error"] = dialog.error.text()
        shown["open"] = dialog.isVisible()
        dialog.reject()

    answer_dialog(fill)
    window.calls.record_gift()
    assert shown == {"error": "Choose the person you talked to.", "open": True}
