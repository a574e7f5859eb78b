"""What every importer returns: one ``ContactRow`` per contact, with the file's column mapping."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from carnet.domain.errors import QT_TRANSLATE_NOOP
from carnet.domain.text import fold

# The Carnet fields a file's column can feed, as keys; the UI shows its own words for each.
FIELDS = (
    "first_name",
    "last_name",
    "full_name",
    "organization",
    "job_title",
    "email",
    "phone",
    "linkedin_url",
    "website",
    "city",
    "notes",
    "connected_on",
)

NO_NAME = QT_TRANSLATE_NOOP("DomainMessages", "No name on this line: it was skipped.")
BAD_EMAIL = QT_TRANSLATE_NOOP(
    "DomainMessages", "“{value}” is not an email address: it was left out."
)
EXCHANGE_ADDRESS = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "“{value}” is an Outlook internal address, not an email address: it was left out.",
)
BAD_DATE = QT_TRANSLATE_NOOP(
    "DomainMessages", "The date “{value}” was not understood: it was left out."
)
COMPANY_CARD = QT_TRANSLATE_NOOP(
    "DomainMessages", "This card is an organisation, not a person: it was skipped."
)
REPEATED = QT_TRANSLATE_NOOP(
    "DomainMessages", "This contact appears earlier in the file (line {value}): both were combined."
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str
    value: str = ""

    def text(self, translate=lambda text: text) -> str:
        return translate(self.message).replace("{value}", self.value)


class ContactRow(NamedTuple):
    """One contact of a file. A tuple of plain values: the garbage collector stops tracking it,
    so tens of thousands of rows never make it stop the window for a full collection."""

    line: int
    first_name: str = ""
    last_name: str = ""
    organization: str = ""
    job_title: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    linkedin_url: str = ""
    city: str = ""
    notes: str = ""
    connected_on: dt.date | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass
class _Draft:
    line: int
    first_name: str = ""
    last_name: str = ""
    organization: str = ""
    job_title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    linkedin_url: str = ""
    city: str = ""
    notes: str = ""
    connected_on: dt.date | None = None


@dataclass
class ParsedFile:
    """A file read and understood, before anything is written."""

    path: Path
    source: str
    encoding: str
    rows: list[ContactRow]
    mapping: list[tuple[str, str]] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)


class RowBuilder:
    """Cleans the values of one row as an importer finds them, noting each problem."""

    def __init__(self, line: int, problems: list[RowProblem]) -> None:
        self.row = _Draft(line=line)
        self._problems = problems

    def problem(self, message: str, value: str) -> None:
        self._problems.append(RowProblem(self.row.line, message, value))

    def set(self, name: str, value: str) -> None:
        """Set a text field the first time a non-empty value comes."""
        value = clean(value)
        if name == "organization" and is_self_employment(value):
            return
        if "\r" in value:
            value = "\n".join(value.splitlines())
        if value and not getattr(self.row, name):
            setattr(self.row, name, value)

    def add_email(self, value: str) -> None:
        for part in split_values(value):
            if part.lower().startswith("mailto:"):
                part = part[7:]
            if part.startswith("/o=") or part.startswith("/O="):
                self.problem(EXCHANGE_ADDRESS, part)
            elif not _EMAIL.match(part):
                self.problem(BAD_EMAIL, part)
            elif part.lower() not in (e.lower() for e in self.row.emails):
                self.row.emails.append(part)

    def add_phone(self, value: str) -> None:
        for part in split_values(value):
            if part.lower().startswith("tel:"):
                part = part[4:]
            if part and phone_key(part) not in (phone_key(p) for p in self.row.phones):
                self.row.phones.append(part)

    def add_website(self, value: str) -> None:
        for part in split_values(value):
            part = part.replace("\\:", ":")  # Apple escapes the colon of its URLs
            if "linkedin.com/" in part.lower():
                self.set("linkedin_url", part)

    def set_date(self, value: str) -> None:
        value = clean(value)
        if not value or self.row.connected_on:
            return
        parsed = parse_date(value)
        if parsed is None:
            self.problem(BAD_DATE, value)
        self.row.connected_on = parsed

    def set_full_name(self, value: str) -> None:
        """Split a whole name in two when the file has no separate first and last names."""
        value = clean(value)
        if not value or self.row.first_name or self.row.last_name:
            return
        first, _, last = value.rpartition(" ")
        self.row.first_name, self.row.last_name = (first, last) if first else (value, "")

    def finish(self, skipped: list[RowProblem], reason: str = NO_NAME) -> ContactRow | None:
        row = self.row
        if not (row.first_name or row.last_name):
            skipped.append(RowProblem(row.line, reason))
            return None
        return ContactRow(
            row.line,
            row.first_name,
            row.last_name,
            row.organization,
            row.job_title,
            tuple(row.emails),
            tuple(row.phones),
            row.linkedin_url,
            row.city,
            row.notes,
            row.connected_on,
        )


def clean(value: str | None) -> str:
    """Trim a value and drop the invisible characters a database refuses."""
    if not value:
        return ""
    return value.replace("\x00", "").strip()


# What LinkedIn and people write in "Company" when they work for themselves: not an organisation.
SELF_EMPLOYMENT = frozenset(
    {
        "self-employed",
        "self employed",
        "freelance",
        "freelancer",
        "independent",
        "independant",
        "independante",
        "independant(e)",
        "independant.e",
        "independant·e",
        "auto-entrepreneur",
        "auto-entrepreneuse",
        "micro-entrepreneur",
        "micro-entrepreneuse",
        "a mon compte",
    }
)


def is_self_employment(company: str) -> bool:
    """ "Indépendant(e)", "Self-employed"…: the person works for themselves, at no company."""
    return fast_fold(" ".join(company.split())) in SELF_EMPLOYMENT


def split_values(value: str) -> list[str]:
    """Google puts several values in one cell, separated by " ::: "."""
    return [clean(part) for part in (value or "").split(":::") if clean(part)]


@functools.lru_cache(maxsize=100_000)
def fast_fold(text: str) -> str:
    """``domain.text.fold``, cached, and without Unicode decomposition for plain ASCII: an
    import folds the same company names thousands of times."""
    return text.lower() if text.isascii() else fold(text)


def phone_key(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def linkedin_key(url: str) -> str:
    """The part of a LinkedIn address that names the person, for comparing two addresses."""
    url = url.strip().lower().split("?")[0].split("#")[0].rstrip("/")
    for prefix in ("https://", "http://"):
        url = url.removeprefix(prefix)
    for prefix in ("www.", "fr.", "m."):
        url = url.removeprefix(prefix)
    return url


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[\s\-/.]+([A-Za-z]{3,9})\.?[\s\-/.,]+(\d{2}|\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(text: str) -> dt.date | None:
    """Dates as LinkedIn writes them ("15 Mar 2024", "7-Feb-22"), in English whatever the
    system language, or as ISO dates; None when the text is not one of them."""
    text = text.strip()
    day = month = year = None
    if match := _DAY_MONTH_YEAR.match(text):
        day, month, year = int(match[1]), _MONTHS.get(match[2].lower()), int(match[3])
    elif match := _MONTH_DAY_YEAR.match(text):
        month, day, year = _MONTHS.get(match[1].lower()), int(match[2]), int(match[3])
    elif match := _ISO.match(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    if month is None or year is None or day is None:
        return None
    if year < 100:
        year += 2000 if year <= dt.date.today().year % 100 + 1 else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
