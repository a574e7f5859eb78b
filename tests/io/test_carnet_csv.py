"""Carnet's CSV export speaks the user's language, and Carnet reads it back in either language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from carnet.catalogue import Catalogue
from carnet.domain.enums import ContactStatus
from carnet.domain.people import PersonDraft, create_person
from carnet.io import carnet_csv
from carnet.io.export import people_to_export, write_csv
from carnet.io.reader import read_contacts_file

FRENCH = Path(__file__).resolve().parents[2] / "resources" / "translations" / "carnet_fr.ts"


def french_exports() -> dict[str, str]:
    for context in ET.parse(FRENCH).getroot().iter("context"):
        if context.findtext("name") == "Export":
            return {
                m.findtext("source"): "".join(m.find("translation").itertext())
                for m in context.iter("message")
            }
    return {}


def test_the_import_knows_the_french_words_the_catalogue_gives_the_export():
    french = french_exports()
    for _field, english, others in carnet_csv.COLUMNS:
        assert french[english] == english or french[english] in others, english
    assert all(french[english] != english for english in carnet_csv.SOURCES.values())
    for status, (english, in_french) in carnet_csv.STATUSES.items():
        assert french[english] == in_french
        assert ContactStatus(status)


@pytest.fixture
def people(database):
    with database.transaction() as session:
        create_person(
            session,
            PersonDraft(
                first_name="Inès",
                last_name="Aubert",
                organization_name="Le Bon Marché",
                job_title="Acheteuse",
                email="ines@example.org",
                phone="+33 6 11 22 33 44",
                city="Paris",
                background="Rencontrée au salon.",
                status=ContactStatus.TO_CONTACT,
            ),
        )
    with database.reading() as session:
        return people_to_export(session)


@pytest.mark.parametrize(
    ("language", "headers", "status", "source"),
    [
        (
            "fr",
            "Prénom;Nom;Organisation;Poste;E-mail;Téléphone;Ville;",
            "À contacter",
            "Saisie dans Carnet",
        ),
        (
            "en",
            "First name;Last name;Organisation;Job title;Email;Phone;City;",
            "To contact",
            "Added in Carnet",
        ),
    ],
)
def test_a_csv_export_speaks_the_language_and_comes_back_in(
    people, tmp_path, compiled_catalogues, language, headers, status, source, database
):
    catalogue = Catalogue(QLocale(language), str(compiled_catalogues))
    target = tmp_path / "contacts.csv"
    write_csv(people, target, translate=lambda text: catalogue.translate("Export", text))
    text = target.read_text("utf-8-sig")
    assert text.startswith(headers)
    assert f";{status};" in text.splitlines()[1]
    assert f";{source};" in text.splitlines()[1]  # where the person came from, never "manual"

    parsed = read_contacts_file(target)
    assert parsed.source == "carnet"
    assert not parsed.ignored_columns or set(parsed.ignored_columns) <= {
        catalogue.translate("Export", english)
        for field, english, _ in carnet_csv.COLUMNS
        if field in ("status", "introduced_by", "source")
    }
    (row,) = parsed.rows
    assert (row.first_name, row.last_name, row.organization) == ("Inès", "Aubert", "Le Bon Marché")
    assert (row.job_title, row.city, row.notes) == ("Acheteuse", "Paris", "Rencontrée au salon.")
    assert row.emails == ("ines@example.org",) and row.phones == ("+33 6 11 22 33 44",)
