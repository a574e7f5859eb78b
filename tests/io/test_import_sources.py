"""Each source a workshop participant brings, as the source writes it, read with accents intact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from carnet.io.reader import read_contacts_file
from carnet.io.rows import parse_date


def names(parsed) -> list[str]:
    return [row.full_name for row in parsed.rows]


def row_named(parsed, name: str):
    return next(row for row in parsed.rows if row.full_name == name)


LINKEDIN_NAMES = [
    "Hélène Lévy",
    "Jérôme Dupré",
    "Zoé Lefèvre",
    "François Nguyễn",
    "Agnès Œuvray-Müller",
    "Ольга Петрова",
]


@pytest.mark.parametrize(
    "sample",
    [
        "linkedin/Connections.csv",
        "linkedin/Connections-utf8-bom.csv",
        "linkedin/Basic_LinkedInDataExport_11-25-2026.zip",
    ],
)
def test_a_linkedin_export_after_its_notes_preamble(samples: Path, sample: str):
    parsed = read_contacts_file(samples / sample)
    assert parsed.source == "linkedin"
    assert names(parsed) == LINKEDIN_NAMES
    helene = row_named(parsed, "Hélène Lévy")
    assert helene.organization == "Société Générale"
    assert helene.job_title == "Chargée de recrutement IT"
    assert list(helene.emails) == ["helene.levy@societe-generale.example"]
    assert helene.linkedin_url == "https://www.linkedin.com/in/helene-levy-4b2a1"
    assert helene.connected_on == dt.date(2024, 3, 15)
    assert helene.line == 5
    assert row_named(parsed, "Jérôme Dupré").organization == "Crème & Cie, SAS"
    assert row_named(parsed, "Zoé Lefèvre").job_title == 'Responsable "grands comptes"'
    assert [(p.line, p.message) for p in parsed.skipped] == [
        (9, "No name on this line: it was skipped.")
    ]
    assert ("Connected On", "connected_on") in parsed.mapping


def test_an_older_linkedin_export_saved_again_by_french_excel(samples: Path):
    parsed = read_contacts_file(samples / "linkedin/Connections-excel-fr.csv")
    assert (parsed.source, parsed.encoding) == ("linkedin", "cp1252")
    assert names(parsed) == ["Hélène Lévy", "Cécile Bérard", "Benoît Fèvre"]
    assert [row.connected_on for row in parsed.rows] == [
        dt.date(2024, 3, 15),
        dt.date(2022, 2, 7),
        dt.date(2018, 10, 31),
    ]
    assert row_named(parsed, "Benoît Fèvre").organization == 'Boulangerie "Au Pain Doré"; Lyon'
    assert all(row.linkedin_url == "" for row in parsed.rows)  # no URL column then
    assert [p.line for p in parsed.skipped] == [4]


def test_excel_unicode_text_is_utf16_and_tab_separated(samples: Path):
    parsed = read_contacts_file(samples / "linkedin/Connections-unicode-text.txt")
    assert (parsed.source, parsed.encoding) == ("linkedin", "utf-16")
    assert names(parsed) == ["Hélène Lévy", "Zoé Lefèvre"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 Mar 2024", dt.date(2024, 3, 15)),
        ("02 Feb 2022", dt.date(2022, 2, 2)),
        ("7-Feb-22", dt.date(2022, 2, 7)),
        ("31-Oct-98", dt.date(1998, 10, 31)),
        ("1 September 2020", dt.date(2020, 9, 1)),
        ("Mar 15, 2024", dt.date(2024, 3, 15)),
        ("2024-03-15", dt.date(2024, 3, 15)),
        ("15 mars 2024", None),
        ("31 Feb 2024", None),
        ("yesterday", None),
    ],
)
def test_linkedin_dates_are_read_in_english_whatever_the_system_language(text, expected):
    assert parse_date(text) == expected


def test_google_contacts_current_layout(samples: Path):
    parsed = read_contacts_file(samples / "google/contacts.csv")
    assert (parsed.source, parsed.encoding) == ("google", "utf-8")
    assert names(parsed) == ["Hélène Lévy", "Marc-André D'Aubigné", "Ana García Pérez"]
    helene = row_named(parsed, "Hélène Lévy")
    assert list(helene.emails) == [
        "helene.levy@societe-generale.example",
        "helene.levy@gmail.example",
        "helene.perso@free.example",
    ]
    assert list(helene.phones) == ["+33 6 12 34 56 78", "+33 6 98 76 54 32"]
    assert helene.linkedin_url == "https://www.linkedin.com/in/helene-levy-4b2a1"
    assert helene.city == "Paris"
    assert helene.notes == "Rencontrée au salon de l'emploi.\nTrès ouverte, à rappeler en mars."
    ana = row_named(parsed, "Ana García Pérez")
    assert (ana.first_name, ana.last_name, ana.job_title) == ("Ana", "García Pérez", "Profesora")
    assert [p.line for p in parsed.skipped] == [6]  # a plumber's number, no name
    assert "Labels" in parsed.ignored_columns


def test_google_contacts_legacy_layout_in_utf16(samples: Path):
    parsed = read_contacts_file(samples / "google/google-legacy.csv")
    assert (parsed.source, parsed.encoding) == ("google", "utf-16")
    assert names(parsed) == ["Jérôme Dupré", "Élise Marchand"]
    jerome = row_named(parsed, "Jérôme Dupré")
    assert list(jerome.emails) == ["jerome.dupre@creme.example", "jd@perso.example"]
    assert jerome.organization == "Crème & Cie, SAS"
    assert jerome.job_title == "Directeur commercial"
    assert jerome.linkedin_url == "https://www.linkedin.com/in/jeromedupre"
    elise = row_named(parsed, "Élise Marchand")  # only the whole name: it is split
    assert (elise.first_name, elise.last_name, elise.city) == ("Élise", "Marchand", "Nantes")


def test_outlook_english_export_leaves_exchange_paths_out(samples: Path):
    parsed = read_contacts_file(samples / "outlook/outlook-en.csv")
    assert (parsed.source, parsed.encoding) == ("outlook", "cp1252")
    assert names(parsed) == ["Cécile Bérard", "Pascal Roué"]
    cecile = row_named(parsed, "Cécile Bérard")
    assert list(cecile.phones) == ["+33 6 55 44 33 22", "+33 1 43 23 45 67"]
    assert cecile.notes == "Déjeuner prévu.\nParle de l'équipe « contrôle »."
    pascal = row_named(parsed, "Pascal Roué")
    assert list(pascal.emails) == ["pascal.roue@noname.example"]
    (problem,) = parsed.problems
    assert problem.line == 4 and problem.value.startswith("/o=ExchangeLabs")
    assert "not an email address" in problem.text()


@pytest.mark.parametrize(
    ("sample", "encoding"),
    [("outlook/outlook-fr.csv", "cp1252"), ("outlook/outlook-fr-utf8-bom.csv", "utf-8-sig")],
)
def test_outlook_french_export_with_semicolons(samples: Path, sample: str, encoding: str):
    parsed = read_contacts_file(samples / sample)
    assert (parsed.source, parsed.encoding) == ("outlook", encoding)
    assert names(parsed) == ["Gaëlle Le Bihan", "Thérèse Després"]
    gaelle = row_named(parsed, "Gaëlle Le Bihan")
    assert gaelle.organization == "Groupe Ébène"
    assert gaelle.job_title == "Chargée de recrutement"
    assert gaelle.city == "Rennes"
    assert gaelle.notes == 'Recommandée par Jérôme; "très réactive"'
    assert gaelle.linkedin_url == "https://www.linkedin.com/in/gaelle-le-bihan"
    therese = row_named(parsed, "Thérèse Després")
    assert list(therese.emails) == ["therese.despres@brest.example"]
    assert [p.line for p in parsed.problems] == [3]


def test_outlook_vcard_21_quoted_printable_windows_1252(samples: Path):
    parsed = read_contacts_file(samples / "vcard/outlook-2.1.vcf")
    assert parsed.source == "vcard"
    assert names(parsed) == ["Cécile Bérard", "Pascal Roué"]
    cecile = row_named(parsed, "Cécile Bérard")
    assert cecile.organization == "Crédit Agricole"
    assert cecile.job_title == "Contrôleuse de gestion"
    assert cecile.notes == (
        "Déjeuner prévu le 12 mars.\nElle connaît bien l'équipe « contrôle » et propose de me "
        "présenter à son directeur."
    )
    assert cecile.city == "Montrouge"
    assert list(cecile.phones) == ["+33 1 43 23 45 67", "+33 6 55 44 33 22"]
    assert [row.line for row in parsed.rows] == [1, 16]


def test_android_vcard_21_quoted_printable_utf8_with_soft_breaks(samples: Path):
    parsed = read_contacts_file(samples / "vcard/android-2.1.vcf")
    assert names(parsed) == ["Zoé Lefèvre", "Maman"]
    zoe = row_named(parsed, "Zoé Lefèvre")
    assert zoe.job_title == "Responsable grands comptes – parfums féminins"
    assert zoe.notes == "Rencontrée chez Paul. Peut me présenter à la directrice."
    assert list(zoe.emails) == ["zoe.lefevre@orsane.example"]


@pytest.mark.parametrize("sample", ["vcard/apple-3.0.vcf", "vcard/apple-3.0-utf16.vcf"])
def test_apple_vcard_30_grouped_folded_and_escaped(samples: Path, sample: str):
    parsed = read_contacts_file(samples / sample)
    assert names(parsed) == ["François Nguyễn", "Hélène Lévy"]
    francois = row_named(parsed, "François Nguyễn")
    assert francois.organization == "Atelier Lumière"
    assert francois.linkedin_url == "https://www.linkedin.com/in/francois-nguyen"
    assert list(francois.emails) == [
        "f.nguyen@atelier-lumiere.example",
        "francois.nguyen@icloud.example",
    ]
    assert francois.city == "Lyon"
    assert francois.notes == (
        "Ancien collègue de Hugo, très bon contact pour Atelier Lumière.\n"
        "Il a proposé de m'introduire auprès de la directrice; à relancer en avril."
    )
    assert [(p.line, p.message) for p in parsed.skipped] == [
        (28, "This card is an organisation, not a person: it was skipped.")
    ]


def test_google_vcard_30(samples: Path):
    parsed = read_contacts_file(samples / "vcard/google-3.0.vcf")
    (jerome,) = parsed.rows
    assert jerome.full_name == "Jérôme Dupré"
    assert jerome.organization == "Crème & Cie, SAS"
    assert jerome.linkedin_url == "https://www.linkedin.com/in/jeromedupre"
    assert jerome.notes == "Ami de Paul.\nConnaît bien Noname Corp."


def test_vcard_40(samples: Path):
    parsed = read_contacts_file(samples / "vcard/contacts-4.0.vcf")
    (gaelle,) = parsed.rows
    assert (gaelle.first_name, gaelle.last_name) == ("Gaëlle", "Le Bihan")
    assert list(gaelle.phones) == ["+33-6-07-08-09-10"]
    assert list(gaelle.emails) == ["gaelle.lebihan@ebene.example"]
    assert gaelle.city == "Rennes"
    assert gaelle.notes == "Recommandée par Jérôme, « très réactive »."
