"""Versions raised by every change, whoever makes it, and checked in the save's UPDATE."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from carnet.domain import people, versions


def test_any_change_of_a_card_raises_its_version(database):
    with database.transaction() as session:
        camille = people.create_person(session, people.PersonDraft(first_name="Camille"))
    seen = []
    changes = [
        "UPDATE person SET city = 'Lyon' WHERE id = :id",
        "INSERT INTO contact_point (person_id, kind, label, value)"
        " VALUES (:id, 'email', '', 'c@example.org')",
        "UPDATE contact_point SET value = 'camille@example.org' WHERE person_id = :id",
        "DELETE FROM contact_point WHERE person_id = :id",
    ]
    for change in changes:
        with database.transaction() as session:
            session.execute(text(change), {"id": camille})
            seen.append(versions.current_version(session, "person", camille))

    assert seen == sorted(set(seen)) and len(seen) == len(changes)


def test_a_save_over_a_version_that_moved_writes_nothing(database):
    with database.transaction() as session:
        camille = people.create_person(session, people.PersonDraft(first_name="Camille"))
        read = versions.current_version(session, "person", camille)
    with database.transaction() as session:  # an import, meanwhile
        session.execute(
            text("UPDATE person SET job_title = 'Cheffe' WHERE id = :id"), {"id": camille}
        )

    with pytest.raises(versions.ChangedMeanwhile), database.transaction() as session:
        versions.claim(session, "person", camille, read)
        people.update_person(session, camille, people.PersonDraft(first_name="Camille"))

    with database.reading() as session:
        assert people.load_draft(session, camille).job_title == "Cheffe"


def test_merging_keeps_the_users_fields_and_takes_the_others():
    read = people.PersonDraft(first_name="Camille", city="", job_title="")
    mine = people.PersonDraft(first_name="Camille", city="Lyon", job_title="")
    theirs = people.PersonDraft(first_name="Camille", city="", job_title="Cheffe")

    merged, taken = versions.merge_drafts(read, mine, theirs)

    assert (merged.city, merged.job_title) == ("Lyon", "Cheffe")
    assert taken == ["job_title"]
