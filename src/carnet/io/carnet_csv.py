"""Carnet's own CSV export: its columns and status words, and how to recognise them on import.

The export writes each header and status in the language Carnet speaks: the English texts below
are marked for the catalogue (context ``Export``) and translated by the caller. The import reads
a Carnet export back whatever language it was written in: ``HEADERS`` and ``STATUSES`` hold every
form of each word, English first, French second (the French ones are the catalogue's, which
``tests/io/test_carnet_csv.py`` checks), plus the headers of earlier versions.
"""

from __future__ import annotations

from carnet.domain.errors import QT_TRANSLATE_NOOP
from carnet.domain.text import fold

# a cell beginning with one of these is run as a formula by a spreadsheet, unless quoted
FORMULA_STARTS = ("=", "+", "-", "@", "|", "\t", "\r")  # "|": DDE in old Excel

# (field of the export, English header marked for the catalogue, other names of the column)
COLUMNS = (
    ("first_name", QT_TRANSLATE_NOOP("Export", "First name"), ("Prénom",)),
    ("last_name", QT_TRANSLATE_NOOP("Export", "Last name"), ("Nom",)),
    ("organization", QT_TRANSLATE_NOOP("Export", "Organisation"), ("Organization",)),
    ("job_title", QT_TRANSLATE_NOOP("Export", "Job title"), ("Poste",)),
    ("emails", QT_TRANSLATE_NOOP("Export", "Email"), ("E-mail",)),
    ("phones", QT_TRANSLATE_NOOP("Export", "Phone"), ("Téléphone",)),
    ("city", QT_TRANSLATE_NOOP("Export", "City"), ("Ville",)),
    ("linkedin_url", QT_TRANSLATE_NOOP("Export", "LinkedIn"), ()),
    ("status", QT_TRANSLATE_NOOP("Export", "Status"), ("Statut",)),
    (
        "introduced_by",
        QT_TRANSLATE_NOOP("Export", "Introduced by"),
        ("Nom donné par", "Recommandé par", "Présenté par"),
    ),
    ("source", QT_TRANSLATE_NOOP("Export", "Source"), ()),
    ("connected_on", QT_TRANSLATE_NOOP("Export", "Connected on"), ("Relation établie le",)),
    ("background", QT_TRANSLATE_NOOP("Export", "Background"), ("Parcours",)),
)

# the words of each status as the export writes them, English first (ContactStatus values)
STATUSES = {
    "lead": (QT_TRANSLATE_NOOP("Export", "Lead"), "Piste"),
    "to_contact": (QT_TRANSLATE_NOOP("Export", "To contact"), "À contacter"),
    "contacted": (QT_TRANSLATE_NOOP("Export", "Contacted"), "Contact pris"),
    "met": (QT_TRANSLATE_NOOP("Export", "Met"), "Rencontre faite"),
    "in_relation": (QT_TRANSLATE_NOOP("Export", "In relation"), "En relation"),
    "declined": (QT_TRANSLATE_NOOP("Export", "Declined"), "A décliné"),
}

# where each person came from (Person.source), as the "Source" column says it
SOURCES = {
    "manual": QT_TRANSLATE_NOOP("Export", "Added in Carnet"),
    "linkedin": QT_TRANSLATE_NOOP("Export", "LinkedIn export"),
    "google": QT_TRANSLATE_NOOP("Export", "Google Contacts"),
    "outlook": QT_TRANSLATE_NOOP("Export", "Outlook contacts"),
    "thunderbird": QT_TRANSLATE_NOOP("Export", "Thunderbird address book"),
    "vcard": QT_TRANSLATE_NOOP("Export", "Address book"),
    "carnet": QT_TRANSLATE_NOOP("Export", "Carnet export"),
}

# the export's fields as the CSV importer names them
IMPORTED_AS = {
    "first_name": "first_name",
    "last_name": "last_name",
    "organization": "organization",
    "job_title": "job_title",
    "emails": "email",
    "phones": "phone",
    "city": "city",
    "linkedin_url": "linkedin_url",
    "connected_on": "connected_on",
    "background": "notes",
}
HEADERS = {
    IMPORTED_AS[field]: (english, *others)
    for field, english, others in COLUMNS
    if field in IMPORTED_AS
}


def names_of(field: str) -> tuple[str, ...]:
    """Every name the export has given the column of ``field``, English first."""
    return next((english, *others) for name, english, others in COLUMNS if name == field)


def _key(header: str) -> str:
    return " ".join(fold(header).replace("_", " ").split())


_STATUS_HEADERS = {
    _key(name)
    for field, english, others in COLUMNS
    if field == "status"
    for name in (english, *others)
}
_INTRODUCED_HEADERS = {
    _key(name)
    for field, english, others in COLUMNS
    if field == "introduced_by"
    for name in (english, *others)
}


def recognises(keys: set[str]) -> bool:
    """Is a header row (folded names) the one of Carnet's own export, in any language?"""
    return bool(keys & _STATUS_HEADERS) and bool(keys & _INTRODUCED_HEADERS)


def restore(cell: str) -> str:
    """A cell as it was before the export kept a spreadsheet from running it as a formula
    ("'+33 6…" → "+33 6…", see ``export.neutralise``)."""
    if cell.startswith("'") and cell[1:2] and cell[1:2] in FORMULA_STARTS:
        return cell[1:]
    return cell
