"""The referral tree: who gave the user whose name, relay after relay."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from carnet.domain import people, referrals
from carnet.domain.enums import ContactStatus, IntroductionStatus, Permission
from carnet.domain.errors import ValidationError
from carnet.domain.models import Introduction, Person
from carnet.domain.people import PersonDraft
from carnet.domain.referrals import ReferralNode


@dataclass
class Network:
    camille: int
    hugo: int
    ines: int
    sophie: int


@pytest.fixture
def add(database):
    def create(first_name: str, last_name: str = "", **fields) -> int:
        with database.transaction() as session:
            return people.create_person(
                session, PersonDraft(first_name=first_name, last_name=last_name, **fields)
            )

    return create


@pytest.fixture
def introduce(database):
    def record(connector: int, introduced: int, **options) -> int:
        with database.transaction() as session:
            return referrals.add_introduction(session, connector, introduced, **options)

    return record


@pytest.fixture
def tree(database):
    def build() -> list[ReferralNode]:
        with database.reading() as session:
            return referrals.referral_tree(session)

    return build


def introductions(database) -> list[tuple[int, int, bool]]:
    with database.reading() as session:
        return [
            (i.connector_id, i.introduced_id, i.is_primary)
            for i in session.scalars(select(Introduction).order_by(Introduction.id))
        ]


def find(nodes: list[ReferralNode], name: str) -> ReferralNode:
    (node,) = [n for n in walk(nodes) if n.name == name]
    return node


def walk(nodes: list[ReferralNode]):
    for node in nodes:
        yield node
        yield from walk(node.children)


def shape(nodes: list[ReferralNode]) -> list:
    """The tree as nested ``(name, [children])`` pairs, easy to compare at a glance."""
    return [(n.name, shape(n.children)) for n in nodes]


@pytest.fixture
def network(database, add) -> Network:
    """The user's friend Camille knows people at Noname Corp, the company the user targets.

    Camille gives two names there, both with permission to say she sent the user; Hugo, once
    met, gives a relay: Sophie, the hiring manager.
    """
    camille = add("Camille", "Durand", organization_name="Atelier Lumière", status="in_relation")
    with database.transaction() as session:
        hugo = referrals.introduce_new_person(
            session,
            camille,
            PersonDraft(first_name="Hugo", last_name="Martin", organization_name="Noname Corp"),
            permission=Permission.YES,
            context="Former colleague of Camille",
        )
        ines = referrals.introduce_new_person(
            session,
            camille,
            PersonDraft(first_name="Inès", last_name="Leroy", organization_name="noname corp"),
            permission=Permission.YES,
        )
    sophie = add("Sophie", "Bernard", job_title="Hiring manager", organization_name="Noname Corp")
    with database.transaction() as session:
        referrals.add_introduction(
            session,
            hugo,
            sophie,
            permission=Permission.NOT_ASKED,
            status=IntroductionStatus.CONTACTED,
            context="Sophie is hiring a product manager",
        )
    return Network(camille, hugo, ines, sophie)


def test_a_friend_s_names_and_their_relay_form_a_tree_under_the_user(network, tree):
    nodes = tree()

    assert shape(nodes) == [
        (
            "Camille Durand",
            [("Inès Leroy", []), ("Hugo Martin", [("Sophie Bernard", [])])],
        )
    ]
    camille = find(nodes, "Camille Durand")
    assert (camille.permission, camille.introduction_status) == (None, None)
    assert camille.status == ContactStatus.IN_RELATION
    assert camille.organization == "Atelier Lumière"
    assert camille.names_given == 2

    hugo = find(nodes, "Hugo Martin")
    assert (hugo.permission, hugo.introduction_status) == (
        Permission.YES,
        IntroductionStatus.SUGGESTED,
    )
    assert (hugo.organization, hugo.names_given) == ("Noname Corp", 1)
    assert find(nodes, "Inès Leroy").permission == Permission.YES
    assert find(nodes, "Inès Leroy").organization == "Noname Corp"

    sophie = find(nodes, "Sophie Bernard")
    assert (sophie.person_id, sophie.names_given) == (network.sophie, 0)
    assert (sophie.permission, sophie.introduction_status) == (
        Permission.NOT_ASKED,
        IntroductionStatus.CONTACTED,
    )


def test_people_known_directly_sit_under_the_user_sorted_by_name(network, add, tree):
    add("Zoé", "Abadie")
    add("Bob")

    assert [node.name for node in tree()] == ["Bob", "Zoé Abadie", "Camille Durand"]


def test_a_second_connector_for_the_same_person_keeps_the_first_as_primary(
    database, network, introduce, tree
):
    introduce(network.ines, network.sophie, permission=Permission.YES)

    assert introductions(database)[-2:] == [
        (network.hugo, network.sophie, True),
        (network.ines, network.sophie, False),
    ]
    nodes = tree()
    assert [n.name for n in walk(nodes)].count("Sophie Bernard") == 1
    assert shape(nodes) == [
        (
            "Camille Durand",
            [("Inès Leroy", []), ("Hugo Martin", [("Sophie Bernard", [])])],
        )
    ]
    assert find(nodes, "Inès Leroy").names_given == 1, "she gave Sophie's name too"
    assert find(nodes, "Hugo Martin").names_given == 1
    sophie = find(nodes, "Sophie Bernard")
    assert sophie.permission == Permission.NOT_ASKED
    assert sophie.other_connectors == [(network.ines, "Inès Leroy")]
    with database.reading() as session:
        (row,) = people.list_people(session, "sophie")
    assert (row.connector, row.connector_id) == ("Hugo Martin", network.hugo)


# Refused introductions ------------------------------------------------------------------------


def refuse_and_count(database, connector: int, introduced: int) -> ValidationError:
    """Try the introduction in a transaction that then commits: nothing must have been written."""
    before = introductions(database)
    with database.transaction() as session:
        with pytest.raises(ValidationError) as refused:
            referrals.add_introduction(session, connector, introduced)
        session.flush()
    assert introductions(database) == before
    return refused.value


def test_nobody_introduces_the_user_to_themselves(database, network):
    refused = refuse_and_count(database, network.hugo, network.hugo)

    assert refused.field == "connector"


def test_an_introduction_back_to_one_s_connector_is_refused(database, network):
    refused = refuse_and_count(database, network.hugo, network.camille)

    assert refused.field == "connector"


def test_a_longer_loop_is_refused(database, network):
    refused = refuse_and_count(database, network.sophie, network.camille)

    assert refused.field == "connector"


def test_loops_are_refused_between_people_known_directly(database, add, introduce):
    a, b, c = add("Anna"), add("Ben"), add("Chloé")
    introduce(a, b)
    refuse_and_count(database, b, a)
    introduce(b, c)
    refuse_and_count(database, c, a)
    refuse_and_count(database, c, b)


def test_the_same_introduction_twice_is_refused(database, network):
    refused = refuse_and_count(database, network.camille, network.hugo)

    assert refused.field == "connector"


def test_a_person_named_by_two_friends_is_not_a_loop(database, add, introduce, tree):
    a, b, c = add("Anna"), add("Ben"), add("Chloé")
    introduce(a, c)
    introduce(b, c)

    assert shape(tree()) == [("Anna", [("Chloé", [])]), ("Ben", [])]


def test_introducing_a_new_person_refused_for_their_name_writes_nothing(database, network):
    with pytest.raises(ValidationError), database.transaction() as session:
        referrals.introduce_new_person(session, network.hugo, PersonDraft(first_name="  "))

    with database.reading() as session:
        assert session.scalar(select(func.count(Person.id))) == 4
    assert len(introductions(database)) == 3


# Deleting a connector -------------------------------------------------------------------------


def test_deleting_a_connector_puts_the_people_they_introduced_under_the_user(
    database, network, tree
):
    with database.transaction() as session:
        people.delete_person(session, network.hugo)

    nodes = tree()
    assert shape(nodes) == [
        ("Sophie Bernard", []),
        ("Camille Durand", [("Inès Leroy", [])]),
    ]
    sophie = find(nodes, "Sophie Bernard")
    assert (sophie.permission, sophie.introduction_status) == (None, None)
    assert find(nodes, "Camille Durand").names_given == 1
    assert introductions(database) == [(network.camille, network.ines, True)]
    with database.reading() as session:
        (row,) = people.list_people(session, "sophie")
    assert (row.connector, row.connector_id) == ("", None)


def test_a_person_s_introductions_stay_when_someone_they_introduced_is_deleted(
    database, network, tree
):
    with database.transaction() as session:
        people.delete_person(session, network.sophie)

    assert shape(tree()) == [("Camille Durand", [("Inès Leroy", []), ("Hugo Martin", [])])]
    assert find(tree(), "Hugo Martin").names_given == 0


def test_deleting_a_connector_moves_their_people_under_their_other_connector(
    database, network, introduce, tree
):
    introduce(network.ines, network.sophie, permission=Permission.YES)

    with database.transaction() as session:
        people.delete_person(session, network.hugo)

    assert shape(tree()) == [("Camille Durand", [("Inès Leroy", [("Sophie Bernard", [])])])]
    assert find(tree(), "Sophie Bernard").permission == Permission.YES
    assert introductions(database)[-1] == (network.ines, network.sophie, True)


# Editing introductions from the tree ----------------------------------------------------------


def test_permission_and_progress_are_recorded_on_the_primary_introduction(database, network, tree):
    with database.transaction() as session:
        intro = find(referrals.referral_tree(session), "Inès Leroy").introduction_id
        referrals.set_permission(session, intro, Permission.NO)
        referrals.mark_progress(session, network.ines, IntroductionStatus.CONTACTED)

    ines = find(tree(), "Inès Leroy")
    assert (ines.permission, ines.introduction_status) == (
        Permission.NO,
        IntroductionStatus.CONTACTED,
    )
    assert ines.status == ContactStatus.CONTACTED
    assert ines.contacted and not ines.met


def test_the_primary_connector_can_only_be_one_who_gave_the_name(
    database, network, introduce, tree
):
    introduce(network.ines, network.sophie, permission=Permission.YES)
    with pytest.raises(ValidationError), database.transaction() as session:
        referrals.set_primary_connector(session, network.sophie, network.camille)

    with database.transaction() as session:
        referrals.set_primary_connector(session, network.sophie, network.ines)

    assert introductions(database)[-2:] == [
        (network.hugo, network.sophie, False),
        (network.ines, network.sophie, True),
    ]
    assert find(tree(), "Sophie Bernard").other_connectors == [(network.hugo, "Hugo Martin")]


def test_removing_the_primary_introduction_hands_over_to_the_next_connector(
    database, network, introduce, tree
):
    introduce(network.ines, network.sophie)
    with database.transaction() as session:
        primary = find(referrals.referral_tree(session), "Sophie Bernard").introduction_id
        referrals.remove_introduction(session, primary)

    assert shape(tree()) == [
        ("Camille Durand", [("Inès Leroy", [("Sophie Bernard", [])]), ("Hugo Martin", [])])
    ]
    with pytest.raises(ValidationError), database.transaction() as session:
        referrals.remove_introduction(session, primary)


def test_a_loop_written_by_another_tool_still_shows_everyone_once(database, add, tree):
    """Carnet refuses loops, but an imported file may hold one: its members go under the user,
    and whoever they introduced stays under them."""
    a, b, c = add("Anna"), add("Ben"), add("Chloé")
    with database.transaction() as session:
        session.add_all(
            [
                Introduction(connector_id=a, introduced_id=b),
                Introduction(connector_id=b, introduced_id=a),
                Introduction(connector_id=b, introduced_id=c),
            ]
        )

    assert shape(tree()) == [("Anna", []), ("Ben", [("Chloé", [])])]
