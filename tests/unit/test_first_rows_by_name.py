"""The first people of the list by name, found without folding everyone's name (issue 17), are
the first of the whole list, whatever their names start with."""

from __future__ import annotations

import pytest

from carnet.domain import search
from carnet.domain.models import Person

NAMES = [
    ("Zoé", "Martin"),
    ("Émile", "Étienne"),  # an accented start folds to E
    ("Adam", "abel"),  # lower case
    ("Ana", "Abel"),
    ("", "_Pseudo"),  # between Z and a in ASCII, before a once folded
    ("Bruno", "[Club]"),
    ("Chloé", "1er"),
    ("Ольга", ""),  # no last name: the first name, in another script, comes last
    ("", ""),  # no name at all: first
    ("Åsa", ""),
    ("Yves", "Ångström"),
    ("Ève", "Blanc"),
    ("Henri", "Dupont"),
    ("Karl", "Kieffer"),
    ("Paul", "Ábalos"),
    ("Alain", "Abel"),  # the same name again: in the order they were added
    ("Jean", "Ça"),
]


@pytest.mark.parametrize("count", [1, 2, 3, 5, 8, 12])
def test_the_first_people_by_name_are_the_first_of_the_whole_list(database, count):
    with database.transaction() as session:
        session.add_all(Person(first_name=first, last_name=last) for first, last in NAMES * 2)
    with database.reading() as session:
        everyone = search.find_person_ids(session)
        first = search.first_person_ids(session, count)
    assert first == everyone[:count]


def test_too_few_people_for_the_letters_tried_means_the_whole_list(database):
    with database.transaction() as session:
        session.add_all([Person(first_name="Zoé", last_name="Zola"), Person(first_name="Yves")])
    with database.reading() as session:
        assert search.first_person_ids(session, 1) is None
