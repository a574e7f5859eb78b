"""A person's data in full: all of it exported, then all of it deleted, down to the bytes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from carnet.domain import interactions, notebook, people, privacy, referrals
from carnet.domain.enums import InteractionKind, Outcome, Permission, Warmth

SECRET = "Zanzibar-7731"  # appears only in Hugo's own data


@pytest.fixture
def network(database):
    """Camille introduced Hugo, who introduced Hélène; Hugo was called twice and written about."""
    with database.transaction() as session:
        camille = people.create_person(session, people.PersonDraft(first_name="Camille"))
        hugo = referrals.introduce_new_person(
            session,
            camille,
            people.PersonDraft(
                first_name="Hugo",
                last_name="Martin",
                email=f"hugo.{SECRET}@example.org",
                background=f"Ten years at Noname ({SECRET})",
                organization_name="Noname",
            ),
            permission=Permission.YES,
            context="Same choir",
        )
        helene = referrals.introduce_new_person(
            session, hugo, people.PersonDraft(first_name="Hélène", last_name="Roux")
        )
        for day, outcome in ((3, Outcome.HELPFUL), (10, Outcome.MEETING_OBTAINED)):
            interactions.log_interaction(
                session,
                interactions.InteractionDraft(
                    person_id=hugo,
                    kind=InteractionKind.CALL,
                    occurred_at=dt.datetime(2026, 3, day, 10, 0),
                    warmth=Warmth.WARM,
                    outcome=outcome,
                    summary=f"Call {day} {SECRET}",
                    next_step="Send the CV" if day == 10 else "",
                ),
            )
        notebook.create_note(
            session,
            notebook.NoteDraft(
                title="Hugo's advice",
                body=f"Ask for the sales director. {SECRET}",
                person_ids=[hugo],
            ),
        )
        notebook.create_note(
            session,
            notebook.NoteDraft(
                title="Dinner with Camille and Hugo",
                body="Both know Noname.",
                person_ids=[camille, hugo],
            ),
        )
    return {"camille": camille, "hugo": hugo, "helene": helene}


def test_the_export_holds_everything_about_the_person(database, network):
    with database.reading() as session:
        exported = json.loads(privacy.export_person_json(session, network["hugo"]))

    assert exported["kind"] == "carnet-person"
    assert exported["person"]["first_name"] == "Hugo"
    assert exported["person"]["background"] == f"Ten years at Noname ({SECRET})"
    assert exported["organization"]["name"] == "Noname"
    assert [p["value"] for p in exported["contact_points"]] == [f"hugo.{SECRET}@example.org"]
    assert [i["other_person"] for i in exported["introduced_by"]] == ["Camille"]
    assert exported["introduced_by"][0]["context"] == "Same choir"
    assert exported["introduced_by"][0]["permission"] == "yes"
    assert [i["other_person"] for i in exported["introduced"]] == ["Hélène Roux"]
    assert [i["summary"] for i in exported["interactions"]] == [
        f"Call 3 {SECRET}",
        f"Call 10 {SECRET}",
    ]
    assert exported["interactions"][0]["occurred_at"] == "2026-03-03T10:00:00"
    assert [f["title"] for f in exported["follow_ups"]] == ["Send the CV"]
    assert sorted(n["title"] for n in exported["notes"]) == [
        "Dinner with Camille and Hugo",
        "Hugo's advice",
    ]
    advice = next(n for n in exported["notes"] if n["title"] == "Hugo's advice")
    assert advice["body"] == f"Ask for the sales director. {SECRET}"


def test_deleting_in_full_removes_their_data_and_keeps_other_peoples(database, network):
    with database.reading() as session:
        before = privacy.person_data(session, network["hugo"])
    assert (before.interactions, before.introductions, before.follow_ups) == (2, 2, 1)
    assert (before.notes_only_about_them, before.notes_shared) == (1, 1)

    with database.transaction() as session:
        privacy.delete_person_in_full(session, network["hugo"])

    with database.reading() as session:
        assert [row.full_name for row in people.list_people(session)] == ["Camille", "Hélène Roux"]
        assert [n.title for n in notebook.list_notes(session)] == ["Dinner with Camille and Hugo"]
        assert notebook.list_notes(session)[0].people == ("Camille",)
        assert interactions.interactions_of(session, network["camille"]) == []
        tree = referrals.referral_tree(session)
    assert sorted(node.name for node in tree) == ["Camille", "Hélène Roux"], "Hélène stays"


def test_nothing_of_them_is_left_in_the_file_after_a_deletion_in_full(database, network):
    def traces() -> list[str]:
        files = [database.path, *database.path.parent.glob(database.path.name + "-*")]
        return [f.name for f in files if SECRET.encode() in f.read_bytes()]

    assert traces(), "the secret is written somewhere before the deletion"

    with database.transaction() as session:
        privacy.delete_person_in_full(session, network["hugo"])
    database.erase_deleted_traces()

    assert traces() == []
    with database.reading() as session:
        assert people.count_people(session) == 2


def test_an_unknown_person_cannot_be_exported_or_deleted(database):
    with database.reading() as session, pytest.raises(LookupError):
        privacy.export_person(session, 404)
    with database.transaction() as session, pytest.raises(LookupError):
        privacy.delete_person_in_full(session, 404)
