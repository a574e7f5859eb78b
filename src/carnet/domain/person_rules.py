"""What makes a person's card valid: one set of rules for the card editor and every importer.

The editor refuses a value that breaks a rule and says why; an importer leaves such a value out
of its field, reports it and keeps it in the person's import note. Either way, a card stored by
Carnet can always be saved again unchanged.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from carnet.domain.errors import QT_TRANSLATE_NOOP

# The longest values a card takes: the column sizes of the schema, and for the free texts about
# fifty pages, far beyond any card and still quick to index.
MAX_LENGTHS = {
    "first_name": 200,
    "last_name": 200,
    "job_title": 300,
    "organization_name": 300,
    "city": 200,
    "linkedin_url": 500,
    "background": 100_000,
    "how_we_met": 100_000,
}
MAX_CONTACT_VALUE = 300
MAX_LABEL = 50
MAX_TAG = 100
MAX_KEEP_IN_TOUCH_DAYS = 3650
MULTILINE_FIELDS = frozenset({"background", "how_we_met"})

NAME_MISSING = QT_TRANSLATE_NOOP(
    "DomainMessages", "A person needs at least a first or a last name."
)
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "This text holds an invisible control character; remove it, or type the text again.",
)
TOO_LONG = {
    50: QT_TRANSLATE_NOOP("DomainMessages", "This text is too long: 50 characters at most."),
    100: QT_TRANSLATE_NOOP("DomainMessages", "This text is too long: 100 characters at most."),
    200: QT_TRANSLATE_NOOP("DomainMessages", "This text is too long: 200 characters at most."),
    300: QT_TRANSLATE_NOOP("DomainMessages", "This text is too long: 300 characters at most."),
    500: QT_TRANSLATE_NOOP("DomainMessages", "This text is too long: 500 characters at most."),
    100_000: QT_TRANSLATE_NOOP(
        "DomainMessages", "This text is too long: 100,000 characters at most (about fifty pages)."
    ),
}
BAD_EMAIL = QT_TRANSLATE_NOOP(
    "DomainMessages", "This doesn't look like an email address, e.g. marie.dupont@example.fr."
)
BAD_PHONE = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "A phone number holds digits, spaces and + ( ) - . / only, e.g. +33 6 12 34 56 78.",
)
PHONE_DIGITS = QT_TRANSLATE_NOOP("DomainMessages", "A phone number holds between 3 and 20 digits.")
BAD_URL = QT_TRANSLATE_NOOP(
    "DomainMessages", "This doesn't look like a web address, e.g. https://www.linkedin.com/in/name."
)
BAD_CADENCE = QT_TRANSLATE_NOOP("DomainMessages", "Keep in touch every 1 to 3,650 days, or never.")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/\u00a0\u202f]+$")
_SPACE = re.compile(r"\s")
# An address whose host _HOST accepts, in plain ASCII, as urlsplit would read it.
_PLAIN_WEB_ADDRESS = re.compile(r"(?i:https?)://[A-Za-z0-9_\-.]+\.[A-Za-z]{2,}(:\d+)?([/?#]\S*)?\Z")
_HOST = re.compile(r"^[\w\-.]+\.[^\W\d_]{2,}(:\d+)?$")
# Invisible control characters (C0, DEL, C1); a free text may hold tabs and line breaks.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def text_problem(name: str, value: str, limit: int | None = None) -> str | None:
    """Why ``value`` cannot go in the text field ``name``, or None.

    ``limit`` defaults to the field's own (``MAX_LENGTHS``), else that of an email or phone.
    """
    if limit is None:
        limit = MAX_LENGTHS.get(name, MAX_CONTACT_VALUE)
    pattern = _CONTROL_MULTILINE if name in MULTILINE_FIELDS else _CONTROL
    if pattern.search(value):
        return CONTROL_CHARACTER
    if len(value) > limit:
        return TOO_LONG[limit]
    return None


def without_controls(name: str, value: str) -> str:
    """``value`` with its invisible control characters turned into spaces (line breaks kept
    in the free texts): what an importer stores of a value typed with them."""
    pattern = _CONTROL_MULTILINE if name in MULTILINE_FIELDS else _CONTROL
    return pattern.sub(" ", value) if pattern.search(value) else value


def email_problem(value: str) -> str | None:
    """Why ``value`` is not an email address, or None."""
    return None if not value.strip() or _EMAIL.match(value.strip()) else BAD_EMAIL


def phone_problem(value: str) -> str | None:
    """Why ``value`` is not a phone number, or None. The number is kept as typed."""
    value = value.strip()
    if not value:
        return None
    if not _PHONE.match(value):
        return BAD_PHONE
    digits = sum(ch.isdigit() for ch in value)
    return None if 3 <= digits <= 20 else PHONE_DIGITS


def url_problem(value: str) -> str | None:
    """Why ``value`` is not a web address, or None; "www.example.fr" without https:// is one."""
    value = value.strip()
    if not value:
        return None
    if _PLAIN_WEB_ADDRESS.match(value):  # most addresses: no need to split them
        return None
    if _SPACE.search(value):
        return BAD_URL
    try:
        parts = urlsplit(value if "://" in value else f"https://{value}")
    except ValueError:  # "http://[oops": a bracket that opens an address and never closes
        return BAD_URL
    if parts.scheme.lower() not in ("http", "https") or not _HOST.match(parts.netloc):
        return BAD_URL
    return None
