"""Adding, editing, finding and deleting the people of the user's network."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from carnet.domain import notebook, people, referrals
from carnet.domain.enums import ContactPointKind, ContactStatus
from carnet.domain.errors import ValidationError
from carnet.domain.models import ContactPoint, Introduction, Note, Organization, Person
from carnet.domain.people import ContactEntry, PersonDraft


@pytest.fixture
def add(database):
    """Save a new person in their own transaction; returns their id."""

    def create(**fields) -> int:
        with database.transaction() as session:
            return people.create_person(session, PersonDraft(**fields))

    return create


@pytest.fixture
def draft_of(database):
    def load(person_id: int) -> PersonDraft:
        with database.reading() as session:
            return people.load_draft(session, person_id)

    return load


@pytest.fixture
def search(database):
    def find(words: str) -> list[str]:
        with database.reading() as session:
            return [row.full_name for row in people.list_people(session, words)]

    return find


# A card read back holds every field, those a caller may leave out (None) included.
EVERYTHING_ELSE = {"tags": (), "keep_in_touch_days": 0, "is_decision_maker": False}


def count(database, model) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


# Creating, editing, deleting -----------------------------------------------------------------


def test_a_person_is_saved_edited_and_deleted(database, add, draft_of):
    first = PersonDraft(
        first_name="Camille",
        last_name="Durand",
        job_title="Designer",
        organization_name="Atelier Lumière",
        emails=(ContactEntry("camille@example.org"),),
        phones=(ContactEntry("+33 6 12 34 56 78"),),
        city="Lyon",
        linkedin_url="https://www.linkedin.com/in/camille",
        background="Ten years in print, then product design.",
        how_we_met="Same climbing club",
        status=ContactStatus.MET,
        **EVERYTHING_ELSE,
    )
    camille = add(**vars(first))
    assert draft_of(camille) == first

    edited = PersonDraft(**{**vars(first), "job_title": "Head of design", "city": "Grenoble"})
    with database.transaction() as session:
        people.update_person(session, camille, edited)
    assert draft_of(camille) == edited

    with database.transaction() as session:
        people.delete_person(session, camille)
    with pytest.raises(LookupError):
        draft_of(camille)
    assert count(database, Person) == 0
    assert count(database, ContactPoint) == 0


def test_spaces_around_what_was_typed_are_dropped(add, draft_of):
    camille = add(first_name="  Camille ", last_name="Durand\t", organization_name=" Noname Corp ")

    saved = draft_of(camille)
    assert (saved.first_name, saved.last_name) == ("Camille", "Durand")
    assert saved.organization_name == "Noname Corp"


def test_editing_an_unknown_person_is_an_error(database):
    with pytest.raises(LookupError), database.transaction() as session:
        people.update_person(session, 404, PersonDraft(first_name="Nobody"))


# Organisations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed_first", "typed_then"),
    [
        ("Noname Corp", "noname corp"),
        ("Noname Corp", "NONAME CORP"),
        ("Électricité de France", "électricité de france"),
    ],
    ids=["lower", "upper", "accented-capital"],
)
def test_an_organisation_typed_in_another_case_is_the_same_one(
    database, add, typed_first, typed_then
):
    add(first_name="Hugo", organization_name=typed_first)
    add(first_name="Inès", organization_name=typed_then)

    with database.reading() as session:
        assert people.organization_names(session) == [typed_first]
        rows = people.list_people(session)
    assert {row.organization for row in rows} == {typed_first}


def test_two_people_at_a_new_organisation_in_one_transaction_share_it(database):
    with database.transaction() as session:
        people.create_person(session, PersonDraft(first_name="Hugo", organization_name="Noname"))
        people.create_person(session, PersonDraft(first_name="Inès", organization_name="noname"))

    assert count(database, Organization) == 1


def test_moving_a_person_to_another_organisation_creates_it_and_clearing_it_unlinks(
    database, add, draft_of
):
    hugo = add(first_name="Hugo", organization_name="Noname Corp")

    with database.transaction() as session:
        people.update_person(
            session, hugo, PersonDraft(first_name="Hugo", organization_name="Acme")
        )
    assert draft_of(hugo).organization_name == "Acme"

    with database.transaction() as session:
        people.update_person(session, hugo, PersonDraft(first_name="Hugo"))
    assert draft_of(hugo).organization_name == ""
    with database.reading() as session:
        assert people.organization_names(session) == ["Acme", "Noname Corp"]


# Email and phone -----------------------------------------------------------------------------


def contact_points(database, person_id: int) -> list[tuple[ContactPointKind, str]]:
    with database.reading() as session:
        return [
            (point.kind, point.value)
            for point in session.scalars(
                select(ContactPoint)
                .where(ContactPoint.person_id == person_id)
                .order_by(ContactPoint.id)
            )
        ]


def test_email_and_phone_are_set_changed_and_cleared(database, add, draft_of):
    hugo = add(first_name="Hugo", email="hugo@noname.example", phone="01 23 45 67 89")
    assert contact_points(database, hugo) == [
        (ContactPointKind.EMAIL, "hugo@noname.example"),
        (ContactPointKind.PHONE, "01 23 45 67 89"),
    ]

    with database.transaction() as session:
        people.update_person(
            session,
            hugo,
            PersonDraft(first_name="Hugo", email="hugo@acme.example", phone="01 23 45 67 89"),
        )
    assert contact_points(database, hugo) == [
        (ContactPointKind.EMAIL, "hugo@acme.example"),
        (ContactPointKind.PHONE, "01 23 45 67 89"),
    ]

    with database.transaction() as session:
        people.update_person(
            session, hugo, PersonDraft(first_name="Hugo", email="hugo@acme.example")
        )
    assert contact_points(database, hugo) == [(ContactPointKind.EMAIL, "hugo@acme.example")]
    assert (draft_of(hugo).email, draft_of(hugo).phone) == ("hugo@acme.example", "")

    with database.transaction() as session:
        people.update_person(session, hugo, PersonDraft(first_name="Hugo", phone="06 00 00 00 00"))
    assert contact_points(database, hugo) == [(ContactPointKind.PHONE, "06 00 00 00 00")]


# What is refused, what is kept exactly -------------------------------------------------------


@pytest.mark.parametrize(
    "names",
    [{}, {"first_name": "   ", "last_name": "\t\n"}, {"job_title": "CEO", "email": "x@y.example"}],
    ids=["nothing", "only-spaces", "no-name-but-other-fields"],
)
def test_a_person_without_a_name_is_refused(database, names):
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        people.create_person(session, PersonDraft(**names))

    assert refused.value.field == "name"
    assert refused.value.message
    assert count(database, Person) == 0


@pytest.mark.parametrize("field", ["first_name", "last_name", "city", "background", "email"])
def test_a_nul_character_is_refused_and_points_at_its_field(database, field):
    fields = {"first_name": "Hugo", field: "before\x00after"}

    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        people.create_person(session, PersonDraft(**fields))

    assert refused.value.field == field
    assert count(database, Person) == 0


def test_a_nul_character_in_an_edit_leaves_the_person_as_they_were(database, add, draft_of):
    hugo = add(first_name="Hugo", city="Lyon")

    with pytest.raises(ValidationError), database.transaction() as session:
        people.update_person(session, hugo, PersonDraft(first_name="Hugo", city="Ly\x00on"))

    assert draft_of(hugo).city == "Lyon"


def test_long_texts_emoji_and_right_to_left_writing_are_kept_exactly(database, add, draft_of):
    written = PersonDraft(
        first_name="Zoë 👩🏽‍💻",
        last_name="نور الهدى",
        job_title="מנהלת מוצר",
        organization_name="株式会社ノーネーム",
        city="He\u0301le\u0300ne-sur-Mer",  # accents typed as combining marks stay so
        background="Parcours ✈️ " + "é" * 5_000 + "ש" * 4_988,
        how_we_met="x" * 10_000,
        emails=(),
        phones=(),
        **EVERYTHING_ELSE,
    )
    assert len(written.background) == 10_000

    person = add(**vars(written))

    assert draft_of(person) == written


# Finding people ------------------------------------------------------------------------------


@pytest.fixture
def network(add):
    add(first_name="Hélène", last_name="Roux", organization_name="Noname Corp")
    add(first_name="Helena", last_name="Costa", organization_name="Acme")
    add(
        first_name="Hugo", last_name="Martin", job_title="Engineer", organization_name="noname corp"
    )
    add(first_name="Inès", last_name="Leroy", job_title="Growth 100% remote")
    add(first_name="Jules", last_name="Petit", job_title="Growth 100 percent")
    add(first_name="Kim", last_name="O_Neil")
    add(first_name="Liam", last_name="O'Neil")
    add(first_name="Mia", last_name="Zhu", job_title="Sales / Partnerships")


def test_without_a_search_everyone_is_listed_by_last_name(network, search):
    assert search("") == [
        "Helena Costa",
        "Inès Leroy",
        "Hugo Martin",
        "Liam O'Neil",
        "Kim O_Neil",
        "Jules Petit",
        "Hélène Roux",
        "Mia Zhu",
    ]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("helene", ["Hélène Roux"]),
        ("HÉLÈNE", ["Hélène Roux"]),
        ("hélène", ["Hélène Roux"]),
        ("hele", ["Helena Costa", "Hélène Roux"]),
        ("noname", ["Hugo Martin", "Hélène Roux"]),
        ("NONAME CORP", ["Hugo Martin", "Hélène Roux"]),
        ("engineer", ["Hugo Martin"]),
        ("ines", ["Inès Leroy"]),
    ],
)
def test_search_ignores_case_and_accents_across_name_title_and_organisation(
    network, search, words, found
):
    assert search(words) == found


def test_every_word_of_a_search_must_match(network, search):
    assert search("hele noname") == ["Hélène Roux"]
    assert search("noname hugo") == ["Hugo Martin"]
    assert search("helena noname") == []
    assert search("  hugo   martin  ") == ["Hugo Martin"]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("100%", ["Inès Leroy"]),
        ("o_n", ["Kim O_Neil"]),
        ("%", ["Inès Leroy"]),
        ("_", ["Kim O_Neil"]),
        ("/", ["Mia Zhu"]),
    ],
)
def test_wildcard_characters_in_a_search_are_taken_literally(network, search, words, found):
    assert search(words) == found


def test_a_search_shows_each_person_with_their_connector(database, add):
    camille = add(first_name="Camille", last_name="Durand")
    with database.transaction() as session:
        referrals.introduce_new_person(session, camille, PersonDraft(first_name="Hugo"))

    with database.reading() as session:
        (row,) = people.list_people(session, "hugo")
    assert (row.connector, row.connector_id) == ("Camille Durand", camille)


# Deleting someone the notebook and the tree know ---------------------------------------------


def test_deleting_a_person_keeps_notes_about_them_and_removes_their_introductions(database, add):
    camille = add(first_name="Camille")
    with database.transaction() as session:
        hugo = referrals.introduce_new_person(session, camille, PersonDraft(first_name="Hugo"))
        ines = referrals.introduce_new_person(session, hugo, PersonDraft(first_name="Inès"))
        note = notebook.create_note(
            session,
            notebook.NoteDraft(
                written_on=dt.date(2026, 3, 2), title="Lunch", person_ids=[hugo, camille]
            ),
        )

    with database.transaction() as session:
        people.delete_person(session, hugo)

    with database.reading() as session:
        assert notebook.load_draft(session, note).person_ids == [camille]
        assert session.scalars(select(Introduction)).all() == []
        assert sorted(row.full_name for row in people.list_people(session)) == ["Camille", "Inès"]
        assert session.get(Person, ines) is not None
    assert count(database, Note) == 1


def test_deleting_the_only_person_of_a_note_leaves_the_note_unlinked(database, add):
    hugo = add(first_name="Hugo")
    with database.transaction() as session:
        note = notebook.create_note(
            session, notebook.NoteDraft(title="Call with Hugo", person_ids=[hugo])
        )

    with database.transaction() as session:
        people.delete_person(session, hugo)

    with database.reading() as session:
        kept = notebook.load_draft(session, note)
        (row,) = notebook.list_notes(session)
    assert (kept.title, kept.person_ids) == ("Call with Hugo", [])
    assert row.people == ()
