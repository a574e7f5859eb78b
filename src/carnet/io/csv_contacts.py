"""Contacts from CSV exports: LinkedIn, Google Contacts, Outlook, Thunderbird, Carnet itself.

The header row is found among the first lines (LinkedIn writes a "Notes:" preamble above it),
columns are matched by name, never by position (the layouts are in ``csv_layouts``), and the
file's own delimiter is used (French Excel writes ";"). A header Carnet does not know, but whose
names speak of people, is read with a guess the user then corrects column by column. A value no
Carnet field takes is kept in the person's import note under its column's name.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from carnet.domain.errors import QT_TRANSLATE_NOOP
from carnet.io import carnet_csv
from carnet.io.csv_layouts import CsvLayout, header_key, layout_of
from carnet.io.errors import BAD_CSV, NO_CONTACTS, UNKNOWN_COLUMNS, ImportFileError
from carnet.io.rows import (
    FIELD_LABELS,
    ContactRow,
    ParsedFile,
    RowBuilder,
    RowProblem,
    split_values,
)
from carnet.io.textfile import MAX_BYTES

HEADER_SEARCH_LINES = 40
UNREADABLE_ROW = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "This line could not be read (a cell is too long or badly quoted): it was skipped.",
)

# A header Carnet does not know still holds contacts when a column's name says so; the user then
# says which column holds what, starting from this guess, and nothing unassigned is lost.
_GUESSES = {
    "first_name": ("first name", "first", "given name", "prenom", "vorname", "nombre", "nome"),
    "last_name": (
        "last name",
        "surname",
        "family name",
        "nom de famille",
        "nachname",
        "apellidos",
        "apellido",
        "cognome",
    ),
    "full_name": ("name", "full name", "nom", "nom complet", "contact", "display name"),
    "email": ("email", "e-mail", "mail", "courriel", "adresse e-mail", "email address"),
    "phone": ("phone", "telephone", "tel", "mobile", "portable", "cell", "handy", "telefon"),
    "organization": (
        "company",
        "organisation",
        "organization",
        "societe",
        "entreprise",
        "employer",
        "employeur",
        "firma",
        "empresa",
    ),
    "job_title": ("job title", "title", "position", "poste", "fonction", "job", "titre"),
    "city": ("city", "ville", "town", "stadt", "ort", "ciudad", "citta"),
    "linkedin_url": ("linkedin", "linkedin url", "profile url", "profil linkedin"),
    "notes": ("notes", "note", "comments", "commentaire", "commentaires", "remarques"),
}
_GUESS = {key: field_name for field_name, keys in _GUESSES.items() for key in keys}
_PEOPLE_WORDS = re.compile(r"name|nom|prenom|mail|courriel|phone|tel|contact|linkedin|nombre")


def guess_columns(header: list[str]) -> dict[str, str]:
    """A first guess of the field each column of an unknown layout feeds."""
    guessed: dict[str, str] = {}
    for name in header:
        key = header_key(name)
        field_name = _GUESS.get(key)
        if field_name is None and "mail" in key:
            field_name = "email"
        if field_name is not None and name.strip() and field_name not in guessed.values():
            guessed[name] = field_name
    return guessed


def _chosen_layout(columns: dict[str, str]) -> CsvLayout:
    """The layout of a file whose columns the user assigned."""
    return CsvLayout(
        source="other",
        columns={header_key(name): f for name, f in columns.items() if f},
        patterns=(),
        recognises=lambda keys: True,
    )


def _find_header(lines: list[str]) -> tuple[int, CsvLayout, str] | None:
    """The line number (from 0), layout and delimiter of the header row."""
    for number, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        for delimiter in _delimiters(line):
            cells = _cells(line, delimiter)
            layout = layout_of({header_key(cell) for cell in cells if cell.strip()})
            if layout is not None:
                return number, layout, delimiter
    return None


def _unknown_header(lines: list[str]) -> tuple[int, str, list[str]] | None:
    """The first line, if it reads as the header of contacts in a layout Carnet does not know."""
    for number, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        delimiters = _delimiters(line)
        if not line.strip():
            continue
        if not delimiters:
            return None
        cells = _cells(line, delimiters[0])
        keys = [header_key(cell) for cell in cells if cell.strip()]
        if len(keys) >= 2 and any(_PEOPLE_WORDS.search(key) for key in keys):
            return number, delimiters[0], cells
        return None
    return None


def _cells(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:  # a cell too long for a header
        return []


def _delimiters(line: str) -> list[str]:
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    return [d for d, n in sorted(counts.items(), key=lambda item: -item[1]) if n]


def _head(text: str) -> list[str]:
    return text[:200_000].splitlines()[:HEADER_SEARCH_LINES]


def parse_csv(
    text: str, path: Path, encoding: str, columns: dict[str, str] | None = None
) -> ParsedFile:
    """Read a CSV export of contacts; raises ImportFileError naming the file and line.

    ``columns`` (a header's name → a field of ``rows.FIELDS``) is the user's own reading of a
    layout Carnet does not know."""
    head = _head(text)
    needs_columns = False
    found = None if columns is not None else _find_header(head)
    if found is None:
        unknown = _unknown_header(head)
        if unknown is None:
            raise ImportFileError(path, UNKNOWN_COLUMNS)
        header_index, delimiter, cells = unknown
        needs_columns = columns is None
        layout = _chosen_layout(guess_columns(cells) if columns is None else columns)
    else:
        header_index, layout, delimiter = found
    # A cell may be as long as the file (a note of a hundred pages is cut, and kept whole).
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    body = io.StringIO(text)
    for _ in range(header_index):
        body.readline()
    reader = csv.reader(body, delimiter=delimiter)
    try:
        header = next(reader)
    except (csv.Error, StopIteration) as error:
        raise ImportFileError(path, BAD_CSV, line=header_index + 1, detail=str(error)) from None
    fields = [layout.field_of(name) for name in header]
    mapping = [(name, f) for name, f in zip(header, fields, strict=True) if f and name.strip()]
    ignored = [name for name, f in zip(header, fields, strict=True) if not f and name.strip()]
    # A whole name is split only when the file has no separate first and last names.
    used = sorted(
        ((index, f) for index, f in enumerate(fields) if f), key=lambda item: item[1] == "full_name"
    )
    kept = [
        (index, name.strip() or FIELD_LABELS["unnamed"])
        for index, (name, f) in enumerate(zip(header, fields, strict=True))
        if not f and not layout.is_silent(name)
    ]

    rows: list[ContactRow] = []
    problems: list[RowProblem] = []
    skipped: list[RowProblem] = []
    once: set[str] = set()
    seen_lines = False
    line = header_index + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:  # this line only: the lines after it are read on
            skipped.append(RowProblem(line + 1, UNREADABLE_ROW))
            line = header_index + reader.line_num
            seen_lines = True
            continue
        first_line = line + 1
        line = header_index + reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        seen_lines = True
        if layout.quoted_formulas:
            cells = [carnet_csv.restore(cell) for cell in cells]
        builder = RowBuilder(first_line, problems, once)
        for index, field_name in used:
            if index < len(cells) and cells[index]:
                _apply(builder, layout, field_name, cells[index], header[index])
        for index, name in kept:
            if index < len(cells) and cells[index].strip() not in layout.noise:
                for value in split_values(cells[index]):
                    if value not in layout.noise:
                        builder.keep(name, value)
        for index in range(len(header), len(cells)):
            builder.keep(FIELD_LABELS["unnamed"], cells[index])  # beyond the header's columns
        row = builder.finish(skipped)
        if row is not None:
            rows.append(row)
    if not seen_lines:
        raise ImportFileError(path, NO_CONTACTS)
    return ParsedFile(
        path=path,
        source=layout.source,
        encoding=encoding,
        rows=rows,
        mapping=mapping,
        ignored_columns=ignored,
        problems=problems,
        skipped=skipped,
        noted_columns=[name for _, name in kept],
        header=[name for name in header if name.strip()],
        needs_columns=needs_columns,
    )


def _apply(
    builder: RowBuilder, layout: CsvLayout, field_name: str, value: str, header: str
) -> None:
    if field_name in layout.lists:
        value = value.replace(",", ":::")
    if field_name == "email":
        builder.add_email(value)
    elif field_name == "phone":
        builder.add_phone(value)
    elif field_name == "website":
        builder.add_website(value)
    elif field_name == "connected_on":
        builder.set_date(value)
    elif field_name == "full_name":
        builder.set_full_name(value, header)
    elif field_name in ("linkedin_url", "notes"):
        builder.set(field_name, value)
    elif ":::" in value:
        for part in split_values(value):
            builder.set(field_name, part)
    else:
        builder.set(field_name, value)
