"""The connector briefing: who to name, what to say about them, and whether one may."""

from __future__ import annotations

import datetime as dt

from carnet.domain import people, referrals
from carnet.domain.briefing import connector_briefing, person_name
from carnet.domain.enums import IntroductionStatus, Permission
from carnet.domain.models import Introduction
from carnet.domain.people import PersonDraft


def add(database, first: str, last: str = "", **fields) -> int:
    with database.transaction() as session:
        return people.create_person(
            session, PersonDraft(first_name=first, last_name=last, **fields)
        )


def test_the_briefing_names_the_connector_and_what_to_say_about_them(database):
    camille = add(
        database,
        "Camille",
        "Durand",
        job_title="Head of purchasing",
        organization_name="Atelier Lumière",
        background="Ten years at Noname Corp before Atelier Lumière",
    )
    hugo = add(database, "Hugo", "Martin", organization_name="Noname Corp")
    with database.transaction() as session:
        referrals.add_introduction(
            session,
            camille,
            hugo,
            permission=Permission.YES,
            context="They worked together on the 2019 launch",
            introduced_on=dt.date(2026, 3, 2),
        )

    with database.reading() as session:
        briefing = connector_briefing(session, hugo)

    assert briefing is not None
    assert (briefing.person_name, briefing.person_organization) == ("Hugo Martin", "Noname Corp")
    assert (briefing.connector_id, briefing.connector_name) == (camille, "Camille Durand")
    assert briefing.connector_job_title == "Head of purchasing"
    assert briefing.connector_organization == "Atelier Lumière"
    assert briefing.connector_background.startswith("Ten years")
    assert briefing.context == "They worked together on the 2019 launch"
    assert briefing.permission == Permission.YES and briefing.may_use_name
    assert briefing.introduction_status == IntroductionStatus.SUGGESTED
    assert (briefing.introduced_on, briefing.thanked_on) == (dt.date(2026, 3, 2), None)
    assert briefing.other_connectors == ()


def test_the_primary_connector_is_briefed_and_the_others_are_listed(database):
    anna, ben, chloe = add(database, "Anna"), add(database, "Ben"), add(database, "Chloé")
    with database.transaction() as session:
        referrals.add_introduction(session, anna, chloe, permission=Permission.NO)
        referrals.add_introduction(session, ben, chloe, permission=Permission.YES)
        intro = session.query(Introduction).filter_by(connector_id=anna).one()
        intro.thanked_on = dt.date(2026, 4, 1)

    with database.reading() as session:
        briefing = connector_briefing(session, chloe)

    assert briefing is not None
    assert briefing.connector_name == "Anna"
    assert briefing.permission == Permission.NO and not briefing.may_use_name
    assert briefing.thanked_on == dt.date(2026, 4, 1)
    assert briefing.other_connectors == ("Ben",)


def test_someone_nobody_introduced_has_no_briefing(database):
    zoe = add(database, "Zoé", "Abadie")

    with database.reading() as session:
        assert connector_briefing(session, zoe) is None
        assert person_name(session, zoe) == "Zoé Abadie"
        assert connector_briefing(session, zoe + 100) is None
        assert person_name(session, zoe + 100) == ""
