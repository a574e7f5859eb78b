"""Use cases on notebook entries: dated notes written after a call or a meeting.

Bodies are Markdown, stored as plain text: the full-text index sees the user's words and nothing
else, and a note can hold no picture and load nothing from the network.

The list is read a page at a time (``NoteCursor``), newest first, so that opening a notebook of
hundreds of thousands of entries reads only what fits on the screen.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from sqlalchemy import (
    Column,
    CursorResult,
    Integer,
    MetaData,
    ScalarSelect,
    Select,
    Table,
    Text,
    func,
    literal,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from carnet.db.search_index import match_expression
from carnet.domain.enums import NoteKind
from carnet.domain.errors import CONTROL_CHARACTER_MESSAGE, QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.models import Note, Organization, Person, note_person
from carnet.domain.text import fold

# About three hundred pages of text: far beyond any note, and still quick to index and save.
MAX_BODY_CHARACTERS = 1_000_000
MAX_TITLE_CHARACTERS = 300
# Search excerpts mark each match with these two characters (never typed, never stored).
MATCH_START = "\x02"
MATCH_END = "\x03"
PAGE_SIZE = 200
# A search with at least this many matches walks the date index rather than sorting them all.
DENSE_MATCHES = 5000

# The FTS5 index of titles and bodies (revision 0002); its hidden column named after the table is
# what MATCH, highlight() and snippet() take.
_NOTE_SEARCH = Table(
    "note_search",
    MetaData(),
    Column("rowid", Integer, primary_key=True),
    Column("note_search", Text),
)

BODY_TOO_LONG_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "This text is too long for one note (more than a million characters). "
    "Split it into several entries.",
)
TITLE_TOO_LONG_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "A title holds at most 300 characters."
)


@dataclass
class NoteDraft:
    written_on: dt.date = field(default_factory=dt.date.today)
    title: str = ""
    body: str = ""
    kind: NoteKind = NoteKind.MEETING_NOTES
    person_ids: list[int] = field(default_factory=list)
    organization_id: int | None = None


@dataclass(frozen=True)
class NoteRow:
    """One line of the notebook list; ``title`` and ``excerpt`` carry match marks when searched.

    The excerpt is cut from ``text`` (the start of the body) when first asked for: a list shows
    a few rows of a page at a time.
    """

    id: int
    written_on: dt.date
    title: str
    people: tuple[str, ...]
    text: str = field(default="", repr=False)
    kind: NoteKind = NoteKind.MEETING_NOTES
    organization: str = ""
    words: tuple[str, ...] = ()

    @functools.cached_property
    def excerpt(self) -> str:
        if not self.words:
            return excerpt_of(self.text)
        return _excerpt(excerpt_around(self.text, list(self.words)), searched=True)


@dataclass(frozen=True)
class NoteQuery:
    """What the notebook shows: every filter left empty shows every entry."""

    text: str = ""
    person_id: int | None = None
    organization_id: int | None = None
    kind: NoteKind | None = None

    @property
    def is_search(self) -> bool:
        return match_expression(self.text) is not None


@dataclass(frozen=True)
class NoteCursor:
    """Where the previous page ended: the next page starts just after this entry."""

    written_on: dt.date
    id: int

    @classmethod
    def after(cls, row: NoteRow) -> NoteCursor:
        return cls(row.written_on, row.id)


def without_byte_order_mark(text: str) -> str:
    """``text`` without the invisible U+FEFF a file can leave at its start: it is not the user's
    text, and Qt drops it when the text is shown again, so keeping it would change on reopening."""
    return text.lstrip("\ufeff")


def is_blank(title: str, body: str) -> bool:
    """Nothing worth a notebook entry: only spaces and invisible marks."""
    return not (without_byte_order_mark(title).strip() or without_byte_order_mark(body).strip())


def check_draft(draft: NoteDraft) -> None:
    """Raise ``ValidationError`` if the draft cannot be stored as it is."""
    if "\x00" in draft.title or "\x00" in draft.body:
        raise ValidationError("body", CONTROL_CHARACTER_MESSAGE)
    if len(draft.body) > MAX_BODY_CHARACTERS:
        raise ValidationError("body", BODY_TOO_LONG_MESSAGE)
    if len(draft.title) > MAX_TITLE_CHARACTERS:
        raise ValidationError("title", TITLE_TOO_LONG_MESSAGE)


def _apply(session: Session, note: Note, draft: NoteDraft) -> None:
    check_draft(draft)
    note.written_on = draft.written_on
    note.title = without_byte_order_mark(draft.title)
    note.body = without_byte_order_mark(draft.body)
    note.kind = draft.kind
    organization = (
        session.get(Organization, draft.organization_id) if draft.organization_id else None
    )
    note.organization_id = organization.id if organization else None
    wanted = [p for p in (session.get(Person, i) for i in dict.fromkeys(draft.person_ids)) if p]
    if [p.id for p in note.people] != [p.id for p in wanted]:
        note.people = wanted


def create_note(session: Session, draft: NoteDraft) -> int:
    note = Note()
    _apply(session, note, draft)
    session.add(note)
    session.flush()
    return note.id


def save_note(session: Session, note_id: int, draft: NoteDraft) -> None:
    note = session.get(Note, note_id)
    if note is None:
        raise LookupError(f"no note {note_id}")
    _apply(session, note, draft)


def save_text(session: Session, note_id: int, title: str, body: str) -> bool:
    """Save only the title and text of an entry, the quick way autosave takes while the user
    types; False if the entry is gone."""
    check_draft(NoteDraft(title=title, body=body))
    result = session.execute(
        update(Note)
        .where(Note.id == note_id)
        .values(
            title=without_byte_order_mark(title),
            body=without_byte_order_mark(body),
            updated_at=dt.datetime.now().replace(microsecond=0),
        )
    )
    return cast(CursorResult[Any], result).rowcount == 1


def excerpt_of(body: str) -> str:
    """The line the list shows under an entry's title."""
    return _excerpt(body[:400], searched=False)


