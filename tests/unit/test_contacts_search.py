"""Finding people among many: the words typed, the filters of the contacts list, and its order."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from carnet.domain import notebook, people, referrals, search
from carnet.domain.enums import ContactStatus, FollowUpKind, InteractionKind
from carnet.domain.models import FollowUp, Interaction, Person
from carnet.domain.people import ContactEntry, PersonDraft
from carnet.domain.search import PeopleQuery, SortKey

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def add(database):
    def create(**fields) -> int:
        with database.transaction() as session:
            return people.create_person(session, PersonDraft(**fields))

    return create


@pytest.fixture
def find(database):
    def names(**query) -> list[str]:
        with database.reading() as session:
            ids = search.find_person_ids(session, PeopleQuery(**query), today=TODAY)
            return [row.full_name for row in search.person_rows(session, ids)]

    return names


def test_words_are_found_in_names_companies_jobs_tags_emails_and_notes(database, add, find):
    helene = add(
        first_name="Hélène",
        last_name="Dufresne",
        job_title="Acheteuse",
        organization_name="Noname Corp",
        emails=(ContactEntry("h.dufresne@parfums.example", "work"),),
        tags=("Parfumerie",),
    )
    add(first_name="Paul", last_name="Martin", organization_name="Acme")
    with database.transaction() as session:
        notebook.create_note(
            session,
            notebook.NoteDraft(
                title="Déjeuner", body="travel retail à Roissy", person_ids=[helene]
            ),
        )

    for typed in (
        "helene",
        "HÉLÈNE",
        "noname",
        "Noname Corp",
        "acheteuse",
        "parfumerie",
        "dufresne@parfums",
        "roissy",
        "hel duf",
    ):
        assert find(text=typed) == ["Hélène Dufresne"], typed
    assert find(text="helene martin") == []
    assert find(text="") == ["Hélène Dufresne", "Paul Martin"]


def test_the_first_keys_typed_do_not_look_in_the_notes(database, add, find):
    add(first_name="Paul", last_name="Martin")
    rita = add(first_name="Rita", last_name="Moreau")
    with database.transaction() as session:
        notebook.create_note(session, notebook.NoteDraft(body="Paris, mardi", person_ids=[rita]))

    assert find(text="p") == ["Paul Martin"]
    assert find(text="pa") == ["Paul Martin"]
    assert find(text="par") == []
    assert find(text="pari") == ["Rita Moreau"], "from the fourth letter on, notes too"
    assert find(text="rita pari") == ["Rita Moreau"]


def test_the_list_is_sorted_by_name_with_accents_where_they_belong(add, find):
    for first, last in (("Zoé", "Zidane"), ("Émile", "Écart"), ("Anne", "Ebert"), ("Camille", "")):
        add(first_name=first, last_name=last)

    assert find() == ["Camille", "Anne Ebert", "Émile Écart", "Zoé Zidane"]
    assert find(descending=True) == ["Zoé Zidane", "Émile Écart", "Anne Ebert", "Camille"]


def test_sorting_by_a_column_puts_empty_values_last(database, add, find):
    add(first_name="Ana", organization_name="Zeta")
    add(first_name="Ben")
    add(first_name="Cleo", organization_name="Alpha")

    assert find(sort=SortKey.ORGANIZATION) == ["Cleo", "Ana", "Ben"]
    assert find(sort=SortKey.ORGANIZATION, descending=True) == ["Ana", "Cleo", "Ben"]
    assert find(sort=SortKey.STATUS) == ["Ana", "Ben", "Cleo"]


def test_rows_carry_the_last_interaction_the_next_follow_up_and_the_connector(database, add):
    zoe = add(first_name="Zoé", last_name="Martin")
    with database.transaction() as session:
        hugo = referrals.introduce_new_person(session, zoe, PersonDraft(first_name="Hugo"))
        session.add_all(
            [
                Interaction(
                    person_id=hugo,
                    kind=InteractionKind.CALL,
                    occurred_at=dt.datetime(2026, 5, 2, 10),
                ),
                Interaction(
                    person_id=hugo,
                    kind=InteractionKind.MEETING,
                    occurred_at=dt.datetime(2026, 6, 1, 9),
                ),
                FollowUp(person_id=hugo, kind=FollowUpKind.NEXT_STEP, due_on=dt.date(2026, 6, 20)),
                FollowUp(
                    person_id=hugo,
                    kind=FollowUpKind.NEXT_STEP,
                    due_on=dt.date(2026, 6, 10),
                    done_at=dt.datetime(2026, 6, 9),
                ),
            ]
        )

    with database.reading() as session:
        (row,) = search.person_rows(session, [hugo])
    assert row.last_interaction == dt.datetime(2026, 6, 1, 9)
    assert row.next_follow_up == dt.date(2026, 6, 20)
    assert (row.connector, row.connector_id) == ("Zoé Martin", zoe)


def test_filters_by_status_target_companies_and_tag(database, add, find):
    add(first_name="Ana", status=ContactStatus.LEAD, organization_name="Orsane", tags=("luxe",))
    add(first_name="Ben", status=ContactStatus.MET, organization_name="Acme", tags=("Luxe", "Lyon"))
    add(first_name="Cleo", status=ContactStatus.LEAD)
    with database.transaction() as session:
        session.execute(text("UPDATE organization SET is_target = 1 WHERE name = 'Orsane'"))

    assert find(status=ContactStatus.LEAD) == ["Ana", "Cleo"]
    assert find(targets_only=True) == ["Ana"]
    assert find(tag="luxe") == ["Ana", "Ben"], "a tag typed in another case is the same tag"
    assert find(tag="Lyon", status=ContactStatus.MET) == ["Ben"]


def test_due_for_follow_up_and_not_contacted_for_a_while(database, add, find):
    created = dt.datetime(2026, 1, 5, 9)
    ids = {name: add(first_name=name) for name in ("Ana", "Ben", "Cleo", "Dan", "Eve")}
    with database.transaction() as session:
        for person in session.query(Person):
            person.created_at = created
        session.get(Person, ids["Eve"]).created_at = dt.datetime(2026, 6, 14, 9)
        session.add_all(
            [
                # Ana: a follow-up due yesterday; Ben: one due next week.
                FollowUp(
                    person_id=ids["Ana"],
                    kind=FollowUpKind.NEXT_STEP,
                    due_on=TODAY - dt.timedelta(1),
                ),
                FollowUp(
                    person_id=ids["Ben"],
                    kind=FollowUpKind.NEXT_STEP,
                    due_on=TODAY + dt.timedelta(7),
                ),
                # Cleo: talked ten days ago; Dan: three months ago, every month.
                Interaction(
                    person_id=ids["Cleo"],
                    kind=InteractionKind.CALL,
                    occurred_at=dt.datetime(2026, 6, 5, 10),
                ),
                Interaction(
                    person_id=ids["Dan"],
                    kind=InteractionKind.CALL,
                    occurred_at=dt.datetime(2026, 3, 10, 10),
                ),
            ]
        )
        session.get(Person, ids["Dan"]).keep_in_touch_days = 30
        session.get(Person, ids["Cleo"]).keep_in_touch_days = 30

    assert find(due_only=True) == ["Ana", "Dan"]
    assert find(not_contacted_days=30) == ["Ana", "Ben", "Dan"], "Eve was added yesterday"
    assert find(not_contacted_days=7) == ["Ana", "Ben", "Cleo", "Dan"]


def test_an_id_list_of_a_thousand_people_reads_back_in_pages(database):
    with database.transaction() as session:
        for index in range(1200):
            session.add(Person(first_name=f"P{index:04d}", last_name="Test"))
    with database.reading() as session:
        ids = search.find_person_ids(session)
        rows = search.person_rows(session, ids[100:200])
        assert search.count_found(session, PeopleQuery(text="test")) == 1200
    assert len(ids) == 1200
    assert [row.full_name for row in rows] == [f"P{index:04d} Test" for index in range(100, 200)]
