"""The connector briefing card, as the user reads it before a call."""

from __future__ import annotations

import pytest

from carnet.domain import people, referrals
from carnet.domain.enums import Permission
from carnet.domain.people import PersonDraft
from carnet.ui.widgets.connector_briefing import ConnectorBriefingPanel
from tests.ui.chooser_helpers import pick
from tests.ui.window_helpers import restart, type_text


@pytest.fixture
def panel(qtbot) -> ConnectorBriefingPanel:
    widget = ConnectorBriefingPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def introduce(database, permission: Permission, **connector_fields) -> int:
    with database.transaction() as session:
        camille = people.create_person(
            session, PersonDraft(first_name="Camille", last_name="Durand", **connector_fields)
        )
        return referrals.introduce_new_person(
            session,
            camille,
            PersonDraft(first_name="Hugo", last_name="Martin", organization_name="Noname Corp"),
            permission=permission,
            context="Former colleagues at Noname Corp",
        )


def test_with_permission_the_card_gives_a_warm_opening_line(database, panel):
    hugo = introduce(
        database,
        Permission.YES,
        job_title="Buyer",
        organization_name="Atelier Lumière",
        background="Twelve years in perfumery",
    )

    panel.show_person(database, hugo)

    assert panel.tone == "good"
    assert panel.connector_name.text() == "Camille Durand"
    assert panel.job.text() == "Buyer at Atelier Lumière"
    assert panel.background.isVisible() and panel.link.isVisible()
    assert panel.link.text() == "Former colleagues at Noname Corp"
    assert "on behalf of Camille Durand" in panel.opening_line.text()
    assert "Noname Corp" in panel.opening_line.text()
    assert not panel.hint.isVisible()


def test_a_company_named_like_a_placeholder_is_shown_as_typed(database, panel):
    with database.transaction() as session:
        camille = people.create_person(
            session, PersonDraft(first_name="Camille", last_name="Durand")
        )
        hugo = referrals.introduce_new_person(
            session,
            camille,
            PersonDraft(
                first_name="Hugo", last_name="Martin", organization_name="Studio {connector}"
            ),
            permission=Permission.YES,
        )

    panel.show_person(database, hugo)

    opening = panel.opening_line.text()
    assert "how things work at Studio {connector}." in opening
    assert opening.count("Camille Durand") == 1


def test_a_refused_permission_is_said_plainly_and_the_name_is_left_out(database, panel):
    hugo = introduce(database, Permission.NO)

    panel.show_person(database, hugo)

    assert panel.tone == "stop"
    assert "not to use their name" in panel.warning.text()
    assert "Camille" not in panel.opening_line.text()
    assert panel.hint.isVisible()
    assert not panel.job.isVisible()


def test_permission_not_asked_is_a_caution(database, panel):
    hugo = introduce(database, Permission.NOT_ASKED)

    panel.show_person(database, hugo)

    assert panel.tone == "caution"
    assert "not asked Camille Durand" in panel.warning.text()
    assert "on behalf of" not in panel.opening_line.text()


def test_no_connector_means_a_cold_call_and_no_person_clears_the_card(database, panel):
    with database.transaction() as session:
        zoe = people.create_person(session, PersonDraft(first_name="Zoé", last_name="Abadie"))

    panel.show_person(database, zoe)
    assert panel.briefing is None
    assert "Nobody introduced you to Zoé Abadie" in panel.warning.text()
    assert not panel.details.isVisible()

    panel.show_person(database, None)
    assert panel.tone == "neutral"
    assert not panel.opening_line.isVisible()


def test_why_call_them_is_not_how_they_know_each_other(qtbot, open_carnet, answer_dialog):
    """The quick lead's "why call them" is shown as the reason for the call; "their link" is
    only what the user wrote about how the two know each other, and absent when unknown."""
    window = open_carnet()
    with window.database.transaction() as session:
        people.create_person(session, PersonDraft("Marie", "Lambert"))
    window.events.people_changed.emit()

    def dictate(dialog) -> None:
        type_text(qtbot, dialog.name, "Paul Roux")
        type_text(qtbot, dialog.context, "Déjeuner du 12 mars")
        type_text(qtbot, dialog.why, "Dirige les achats")
        pick(qtbot, dialog.connector, "mar")
        if dialog.isVisible():
            dialog.save()

    answer_dialog(dictate)
    window.new_lead_action.trigger()

    window = restart(window, open_carnet)
    tree = window.referrals
    window.show_view(tree)
    with window.database.reading() as session:
        (paul,) = [p.id for p in people.list_people(session) if p.full_name == "Paul Roux"]
    tree.select_person(paul)
    briefing = tree.side.briefing
    assert briefing.connector_name.text() == "Marie Lambert"
    assert briefing.reason.text() == "Dirige les achats"
    assert briefing.reason.isVisibleTo(briefing)
    assert not briefing.link.isVisibleTo(briefing), "how they know each other was not said"