def delete_note(session: Session, note_id: int) -> None:
    note = session.get(Note, note_id)
    if note is not None:
        session.delete(note)


def note_exists(session: Session, note_id: int) -> bool:
    return session.get(Note, note_id) is not None


def load_draft(session: Session, note_id: int) -> NoteDraft:
    note = session.get(Note, note_id)
    if note is None:
        raise LookupError(f"no note {note_id}")
    return NoteDraft(
        written_on=note.written_on,
        title=note.title,
        body=note.body,
        kind=note.kind,
        person_ids=[p.id for p in note.people],
        organization_id=note.organization_id,
    )


def list_notes(
    session: Session,
    query: NoteQuery | None = None,
    *,
    after: NoteCursor | None = None,
    limit: int | None = None,
) -> list[NoteRow]:
    """Entries newest first (latest written first within a day), filtered by ``query``.

    With ``limit``, one page; pass ``after=NoteCursor.after(last_row)`` for the next one. When
    ``query`` has words, titles and excerpts carry ``MATCH_START``/``MATCH_END`` around them.
    """
    query = query or NoteQuery()
    expression = match_expression(query.text)
    if expression is None:
        statement = _filtered(select(Note.id), query, after).order_by(
            Note.written_on.desc(), Note.id.desc()
        )
        if limit is not None:
            statement = statement.limit(limit)
        ids = list(session.scalars(statement))
    else:
        ids = _search(session, expression, query, after, limit)
    return _rows(session, ids, _query_words(query.text) if expression else None)


S = TypeVar("S", bound=Select[Any])


def _filtered(statement: S, query: NoteQuery, after: NoteCursor | None) -> S:
    if query.person_id is not None:
        statement = statement.where(
            Note.id.in_(
                select(note_person.c.note_id).where(note_person.c.person_id == query.person_id)
            )
        )
    if query.organization_id is not None:
        statement = statement.where(Note.organization_id == query.organization_id)
    if query.kind is not None:
        statement = statement.where(Note.kind == query.kind)
    if after is not None:
        statement = statement.where(
            tuple_(Note.written_on, Note.id) < tuple_(literal(after.written_on), literal(after.id))
        )
    return statement


