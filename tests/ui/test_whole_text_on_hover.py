"""Texts a narrow column may cut short keep their whole wording on hover: the chains of a target
company (the person inside, how far, each relay and where things stand) and the tree's root."""

from __future__ import annotations

from PySide6.QtCore import Qt

from carnet.domain import people, referrals, targets
from carnet.domain.enums import Permission
from carnet.domain.people import PersonDraft
from carnet.domain.profile import ProfileDraft, save_profile


def test_chains_and_the_tree_root_show_their_whole_text_on_hover(open_carnet):
    window = open_carnet()
    with window.database.transaction() as session:
        save_profile(session, ProfileDraft(name="Claire Moreau"))
        targets.set_target(session, "Noname Corp", 1)
        zoe = people.create_person(session, PersonDraft("Zoé", "Martin"))
        referrals.introduce_new_person(
            session,
            zoe,
            PersonDraft("Sophie", "Bernard", organization_name="Noname Corp"),
            permission=Permission.YES,
        )
    window.events.people_changed.emit()
    window.show_view(window.targets)
    head = window.targets.chains.topLevelItem(0)
    assert head.toolTip(0) == head.text(0) == "To Sophie Bernard"
    assert head.toolTip(1) == head.text(1) != ""
    relay = head.child(0)
    assert relay.text(0) == "Zoé Martin" and relay.toolTip(0) == "Zoé Martin"
    assert relay.toolTip(1) == relay.text(1) != ""

    window.show_view(window.referrals)
    model = window.referrals.model
    root = model.root_index()
    assert model.data(root, Qt.ItemDataRole.ToolTipRole) == model.data(root) == "Me (Claire Moreau)"


def test_the_dashboards_target_companies_show_their_whole_text_on_hover(open_carnet):
    """At 1024×640 the stage ("someone inside met, 1 relay to go") squeezes the company's name."""
    window = open_carnet()
    with window.database.transaction() as session:
        targets.set_target(session, "Noname Corp", 1)
        zoe = people.create_person(session, PersonDraft("Zoé", "Martin"))
        referrals.introduce_new_person(
            session,
            zoe,
            PersonDraft("Sophie", "Bernard", organization_name="Noname Corp"),
            permission=Permission.YES,
        )
    window.events.people_changed.emit()
    window.show_view(window.dashboard)
    row = window.dashboard.targets.topLevelItem(0)
    assert row.text(0).startswith("Noname Corp")
    for column in range(row.columnCount()):
        assert row.toolTip(column) == row.text(column) != ""
