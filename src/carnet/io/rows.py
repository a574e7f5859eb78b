"""What every importer returns: one ``ContactRow`` per contact, with the file's column mapping."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from carnet.domain.errors import QT_TRANSLATE_NOOP
from carnet.domain.notebook import MAX_BODY_CHARACTERS
from carnet.domain.person_rules import (
    MAX_CONTACT_VALUE,
    MAX_LENGTHS,
    email_problem,
    phone_problem,
    text_problem,
    url_problem,
    without_controls,
)
from carnet.domain.text import fill, fold

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
    "DomainMessages",
    "“{value}” is not an email address: it was kept in the person’s import note instead.",
)
EXCHANGE_ADDRESS = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "“{value}” is an address inside Outlook, not an email address: it was kept in the person’s "
    "import note instead.",
)
BAD_PHONE = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "“{value}” is not a phone number Carnet can store: it was kept in the person’s import note "
    "instead.",
)
BAD_URL = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "“{value}” is not a web address: it was kept in the person’s import note instead.",
)
CUT_TEXT = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "“{value}” is longer than Carnet keeps in this field: it was shortened, and kept whole in "
    "the person’s import note.",
)
CUT_PAST_NOTE = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "“{value}” is longer than Carnet keeps, even in a note: it was shortened in its field, and "
    "its first 1,000,000 characters were kept in the person’s import note.",
)
NOTE_CUT = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The details of this contact that Carnet has no field for pass 1,000,000 characters, what a "
    "note holds: the person’s import note keeps their beginning only.",
)
BAD_DATE = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "Dates written like “{value}” were not understood: each was kept in its person’s import "
    "note instead.",
)
COMPANY_CARD = QT_TRANSLATE_NOOP(
    "DomainMessages", "This card is an organisation, not a person: it was skipped."
)
REPEATED = QT_TRANSLATE_NOOP(
    "DomainMessages", "This contact appears earlier in the file (line {value}): both were combined."
)

# The words an import note uses for a value left out of a Carnet field.
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("DomainMessages", "First name"),
    "last_name": QT_TRANSLATE_NOOP("DomainMessages", "Last name"),
    "organization": QT_TRANSLATE_NOOP("DomainMessages", "Organisation"),
    "job_title": QT_TRANSLATE_NOOP("DomainMessages", "Job title"),
    "email": QT_TRANSLATE_NOOP("DomainMessages", "Email"),
    "phone": QT_TRANSLATE_NOOP("DomainMessages", "Phone"),
    "linkedin_url": QT_TRANSLATE_NOOP("DomainMessages", "LinkedIn"),
    "website": QT_TRANSLATE_NOOP("DomainMessages", "Website"),
    "city": QT_TRANSLATE_NOOP("DomainMessages", "City"),
    "notes": QT_TRANSLATE_NOOP("DomainMessages", "Notes"),
    "connected_on": QT_TRANSLATE_NOOP("DomainMessages", "Connected on"),
    "full_name": QT_TRANSLATE_NOOP("DomainMessages", "Name"),
    "unnamed": QT_TRANSLATE_NOOP("DomainMessages", "Column without a name"),
}
# The card field each imported text goes to, for its rules (see domain.person_rules).
_RULE_FIELD = {"organization": "organization_name", "notes": "background"}
_SHOWN_VALUE = 80


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str
    value: str = ""

    def text(self, translate: Callable[[str], str] = lambda text: text) -> str:
        value = self.value if len(self.value) <= _SHOWN_VALUE else self.value[:_SHOWN_VALUE] + "…"
        return fill(translate(self.message), {"value": value})


class ContactRow(NamedTuple):
    """One contact of a file. A tuple of plain values: the garbage collector stops tracking it,
    so tens of thousands of rows never make it stop the window for a full collection.

    ``extras`` are the file's values Carnet has no field for, or that break a rule of a valid
    card, as (label, value): they go into the person's import note."""

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
    extras: tuple[tuple[str, str], ...] = ()

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
    extras: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ParsedFile:
    """A file read and understood, before anything is written.

    ``source`` is the program the file seems to come from (a key of ``SOURCES``)."""

    path: Path
    source: str
    encoding: str
    rows: list[ContactRow]
    mapping: list[tuple[str, str]] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)
    noted_columns: list[str] = field(default_factory=list)
    """Columns without a Carnet field, whose values go to the import note."""
    header: list[str] = field(default_factory=list)
    needs_columns: bool = False
    """The layout is unknown: the columns were guessed, for the user to check."""

    @property
    def rows_with_extras(self) -> int:
        return sum(1 for row in self.rows if row.extras)


