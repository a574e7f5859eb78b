"""A name typed at capture finds the card already known: accents, case, a typo, swapped names."""

from carnet.domain import name_match, people
from carnet.domain.people import PersonDraft


def test_a_typed_name_finds_the_person_already_known(database):
    with database.transaction() as s:
        a = people.create_person(
            s, PersonDraft("Mathieu", "Roche", organization_name="Maison Orsane")
        )
        b = people.create_person(s, PersonDraft("Hélène", "Martin"))
        c = people.create_person(s, PersonDraft("Loïc", "Bertrand"))
    with database.reading() as s:
        assert [m.person_id for m in name_match.people_named(s, "mathieu roche")] == [a]
        assert [m.person_id for m in name_match.people_named(s, "Roche Matthieu")] == [a]
        assert [m.person_id for m in name_match.people_named(s, "HELENE MARTIN")] == [b]
        assert [m.person_id for m in name_match.people_named(s, "helene")] == [b]
        assert [m.person_id for m in name_match.people_named(s, "Loic Bertran")] == [c]
        assert name_match.people_named(s, "Paul Durand") == []
        assert name_match.people_named(s, "Loic Bertrand", exclude=c) == []
