"""vCard files in: 2.1, 3.0 and 4.0 as Outlook, Apple, Google, Android and phones write them.

Read here line by line rather than by a general vCard library, because contact files from the
wild break the rules in ways a strict reader refuses whole: a card that cannot be read is
skipped and reported, a property that cannot be read is dropped and reported, and the rest of
the file imports. What the formats do say is honoured:

- folded lines (a line starting with a space or tab continues the one before) and the soft
  line breaks of quoted-printable (a line ending in "="), which 2.1 writers do not indent;
- each property's ``CHARSET`` (2.1 and 3.0 phones and mail clients write Shift_JIS,
  Windows-1250…), over raw 8-bit bytes or quoted-printable; a value without one is in the
  file's encoding (UTF-8 if the whole file is, else Windows-1252);
- escapes: ``\\,`` ``\\;`` ``\\n``; a structured value (N, ADR, ORG) is split at its unescaped
  ";" only, and a comma is text (vCard 2.1 never escapes it: "VP, Sales" stays whole).

Values Carnet has no field for go to the person's import note under a plain label; photos,
sounds, keys and the programs' own bookkeeping are left out.
"""

from __future__ import annotations

import binascii
import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from carnet.domain.errors import QT_TRANSLATE_NOOP
from carnet.io.errors import NOT_VCARD, TRUNCATED_VCARD, ImportFileError
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
_BEGIN_BYTES = re.compile(
    rb"^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*\r?$", re.IGNORECASE | re.MULTILINE
)
_LINE_ENDS = re.compile(r"\r\n|\r|\n")
_QP = re.compile(r"ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE[;:]", re.IGNORECASE)
_BASE64 = re.compile(r"ENCODING=(B|BASE64)\b|;BASE64[;:]", re.IGNORECASE)

OUTSIDE_CARD = QT_TRANSLATE_NOOP(
    "DomainMessages", "This line is not part of a contact card: it was ignored."
)
NO_END = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "This card has no end (the file was probably cut short here): it was skipped.",
)
UNREADABLE_CARD = QT_TRANSLATE_NOOP(
    "DomainMessages", "This card could not be read: it was skipped."
)
UNREADABLE_CARD_OF = QT_TRANSLATE_NOOP(
    "DomainMessages", "The card of {value} could not be read: it was skipped."
)
BAD_PROPERTY = QT_TRANSLATE_NOOP(
    "DomainMessages", "A line of this card could not be read: “{value}” was left out."
)
BAD_PHOTO = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The photo on this card is damaged: it was left out (Carnet keeps no photos).",
)

# Left out on purpose: pictures and sounds, and what the writing program keeps for itself.
_LEFT_OUT = frozenset(
    {
        "VERSION",
        "PRODID",
        "REV",
        "UID",
        "PHOTO",
        "LOGO",
        "SOUND",
        "KEY",
        "KIND",
        "SORT-STRING",
        "NAME",
        "PROFILE",
        "SOURCE",
        "MAILER",
        "CLASS",
        "LABEL",
        "CLIENTPIDMAP",
        "XML",
    }
)
_LEFT_OUT_PREFIXES = ("X-AB", "X-MS-", "X-ANDROID-", "X-PHONETIC-", "X-EVOLUTION-", "X-MOZILLA-")
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})

# Plain words for the properties kept in the import note.
LABELS = {
    "BDAY": QT_TRANSLATE_NOOP("DomainMessages", "Birthday"),
    "ANNIVERSARY": QT_TRANSLATE_NOOP("DomainMessages", "Anniversary"),
    "NICKNAME": QT_TRANSLATE_NOOP("DomainMessages", "Nickname"),
    "CATEGORIES": QT_TRANSLATE_NOOP("DomainMessages", "Groups"),
    "ROLE": QT_TRANSLATE_NOOP("DomainMessages", "Role"),
    "ADR": QT_TRANSLATE_NOOP("DomainMessages", "Address"),
    "ORG": QT_TRANSLATE_NOOP("DomainMessages", "Department"),
    "IMPP": QT_TRANSLATE_NOOP("DomainMessages", "Instant messaging"),
    "GENDER": QT_TRANSLATE_NOOP("DomainMessages", "Gender"),
    "LANG": QT_TRANSLATE_NOOP("DomainMessages", "Language"),
    "TZ": QT_TRANSLATE_NOOP("DomainMessages", "Time zone"),
    "GEO": QT_TRANSLATE_NOOP("DomainMessages", "Location"),
    "RELATED": QT_TRANSLATE_NOOP("DomainMessages", "Related person"),
    "X-SOCIALPROFILE": QT_TRANSLATE_NOOP("DomainMessages", "Social profile"),
}


@dataclass
class _Property:
    name: str
    params: dict[str, list[str]] = field(default_factory=dict)
    value: str = ""

    def param(self, key: str) -> str:
        values = self.params.get(key)
        return values[0] if values else ""

    @property
    def encoding(self) -> str:
        return self.param("ENCODING").upper()


def looks_like_vcard(data: bytes) -> bool:
    return _BEGIN_BYTES.search(data[:100_000]) is not None


