"""Leads captured in one step, likely duplicates, organisations, the person's timeline, and the
card's checks of what was typed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from carnet.domain import duplicates, leads, notebook, organizations, people, referrals, timeline
from carnet.domain.enums import ContactStatus, InteractionKind, Outcome, Permission
from carnet.domain.errors import ValidationError
from carnet.domain.models import Interaction, Introduction, Note, Person
from carnet.domain.people import ContactEntry, PersonDraft


@pytest.fixture
def add(database):
    def create(**fields) -> int:
        with database.transaction() as session:
            return people.create_person(session, PersonDraft(**fields))

    return create


# Leads -------------------------------------------------------------------------------------------


def test_a_lead_is_a_person_with_the_introduction_from_who_mentioned_them(database, add):
    marie = add(first_name="Marie", last_name="Lambert")
    with database.transaction() as session:
        lead = leads.capture_lead(
            session,
            leads.LeadDraft(
                name="  TrucMuche  de La Tour ",
                connector_id=marie,
                organization_name="Noname Corp",
                context="Déjeuner du 12 mars",
                permission=Permission.YES,
                why="Dirige les achats",
            ),
        )
    with database.reading() as session:
        card = people.load_draft(session, lead)
        (introduction,) = session.scalars(select(Introduction))
    assert (card.first_name, card.last_name) == ("TrucMuche", "de La Tour")
    assert card.status == ContactStatus.LEAD
    assert card.organization_name == "Noname Corp"
    assert card.how_we_met == "Déjeuner du 12 mars"
    assert (introduction.connector_id, introduction.introduced_id) == (marie, lead)
    assert introduction.permission == Permission.YES
    assert (introduction.reason, introduction.context) == ("Dirige les achats", "")


def test_a_lead_nobody_mentioned_keeps_the_why_on_the_card(database):
    with database.transaction() as session:
        lead = leads.capture_lead(session, leads.LeadDraft(name="Léa", context="Salon", why="RH"))
        assert people.load_draft(session, lead).how_we_met == "Salon\nRH"
        assert session.scalars(select(Introduction)).all() == []


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (leads.LeadDraft(name="   "), "name"),
        (leads.LeadDraft(name="Léa", connector_id=404), "connector"),
        (leads.LeadDraft(name="Léa", why="x" * 2001), "why"),
        (leads.LeadDraft(name="Lé\x00a"), "first_name"),
    ],
    ids=["no-name", "connector-gone", "why-too-long", "nul"],
)
def test_a_lead_that_cannot_be_saved_leaves_nothing_behind(database, draft, field):
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        leads.capture_lead(session, draft)
    assert refused.value.field == field
    with database.reading() as session:
        assert session.scalars(select(Person)).all() == []


# Duplicates --------------------------------------------------------------------------------------


def test_likely_duplicates_share_an_address_or_a_near_name_at_one_organisation(database, add):
    a = add(first_name="Hélène", last_name="Dufresne", organization_name="Orsane")
    b = add(first_name="Helene", last_name="Dufresne", organization_name="orsane")
    c = add(first_name="Paul", emails=(ContactEntry("paul@x.example"),))
    d = add(first_name="Paulo", emails=(ContactEntry(" PAUL@x.example "),))
    e = add(first_name="Rita", linkedin_url="https://fr.linkedin.com/in/rita-m/")
    f = add(first_name="R.", linkedin_url="www.linkedin.com/in/Rita-M")
    add(first_name="Jean", last_name="Dupont", organization_name="Acme")
    add(first_name="Jean", last_name="Dupont", organization_name="Other")  # another company
    g = add(first_name="Dupond", last_name="Jean-Marc", organization_name="Acme")
    h = add(first_name="Jean Marc", last_name="Dupont", organization_name="Acme")

    with database.reading() as session:
        pairs = {pair.ids: set(pair.reasons) for pair in duplicates.find_duplicates(session)}

    assert pairs == {
        (a, b): {duplicates.Reason.SIMILAR_NAME},
        (c, d): {duplicates.Reason.SAME_EMAIL},
        (e, f): {duplicates.Reason.SAME_LINKEDIN},
        (g, h): {duplicates.Reason.SIMILAR_NAME},
    }

    with database.transaction() as session:
        duplicates.dismiss_pair(session, d, c)
    with database.reading() as session:
        assert (c, d) not in {pair.ids for pair in duplicates.find_duplicates(session)}


# Organisations -----------------------------------------------------------------------------------


def test_an_organisation_card_with_its_people_and_the_facts_gathered(database, add):
    helene = add(first_name="Hélène", organization_name="Maison Orsane")
    with database.transaction() as session:
        (orsane,) = [o.id for o in organizations.list_organizations(session, "orsane")]
        organizations.save_organization(
            session,
            orsane,
            organizations.OrganizationDraft(
                name="Maison Orsane", sector="Parfum", is_target=True, priority=1
            ),
        )
        notebook.create_note(
            session, notebook.NoteDraft(title="Orsane recrute", organization_id=orsane)
        )
    with database.reading() as session:
        (row,) = organizations.list_organizations(session, targets_only=True)
        there = organizations.people_at(session, orsane)
        facts = notebook.list_notes(session, notebook.NoteQuery(organization_id=orsane))
    assert (row.name, row.is_target, row.priority, row.people) == ("Maison Orsane", True, 1, 1)
    assert [p.id for p in there] == [helene]
    assert [f.title for f in facts] == ["Orsane recrute"]


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (organizations.OrganizationDraft(name=" "), "name"),
        (organizations.OrganizationDraft(name="Acme"), "name"),
        (organizations.OrganizationDraft(name="X", is_target=True, priority=9), "priority"),
        (organizations.OrganizationDraft(name="X", website="not a site"), "website"),
    ],
    ids=["empty", "taken", "priority", "website"],
)
def test_an_organisation_is_refused_with_a_reason(database, add, draft, field):
    add(first_name="Ana", organization_name="ACME")
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        organizations.create_organization(session, draft)
    assert refused.value.field == field


def test_a_deleted_organisation_comes_back_with_its_people_and_notes(database, add):
    ana = add(first_name="Ana", organization_name="Acme")
    with database.transaction() as session:
        (acme,) = [o.id for o in organizations.list_organizations(session)]
        note = notebook.create_note(session, notebook.NoteDraft(title="x", organization_id=acme))
        snapshot = organizations.remove_organization(session, acme)
    with database.reading() as session:
        assert people.load_draft(session, ana).organization_name == ""
    with database.transaction() as session:
        back = organizations.restore_organization(session, snapshot)
    with database.reading() as session:
        assert back == acme
        assert people.load_draft(session, ana).organization_name == "Acme"
        assert session.get(Note, note).organization_id == acme


# Timeline ----------------------------------------------------------------------------------------


def test_the_timeline_shows_calls_notes_and_introductions_newest_first(database, add):
    zoe = add(first_name="Zoé")
    with database.transaction() as session:
        hugo = referrals.introduce_new_person(session, zoe, PersonDraft(first_name="Hugo"))
        ines = referrals.introduce_new_person(session, hugo, PersonDraft(first_name="Inès"))
        for intro in session.scalars(select(Introduction)):
            intro.introduced_on = dt.date(2026, 1, 10 if intro.introduced_id == hugo else 20)
        session.add(
            Interaction(
                person_id=hugo,
                kind=InteractionKind.CALL,
                occurred_at=dt.datetime(2026, 1, 15, 10),
                outcome=Outcome.MEETING_OBTAINED,
                summary="He will see me",
            )
        )
        notebook.create_note(
            session,
            notebook.NoteDraft(
                written_on=dt.date(2026, 2, 1), title="Coffee", body="…", person_ids=[hugo]
            ),
        )
    with database.reading() as session:
        entries = timeline.person_timeline(session, hugo)
    assert [(e.kind, e.day.isoformat()) for e in entries] == [
        (timeline.EntryKind.NOTE, "2026-02-01"),
        (timeline.EntryKind.INTRODUCED, "2026-01-20"),
        (timeline.EntryKind.INTERACTION, "2026-01-15"),
        (timeline.EntryKind.INTRODUCED_BY, "2026-01-10"),
    ]
    assert entries[1].other_person_id == ines and entries[3].other_person_id == zoe


# What the card checks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"emails": (ContactEntry("marie@"),)}, "emails.0"),
        ({"emails": (ContactEntry("ok@x.example"), ContactEntry("two@@x"))}, "emails.1"),
        ({"phones": (ContactEntry("call me maybe"),)}, "phones.0"),
        ({"phones": (ContactEntry("12"),)}, "phones.0"),
        ({"linkedin_url": "linkedin/marie"}, "linkedin_url"),
        ({"linkedin_url": "javascript:alert(1)"}, "linkedin_url"),
        ({"first_name": "x" * 201}, "first_name"),
        ({"city": "Ly\x1bon"}, "city"),
        ({"tags": ("ok", "t" * 101)}, "tags"),
        ({"keep_in_touch_days": 5000}, "keep_in_touch_days"),
    ],
)
def test_what_the_card_refuses_names_the_field(database, fields, field):
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        people.create_person(session, PersonDraft(**{"first_name": "Marie", **fields}))
    assert refused.value.field == field
    assert refused.value.message


def test_numbers_and_addresses_are_kept_exactly_as_typed(database, add):
    marie = add(
        first_name="Marie",
        phones=(ContactEntry("+33 (0)6 12-34-56-78", "mobile"), ContactEntry("01 23 45 67 89")),
        linkedin_url="www.linkedin.com/in/marie",
        emails=(ContactEntry("marie.o'neil+carnet@sub.example.co.uk", "perso"),),
    )
    with database.reading() as session:
        card = people.load_draft(session, marie)
    assert [(e.value, e.label) for e in card.phones] == [
        ("+33 (0)6 12-34-56-78", "mobile"),
        ("01 23 45 67 89", ""),
    ]
    assert card.linkedin_url == "www.linkedin.com/in/marie"
    assert card.email == "marie.o'neil+carnet@sub.example.co.uk"
