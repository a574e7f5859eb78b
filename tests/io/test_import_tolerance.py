"""Files as other programs really write them: a damaged card costs that card only, every field
arrives whole, and nothing the file holds is lost in silence (issue 16; issue 13 point 7)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from carnet.db.store import open_database
from carnet.domain.models import Note, Person
from carnet.domain.people import PersonDraft, create_person, load_draft, update_person
from carnet.io.errors import ImportFileError
from carnet.io.export import people_to_export, write_csv
from carnet.io.reader import read_contacts_file
from carnet.io.rows import parse_date
from tests.io.samples import SAMPLES, contents, import_into


def row_named(parsed, name: str):
    return next(row for row in parsed.rows if row.full_name == name)


def problems(parsed) -> list[tuple[int, str]]:
    return [(p.line, p.text()) for p in parsed.problems]


# -- 1. per-card tolerance -----------------------------------------------------------------------


def test_a_damaged_card_or_line_costs_only_itself(samples: Path):
    parsed = read_contacts_file(samples / "vcard/damaged-2.1.vcf")
    assert [row.full_name for row in parsed.rows] == [
        "Élise Marchand",
        "René Guérin",
        "Inès Roussel",
    ]
    assert row_named(parsed, "Élise Marchand").phones == ("+33 6 11 22 33 44",)
    # quoted-printable without a character set: the file's own encoding
    assert row_named(parsed, "René Guérin").job_title == "Chef de projet à Nantes"
    assert row_named(parsed, "René Guérin").emails == ("rene.guerin@nantes.example",)
    assert problems(parsed) == [
        (1, "This line is not part of a contact card: it was ignored."),
        (2, "The photo on this card is damaged: it was left out (Carnet keeps no photos)."),
        (12, "A line of this card could not be read: “this line is no property” was left out."),
    ]
    assert [(p.line, p.text()) for p in parsed.skipped] == [
        (19, "No name on this line: it was skipped.")
    ]


def test_a_file_without_any_card_is_still_refused(tmp_path: Path):
    path = tmp_path / "contacts.vcf"
    path.write_text("Nothing here but words.\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="holds no contact card"):
        read_contacts_file(path)


# -- 2. fields kept whole ------------------------------------------------------------------------


def test_vcard_21_keeps_its_commas(samples: Path):
    (bastien,) = read_contacts_file(samples / "vcard/commas-2.1.vcf").rows
    assert bastien.job_title == "VP, Sales"
    assert bastien.organization == "Company, The"
    assert bastien.notes == "Vu au salon, stand 12, très ouvert; à rappeler, lundi."
    assert bastien.city == "Angers"
    assert ("Department", "Ventes, Ouest") in bastien.extras
    assert ("Address", "12, rue des Lices, Angers, 49000, France") in bastien.extras


def test_vcard_30_and_40_escapes_are_honoured(samples: Path):
    parsed = read_contacts_file(samples / "vcard/escapes-3.0.vcf")
    maelle = row_named(parsed, "Maëlle Anne Sophie Perrin")
    assert maelle.organization == "Bois, Fer & Co"
    assert ("Department", "Atelier; bureau d'études") in maelle.extras
    assert maelle.job_title == "Directrice, achats"
    assert maelle.notes == ("Première ligne\nDeuxième ligne, avec virgule; et point-virgule\\fin")
    yanis = row_named(parsed, "Yanis Aubert")
    assert (yanis.job_title, yanis.notes) == ("Responsable, qualité", "Deux, trois mots")


# -- 3. encodings --------------------------------------------------------------------------------


def test_each_value_is_read_in_the_character_set_it_declares(samples: Path):
    parsed = read_contacts_file(samples / "vcard/charsets-2.1.vcf")
    taro = parsed.rows[0]
    assert (taro.first_name, taro.last_name) == ("太郎", "山田")
    assert taro.organization == "株式会社表示"  # 表 holds a backslash byte in Shift_JIS
    assert taro.job_title == "営業部長"  # Shift_JIS inside quoted-printable
    lukasz = parsed.rows[1]
    assert (lukasz.full_name, lukasz.organization) == ("Łukasz Dvořák", "Škoda Žilina")
    # no declaration: the file's rules (not UTF-8, so Windows-1252)
    assert parsed.rows[2].full_name == "Cécile Bérard"
    assert not parsed.problems and not parsed.skipped


# -- 4. LinkedIn dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/8/18, 6:14 PM", dt.date(2018, 1, 8)),
        ("12/24/17, 9:05 AM", dt.date(2017, 12, 24)),
        ("3/1/2019", dt.date(2019, 3, 1)),
        ("15 Mar 2024", dt.date(2024, 3, 15)),
        ("2024-03-15", dt.date(2024, 3, 15)),
        ("2024-03-15 18:14:00", dt.date(2024, 3, 15)),
        ("13/8/18, 6:14 PM", None),
        ("le 3 mars", None),
    ],
)
def test_every_date_form_linkedin_has_used(text: str, expected):
    assert parse_date(text) == expected


def test_an_older_linkedin_export_reports_an_unknown_date_once(samples: Path):
    parsed = read_contacts_file(samples / "linkedin/Connections-2018.csv")
    assert parsed.source == "linkedin"
    assert [row.connected_on for row in parsed.rows] == [
        dt.date(2018, 1, 8),
        dt.date(2017, 12, 24),
        None,
        None,
    ]
    assert row_named(parsed, "Jérôme Dupré").organization == "Crème & Cie, SAS"
    assert [p.line for p in parsed.problems] == [4]  # once for the file, not once per row
    assert row_named(parsed, "Benoît Fèvre").extras == (("Connected on", "hier"),)


# -- 5. layouts ----------------------------------------------------------------------------------


def test_a_thunderbird_address_book_keeps_its_emails(samples: Path):
    parsed = read_contacts_file(samples / "thunderbird/thunderbird.csv")
    assert parsed.source == "thunderbird"
    agathe = row_named(parsed, "Agathe Morel")
    assert agathe.emails == ("agathe.morel@morel.example", "agathe@perso.example")
    assert agathe.phones == ("+33 2 40 11 22 33", "06 12 12 12 12")
    assert (agathe.organization, agathe.job_title) == ("Morel & Fils", "Directrice, marketing")
    assert ("Display Name", "Agathe Morel (Nantes)") in agathe.extras
    assert ("Nickname", "Gaga") in agathe.extras
    hugo = row_named(parsed, "Hugo Vidal")  # only the display name
    assert hugo.emails == ("hugo.vidal@vidal.example",)


@pytest.mark.parametrize(
    ("sample", "name", "organization", "title", "email", "city"),
    [
        (
            "outlook/outlook-de.csv",
            "Jürgen Weiß",
            "Müller & Söhne GmbH",
            "Leiter Vertrieb",
            "juergen.weiss@mueller.example",
            "München",
        ),
        (
            "outlook/outlook-es.csv",
            "Lucía Fernández Ruiz",
            "Bodegas Ruiz",
            "Directora comercial",
            "lucia.fernandez@ruiz.example",
            "Logroño",
        ),
        (
            "outlook/outlook-it.csv",
            "Giulia Bianchi",
            "Tessuti Bianchi S.p.A.",
            "Responsabile acquisti",
            "giulia.bianchi@bianchi.example",
            "Prato",
        ),
    ],
)
def test_outlook_in_german_spanish_and_italian(
    samples, sample, name, organization, title, email, city
):
    parsed = read_contacts_file(samples / sample)
    assert parsed.source == "outlook"
    (row,) = parsed.rows
    assert (row.full_name, row.organization, row.job_title) == (name, organization, title)
    assert (row.emails, row.city) == ((email,), city)
    assert len(row.phones) == 2 and row.notes
    assert not any(value in ("SMTP", "Unspecified") for _label, value in row.extras)


def test_an_unknown_layout_is_guessed_for_the_user_to_check(samples: Path):
    path = samples / "other/unknown-layout.csv"
    parsed = read_contacts_file(path)
    assert parsed.needs_columns
    assert parsed.header == ["Nom complet", "Courriel", "Portable", "Employeur", "Rencontré où"]
    nadia = row_named(parsed, "Nadia Benali")
    assert (nadia.emails, nadia.organization) == (("nadia.benali@example.fr",), "Librairie Benali")
    assert nadia.extras == (("Rencontré où", "Forum emploi Tours"),)

    chosen = read_contacts_file(
        path, {"Nom complet": "full_name", "Courriel": "email", "Rencontré où": "notes"}
    )
    assert not chosen.needs_columns
    nadia = row_named(chosen, "Nadia Benali")
    assert nadia.notes == "Forum emploi Tours"
    assert nadia.organization == ""
    assert ("Employeur", "Librairie Benali") in nadia.extras  # kept, not dropped
    assert ("Portable", "06 10 20 30 40") in nadia.extras


def test_a_file_that_is_not_about_people_is_refused(samples: Path):
    with pytest.raises(ImportFileError, match="does not recognise the columns"):
        read_contacts_file(samples / "bad/bank-statement.csv")


# -- 6. nothing dropped in silence, and one set of rules -----------------------------------------


def test_what_no_field_takes_is_kept_in_a_note_about_the_person(database, samples: Path):
    _plan, summary = import_into(database, samples / "vcard/extras-4.0.vcf")
    assert summary.noted == 1
    with database.reading() as session:
        person = session.scalars(select(Person)).one()
        (note,) = person.notes
        assert note.title == "Imported from extras-4.0.vcf"
        lines = note.body.splitlines()
    assert "Nickname: Léo" in lines
    assert "Groups: Réseau,Anciens" in lines
    assert "Address: 4 place du Ralliement, Angers, 49100, France" in lines
    assert "Email: leon.carre(at)example.fr" in lines
    assert "Phone: poste 1234" in lines
    assert "Website: https://www.carre-conseil.example" in lines
    assert "Twitter: @leoncarre" in lines
    assert "Name: Dr Léon Carré" in lines
    assert any(line.startswith("Job title: Conseiller") and len(line) > 400 for line in lines)


def test_a_merged_row_brings_its_note_too(database, samples: Path):
    with database.transaction() as session:
        create_person(session, PersonDraft(first_name="Léon", last_name="Carré"))
    _plan, summary = import_into(database, samples / "vcard/extras-4.0.vcf")
    assert (summary.created, summary.merged, summary.noted) == (0, 1, 1)
    with database.reading() as session:
        (note,) = session.scalars(select(Note)).all()
        assert [p.full_name for p in note.people] == ["Léon Carré"]


IMPORTABLE = sorted(
    path.relative_to(SAMPLES).as_posix()
    for path in SAMPLES.rglob("*")
    if path.is_file()
    and not path.relative_to(SAMPLES).as_posix().startswith("bad/")
    and "without_connections" not in path.name
)


@pytest.mark.parametrize("sample", IMPORTABLE)
def test_every_imported_card_can_be_saved_again_unchanged(database, sample: str):
    import_into(database, SAMPLES / sample)
    with database.reading() as session:
        ids = session.scalars(select(Person.id)).all()
    assert ids
    before = contents(database.path)
    for person_id in ids:
        with database.transaction() as session:
            update_person(session, person_id, load_draft(session, person_id))
    after = contents(database.path)
    for table in before:
        if table != "person":
            assert after[table] == before[table], table
    drop_times = lambda rows: sorted(row[:-1] for row in rows)  # noqa: E731 - updated_at aside
    assert drop_times(after["person"]) == drop_times(before["person"])


# -- 7. quiet ------------------------------------------------------------------------------------


def test_reading_damaged_files_prints_nothing(samples: Path, capfd):
    for sample in ("vcard/damaged-2.1.vcf", "vcard/charsets-2.1.vcf", "bad/truncated.vcf"):
        read_contacts_file(samples / sample)
    captured = capfd.readouterr()
    assert (captured.out, captured.err) == ("", "")


# -- round trip ----------------------------------------------------------------------------------


def test_a_csv_export_imported_into_an_empty_carnet_gives_the_same_people(database, tmp_path: Path):
    with database.transaction() as session:
        create_person(
            session,
            PersonDraft(
                first_name="Camille",
                last_name="Durand",
                organization_name="Atelier Lumière, Lyon; Paris",
                job_title="Directrice « produit »",
                emails=(),
                email="camille@example.org",
                phone="+33 6 12 34 56 78",
                city="Lyon",
                linkedin_url="https://www.linkedin.com/in/camille-durand",
                background="Ancienne collègue.\nConnaît tout le monde; surtout Hugo, Zoé…",
            ),
        )
        create_person(
            session, PersonDraft(first_name="Zoé", last_name="-Lefèvre", job_title="=10 % budget")
        )
    with database.reading() as session:
        people = people_to_export(session)
    target = tmp_path / "Carnet contacts.csv"
    write_csv(people, target)

    other = open_database(tmp_path / "other" / "carnet.sqlite3", tmp_path / "other" / "backups")
    try:
        plan, summary = import_into(other, target)
        assert plan.parsed.source == "carnet"
        assert summary.created == 2
        with other.reading() as session:
            again = people_to_export(session)
    finally:
        other.close()
    fields = ("first_name", "last_name", "organization", "job_title", "emails", "phones")
    fields += ("city", "linkedin_url", "background", "connected_on")
    assert [[getattr(p, f) for f in fields] for p in again] == [
        [getattr(p, f) for f in fields] for p in people
    ]


def test_a_web_address_python_cannot_even_split_is_kept_in_the_note(database, tmp_path: Path):
    export = tmp_path / "Connections.csv"
    export.write_text(
        "First Name,Last Name,URL,Company,Position,Connected On\n"
        "Inès,Roussel,http://[oops,Atelier Roussel,Gérante,15 Mar 2024\n",
        encoding="utf-8",
    )
    plan, _summary = import_into(database, export)
    assert [p.value for p in plan.parsed.problems] == ["http://[oops"]
    with database.transaction() as session:
        person_id = session.scalars(select(Person.id)).one()
        draft = load_draft(session, person_id)
        assert draft.linkedin_url == ""
        update_person(session, person_id, draft)
        (note,) = session.scalars(select(Note)).all()
        assert note.body == "LinkedIn: http://[oops"


def test_a_note_of_a_hundred_pages_is_cut_in_its_field_and_kept_whole(tmp_path: Path):
    export = tmp_path / "contacts.csv"
    long_note = "Très long parcours. " * 10_000  # 200,000 characters: past the csv module's limit
    export.write_text(
        f'First Name,Last Name,Notes\nAnna,Petit,"{long_note}"\nLéa,Roux,Courte note\n',
        encoding="utf-8",
    )
    parsed = read_contacts_file(export)
    anna, lea = parsed.rows
    assert len(anna.notes) <= 100_000 and anna.notes.endswith("…")
    assert anna.extras == (("Notes", long_note.strip()),)
    assert lea.notes == "Courte note"


def test_details_past_what_a_note_holds_are_said_to_be_cut(database, tmp_path: Path):
    export = tmp_path / "contacts.csv"
    columns = [f"Détail {n}" for n in range(30)]
    long_value = "Souvenir partagé. " * 2_000  # 36,000 characters: each fits, not all thirty
    export.write_text(
        "First Name,Last Name," + ",".join(columns) + "\n"
        "Anna,Petit," + ",".join(f'"{long_value}"' for _ in columns) + "\n"
        "Léa,Roux," + ",".join("court" for _ in columns) + "\n",
        encoding="utf-8",
    )
    plan, summary = import_into(database, export)

    assert summary.created == 2
    assert [(p.line, p.text()) for p in plan.parsed.problems] == [
        (
            2,
            "The details of this contact that Carnet has no field for pass 1,000,000 "
            "characters, what a note holds: the person’s import note keeps their beginning only.",
        )
    ]
    with database.reading() as session:
        bodies = sorted(len(note.body) for note in session.scalars(select(Note)))
    assert bodies[-1] == 1_000_000