def parse_vcard_bytes(data: bytes, path: Path) -> ParsedFile:
    """A vCard file in an 8-bit encoding: each value is decoded in its property's CHARSET."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        data.decode("utf-8")
        default = "utf-8"
    except UnicodeDecodeError:
        default = "cp1252"
    return _parse(data.decode("latin-1"), path, default, raw=True)


def parse_vcard(text: str, path: Path, encoding: str) -> ParsedFile:
    """A vCard file already decoded (UTF-16)."""
    return _parse(text, path, encoding, raw=False)


def _parse(text: str, path: Path, encoding: str, *, raw: bool) -> ParsedFile:
    rows: list[ContactRow] = []
    problems: list[RowProblem] = []
    skipped: list[RowProblem] = []
    once: set[str] = set()
    found = False
    reader = _Reader(encoding, raw)
    for start, lines, complete in _cards(text, problems):
        found = True
        if not complete:
            skipped.append(RowProblem(start, NO_END))
            continue
        builder = RowBuilder(start, problems, once)
        try:
            read = [reader.property(line, builder) for line in lines]
            properties = [p for p in read if p is not None]
            company = _is_company(properties)
            if not company:
                _read_card(properties, builder, _version(lines))
        except Exception:  # noqa: BLE001 - whatever a damaged card does, the others import
            name = builder.row.first_name or builder.row.last_name
            skipped.append(RowProblem(start, UNREADABLE_CARD_OF if name else UNREADABLE_CARD, name))
            continue
        row = builder.finish(skipped, COMPANY_CARD if company else NO_NAME)
        if row is not None:
            rows.append(row)
    if not found:
        raise ImportFileError(path, NOT_VCARD)
    if not rows and len(skipped) == 1 and skipped[0].message == NO_END:
        raise ImportFileError(path, TRUNCATED_VCARD, line=skipped[0].line)
    return ParsedFile(
        path=path,
        source="vcard",
        encoding=encoding,
        rows=rows,
        # no list of columns: a card's property names mean nothing to the user
        problems=problems,
        skipped=skipped,
    )


def _cards(text: str, problems: list[RowProblem]) -> Iterator[tuple[int, list[str], bool]]:
    """Each card's first line number, its unfolded property lines, and whether it ends."""
    raw = _LINE_ENDS.split(text)
    start = 0
    lines: list[str] = []
    depth = 0
    outside_reported = False
    index = 0
    count = len(raw)
    while index < count:
        line = raw[index]
        number = index + 1
        index += 1
        if depth == 0:
            if _BEGIN.match(line):
                start, lines, depth = number, [], 1
            elif line.strip() and not outside_reported:
                problems.append(RowProblem(number, OUTSIDE_CARD))
                outside_reported = True
            continue
        if line[:1] in (" ", "\t"):
            if lines:
                lines[-1] += line[1:]
            continue
        if line[:3].upper() == "END" and _END.match(line):
            depth -= 1
            if depth == 0:
                yield start, lines, True
            continue
        if line[:5].upper() == "BEGIN" and _BEGIN.match(line):
            if lines and lines[-1].upper().startswith("AGENT"):  # a card inside a card
                depth += 1
                continue
            yield start, lines, False
            start, lines = number, []
            continue
        if index < count and raw[index][:1] in (" ", "\t"):  # folded: join all at once
            parts = [line]
            while index < count and raw[index][:1] in (" ", "\t"):
                parts.append(raw[index][1:])
                index += 1
            line = "".join(parts)
        if depth > 1:
            continue
        colon = line.find(":")
        head = line[:colon] if colon >= 0 else line
        if line.endswith("=") and _QP.search(head + ":"):
            while line.endswith("=") and index < count:
                line = line[:-1] + raw[index].lstrip()
                index += 1
        elif colon < 0 and lines and _BASE64.search(lines[-1][: lines[-1].find(":")] + ":"):
            lines[-1] += line.strip()  # a 2.1 photo whose lines are not indented
            continue
        lines.append(line)
    if depth:
        yield start, lines, False


def _split_unquoted(text: str, separator: str) -> list[str]:
    if '"' not in text:
        return text.split(separator)
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _split_escaped(value: str, separator: str) -> list[str]:
    """Split at each ``separator`` not escaped by a backslash; escapes are kept."""
    if "\\" not in value:
        return value.split(separator)
    parts, current, escaped = [], [], False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], "\\" + m[1]), value)