def _search(
    session: Session,
    expression: str,
    query: NoteQuery,
    after: NoteCursor | None,
    limit: int | None,
) -> list[int]:
    """The ids of the matching entries, newest first.

    The index gives matches in id order, not by date. With few matches, each is looked up for
    its date; with many, the date index is walked from the newest entry and stops once the page
    is full, which comes soon since so many entries match (SQLite keeps the matches in a
    temporary index meanwhile). A first read of at most ``DENSE_MATCHES`` matches tells which.
    These queries go straight to the driver: they are the ones that may read many rows.
    """
    conditions, parameters = _conditions(query, after)
    where = "".join(f" AND {condition}" for condition in conditions)
    order = " ORDER BY n.written_on DESC, n.id DESC" + (" LIMIT ?" if limit is not None else "")
    last = [limit] if limit is not None else []
    driver = cast(sqlite3.Connection, session.connection().connection.driver_connection)
    cursor = driver.cursor()
    try:
        first = [
            rowid
            for (rowid,) in cursor.execute(
                "SELECT rowid FROM note_search WHERE note_search MATCH ? LIMIT ?",
                (expression, DENSE_MATCHES),
            )
        ]
        if len(first) < DENSE_MATCHES:
            sql = (
                "SELECT n.id FROM json_each(?) AS j CROSS JOIN note AS n ON n.id = j.value"
                f" WHERE 1{where}{order}"
            )
            rows = cursor.execute(sql, [json.dumps(first), *parameters, *last])
        else:
            sql = (
                "SELECT n.id FROM note AS n {hint} WHERE n.id IN"
                " (SELECT rowid FROM note_search WHERE note_search MATCH ?)" + where + order
            )
            try:
                rows = cursor.execute(
                    sql.format(hint="INDEXED BY ix_note_written_on"),
                    [expression, *parameters, *last],
                )
            except sqlite3.OperationalError:  # the date index renamed by a later revision
                rows = cursor.execute(sql.format(hint=""), [expression, *parameters, *last])
        return [note_id for (note_id,) in rows]
    finally:
        cursor.close()


def _conditions(query: NoteQuery, after: NoteCursor | None) -> tuple[list[str], list[object]]:
    """The filters of ``query`` as SQL on ``note AS n``, with their parameters."""
    conditions: list[str] = []
    parameters: list[object] = []
    if query.person_id is not None:
        conditions.append("n.id IN (SELECT note_id FROM note_person WHERE person_id = ?)")
        parameters.append(query.person_id)
    if query.organization_id is not None:
        conditions.append("n.organization_id = ?")
        parameters.append(query.organization_id)
    if query.kind is not None:
        conditions.append("n.kind = ?")
        parameters.append(NoteKind(query.kind).value)
    if after is not None:
        conditions.append("(n.written_on, n.id) < (?, ?)")
        parameters.extend([after.written_on.isoformat(), after.id])
    return conditions, parameters


def _id_list(ids: list[int]) -> ScalarSelect[Any]:
    """``ids`` as one bound JSON parameter: the statement stays the same whatever their number."""
    listed = func.json_each(json.dumps(ids)).table_valued("value")
    return select(listed.c.value).scalar_subquery()


