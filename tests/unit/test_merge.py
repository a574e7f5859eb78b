"""Two cards of one person merged into one, nothing lost; the merge undone; a deletion undone;
and the search index right after each."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from carnet.db.search_index import match_expression
from carnet.domain import merge, notebook, people, referrals, snapshots
from carnet.domain.enums import (
    ContactPointKind,
    ContactStatus,
    FollowUpKind,
    InteractionKind,
    Permission,
)
from carnet.domain.errors import ValidationError
from carnet.domain.models import (
    ContactPoint,
    FollowUp,
    Interaction,
    Introduction,
    Person,
    note_person,
    person_tag,
)
from carnet.domain.people import ContactEntry, PersonDraft


def found(database, words: str) -> set[int]:
    with database.reading() as session:
        return set(
            session.scalars(
                text("SELECT rowid FROM person_search WHERE person_search MATCH :q"),
                {"q": match_expression(words)},
            )
        )


def linked_rows(database, person_id: int) -> dict[str, object]:
    """Everything that hangs on a person, in a form that compares."""
    with database.reading() as session:
        return {
            "points": sorted(
                (p.kind, p.value, p.label)
                for p in session.scalars(
                    select(ContactPoint).where(ContactPoint.person_id == person_id)
                )
            ),
            "tags": sorted(
                session.scalars(
                    select(person_tag.c.tag_id).where(person_tag.c.person_id == person_id)
                )
            ),
            "notes": sorted(
                session.scalars(
                    select(note_person.c.note_id).where(note_person.c.person_id == person_id)
                )
            ),
            "interactions": sorted(
                (i.id, i.summary, i.introduction_id)
                for i in session.scalars(
                    select(Interaction).where(Interaction.person_id == person_id)
                )
            ),
            "follow_ups": sorted(
                (f.id, f.title, f.interaction_id)
                for f in session.scalars(select(FollowUp).where(FollowUp.person_id == person_id))
            ),
            "introductions": sorted(
                (i.id, i.connector_id, i.introduced_id, i.is_primary, i.permission, i.context)
                for i in session.scalars(
                    select(Introduction).where(
                        (Introduction.connector_id == person_id)
                        | (Introduction.introduced_id == person_id)
                    )
                )
            ),
        }


@pytest.fixture
def two_cards(database):
    """Hélène twice: once from a LinkedIn import, once typed after lunch, each with a history."""
    with database.transaction() as session:
        zoe = people.create_person(session, PersonDraft(first_name="Zoé", last_name="Martin"))
        paul = people.create_person(session, PersonDraft(first_name="Paul", last_name="Roux"))
        keep = people.create_person(
            session,
            PersonDraft(
                first_name="Hélène",
                last_name="Dufresne",
                organization_name="Maison Orsane",
                emails=(ContactEntry("helene@orsane.example", "work"),),
                tags=("parfum",),
                background="Acheteuse depuis huit ans.",
            ),
        )
        drop = people.create_person(
            session,
            PersonDraft(
                first_name="Helene",
                last_name="Dufresne",
                job_title="Directrice des achats",
                city="Lyon",
                emails=(
                    ContactEntry("HELENE@orsane.example", "pro"),
                    ContactEntry("helene.d@gmail.example", "personal"),
                ),
                phones=(ContactEntry("06 12 34 56 78", "mobile"),),
                tags=("Lyon",),
                background="Ancienne de Parfums Délys.",
                status=ContactStatus.MET,
                keep_in_touch_days=30,
            ),
        )
        intro_zoe = referrals.add_introduction(
            session, zoe, drop, permission=Permission.YES, context="Zoé knows her well"
        )
        referrals.add_introduction(session, drop, paul, context="Paul works with her")
        call = Interaction(
            person_id=drop,
            kind=InteractionKind.CALL,
            occurred_at=dt.datetime(2026, 3, 2, 10),
            summary="Warm call",
            introduction_id=intro_zoe,
        )
        session.add(call)
        session.flush()
        session.add(
            FollowUp(
                person_id=drop,
                kind=FollowUpKind.NEXT_STEP,
                title="Send the CV",
                due_on=dt.date(2026, 3, 9),
                interaction_id=call.id,
            )
        )
        session.add(
            FollowUp(
                person_id=zoe,
                kind=FollowUpKind.THANK_CONNECTOR,
                title="Thank Zoé",
                due_on=dt.date(2026, 3, 4),
                interaction_id=call.id,
            )
        )
        note = notebook.create_note(
            session, notebook.NoteDraft(title="Lunch", body="grandes maisons", person_ids=[drop])
        )
    return {"keep": keep, "drop": drop, "zoe": zoe, "paul": paul, "note": note}


def test_a_merge_keeps_every_row_of_both_cards(database, two_cards):
    keep, drop = two_cards["keep"], two_cards["drop"]
    before_drop = linked_rows(database, drop)

    with database.transaction() as session:
        merge.merge_people(session, keep, drop)

    after = linked_rows(database, keep)
    with database.reading() as session:
        assert session.get(Person, drop) is None
        merged = people.load_draft(session, keep)
    assert [(e.value, e.label) for e in merged.emails] == [
        ("helene@orsane.example", "work"),
        ("helene.d@gmail.example", "personal"),
    ], "the same address in capitals is not carried over twice"
    assert [e.value for e in merged.phones] == ["06 12 34 56 78"]
    assert set(merged.tags) == {"parfum", "Lyon"}
    assert (merged.job_title, merged.city, merged.organization_name) == (
        "Directrice des achats",
        "Lyon",
        "Maison Orsane",
    )
    assert merged.background == "Acheteuse depuis huit ans.\n\nAncienne de Parfums Délys."
    assert merged.status == ContactStatus.MET and merged.keep_in_touch_days == 30
    assert [i[1] for i in after["interactions"]] == ["Warm call"]
    assert after["interactions"][0][0] == before_drop["interactions"][0][0]
    assert [f[1] for f in after["follow_ups"]] == ["Send the CV"]
    assert after["notes"] == [two_cards["note"]]
    given = [(c, i, perm, ctx) for _id, c, i, _p, perm, ctx in after["introductions"]]
    assert sorted(given) == sorted(
        [
            (two_cards["zoe"], keep, Permission.YES, "Zoé knows her well"),
            (keep, two_cards["paul"], Permission.NOT_ASKED, "Paul works with her"),
        ]
    )
    with database.reading() as session:
        (thanks,) = session.scalars(select(FollowUp).where(FollowUp.title == "Thank Zoé"))
    assert thanks.interaction_id == after["interactions"][0][0]


def test_the_search_index_follows_edits_deletions_and_merges(database, two_cards):
    keep, drop = two_cards["keep"], two_cards["drop"]
    assert found(database, "gmail") == {drop}
    with database.transaction() as session:
        draft = people.load_draft(session, keep)
        draft.job_title = "Acheteuse senior"
        people.update_person(session, keep, draft)
    assert found(database, "senior") == {keep}

    with database.transaction() as session:
        record = merge.merge_people(session, keep, drop)
    assert found(database, "gmail") == {keep}
    assert found(database, "grandes maisons") == {keep}, "the note now speaks of the kept card"
    assert found(database, "lyon") == {keep}, "the second card's tag"
    with database.reading() as session:
        kept = people.load_draft(session, keep)
    assert kept.job_title == "Acheteuse senior"
    assert kept.background.endswith("\nDirectrice des achats"), "the other job is not lost"
    assert kept.city == "Lyon"

    with database.transaction() as session:
        merge.unmerge_people(session, record)
    assert found(database, "gmail") == {drop}
    assert found(database, "grandes maisons") == {drop}
    assert found(database, "senior") == {keep}

    with database.transaction() as session:
        snapshot = snapshots.remove_person(session, drop)
    assert found(database, "gmail") == set()
    with database.transaction() as session:
        snapshots.restore_person(session, snapshot)
    assert found(database, "gmail") == {drop}


def test_an_undone_merge_puts_both_cards_back_as_they_were(database, two_cards):
    keep, drop = two_cards["keep"], two_cards["drop"]
    before = {pid: linked_rows(database, pid) for pid in (keep, drop, two_cards["zoe"])}
    with database.reading() as session:
        cards = {pid: people.load_draft(session, pid) for pid in (keep, drop)}

    with database.transaction() as session:
        record = merge.merge_people(session, keep, drop)
    with database.transaction() as session:
        restored_id = merge.unmerge_people(session, record)

    assert restored_id == drop
    assert {pid: linked_rows(database, pid) for pid in (keep, drop, two_cards["zoe"])} == before
    with database.reading() as session:
        assert {pid: people.load_draft(session, pid) for pid in (keep, drop)} == cards


def test_merging_a_card_into_itself_or_into_someone_gone_is_refused(database, two_cards):
    with pytest.raises(ValidationError), database.transaction() as session:
        merge.merge_people(session, two_cards["keep"], two_cards["keep"])
    with pytest.raises(ValidationError), database.transaction() as session:
        merge.merge_people(session, two_cards["keep"], 9999)
    with database.reading() as session:
        assert session.scalar(select(func.count(Person.id))) == 4


def test_merging_a_person_with_their_own_connector_drops_only_that_introduction(database):
    with database.transaction() as session:
        marie = people.create_person(session, PersonDraft(first_name="Marie", last_name="Curie"))
        twin = referrals.introduce_new_person(
            session, marie, PersonDraft(first_name="Marie", last_name="Curie")
        )
        merge.merge_people(session, marie, twin)
    with database.reading() as session:
        assert session.scalar(select(func.count(Introduction.id))) == 0
        assert session.scalar(select(func.count(Person.id))) == 1


def test_a_deleted_person_comes_back_with_everything_even_when_their_id_was_taken(
    database, two_cards
):
    drop = two_cards["drop"]
    before = linked_rows(database, drop)
    with database.reading() as session:
        card = people.load_draft(session, drop)
        zoe_rows = linked_rows(database, two_cards["zoe"])

    with database.transaction() as session:
        snapshot = snapshots.remove_person(session, drop)
    with database.transaction() as session:  # SQLite hands the free id to the next person
        session.execute(
            text(
                "INSERT INTO person (id, first_name, last_name, job_title, city, linkedin_url,"
                " background, how_we_met, status, is_decision_maker, source, created_at,"
                " updated_at) VALUES (:id, 'Other', '', '', '', '', '', '', 'lead', 0, 'manual',"
                " '2026-01-01', '2026-01-01')"
            ),
            {"id": drop},
        )
    with database.transaction() as session:
        restored = snapshots.restore_person(session, snapshot)

    assert restored.person_id != drop
    with database.reading() as session:
        assert people.load_draft(session, restored.person_id) == card
        assert people.load_draft(session, drop).first_name == "Other"
    again = linked_rows(database, restored.person_id)
    assert again["points"] == before["points"] and again["notes"] == before["notes"]
    assert [i[1] for i in again["interactions"]] == ["Warm call"]
    assert len(again["introductions"]) == 2
    assert linked_rows(database, two_cards["zoe"])["follow_ups"] == zoe_rows["follow_ups"]


def test_contact_points_keep_their_kind(database, two_cards):
    with database.reading() as session:
        kinds = {p.kind for p in session.scalars(select(ContactPoint))}
    assert kinds == {ContactPointKind.EMAIL, ContactPointKind.PHONE}