class _Reader:
    """Turns a card's lines into properties with their values decoded."""

    def __init__(self, encoding: str, raw: bool) -> None:
        self.encoding = encoding
        self.raw = raw

    def property(self, line: str, builder: RowBuilder) -> _Property | None:
        head, colon, value = _partition_unquoted(line)
        parts = _split_unquoted(head, ";")
        name = parts[0].strip().rsplit(".", 1)[-1].upper()  # "item1.URL": its group aside
        if not colon or not name or not re.fullmatch(r"[A-Z0-9-]+", name):
            shown = self._text(line.encode("latin-1", "replace") if self.raw else line)
            builder.problem(BAD_PROPERTY, " ".join(shown.split())[:60])
            return None
        prop = _Property(name)
        for part in parts[1:]:
            key, equals, values = part.partition("=")
            if equals:
                prop.params.setdefault(key.strip().upper(), []).extend(
                    v.strip().strip('"') for v in values.split(",")
                )
            elif part.strip().upper() in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                prop.params["ENCODING"] = [part.strip()]
            elif part.strip():
                prop.params.setdefault("TYPE", []).append(part.strip())
        if name in _BINARY:
            if prop.encoding in ("B", "BASE64") and not _is_base64(value):
                builder.problem(BAD_PHOTO, "")
            return None
        if name in _LEFT_OUT or (name.startswith(_LEFT_OUT_PREFIXES) and name != "X-ABSHOWAS"):
            return None
        prop.value = self._decode(prop, value)
        return prop

    def _decode(self, prop: _Property, value: str) -> str:
        charset = prop.param("CHARSET")
        if prop.encoding in ("QUOTED-PRINTABLE", "QP"):
            data = value.encode("latin-1" if self.raw else "utf-8", "replace")
            return self._text(quopri.decodestring(data), charset, always=True)
        if prop.encoding in ("B", "BASE64"):
            try:
                data = binascii.a2b_base64(value)
            except (binascii.Error, ValueError):
                return ""
            return self._text(data, charset, always=True)
        if not self.raw:
            return value
        return self._text(value.encode("latin-1", "replace"), charset)

    def _text(self, data: bytes | str, charset: str = "", *, always: bool = False) -> str:
        if isinstance(data, str):
            return data
        if not self.raw and not always:
            return data.decode("utf-8", "replace")
        for encoding in (charset, self.encoding if self.raw else "utf-8", "cp1252"):
            if not encoding:
                continue
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
        return data.decode("latin-1")


def _partition_unquoted(line: str) -> tuple[str, str, str]:
    if '"' not in line[: line.find(":")]:
        return line.partition(":")
    quoted = False
    for index, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[:index], ":", line[index + 1 :]
    return line, "", ""


def _is_base64(value: str) -> bool:
    compact = "".join(value.split())
    if not compact or len(compact) % 4:
        return False
    try:
        binascii.a2b_base64(compact, strict_mode=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _parts(value: str, version: str) -> list[str]:
    """The components of a structured value (N, ADR, ORG), unescaped; in 3.0 and 4.0 a
    component may list several values, separated by unescaped commas."""
    parts = _split_escaped(value, ";")
    if version == "2.1":
        return [unescape(part).strip() for part in parts]
    return [
        " ".join(unescape(v).strip() for v in _split_escaped(part, ",")).strip() for part in parts
    ]


def _is_company(properties: list[_Property]) -> bool:
    """Apple's cards for a company: shown as a company, or with no name but the company's."""
    values = {p.name: p.value for p in properties}
    if values.get("X-ABSHOWAS", "").strip().upper() == "COMPANY":
        return True
    name = _parts(values.get("N", ""), "3.0")
    if any(name[:2]):
        return False
    org = _parts(values.get("ORG", ""), "3.0")
    org_name = org[0] if org else ""
    return bool(org_name) and unescape(values.get("FN", "")).strip() == org_name


def _version(lines: list[str]) -> str:
    for line in lines:
        if line[:8].upper() == "VERSION:":
            return line[8:].strip()
    return "3.0"


def _read_card(properties: list[_Property], builder: RowBuilder, version: str) -> None:
    # FN last: a whole name is split only when the card has no N.
    for prop in sorted(properties, key=lambda p: p.name == "FN"):
        name, value = prop.name, prop.value
        if name == "N":
            parts = _parts(value, version) + ["", "", ""]
            builder.set("first_name", " ".join(p for p in (parts[1], parts[2]) if p))
            builder.set("last_name", parts[0])
        elif name == "FN":
            builder.set_full_name(unescape(value))
        elif name == "ORG":
            parts = [p for p in _parts(value, version) if p]
            if parts:
                builder.set("organization", parts[0])
            for part in parts[1:]:
                builder.keep(LABELS["ORG"], part)
        elif name == "TITLE":
            builder.set("job_title", unescape(value))
        elif name == "EMAIL":
            builder.add_email(unescape(value))
        elif name == "TEL":
            builder.add_phone(unescape(value))
        elif name == "URL" or name == "X-SOCIALPROFILE" and "linkedin.com/" in value.lower():
            builder.add_website(unescape(value))
        elif name == "ADR":
            parts = _parts(value, version) + [""] * 7
            builder.set("city", parts[3])
            address = ", ".join(p for p in parts[:7] if p)
            if address and address != parts[3]:
                builder.keep(LABELS["ADR"], address)
        elif name == "NOTE":
            builder.set("notes", unescape(value))
        elif name not in ("X-ABSHOWAS",):
            builder.keep(LABELS.get(name, _plain_label(name)), unescape(value))


def _plain_label(name: str) -> str:
    """A property without a plain word of its own: its name, as readable as it gets."""
    name = name.removeprefix("X-")
    return name.replace("-", " ").capitalize()
