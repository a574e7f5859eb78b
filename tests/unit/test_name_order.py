"""The list's order by name kept between keystrokes (issue 17): the same order as reading every
name again, until people change and the owner forgets it."""

from __future__ import annotations

from carnet.domain import people, search
from carnet.domain.people import PersonDraft
from carnet.domain.search import PeopleQuery


def _names(database, names: search.NameOrder | None, **query) -> list[str]:
    with database.reading() as session:
        ids = search.find_person_ids(session, PeopleQuery(**query), names=names)
        return [row.full_name for row in search.person_rows(session, ids)]


def test_a_search_in_the_kept_order_lists_as_reading_every_name(database):
    with database.transaction() as session:
        for first, last in (
            ("Hélène", "Vasseur"),
            ("Helena", "Aubry"),
            ("Émile", "Hébert"),
            ("Henri", ""),
            ("Hugo", "Hébert"),
            ("Hélène", "Vasseur"),  # the same name twice: kept in the order they were added
        ):
            people.create_person(session, PersonDraft(first_name=first, last_name=last))
    names = search.NameOrder()

    for typed in ("h", "he", "hé", "heb", "vass", "zzz"):
        for descending in (False, True):
            expected = _names(database, None, text=typed, descending=descending)
            assert _names(database, names, text=typed, descending=descending) == expected
    assert _names(database, names, text="h")[:2] == ["Helena Aubry", "Émile Hébert"]


def test_people_added_or_renamed_take_their_place(database):
    with database.transaction() as session:
        anne = people.create_person(session, PersonDraft(first_name="Anne", last_name="Martin"))
        people.create_person(session, PersonDraft(first_name="Marc", last_name="Aubert"))
    names = search.NameOrder()
    assert _names(database, names, text="ma") == ["Marc Aubert", "Anne Martin"]

    with database.transaction() as session:  # someone new: not known yet, so learnt again
        people.create_person(session, PersonDraft(first_name="Mathilde", last_name="Adam"))
    assert _names(database, names, text="ma") == ["Mathilde Adam", "Marc Aubert", "Anne Martin"]

    with database.transaction() as session:  # a rename: the owner forgets the order
        draft = people.load_draft(session, anne)
        draft.last_name = "Abadie"
        people.update_person(session, anne, draft)
    assert _names(database, names, text="a")[0] == "Mathilde Adam"  # the place kept: Martin's
    names.forget()
    assert _names(database, names, text="a") == ["Anne Abadie", "Mathilde Adam", "Marc Aubert"]
