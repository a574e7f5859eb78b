"""Contacts from CSV exports: LinkedIn connections, Google Contacts, Outlook (English or French).

The header row is found among the first lines (LinkedIn writes a "Notes:" preamble above it),
columns are matched by name, never by position, and the file's own delimiter is used (French
Excel writes ";").
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from carnet.domain.text import fold
from carnet.io import carnet_csv
from carnet.io.errors import BAD_CSV, NO_CONTACTS, UNKNOWN_COLUMNS, ImportFileError
from carnet.io.rows import ContactRow, ParsedFile, RowBuilder, RowProblem
from carnet.io.textfile import MAX_BYTES

# A cell may be as long as the file itself (a note pasted whole): Python's default 128 KiB cap
# would stop the import with a bare "field larger than field limit".
csv.field_size_limit(MAX_BYTES)

HEADER_SEARCH_LINES = 40


def _key(header: str) -> str:
    return " ".join(fold(header).replace("_", " ").split())


@dataclass(frozen=True)
class CsvFormat:
    source: str
    columns: dict[str, str]
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    recognises: Callable[[set[str]], bool]

    def field_of(self, header: str) -> str | None:
        key = _key(header)
        if key in self.columns:
            return self.columns[key]
        for pattern, field_name in self.patterns:
            if pattern.fullmatch(key):
                return field_name
        return None


def _columns(pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {_key(name): field_name for field_name, names in pairs.items() for name in names}


LINKEDIN = CsvFormat(
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

GOOGLE = CsvFormat(
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
)

OUTLOOK = CsvFormat(
    source="outlook",
    columns=_columns(
        {
            "first_name": ("First Name", "Prénom"),
            "last_name": ("Last Name", "Nom"),
            "organization": ("Company", "Société", "Entreprise"),
            "job_title": ("Job Title", "Fonction", "Titre du poste", "Poste"),
            "email": (
                "E-mail Address",
                "E-mail 2 Address",
                "E-mail 3 Address",
                "Adresse de messagerie",
                "Adresse de messagerie 2",
                "Adresse de messagerie 3",
                "Adresse e-mail",
                "Adresse e-mail 2",
                "Adresse e-mail 3",
            ),
            "phone": (
                "Business Phone",
                "Mobile Phone",
                "Home Phone",
                "Téléphone (bureau)",
                "Tél. mobile",
                "Téléphone mobile",
                "Téléphone (domicile)",
            ),
            "city": ("Business City", "Home City", "Ville (bureau)", "Ville (domicile)"),
            "website": ("Web Page", "Page Web"),
            "notes": ("Notes",),
        }
    ),
    patterns=(),
    recognises=lambda keys: bool(
        keys
        & {
            _key(k)
            for k in (
                "E-mail Address",
                "Adresse de messagerie",
                "Adresse e-mail",
                "Business Phone",
                "Téléphone (bureau)",
                "Job Title",
                "Prénom",
            )
        }
    ),
)

# Carnet's own export, in English or French (its names live in carnet_csv, with the exporter's).
CARNET = CsvFormat(
    source="carnet",
    columns=_columns(carnet_csv.HEADERS),
    patterns=(),
    recognises=carnet_csv.recognises,
)

# Google's layouts share column names with Outlook's: the first format that recognises the
# header wins, so the most specific comes first.
FORMATS = (CARNET, LINKEDIN, GOOGLE, OUTLOOK)


def _find_header(lines: list[str]) -> tuple[int, CsvFormat, str] | None:
    """The line number (from 0), format and delimiter of the header row."""
    for number, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        for delimiter in _delimiters(line):
            cells = next(csv.reader([line], delimiter=delimiter), [])
            keys = {_key(cell) for cell in cells if cell.strip()}
            for csv_format in FORMATS:
                if len(keys) >= 2 and csv_format.recognises(keys):
                    return number, csv_format, delimiter
    return None


def _delimiters(line: str) -> list[str]:
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    return [d for d, n in sorted(counts.items(), key=lambda item: -item[1]) if n]


def _head(text: str) -> list[str]:
    return text[:200_000].splitlines()[:HEADER_SEARCH_LINES]


def parse_csv(text: str, path: Path, encoding: str) -> ParsedFile:
    """Read a CSV export of contacts; raises ImportFileError naming the file and line."""
    found = _find_header(_head(text))
    if found is None:
        raise ImportFileError(path, UNKNOWN_COLUMNS)
    header_index, csv_format, delimiter = found
    body = io.StringIO(text)
    for _ in range(header_index):
        body.readline()
    reader = csv.reader(body, delimiter=delimiter)
    try:
        header = next(reader)
    except (csv.Error, StopIteration) as error:
        raise ImportFileError(path, BAD_CSV, line=header_index + 1, detail=str(error)) from None
    fields = [csv_format.field_of(name) for name in header]
    mapping = [(name, f) for name, f in zip(header, fields, strict=True) if f and name.strip()]
    ignored = [name for name, f in zip(header, fields, strict=True) if not f and name.strip()]
    # A whole name is split only when the file has no separate first and last names.
    used = sorted(
        ((index, f) for index, f in enumerate(fields) if f), key=lambda item: item[1] == "full_name"
    )

    own = csv_format is CARNET
    rows: list[ContactRow] = []
    problems: list[RowProblem] = []
    skipped: list[RowProblem] = []
    seen_lines = False
    line = header_index + 1
    try:
        for cells in reader:
            first_line = line + 1
            line = header_index + reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            seen_lines = True
            builder = RowBuilder(first_line, problems)
            for index, field_name in used:
                if index < len(cells) and cells[index]:
                    cell = cells[index]
                    _apply(builder, field_name, carnet_csv.restore(cell) if own else cell)
            row = builder.finish(skipped)
            if row is not None:
                rows.append(row)
    except csv.Error as error:
        raise ImportFileError(path, BAD_CSV, line=line + 1, detail=str(error)) from None
    if not seen_lines:
        raise ImportFileError(path, NO_CONTACTS)
    return ParsedFile(
        path=path,
        source=csv_format.source,
        encoding=encoding,
        rows=rows,
        mapping=mapping,
        ignored_columns=ignored,
        problems=problems,
        skipped=skipped,
    )


def _apply(builder: RowBuilder, field_name: str, value: str) -> None:
    if field_name == "email":
        builder.add_email(value)
    elif field_name == "phone":
        builder.add_phone(value)
    elif field_name == "website":
        builder.add_website(value)
    elif field_name == "connected_on":
        builder.set_date(value)
    elif field_name == "full_name":
        builder.set_full_name(value)
    elif field_name == "linkedin_url":
        builder.set("linkedin_url", value)
    elif field_name in ("first_name", "last_name", "organization", "job_title", "city"):
        builder.set(field_name, value.split(":::")[0])
    elif field_name == "notes":
        builder.set("notes", value)
