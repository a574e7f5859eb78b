"""Finding notebook entries: filters by person, company and kind, full-text search with the
matches marked, and a list read a page at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from carnet.domain import notebook, people
from carnet.domain.enums import NoteKind
from carnet.domain.errors import ValidationError
from carnet.domain.lookup import find_organizations, find_people
from carnet.domain.models import Organization
from carnet.domain.notebook import MATCH_END, MATCH_START, NoteCursor, NoteDraft, NoteQuery
from carnet.domain.people import PersonDraft

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def network(database):
    """Hélène at Maison Orsane, Paul at Parfums Délys; four entries over three weeks."""
    with database.transaction() as session:
        helene = people.create_person(
            session, PersonDraft("Hélène", "Martin", organization_name="Maison Orsane")
        )
        paul = people.create_person(
            session, PersonDraft("Paul", "Durand", organization_name="Parfums Délys")
        )
        orsane = session.query(Organization).filter_by(name="Maison Orsane").one().id
        notes = {
            "coffee": notebook.create_note(
                session,
                NoteDraft(
                    written_on=DAY,
                    title="Café avec Hélène",
                    body="Elle connaît bien l'équipe export.\nLe directeur recrute au printemps.",
                    person_ids=[helene],
                    organization_id=orsane,
                ),
            ),
            "facts": notebook.create_note(
                session,
                NoteDraft(
                    written_on=DAY + dt.timedelta(days=7),
                    title="Maison Orsane : ce que j'ai appris",
                    body="## Chiffres\n- Trois boutiques\n- **Cent vingt** points de vente",
                    kind=NoteKind.COMPANY_FACTS,
                    organization_id=orsane,
                ),
            ),
            "prep": notebook.create_note(
                session,
                NoteDraft(
                    written_on=DAY + dt.timedelta(days=8),
                    title="Préparer l'appel à Paul",
                    body="Lui demander qui recrute chez Délys.",
                    kind=NoteKind.CALL_PREPARATION,
                    person_ids=[paul],
                ),
            ),
            "journal": notebook.create_note(
                session,
                NoteDraft(
                    written_on=DAY + dt.timedelta(days=15),
                    title="Bilan",
                    body="Semaine calme.",
                    kind=NoteKind.JOURNAL,
                ),
            ),
        }
    return {"helene": helene, "paul": paul, "orsane": orsane, **notes}


def listed(database, query: NoteQuery | None = None, **kwargs) -> list[notebook.NoteRow]:
    with database.reading() as session:
        return notebook.list_notes(session, query, **kwargs)


def titles(rows) -> list[str]:
    return [row.title for row in rows]


def test_filters_by_person_company_and_kind(database, network):
    about_helene = listed(database, NoteQuery(person_id=network["helene"]))
    at_orsane = listed(database, NoteQuery(organization_id=network["orsane"]))
    facts = listed(database, NoteQuery(kind=NoteKind.COMPANY_FACTS))
    both = listed(
        database, NoteQuery(organization_id=network["orsane"], kind=NoteKind.MEETING_NOTES)
    )

    assert titles(about_helene) == ["Café avec Hélène"]
    assert titles(at_orsane) == ["Maison Orsane : ce que j'ai appris", "Café avec Hélène"]
    assert titles(facts) == ["Maison Orsane : ce que j'ai appris"]
    assert titles(both) == ["Café avec Hélène"]
    assert about_helene[0].organization == "Maison Orsane"
    assert about_helene[0].people == ("Hélène Martin",)


def test_search_ignores_accents_and_case_and_marks_the_matches(database, network):
    (row,) = listed(database, NoteQuery(text="helene"))
    assert row.id == network["coffee"]
    assert row.title == f"Café avec {MATCH_START}Hélène{MATCH_END}"

    (row,) = listed(database, NoteQuery(text="EQUIPE expo"))
    assert f"{MATCH_START}équipe{MATCH_END} {MATCH_START}export{MATCH_END}" in row.excerpt
    assert "\n" not in row.excerpt


def test_search_combines_with_filters_and_keeps_the_order(database, network):
    assert titles(listed(database, NoteQuery(text="recrute"))) == [
        "Préparer l'appel à Paul",
        "Café avec Hélène",
    ]
    assert [
        r.id for r in listed(database, NoteQuery(text="recrute", person_id=network["paul"]))
    ] == [network["prep"]]
    assert listed(database, NoteQuery(text="nothing like this")) == []


@pytest.mark.parametrize("typed", ['"', "*", "AND", "NEAR(", "-", "  "])
def test_search_takes_punctuation_and_keywords_as_plain_text(database, network, typed):
    rows = listed(database, NoteQuery(text=typed))
    assert isinstance(rows, list)


def test_excerpts_leave_out_markdown_marks(database, network):
    (row,) = listed(database, NoteQuery(kind=NoteKind.COMPANY_FACTS))
    assert row.excerpt == "Chiffres Trois boutiques Cent vingt points de vente"


def test_pages_follow_each_other_without_gap_or_repeat(database):
    with database.transaction() as session:
        for i in range(25):
            notebook.create_note(
                session, NoteDraft(written_on=DAY + dt.timedelta(days=i % 4), title=f"n{i}")
            )
    everything = listed(database)
    pages, after = [], None
    while True:
        page = listed(database, after=after, limit=7)
        if not page:
            break
        pages.extend(page)
        after = NoteCursor.after(page[-1])

    assert [r.id for r in pages] == [r.id for r in everything]
    assert len({r.id for r in pages}) == 25
    assert [r.written_on for r in pages] == sorted((r.written_on for r in pages), reverse=True)


def test_a_body_longer_than_a_note_may_be_is_refused(database):
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        notebook.create_note(session, NoteDraft(body="x" * (notebook.MAX_BODY_CHARACTERS + 1)))
    assert "too long" in refused.value.message
    assert listed(database) == []


def test_an_entry_about_a_deleted_person_is_kept_and_saved_again(database, network):
    with database.transaction() as session:
        people.delete_person(session, network["helene"])
    with database.reading() as session:
        draft = notebook.load_draft(session, network["coffee"])
    assert draft.person_ids == []
    assert draft.body.startswith("Elle connaît")

    draft.person_ids = [network["helene"]]  # the editor still showed her
    with database.transaction() as session:
        notebook.save_note(session, network["coffee"], draft)
    with database.reading() as session:
        assert notebook.load_draft(session, network["coffee"]).person_ids == []


def test_choosers_find_people_by_name_or_company_and_organisations_by_name(database, network):
    with database.reading() as session:
        assert [c.name for c in find_people(session, "hel")] == ["Hélène Martin"]
        assert [c.label for c in find_people(session, "delys")] == ["Paul Durand — Parfums Délys"]
        assert [c.name for c in find_people(session, "")] == ["Paul Durand", "Hélène Martin"], (
            "newest first"
        )
        assert [c.name for c in find_organizations(session, "orsa")] == ["Maison Orsane"]
        assert find_people(session, '"') and find_organizations(session, "%") == []