def _rows(session: Session, ids: list[int], words: list[str] | None) -> list[NoteRow]:
    if not ids:
        return []
    found = {
        note_id: (written_on, title, body, kind, organization)
        for note_id, written_on, title, body, kind, organization in session.execute(
            select(
                Note.id,
                Note.written_on,
                Note.title,
                func.substr(Note.body, 1, SEARCHED_CHARACTERS if words else 400),
                Note.kind,
                Organization.name,
            )
            .outerjoin(Organization, Organization.id == Note.organization_id)
            .where(Note.id.in_(_id_list(ids)))
        )
    }
    names = _people_of(session, ids)
    rows = []
    for note_id in ids:
        written_on, title, body, kind, organization = found[note_id]
        rows.append(
            NoteRow(
                id=note_id,
                written_on=written_on,
                title=mark(title, words) if words else title,
                people=names.get(note_id, ()),
                text=body,
                kind=NoteKind(kind),
                organization=organization or "",
                words=tuple(words or ()),
            )
        )
    return rows


# -- marking the words found, as the index finds them: words that start with a searched word ---

_TOKEN = re.compile(r"[^\W_]+")
SEARCHED_CHARACTERS = 200_000
EXCERPT_BEFORE = 50
EXCERPT_AFTER = 200


def _query_words(text: str) -> list[str]:
    return [fold(word) for word in _TOKEN.findall(text)]


@functools.cache
def _variants() -> dict[str, str]:
    """For each plain letter, the accented letters that fold to it (é, è, ê, ë for e…)."""
    table: dict[str, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        folded = fold(char)
        if len(folded) == 1 and folded != char.lower():
            table[folded] = table.get(folded, "") + char
    return table


@functools.lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Words starting with any of ``words``, whatever their case and accents."""
    variants = _variants()
    alternatives = [
        "".join(
            f"[{re.escape(char)}{re.escape(variants[char])}]"
            if char in variants
            else re.escape(char)
            for char in word
        )
        for word in sorted(words, key=len, reverse=True)
    ]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")[^\W_]*", re.IGNORECASE)


def mark(text: str, words: list[str]) -> str:
    """``text`` with every word found put between ``MATCH_START`` and ``MATCH_END``."""
    return _pattern(tuple(words)).sub(lambda m: MATCH_START + m.group(0) + MATCH_END, text)


def excerpt_around(text: str, words: list[str]) -> str:
    """Some text around the first word found, the words found marked."""
    found = _pattern(tuple(words)).search(text)
    if found is None:
        return text[:400]
    start = max(0, found.start() - EXCERPT_BEFORE)
    if start > 0:
        space = text.find(" ", start, found.start())
        start = space + 1 if space >= 0 else start
    end = min(len(text), found.end() + EXCERPT_AFTER)
    shown = mark(text[start:end], words)
    return ("…" if start > 0 else "") + shown + ("…" if end < len(text.rstrip()) else "")


_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|>\s?)|\*\*|__")


def _excerpt(text: str, *, searched: bool) -> str:
    """The text on one line, without its Markdown marks (heading hashes, list bullets, bold)."""
    lines = (_MARKUP.sub("", line) for line in text.splitlines())
    collapsed = " ".join(" ".join(lines).split())
    return collapsed if searched else collapsed[:120]


def _people_of(session: Session, note_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not note_ids:
        return {}
    names: dict[int, list[str]] = {}
    for note_id, first, last in session.execute(
        select(note_person.c.note_id, Person.first_name, Person.last_name)
        .join(Person, Person.id == note_person.c.person_id)
        .where(note_person.c.note_id.in_(_id_list(note_ids)))
        .order_by(note_person.c.note_id, Person.id)
    ):
        names.setdefault(note_id, []).append(" ".join(p for p in (first, last) if p))
    return {note_id: tuple(found) for note_id, found in names.items()}


def count_notes(session: Session) -> int:
    return session.scalar(select(func.count(Note.id))) or 0


def note_row(session: Session, note_id: int) -> NoteRow | None:
    """One entry as the list shows it, or None if it is gone."""
    note = session.get(Note, note_id)
    if note is None:
        return None
    return NoteRow(
        id=note.id,
        written_on=note.written_on,
        title=note.title,
        people=tuple(p.full_name for p in sorted(note.people, key=lambda p: p.id)),
        text=note.body[:400],
        kind=note.kind,
        organization=note.organization.name if note.organization else "",
    )
