"""vCard files in (2.1, 3.0, 4.0 as Outlook, Apple and Google write them) and out (4.0).

vobject parses each card (quoted-printable with a CHARSET, grouped properties such as
``item1.URL``, folded lines, escapes). Cards are cut apart here first, so that a problem names
the line where its card starts, and the soft line breaks of vCard 2.1's quoted-printable (a line
ending in "=", continued on the next without a leading space), which vobject does not join, are
joined before it reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import vobject

from carnet.io.errors import BAD_VCARD, NOT_VCARD, TRUNCATED_VCARD, ImportFileError
from carnet.io.rows import (
    COMPANY_CARD,
    NO_NAME,
    ContactRow,
    ParsedFile,
    RowBuilder,
    RowProblem,
)

_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.IGNORECASE)
_QP = re.compile(r"ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE[;:]", re.IGNORECASE)

MAPPING = [
    ("N", "last_name"),
    ("N", "first_name"),
    ("FN", "full_name"),
    ("ORG", "organization"),
    ("TITLE", "job_title"),
    ("EMAIL", "email"),
    ("TEL", "phone"),
    ("URL", "linkedin_url"),
    ("X-SOCIALPROFILE", "linkedin_url"),
    ("ADR", "city"),
    ("NOTE", "notes"),
]


def looks_like_vcard(text: str) -> bool:
    return any(_BEGIN.match(line) for line in text[:100_000].splitlines()[:50])


def _cards(text: str, path: Path) -> Iterator[tuple[int, str]]:
    """Each card's first line number and text, with quoted-printable soft breaks joined."""
    start: int | None = None
    lines: list[str] = []
    depth = 0
    raw = text.splitlines()
    index = 0
    while index < len(raw):
        line = raw[index]
        number = index + 1
        index += 1
        if _BEGIN.match(line):
            if depth == 0:
                start, lines = number, []
            depth += 1
        elif depth == 0:
            if line.strip():
                raise ImportFileError(path, BAD_VCARD, line=number)
            continue
        if line.endswith("=") and _QP.search(line.split(":", 1)[0] + ":"):
            while line.endswith("=") and index < len(raw):
                line = line[:-1] + raw[index].lstrip()
                index += 1
        lines.append(line)
        if _END.match(line):
            depth -= 1
            if depth == 0:
                assert start is not None
                yield start, "\r\n".join(lines) + "\r\n"
                start = None
    if start is not None:
        raise ImportFileError(path, TRUNCATED_VCARD, line=start)


def parse_vcard(text: str, path: Path, encoding: str) -> ParsedFile:
    rows: list[ContactRow] = []
    problems: list[RowProblem] = []
    skipped: list[RowProblem] = []
    found = False
    for line, card_text in _cards(text, path):
        found = True
        try:
            card = vobject.readOne(card_text, ignoreUnreadable=True, allowQP=True)
            builder = RowBuilder(line, problems)
            is_company = _is_company(card)
            if not is_company:
                _read_card(card, builder)
        except ImportFileError:
            raise
        except Exception as error:  # vobject raises many kinds on malformed input
            bad_line = getattr(error, "lineNumber", None)
            raise ImportFileError(
                path, BAD_VCARD, line=line + bad_line - 1 if bad_line else line
            ) from error
        row = builder.finish(skipped, COMPANY_CARD if is_company else NO_NAME)
        if row is not None:
            rows.append(row)
    if not found:
        raise ImportFileError(path, NOT_VCARD)
    present = {name for name, _ in MAPPING}
    return ParsedFile(
        path=path,
        source="vcard",
        encoding=encoding,
        rows=rows,
        mapping=[(name, field) for name, field in MAPPING if name in present],
        problems=problems,
        skipped=skipped,
    )


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_text(v) for v in value if _text(v))
    return str(value or "")


def _is_company(card: vobject.base.Component) -> bool:
    """Apple's cards for a company: shown as a company, or with no name but the company's."""
    values = {str(p.name).upper(): p.value for p in card.getChildren()}
    if str(values.get("X-ABSHOWAS", "")).upper() == "COMPANY":
        return True
    name = values.get("N")
    if isinstance(name, vobject.vcard.Name) and (_parts(name.given) or _parts(name.family)):
        return False
    org = values.get("ORG")
    org_name = _text(org[0]) if isinstance(org, list) and org else _text(org)
    return bool(org_name) and _text(values.get("FN", "")).strip() == org_name.strip()


def _read_card(card: vobject.base.Component, builder: RowBuilder) -> None:
    # FN last: a whole name is split only when the card has no N.
    for prop in sorted(card.getChildren(), key=lambda p: str(p.name).upper() == "FN"):
        if not isinstance(prop, vobject.base.ContentLine):
            continue
        name, value = prop.name.upper(), prop.value
        if name == "N" and isinstance(value, vobject.vcard.Name):
            builder.set("first_name", " ".join(_parts(value.given) + _parts(value.additional)))
            builder.set("last_name", " ".join(_parts(value.family)))
        elif name == "FN":
            builder.set_full_name(_text(value))
        elif name == "ORG":
            parts = value if isinstance(value, list) else [value]
            builder.set("organization", _text(parts[0]) if parts else "")
        elif name == "TITLE":
            builder.set("job_title", _text(value))
        elif name == "EMAIL":
            builder.add_email(_text(value))
        elif name == "TEL":
            builder.add_phone(_text(value))
        elif name in ("URL", "X-SOCIALPROFILE"):
            builder.add_website(_text(value))
        elif name == "ADR" and isinstance(value, vobject.vcard.Address):
            builder.set("city", " ".join(_parts(value.city)))
        elif name == "NOTE":
            builder.set("notes", _text(value))


def _parts(value: object) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value).strip()] if value and str(value).strip() else []
