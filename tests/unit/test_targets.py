"""Target companies: chains of relays, distance to each company, and the next thing to do."""

from __future__ import annotations

import pytest

from carnet.domain import interactions, people, referrals, targets
from carnet.domain.enums import ContactStatus, IntroductionStatus, Permission
from carnet.domain.errors import ValidationError
from carnet.domain.people import PersonDraft
from carnet.domain.targets import NextActionKind


@pytest.fixture
def add(database):
    def create(first: str, last: str = "", organization: str = "", **fields) -> int:
        with database.transaction() as session:
            return people.create_person(
                session,
                PersonDraft(
                    first_name=first, last_name=last, organization_name=organization, **fields
                ),
            )

    return create


@pytest.fixture
def introduce(database):
    def record(connector: int, introduced: int, **options) -> int:
        with database.transaction() as session:
            return referrals.add_introduction(session, connector, introduced, **options)

    return record


@pytest.fixture
def progress(database):
    def mark(person_id: int, status: IntroductionStatus) -> None:
        with database.transaction() as session:
            referrals.mark_progress(session, person_id, status)

    return mark


def companies(database) -> dict[str, targets.TargetCompany]:
    with database.reading() as session:
        return {t.name: t for t in targets.target_companies(session)}


def target(database, name: str, priority: int | None = None) -> int:
    with database.transaction() as session:
        return targets.set_target(session, name, priority)


def test_seed_002_relay_by_relay_up_to_the_hiring_manager(database, add, introduce, progress):
    target(database, "Noname Corp", 1)
    noname = companies(database)["Noname Corp"]
    assert noname.distance is None and noname.chains == ()
    assert noname.next_action.kind == NextActionKind.FIND_WAY_IN

    camille = add("Camille", "Durand", "Atelier Lumière")
    hugo = add("Hugo", "Martin", "Noname Corp")
    ines = add("Inès", "Leroy", "Noname Corp")
    introduce(camille, hugo, permission=Permission.YES)
    introduce(camille, ines, permission=Permission.YES)
    noname = companies(database)["Noname Corp"]
    assert noname.distance == 3, "Camille is still to call, then Hugo or Inès, then who decides"
    assert noname.stage == targets.TargetStage.ON_THE_WAY
    assert [s.name for s in noname.chains[0].steps] == ["Camille Durand", "Hugo Martin"]
    assert noname.next_action.kind == NextActionKind.CALL
    assert noname.next_action.person_name == "Camille Durand"

    progress(camille, IntroductionStatus.MET)
    noname = companies(database)["Noname Corp"]
    assert noname.distance == 2
    action = noname.next_action
    assert (action.kind, action.person_id, action.connector_name, action.permission) == (
        NextActionKind.CALL,
        hugo,
        "Camille Durand",
        Permission.YES,
    )

    progress(hugo, IntroductionStatus.CONTACTED)
    noname = companies(database)["Noname Corp"]
    assert noname.distance == 2
    action = noname.next_action
    assert (action.kind, action.person_id, action.connector_id) == (
        NextActionKind.THANK_CONNECTOR,
        hugo,
        camille,
    )
    with database.transaction() as session:
        interactions.mark_connector_thanked(session, hugo)
    assert companies(database)["Noname Corp"].next_action.kind == NextActionKind.GET_MEETING
    progress(hugo, IntroductionStatus.MET)
    noname = companies(database)["Noname Corp"]
    assert noname.distance == 1, "someone inside is met: a step, not the end"
    assert noname.stage == targets.TargetStage.INSIDE_MET
    assert noname.next_action.kind == NextActionKind.ASK_DECISION_MAKER
    assert noname.next_action.person_id == hugo

    sophie = add("Sophie", "Bernard", "Noname Corp", job_title="Hiring manager")
    introduce(hugo, sophie, permission=Permission.YES)
    with database.transaction() as session:
        targets.set_decision_maker(session, sophie, True)
    noname = companies(database)["Noname Corp"]
    assert noname.distance == 1, "Sophie, who decides, is still to call"
    assert noname.stage == targets.TargetStage.INSIDE_MET
    assert [d.name for d in noname.decision_makers] == ["Sophie Bernard"]
    assert noname.next_action.kind == NextActionKind.CALL
    assert (noname.next_action.person_id, noname.next_action.connector_id) == (sophie, hugo)
    sophie_chain = next(c for c in noname.chains if c.inside.person_id == sophie)
    assert sophie_chain.distance == 1
    assert [s.name for s in sophie_chain.steps] == [
        "Camille Durand",
        "Hugo Martin",
        "Sophie Bernard",
    ]

    progress(sophie, IntroductionStatus.MET)
    noname = companies(database)["Noname Corp"]
    assert (noname.distance, noname.stage) == (0, targets.TargetStage.DECISION_MAKER_MET)
    assert noname.next_action.kind == NextActionKind.DONE
    assert noname.decision_makers[0].met
    assert ines in {c.inside.person_id for c in noname.chains}


