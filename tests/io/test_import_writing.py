"""Writing an import: LinkedIn connections under the user, duplicates merged without overwriting,
all of it or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from carnet.db.store import open_database
from carnet.domain import people, referrals
from carnet.domain.people import PersonDraft, create_person
from carnet.io import writer
from carnet.io.errors import ImportCancelled
from carnet.io.planning import Decision, MatchedBy, plan_import
from carnet.io.reader import read_contacts_file
from carnet.io.writer import write_import
from tests.io.samples import contents, import_into


def reopen(database, data_dir: Path):
    database.close()
    return open_database(data_dir / "carnet.sqlite3", data_dir / "backups")


def person_named(session, name: str):
    from sqlalchemy import select

    from carnet.domain.models import Person

    return next(p for p in session.scalars(select(Person)) if p.full_name == name)


def test_linkedin_connections_sit_under_the_user_with_source_and_date(
    database, data_dir: Path, samples: Path
):
    plan, summary = import_into(database, samples / "linkedin/Connections.csv")
    assert (summary.created, summary.merged, len(summary.skipped)) == (6, 0, 1)

    database = reopen(database, data_dir)
    try:
        with database.reading() as session:
            roots = referrals.referral_tree(session)
            assert sorted(node.name for node in roots) == sorted(
                [
                    "Hélène Lévy",
                    "Jérôme Dupré",
                    "Zoé Lefèvre",
                    "François Nguyễn",
                    "Agnès Œuvray-Müller",
                    "Ольга Петрова",
                ]
            )
            assert all(not node.children for node in roots)
            helene = person_named(session, "Hélène Lévy")
            assert helene.source == "linkedin"
            assert helene.connected_on == dt.date(2024, 3, 15)
            assert helene.organization.name == "Société Générale"
            assert helene.email() == "helene.levy@societe-generale.example"
            assert helene.introductions_received == []
            # The search index is kept by the database itself: accents and case aside.
            assert [row.full_name for row in people.list_people(session, "societe")] == [
                "Hélène Lévy"
            ]
    finally:
        database.close()


def test_other_sources_are_recorded(database, samples: Path):
    import_into(database, samples / "google/google-legacy.csv")
    import_into(database, samples / "outlook/outlook-fr.csv")
    import_into(database, samples / "vcard/android-2.1.vcf")
    with database.reading() as session:
        assert person_named(session, "Élise Marchand").source == "google"
        assert person_named(session, "Gaëlle Le Bihan").source == "outlook"
        assert person_named(session, "Zoé Lefèvre").source == "vcard"
        assert person_named(session, "Zoé Lefèvre").connected_on is None


def test_likely_duplicates_by_linkedin_address_then_email_then_name_and_company(
    database, samples: Path
):
    with database.transaction() as session:
        by_url = create_person(
            session,
            PersonDraft(
                first_name="Helene",
                last_name="Levy-Martin",
                linkedin_url="http://linkedin.com/in/HELENE-LEVY-4b2a1/",
            ),
        )
        by_email = create_person(
            session,
            PersonDraft(first_name="F.", last_name="N.", email="F.Nguyen@atelier-lumiere.example"),
        )
        by_name = create_person(
            session,
            PersonDraft(first_name="zoe", last_name="LEFEVRE", organization_name="maison orsane"),
        )
        create_person(session, PersonDraft(first_name="Jérôme", last_name="Dupré"))
    parsed = read_contacts_file(samples / "linkedin/Connections.csv")
    with database.reading() as session:
        plan = plan_import(session, parsed)
    found = {plan.rows[i].full_name: d for i, d in plan.duplicates.items()}
    assert {name: (d.person_id, d.matched_by) for name, d in found.items()} == {
        "Hélène Lévy": (by_url, MatchedBy.LINKEDIN),
        "François Nguyễn": (by_email, MatchedBy.EMAIL),
        "Zoé Lefèvre": (by_name, MatchedBy.NAME),
    }  # Jérôme Dupré has no company in Carnet: another Jérôme Dupré, maybe
    assert set(plan.decisions.values()) == {Decision.MERGE}


def test_merging_fills_empty_fields_and_overwrites_nothing(database, samples: Path):
    with database.transaction() as session:
        helene_id = create_person(
            session,
            PersonDraft(
                first_name="Hélène",
                last_name="Lévy",
                organization_name="Société Générale Paris",
                email="helene@perso.example",
                linkedin_url="https://www.linkedin.com/in/helene-levy-4b2a1",
                background="Met at the job fair.",
            ),
        )
    plan, summary = import_into(database, samples / "google/contacts.csv")
    assert (summary.created, summary.merged) == (2, 1)
    with database.reading() as session:
        helene = person_named(session, "Hélène Lévy")
        assert helene.id == helene_id
        assert helene.organization.name == "Société Générale Paris"  # kept
        assert helene.background == "Met at the job fair."  # kept
        assert helene.job_title == "Chargée de recrutement IT"  # was empty: filled
        assert helene.city == "Paris"
        assert [p.value for p in helene.contact_points] == [
            "helene@perso.example",
            "helene.levy@societe-generale.example",
            "helene.levy@gmail.example",
            "helene.perso@free.example",
            "+33 6 12 34 56 78",
            "+33 6 98 76 54 32",
        ]
        assert helene.source == "manual"

    _plan, again = import_into(database, samples / "google/contacts.csv")
    assert (again.created, again.merged) == (0, 3)
    with database.reading() as session:
        assert len(person_named(session, "Hélène Lévy").contact_points) == 6


def test_skip_and_create_as_the_user_chose(database, samples: Path):
    import_into(database, samples / "linkedin/Connections.csv")

    def choose(plan) -> None:
        for index, row in enumerate(plan.rows):
            if row.full_name == "Hélène Lévy":
                plan.decisions[index] = Decision.SKIP
            elif row.full_name == "Zoé Lefèvre":
                plan.decisions[index] = Decision.CREATE

    _plan, summary = import_into(database, samples / "linkedin/Connections.csv", choose)
    assert (summary.created, summary.merged) == (1, 4)
    assert [p.text() for p in summary.skipped if p.line == 5] == [
        "Already in Carnet as Hélène Lévy: skipped, as you chose."
    ]
    with database.reading() as session:
        assert [r.full_name for r in people.list_people(session, "zoe")] == [
            "Zoé Lefèvre",
            "Zoé Lefèvre",
        ]
        assert len(people.list_people(session, "helene")) == 1


def test_lines_repeating_a_contact_in_the_same_file_are_combined(database, tmp_path: Path):
    export = tmp_path / "Connections.csv"
    export.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Hélène,Lévy,https://www.linkedin.com/in/hl,,Société Générale,,15 Mar 2024\n"
        "Hélène,Lévy,https://www.linkedin.com/in/hl/,hl@example.fr,,Recruiter,\n",
        encoding="utf-8",
    )
    plan, summary = import_into(database, export)
    assert (summary.created, summary.combined) == (1, 1)
    assert plan.combined[0].text() == (
        "This contact appears earlier in the file (line 2): both were combined."
    )
    with database.reading() as session:
        helene = person_named(session, "Hélène Lévy")
        assert (helene.job_title, helene.email()) == ("Recruiter", "hl@example.fr")


@pytest.fixture
def many_connections(tmp_path: Path) -> Path:
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [
        f"Prénom{n},Nom{n},https://www.linkedin.com/in/p{n},p{n}@example.fr,Société {n % 3},"
        f"Poste,1 Jan 2024"
        for n in range(10)
    ]
    path = tmp_path / "Connections.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def network(database):
    with database.transaction() as session:
        hugo = create_person(
            session,
            PersonDraft(first_name="Hugo", last_name="Martin", linkedin_url="linkedin.com/in/p7"),
        )
        referrals.introduce_new_person(session, hugo, PersonDraft(first_name="Camille"))
    return database


def test_a_failure_halfway_leaves_the_database_as_it_was(
    network, many_connections: Path, monkeypatch
):
    monkeypatch.setattr(writer, "CHUNK", 3)
    before = contents(network.path)
    parsed = read_contacts_file(many_connections)

    def disk_full(done: int, total: int) -> None:
        if done >= 6:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError), network.transaction() as session:
        plan = plan_import(session, parsed)
        write_import(session, plan, progress=disk_full)
    assert contents(network.path) == before


def test_cancelling_halfway_leaves_the_database_as_it_was(
    network, many_connections: Path, monkeypatch
):
    monkeypatch.setattr(writer, "CHUNK", 3)
    before = contents(network.path)
    parsed = read_contacts_file(many_connections)
    progress: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled), network.transaction() as session:
        plan = plan_import(session, parsed)
        write_import(
            session,
            plan,
            progress=lambda done, total: progress.append((done, total)),
            cancelled=lambda: len(progress) >= 3,
        )
    assert progress == [(0, 10), (3, 10), (6, 10)]
    assert contents(network.path) == before
