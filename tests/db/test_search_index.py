"""The search indexes follow every change, whoever writes it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from carnet.db.search_index import match_expression
from carnet.domain import notebook, people
from carnet.domain.models import Organization, Person, Tag
from carnet.domain.people import PersonDraft


def found(database, words: str, index: str = "person_search") -> set[int]:
    with database.reading() as session:
        return set(
            session.scalars(
                text(f"SELECT rowid FROM {index} WHERE {index} MATCH :query"),
                {"query": match_expression(words)},
            )
        )


@pytest.fixture
def helene(database) -> int:
    with database.transaction() as session:
        return people.create_person(
            session,
            PersonDraft(
                first_name="Hélène",
                last_name="Dufresne",
                job_title="Acheteuse",
                organization_name="Noname Corp",
                email="helene.dufresne@example.com",
            ),
        )


def test_people_are_found_by_any_word_whatever_the_case_and_accents(database, helene):
    for words in ("helene", "HÉLÈNE", "dufr", "noname", "noname corp", "acheteuse", "example"):
        assert found(database, words) == {helene}, words
    assert found(database, "helene martin") == set()


def test_the_index_follows_edits_of_the_person_and_their_organisation(database, helene):
    with database.transaction() as session:
        session.get(Person, helene).job_title = "Directrice des achats"
        session.query(Organization).one().name = "Maison Orsane"
    assert found(database, "directrice orsane") == {helene}
    assert found(database, "noname") == set()
    assert found(database, "acheteuse") == set()


def test_the_index_follows_tags_emails_and_notes(database, helene):
    with database.transaction() as session:
        person = session.get(Person, helene)
        person.tags.append(Tag(name="parfum"))
        note_id = notebook.create_note(
            session, notebook.NoteDraft(title="Déjeuner", body="travel retail", person_ids=[helene])
        )
    assert found(database, "parfum") == {helene}
    assert found(database, "retail") == {helene}
    assert found(database, "retail", "note_search") == {note_id}

    with database.transaction() as session:
        session.query(Tag).one().name = "cosmétique"
        draft = notebook.load_draft(session, note_id)
        draft.body = "duty free"
        notebook.save_note(session, note_id, draft)
        people.update_person(session, helene, PersonDraft(first_name="Hélène", email=""))
    assert found(database, "parfum") == set()
    assert found(database, "cosmetique") == {helene}
    assert found(database, "retail") == set() and found(database, "duty") == {helene}
    assert found(database, "retail", "note_search") == set()
    assert found(database, "example") == set()

    with database.transaction() as session:
        notebook.delete_note(session, note_id)
    assert found(database, "duty") == set()
    assert found(database, "duty", "note_search") == set()


def test_a_deleted_person_leaves_the_index(database, helene):
    with database.transaction() as session:
        people.delete_person(session, helene)
    assert found(database, "helene") == set()


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("helene", '"helene"*'),
        ('Noname "Corp', '"Noname"* """Corp"*'),
        ("AND OR NEAR", '"AND"* "OR"* "NEAR"*'),
        ("  * - ", None),
        ("", None),
    ],
)
def test_what_the_user_types_is_searched_as_plain_words(typed, expression):
    assert match_expression(typed) == expression


def test_punctuation_typed_by_the_user_never_breaks_the_query(database, helene):
    for words in ('"', "a*b", "NEAR(", "hélène)", "^x", "col:umn"):
        expression = match_expression(words)
        if expression:
            found(database, words)