class RowBuilder:
    """Cleans the values of one row as an importer finds them, by the rules of a valid card:
    a value that breaks one is reported and kept among the row's extras, never dropped.

    ``once``, shared by the builders of a file, holds the messages to report once per file."""

    def __init__(self, line: int, problems: list[RowProblem], once: set[str] | None = None) -> None:
        self.row = _Draft(line=line)
        self._problems = problems
        self._once = once
        self._note_cut_said = False

    def problem(self, message: str, value: str) -> None:
        if self._once is not None and message in ONCE_PER_FILE:
            if message in self._once:
                return
            self._once.add(message)
        self._problems.append(RowProblem(self.row.line, message, value))

    def keep(self, label: str, value: str) -> None:
        """Keep a value Carnet has no field for, under ``label`` (a column's name, or one of
        ``FIELD_LABELS``)."""
        value = clean(value)
        if value and (label, value) not in self.row.extras:
            self.row.extras.append((label, value))

    def _left_out(self, name: str, message: str, value: str) -> None:
        self.problem(message, value)
        self.keep(FIELD_LABELS.get(name, name), value)

    def set(self, name: str, value: str) -> None:
        """Set a text field the first time a non-empty value comes; a later one is kept."""
        value = clean(value)
        if not value or (name == "organization" and is_self_employment(value)):
            return
        if "\r" in value:
            value = "\n".join(value.splitlines())
        current = getattr(self.row, name)
        if current:
            if value != current:
                self.keep(FIELD_LABELS.get(name, name), value)
            return
        rule_field = _RULE_FIELD.get(name, name)
        if not value.isprintable():
            value = without_controls(rule_field, value).strip()
        if name == "linkedin_url" and url_problem(value):
            self._left_out(name, BAD_URL, value)
            return
        limit = MAX_LENGTHS.get(rule_field, MAX_CONTACT_VALUE)
        if len(value) > limit:
            past_note = len(value) >= MAX_BODY_CHARACTERS
            self._note_cut_said |= past_note
            self._left_out(name, CUT_PAST_NOTE if past_note else CUT_TEXT, value)
            if name == "linkedin_url":
                return
            value = _shortened(value, limit)
        setattr(self.row, name, value)

    def add_email(self, value: str) -> None:
        for part in split_values(value):
            if part.lower().startswith("mailto:"):
                part = part[7:].strip()
            if part.startswith(("/o=", "/O=")):
                self._left_out("email", EXCHANGE_ADDRESS, part)
            elif email_problem(part) or text_problem("email", part):
                self._left_out("email", BAD_EMAIL, part)
            elif fold(part) not in (fold(e) for e in self.row.emails):
                self.row.emails.append(part)

    def add_phone(self, value: str) -> None:
        for part in split_values(value):
            if part.lower().startswith("tel:"):
                part = part[4:].strip()
            if not part:
                continue
            if phone_problem(part) or text_problem("phone", part):
                self._left_out("phone", BAD_PHONE, part)
            elif phone_key(part) not in (phone_key(p) for p in self.row.phones):
                self.row.phones.append(part)

    def add_website(self, value: str) -> None:
        for part in split_values(value):
            part = part.replace("\\:", ":")  # Apple escapes the colon of its URLs
            if "linkedin.com/" in part.lower() and not self.row.linkedin_url:
                self.set("linkedin_url", part)
            else:
                self.keep(FIELD_LABELS["website"], part)

    def set_date(self, value: str) -> None:
        value = clean(value)
        if not value or self.row.connected_on:
            return
        parsed = parse_date(value)
        if parsed is None:
            self._left_out("connected_on", BAD_DATE, value)
        self.row.connected_on = parsed

    def set_full_name(self, value: str, label: str = FIELD_LABELS["full_name"]) -> None:
        """Split a whole name in two when the file has no separate first and last names; a
        whole name that says more than the first and last names is kept under ``label``."""
        value = clean(value)
        if not value:
            return
        if self.row.first_name or self.row.last_name:
            first, last = self.row.first_name, self.row.last_name
            if "".join(value.split()) not in (
                "".join(f"{first}{last}".split()),
                "".join(f"{last}{first}".split()),
            ):
                self.keep(label, value)
            return
        first, _, last = value.rpartition(" ")
        if first:
            self.set("first_name", first)
            self.set("last_name", last)
        else:
            self.set("first_name", value)

    def finish(self, skipped: list[RowProblem], reason: str = NO_NAME) -> ContactRow | None:
        row = self.row
        if not (row.first_name or row.last_name):
            skipped.append(RowProblem(row.line, reason))
            return None
        if _note_length(row.extras) > MAX_BODY_CHARACTERS and not self._note_cut_said:
            self.problem(NOTE_CUT, "")
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
            tuple(row.extras),
        )


def _note_length(extras: list[tuple[str, str]]) -> int:
    """About how long the import note of these extras is ("Label: value", a line each)."""
    return sum(len(label) + len(value) + 3 + 4 * value.count("\n") for label, value in extras)


ONCE_PER_FILE = frozenset({BAD_DATE})


def _shortened(value: str, limit: int) -> str:
    """``value`` cut to at most ``limit`` characters, at a space when there is one near."""
    cut = value[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def clean(value: str | None) -> str:
    """Trim a value and drop the invisible characters a database refuses."""
    if not value:
        return ""
    if "\x00" in value:
        value = value.replace("\x00", "")
    return value.strip()


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
    if not value:
        return []
    if ":::" not in value:
        value = clean(value)
        return [value] if value else []
    return [part for part in (clean(part) for part in value.split(":::")) if part]


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
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$")
# Older exports: month/day/two-digit year, then a time ("1/8/18, 6:14 PM").
_US_DATE = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?$"
)


def parse_date(text: str) -> dt.date | None:
    """Dates in every form LinkedIn has written them ("15 Mar 2024", "7-Feb-22", and in older
    exports "1/8/18, 6:14 PM", month first), in English whatever the system language, or as
    ISO dates; None when the text is not one of them."""
    text = text.strip()
    day = month = year = None
    if match := _DAY_MONTH_YEAR.match(text):
        day, month, year = int(match[1]), _MONTHS.get(match[2].lower()), int(match[3])
    elif match := _MONTH_DAY_YEAR.match(text):
        month, day, year = _MONTHS.get(match[1].lower()), int(match[2]), int(match[3])
    elif match := _ISO.match(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := _US_DATE.match(text):
        month, day, year = int(match[1]), int(match[2]), int(match[3])
    if month is None or year is None or day is None:
        return None
    if year < 100:
        year += 2000 if year <= dt.date.today().year % 100 + 1 else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