def test_targets_are_listed_nearest_first_then_by_priority(database, add, introduce, progress):
    target(database, "Far Away", 1)
    target(database, "Nobody There", 1)
    target(database, "Close By", 3)
    target(database, "Also Close", 2)
    friend = add("Ana", "", "Close By", status=ContactStatus.MET)
    add("Bea", "", "Also Close", status=ContactStatus.IN_RELATION)
    x, y = add("Xavier"), add("Yann", "", "Far Away")
    introduce(x, y)

    listed = companies(database)
    assert list(listed) == ["Also Close", "Close By", "Far Away", "Nobody There"]
    assert [t.distance for t in listed.values()] == [1, 1, 3, None]
    assert listed["Close By"].chains[0].inside.person_id == friend


def test_the_shortest_way_in_may_go_through_a_second_connector(database, add, introduce):
    target(database, "Noname Corp")
    a, b, c = add("Anna"), add("Ben", status=ContactStatus.MET), add("Chloé")
    inside = add("Dora", "", "Noname Corp")
    introduce(a, c)
    introduce(c, inside, permission=Permission.NO)
    introduce(b, inside, permission=Permission.YES)

    noname = companies(database)["Noname Corp"]
    assert noname.distance == 2
    assert [s.name for s in noname.chains[0].steps] == ["Ben", "Dora"]
    assert noname.next_action.connector_name == "Ben"
    assert noname.next_action.permission == Permission.YES


def test_a_declined_relay_asks_for_another_way_in(database, add, introduce, progress):
    target(database, "Noname Corp")
    friend = add("Ana", status=ContactStatus.MET)
    inside = add("Dora", "", "Noname Corp", status=ContactStatus.DECLINED)
    introduce(friend, inside)

    noname = companies(database)["Noname Corp"]
    action = noname.next_action
    assert (action.kind, action.person_id, action.connector_id) == (
        NextActionKind.FIND_ANOTHER_WAY,
        inside,
        friend,
    )
    assert noname.distance is None, "a person who declined is not a way in"
    assert noname.stage == targets.TargetStage.NOBODY_KNOWN


def test_marking_progress_moves_the_person_status_along(database, add, introduce, progress):
    ana, ben = add("Ana", status=ContactStatus.IN_RELATION), add("Ben")
    intro = introduce(ana, ben)

    progress(ben, IntroductionStatus.CONTACTED)
    with database.reading() as session:
        assert people.load_draft(session, ben).status == ContactStatus.CONTACTED
    progress(ben, IntroductionStatus.MET)
    progress(ana, IntroductionStatus.MET)
    with database.reading() as session:
        assert people.load_draft(session, ben).status == ContactStatus.MET
        assert people.load_draft(session, ana).status == ContactStatus.IN_RELATION
        (node,) = referrals.referral_tree(session)
        assert node.children[0].introduction_status == IntroductionStatus.MET
        assert node.children[0].introduction_id == intro


def test_a_target_needs_a_name_and_a_sensible_priority(database):
    for name, priority in (("  ", None), ("Noname", 0), ("Noname", 9)):
        with pytest.raises(ValidationError), database.transaction() as session:
            targets.set_target(session, name, priority)
    assert companies(database) == {}

    org = target(database, "noname corp", 2)
    assert target(database, "Noname Corp", 1) == org, "the same company, whatever the case"
    with database.transaction() as session:
        targets.remove_target(session, org)
    assert companies(database) == {}
