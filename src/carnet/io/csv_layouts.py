"""The CSV layouts Carnet recognises by their header row, and which column feeds which field.

Every layout lives here, in the order they are tried: to teach Carnet another program's export
or another language's headers, add names to a layout (or a layout) below. Header names are
compared case, accents, spaces and underscores aside.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from carnet.domain.text import fold
from carnet.io import carnet_csv


def header_key(header: str) -> str:
    return " ".join(fold(header).replace("_", " ").split())


@dataclass(frozen=True)
class CsvLayout:
    """``source`` names the program that writes the layout (a key of ``rows.SOURCES``).

    ``silent`` columns carry nothing about the person (a type of email address, a setting):
    their values are not kept in the import note, nor are the ``noise`` values (a program's
    defaults, such as Outlook's "Normal" or "Unspecified")."""

    source: str
    columns: dict[str, str]
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    recognises: Callable[[set[str]], bool]
    silent: frozenset[str] = frozenset()
    silent_patterns: tuple[re.Pattern[str], ...] = ()
    noise: frozenset[str] = frozenset()
    lists: frozenset[str] = field(default_factory=frozenset)
    """Fields whose cells hold several values separated by commas (Carnet's own export)."""
    quoted_formulas: bool = False
    """Cells that would start a spreadsheet formula are written with a "'" before them."""

    def field_of(self, header: str) -> str | None:
        key = header_key(header)
        if key in self.columns:
            return self.columns[key]
        for pattern, field_name in self.patterns:
            if pattern.fullmatch(key):
                return field_name
        return None

    def is_silent(self, header: str) -> bool:
        key = header_key(header)
        return key in self.silent or any(p.fullmatch(key) for p in self.silent_patterns)


def _columns(pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {header_key(name): field_name for field_name, names in pairs.items() for name in names}


def _keys(*names: str) -> frozenset[str]:
    return frozenset(header_key(name) for name in names)


# Carnet's own CSV export (io/export.py), in English or French: its names live in carnet_csv,
# beside the exporter's, so that the two never drift apart.
CARNET = CsvLayout(
    source="carnet",
    columns=_columns(carnet_csv.HEADERS),
    patterns=(),
    recognises=lambda keys: (
        carnet_csv.recognises(keys)
        or _keys("First name", "Last name", "Organisation", "LinkedIn") <= keys
        or header_key("Introduced by") in keys
    ),
    silent=_keys(*carnet_csv.names_of("source")),
    lists=frozenset({"email", "phone"}),
    quoted_formulas=True,
)

LINKEDIN = CsvLayout(
    source="linkedin",
    columns=_columns(
        {
            "first_name": ("First Name",),
            "last_name": ("Last Name",),
            "linkedin_url": ("URL", "Profile URL"),
            "email": ("Email Address", "E-mail Address"),
            "organization": ("Company",),
            "job_title": ("Position",),
            "connected_on": ("Connected On",),
        }
    ),
    patterns=(),
    recognises=lambda keys: (
        "connected on" in keys or {"first name", "last name", "company", "position"} <= keys
    ),
)

GOOGLE = CsvLayout(
    source="google",
    columns=_columns(
        {
            "first_name": ("First Name", "Given Name"),
            "last_name": ("Last Name", "Family Name"),
            "full_name": ("Name",),
            "organization": ("Organization Name", "Organization 1 - Name"),
            "job_title": ("Organization Title", "Organization 1 - Title"),
            "notes": ("Notes",),
        }
    ),
    patterns=(
        (re.compile(r"e-?mail \d+ - value"), "email"),
        (re.compile(r"phone \d+ - value"), "phone"),
        (re.compile(r"website \d+ - value"), "website"),
        (re.compile(r"address \d+ - city"), "city"),
    ),
    recognises=lambda keys: (
        any(re.fullmatch(r"(e-?mail|phone) \d+ - value", k) for k in keys)
        or {"given name", "family name"} <= keys
        or "organization name" in keys
    ),
    # The formatted address says it all; its parts, and the labels of each value, add nothing.
    silent=_keys("File As", "Group Membership"),
    silent_patterns=(
        re.compile(r".* - (label|type)"),
        re.compile(r"address \d+ - (street|po box|region|postal code|country|extended address)"),
    ),
    noise=frozenset({"* myContacts", "* My Contacts"}),
)

THUNDERBIRD = CsvLayout(
    source="thunderbird",
    columns=_columns(
        {
            "first_name": ("First Name",),
            "last_name": ("Last Name",),
            "full_name": ("Display Name",),
            "email": ("Primary Email", "Secondary Email"),
            "phone": ("Work Phone", "Mobile Number", "Home Phone"),
            "city": ("Work City", "Home City"),
            "organization": ("Organization",),
            "job_title": ("Job Title",),
            "website": ("Web Page 1", "Web Page 2"),
            "notes": ("Notes",),
        }
    ),
    patterns=(),
    recognises=lambda keys: "primary email" in keys or _keys("Display Name", "Nickname") <= keys,
)

# Outlook writes its headers in the language of the user's Office.
_OUTLOOK_EMAILS = (
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Adresse de messagerie",
    "Adresse de messagerie 2",
    "Adresse de messagerie 3",
    "Adresse e-mail",
    "Adresse e-mail 2",
    "Adresse e-mail 3",
    "E-Mail-Adresse",
    "E-Mail 2: Adresse",
    "E-Mail 3: Adresse",
    "Dirección de correo electrónico",
    "Dirección de correo electrónico 2",
    "Dirección de correo electrónico 3",
    "Dirección del correo electrónico 2",
    "Dirección del correo electrónico 3",
    "Indirizzo posta elettronica",
    "Indirizzo posta elettronica 2",
    "Indirizzo posta elettronica 3",
    "Indirizzo e-mail",
    "Indirizzo e-mail 2",
    "Indirizzo e-mail 3",
)
_OUTLOOK_FIRST_AND_LAST = (
    ("Prénom", "Nom"),
    ("Vorname", "Nachname"),
    ("Nombre", "Apellidos"),
    ("Nome", "Cognome"),
)

OUTLOOK = CsvLayout(
    source="outlook",
    columns=_columns(
        {
            "first_name": ("First Name", "Prénom", "Vorname", "Nombre", "Nome"),
            "last_name": ("Last Name", "Nom", "Nachname", "Apellidos", "Cognome"),
            "organization": (
                "Company",
                "Société",
                "Entreprise",
                "Firma",
                "Organización",
                "Compañía",
                "Empresa",
                "Società",
                "Azienda",
            ),
            "job_title": (
                "Job Title",
                "Fonction",
                "Titre du poste",
                "Poste",
                "Position",
                "Puesto",
                "Cargo",
                "Posizione",
                "Qualifica",
            ),
            "email": _OUTLOOK_EMAILS,
            "phone": (
                "Business Phone",
                "Mobile Phone",
                "Home Phone",
                "Téléphone (bureau)",
                "Tél. mobile",
                "Téléphone mobile",
                "Téléphone (domicile)",
                "Telefon geschäftlich",
                "Mobiltelefon",
                "Telefon (privat)",
                "Teléfono del trabajo",
                "Móvil",
                "Teléfono particular",
                "Ufficio",
                "Cellulare",
                "Abitazione",
            ),
            "city": (
                "Business City",
                "Home City",
                "Ville (bureau)",
                "Ville (domicile)",
                "Ort geschäftlich",
                "Ort privat",
                "Ciudad de trabajo",
                "Ciudad particular",
                "Città (uff.)",
                "Città (ab.)",
            ),
            "website": ("Web Page", "Page Web", "Webseite", "Página web", "Pagina Web"),
            "notes": ("Notes", "Notizen", "Notas", "Note"),
        }
    ),
    patterns=(),
    recognises=lambda keys: bool(
        keys & _keys(*_OUTLOOK_EMAILS, "Business Phone", "Téléphone (bureau)", "Job Title")
        or any(_keys(first, last) <= keys for first, last in _OUTLOOK_FIRST_AND_LAST)
    ),
    silent_patterns=(
        re.compile(r"e-?mail( \d)? (type|display name)"),
        re.compile(r"(type|nom complet) de (l'adresse de )?messagerie( \d)?"),
        re.compile(r"e-mail( \d)?: (typ|angezeigter name)|e-mail-typ"),
    ),
    noise=frozenset(
        {"Unspecified", "Normal", "False", "0/0/00", "Non spécifié", "Faux", "Normale"}
    ),
)

# The first layout that recognises a header wins, so the most specific comes first: Google's
# and Thunderbird's share column names with Outlook's, and Carnet's has LinkedIn's "Connected on".
LAYOUTS = (CARNET, LINKEDIN, GOOGLE, THUNDERBIRD, OUTLOOK)


def layout_of(keys: set[str]) -> CsvLayout | None:
    """The layout whose header holds these column names (as ``header_key`` gives them)."""
    if len(keys) < 2:
        return None
    return next((layout for layout in LAYOUTS if layout.recognises(keys)), None)
