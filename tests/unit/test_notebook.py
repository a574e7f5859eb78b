"""The notebook: dated entries written after a call or a meeting, linked to the people in them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from carnet.domain import notebook, people
from carnet.domain.enums import NoteKind
from carnet.domain.errors import ValidationError
from carnet.domain.models import Note, Person
from carnet.domain.notebook import NoteDraft
from carnet.domain.people import PersonDraft

MARCH_2 = dt.date(2026, 3, 2)
MARCH_9 = dt.date(2026, 3, 9)
MARCH_16 = dt.date(2026, 3, 16)


@pytest.fixture
def write(database):
    """Save a new entry in its own transaction; returns its id."""

    def create(**fields) -> int:
        with database.transaction() as session:
            return notebook.create_note(session, NoteDraft(**fields))

    return create


@pytest.fixture
def read(database):
    def load(note_id: int) -> NoteDraft:
        with database.reading() as session:
            return notebook.load_draft(session, note_id)

    return load


@pytest.fixture
def listed(database):
    def rows() -> list[notebook.NoteRow]:
        with database.reading() as session:
            return notebook.list_notes(session)

    return rows


@pytest.fixture
def person(database):
    def create(first_name: str, last_name: str = "") -> int:
        with database.transaction() as session:
            return people.create_person(
                session, PersonDraft(first_name=first_name, last_name=last_name)
            )

    return create


def count_notes(database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count(Note.id)))


def test_an_entry_is_written_edited_and_deleted(database, write, read, person):
    hugo = person("Hugo", "Martin")
    first = NoteDraft(
        written_on=MARCH_2,
        title="Coffee with Hugo",
        body="He will talk to Sophie.\nFollow up in a week.",
        kind=NoteKind.MEETING_NOTES,
        person_ids=[hugo],
    )
    note = write(**vars(first))
    assert read(note) == first

    edited = NoteDraft(
        written_on=MARCH_9,
        title="Coffee with Hugo, and what came of it",
        body="Sophie answered.",
        kind=NoteKind.JOURNAL,
        person_ids=[],
    )
    with database.transaction() as session:
        notebook.save_note(session, note, edited)
    assert read(note) == edited

    with database.transaction() as session:
        notebook.delete_note(session, note)
    with pytest.raises(LookupError):
        read(note)
    assert count_notes(database) == 0
    with database.reading() as session:
        assert session.get(Person, hugo) is not None, "deleting a note keeps its people"


def test_an_entry_is_dated_today_unless_told_otherwise(write, read):
    note = write(title="Today's thoughts", kind=NoteKind.JOURNAL)

    assert read(note).written_on == dt.date.today()


def test_saving_or_loading_an_unknown_entry_is_an_error(database, read):
    with pytest.raises(LookupError), database.transaction() as session:
        notebook.save_note(session, 404, NoteDraft(title="Lost"))
    with pytest.raises(LookupError):
        read(404)


def test_entries_are_listed_newest_first_then_latest_written_first(write, listed):
    older = write(written_on=MARCH_2, title="Older")
    same_day_first = write(written_on=MARCH_9, title="Same day, written first")
    newest = write(written_on=MARCH_16, title="Newest")
    same_day_second = write(written_on=MARCH_9, title="Same day, written second")

    assert [row.id for row in listed()] == [newest, same_day_second, same_day_first, older]
    assert [row.written_on for row in listed()] == [MARCH_16, MARCH_9, MARCH_9, MARCH_2]


def test_an_entry_lists_its_people_and_a_short_excerpt(write, person, listed):
    hugo, ines = person("Hugo", "Martin"), person("Inès", "Leroy")
    write(
        written_on=MARCH_2,
        title="Lunch",
        body="Hugo  and Inès\n\ntalked about\tthe team. " + "More. " * 50,
        person_ids=[hugo, ines],
    )

    (row,) = listed()
    assert sorted(row.people) == ["Hugo Martin", "Inès Leroy"]
    assert row.excerpt.startswith("Hugo and Inès talked about the team. More.")
    assert len(row.excerpt) == 120


def test_the_people_of_an_entry_are_linked_and_unlinked(database, write, read, person):
    hugo, ines, sophie = person("Hugo"), person("Inès"), person("Sophie")
    note = write(title="Lunch", person_ids=[hugo, ines])
    assert sorted(read(note).person_ids) == sorted([hugo, ines])

    with database.transaction() as session:
        notebook.save_note(session, note, NoteDraft(title="Lunch", person_ids=[ines, sophie]))

    assert sorted(read(note).person_ids) == sorted([ines, sophie])
    with database.reading() as session:
        assert [n.title for n in session.get(Person, hugo).notes] == []
        assert [n.title for n in session.get(Person, sophie).notes] == ["Lunch"]


def test_an_entry_keeps_long_texts_emoji_and_right_to_left_writing(write, read):
    body = "Réunion ☕️ avec نور — שלום\n" + "é" * 10_000

    note = write(title="🎉 Offer!", body=body)

    assert (read(note).title, read(note).body) == ("🎉 Offer!", body)


@pytest.mark.parametrize(
    "fields",
    [{"title": "Lunch\x00"}, {"body": "He said\x00that"}],
    ids=["title", "body"],
)
def test_a_nul_character_is_refused_and_nothing_is_written(database, fields):
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        notebook.create_note(session, NoteDraft(**fields))

    assert refused.value.message
    assert count_notes(database) == 0


def test_a_nul_character_in_an_edit_leaves_the_entry_as_it_was(database, write, read):
    note = write(title="Lunch", body="Went well.")

    with pytest.raises(ValidationError), database.transaction() as session:
        notebook.save_note(session, note, NoteDraft(title="Lunch", body="Went\x00 well."))

    assert read(note).body == "Went well."
