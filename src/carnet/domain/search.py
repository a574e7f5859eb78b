"""Finding people among many: search as you type, the list's filters, and its order.

The words typed are looked up in the FTS5 index ``person_search`` (names, organisation, job title,
tags, emails and the text of linked notes, case and accents folded), which triggers in the
database keep right. Filters are SQL. The order is computed in Python with a folded sort key,
since SQLite cannot sort "Émile" among the E's: the whole list is one query returning ids in
order (``find_person_ids``), and a view reads the rows it shows a page at a time
(``person_rows``). On 100,000 people the ids take a fraction of a second and a page a
millisecond or two.

Hot paths run their SQL on the session's own DBAPI cursor: building a row object per person
would cost more than the query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, cast

from carnet.db.search_index import match_expression
from carnet.domain.enums import ContactStatus
from carnet.domain.text import fold

if TYPE_CHECKING:  # the list's queries are plain SQL: this module loads without SQLAlchemy
    import sqlite3

    from sqlalchemy.orm import Session

# Characters FTS5 sees as word separators but that a search may mean literally ("100%", "R&D",
# "C++"): such words are also looked for as they are typed, in the name, job and organisation.
_JOINERS = frozenset("-'’.@")
_PAGE_PARAMETERS = 500  # far below SQLite's limit on bound parameters
SHORT_WORD = 4  # letters from which a word is also looked for in the notes


class SortKey(StrEnum):
    NAME = "name"
    ORGANIZATION = "organization"
    JOB_TITLE = "job_title"
    STATUS = "status"
    LAST_INTERACTION = "last_interaction"
    NEXT_FOLLOW_UP = "next_follow_up"
    CONNECTOR = "connector"


@dataclass(frozen=True)
class PeopleQuery:
    """Who the contacts list shows, and in which order; every filter left empty shows everyone.

    ``due_only``: an open follow-up is due (today or before), or the keep-in-touch cadence has
    run out since the last interaction. ``not_contacted_days``: no interaction for that many
    days, and on the list for at least as long.
    """

    text: str = ""
    status: ContactStatus | None = None
    targets_only: bool = False
    tag: str = ""
    due_only: bool = False
    not_contacted_days: int | None = None
    sort: SortKey = SortKey.NAME
    descending: bool = False

    @property
    def is_filtered(self) -> bool:
        return bool(
            match_expression(self.text)
            or _literal_words(self.text)
            or self.status
            or self.targets_only
            or self.tag
            or self.due_only
            or self.not_contacted_days
        )


@dataclass(frozen=True)
class PersonRow:
    id: int
    full_name: str
    organization: str
    job_title: str
    status: ContactStatus
    connector: str = ""
    connector_id: int | None = None
    tags: tuple[str, ...] = field(default=())
    last_interaction: dt.datetime | None = None
    next_follow_up: dt.date | None = None


# Sort keys ---------------------------------------------------------------------------------------

_LATIN = {
    code: folded
    for code in range(0xC0, 0x250)
    if (folded := fold(chr(code))).isascii() and folded != chr(code)
}


def sort_key(text: str) -> str:
    """``fold(text)``, several times faster for Latin script: a translation table first."""
    key = text.casefold().translate(_LATIN)
    return key if key.isascii() else fold(key)


class _Keys:
    """Sort keys of the names met in one query: names repeat, so each is folded once."""

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}

    def __call__(self, text: str | None) -> str:
        if not text:
            return ""
        key = self._keys.get(text)
        if key is None:
            key = self._keys[text] = sort_key(text)
        return key


_STATUS_ORDER = {status.value: index for index, status in enumerate(ContactStatus)}

# The name a person is sorted by: last name then first name, or the first name alone. The \x01
# between them sorts "Martin" before "Martinez" whatever their first names.
_SORT_NAME = (
    "CASE WHEN p.last_name != '' THEN p.last_name || char(1) || p.first_name ELSE p.first_name END"
)
# For each order but the name's: what to join and the value sorted by.
_SORT_BY = {
    SortKey.ORGANIZATION: (" LEFT JOIN organization o ON o.id = p.organization_id", "o.name"),
    SortKey.JOB_TITLE: ("", "p.job_title"),
    SortKey.STATUS: ("", "p.status"),
    SortKey.LAST_INTERACTION: (
        " LEFT JOIN (SELECT person_id, max(occurred_at) AS at FROM interaction"
        " GROUP BY person_id) i ON i.person_id = p.id",
        "i.at",
    ),
    SortKey.NEXT_FOLLOW_UP: (
        " LEFT JOIN (SELECT person_id, min(due_on) AS due FROM follow_up WHERE done_at IS NULL"
        " GROUP BY person_id) f ON f.person_id = p.id",
        "f.due",
    ),
    SortKey.CONNECTOR: (
        " LEFT JOIN introduction n ON n.introduced_id = p.id AND n.is_primary"
        " LEFT JOIN person c ON c.id = n.connector_id",
        "trim(c.first_name || ' ' || c.last_name)",
    ),
}


# Finding ---------------------------------------------------------------------------------------


def _literal_words(text: str) -> list[str]:
    return [
        word
        for word in fold(text).split()
        if any(not ch.isalnum() and ch not in _JOINERS for ch in word)
    ]


def search_expression(text: str) -> str | None:
    """The FTS5 query for the typed ``text``: each word as a prefix, in any indexed column.

    Short words look in fewer places: a search of a single letter in names and organisations,
    and a word of two or three letters everywhere but the notes. The first keys typed then list
    the people whose name (or company, job, tag…) starts with them, quickly, not the tens of
    thousands whose notes hold "chez" or "pour".
    """
    words = text.split()
    parts = []
    for word in words:
        expression = match_expression(word)
        if expression is None:
            continue
        if len(words) == 1 and len(word) == 1:
            expression = f"{{name organization}} : {expression}"
        elif len(word) < SHORT_WORD:
            expression = f"{{name organization job_title tags emails}} : {expression}"
        parts.append(expression)
    return " ".join(parts) if parts else None


_MATCHING_IDS = "SELECT rowid FROM person_search WHERE person_search MATCH ?"
_MATCHING = f"p.id IN ({_MATCHING_IDS})"


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(query: PeopleQuery, today: dt.date) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    expression = search_expression(query.text)
    if expression is not None:
        where.append(_MATCHING)
        params.append(expression)
    for word in _literal_words(query.text):
        where.append(
            "(fold(p.first_name) LIKE ? ESCAPE '\\' OR fold(p.last_name) LIKE ? ESCAPE '\\'"
            " OR fold(p.job_title) LIKE ? ESCAPE '\\' OR p.organization_id IN"
            " (SELECT o.id FROM organization o WHERE fold(o.name) LIKE ? ESCAPE '\\'))"
        )
        params.extend([_like(word)] * 4)
    if query.status is not None:
        where.append("p.status = ?")
        params.append(ContactStatus(query.status).value)
    if query.targets_only:
        where.append("p.organization_id IN (SELECT o.id FROM organization o WHERE o.is_target)")
    if query.tag:
        where.append(
            "p.id IN (SELECT pt.person_id FROM person_tag pt JOIN tag t ON t.id = pt.tag_id"
            " WHERE t.name = ?)"
        )
        params.append(query.tag)
    if query.due_only:
        where.append(
            "(p.id IN (SELECT f.person_id FROM follow_up f"
            " WHERE f.done_at IS NULL AND f.due_on <= ?)"
            " OR (p.keep_in_touch_days IS NOT NULL AND date(coalesce("
            "(SELECT max(i.occurred_at) FROM interaction i WHERE i.person_id = p.id),"
            " p.created_at), '+' || p.keep_in_touch_days || ' days') <= ?))"
        )
        params.extend([today.isoformat()] * 2)
    if query.not_contacted_days:
        cutoff = (today - dt.timedelta(days=query.not_contacted_days)).isoformat()
        where.append(
            "p.created_at < ? AND p.id NOT IN (SELECT i.person_id FROM interaction i"
            " WHERE i.occurred_at >= ?)"
        )
        params.extend([cutoff, cutoff])
    return where, params


def _cursor(session: Session) -> sqlite3.Cursor:
    """The DBAPI cursor of the session's connection, after writing what the session holds."""
    session.flush()
    return cast("sqlite3.Cursor", session.connection().connection.cursor())


class NameOrder:
    """Everyone's place in the list by name, kept by a view from one search to the next.

    Sorting the people a search finds by their folded names means reading each one's name
    again: on 100,000 people, several times the search itself. With this kept, a search by
    name only looks up the index and sorts ids by place. It is worked out again whenever the
    whole list is read (an empty search) and after ``forget()``, which the owner calls when
    people change; a person it does not know yet makes it work itself out again.
    """

    def __init__(self) -> None:
        self._place: dict[int, int] | None = None
        self._ids: list[int] = []

    def forget(self) -> None:
        self._place = None
        self._ids = []

    @property
    def known(self) -> bool:
        """Whether everyone's place is known (the whole list was read since the last change)."""
        return self._place is not None

    def _learn(self, ids: list[int]) -> None:
        self._ids = list(ids)
        self._place = {person_id: place for place, person_id in enumerate(ids)}

    def _sorted(self, cursor: sqlite3.Cursor, ids: list[int]) -> list[int]:
        # places are sorted as plain ints (no key function), then read back as ids: on the
        # 15,000 people a first letter finds, twice as fast as sorting ids by their place
        place = self._place
        if place is not None:
            try:
                return list(map(self._ids.__getitem__, sorted(map(place.__getitem__, ids))))
            except KeyError:  # someone it does not know yet
                pass
        self._learn(ids_found(cursor))
        place = self._place
        assert place is not None
        return list(map(self._ids.__getitem__, sorted(place[i] for i in ids if i in place)))


def find_person_ids(
    session: Session,
    query: PeopleQuery | None = None,
    today: dt.date | None = None,
    names: NameOrder | None = None,
) -> list[int]:
    """The ids of the people ``query`` finds, in its order (by name unless told otherwise).

    Empty values (no organisation, never contacted…) come last, whichever the direction.
    """
    return ids_found(_cursor(session), query, today, names)


def ids_found(
    cursor: sqlite3.Cursor,
    query: PeopleQuery | None = None,
    today: dt.date | None = None,
    names: NameOrder | None = None,
) -> list[int]:
    """``find_person_ids`` on a plain SQLite cursor: the first rows shown at start-up are read
    with it before SQLAlchemy is even imported (carnet.ui.first_rows)."""
    query = query or PeopleQuery()
    where, params = _conditions(query, today or dt.date.today())
    if names is not None and query.sort == SortKey.NAME and where == [_MATCHING]:
        # words typed and nothing else: the index alone finds them, the places order them
        found = [row[0] for row in cursor.execute(_MATCHING_IDS, params)]
        ordered = names._sorted(cursor, found)
        return ordered[::-1] if query.descending else ordered
    join, value = _SORT_BY.get(query.sort, ("", ""))
    sql = f"SELECT p.id, {_SORT_NAME}{', ' + value if value else ''} FROM person p{join}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = cursor.execute(sql, params).fetchall()  # in id order: sorts are stable
    by_name = _order(rows, 1, sort_key)
    if query.sort == SortKey.NAME:
        ids = [row[0] for row in rows]
        ordered = list(map(ids.__getitem__, by_name))
        if names is not None and not where:
            names._learn(ordered)
        return ordered[::-1] if query.descending else ordered
    valued = [i for i in by_name if rows[i][2] not in (None, "")]
    empty = [rows[i][0] for i in by_name if rows[i][2] in (None, "")]
    if query.sort == SortKey.STATUS:
        valued.sort(key=lambda i: _STATUS_ORDER.get(rows[i][2], 0), reverse=query.descending)
    elif query.sort in (SortKey.LAST_INTERACTION, SortKey.NEXT_FOLLOW_UP):
        valued.sort(key=lambda i: rows[i][2], reverse=query.descending)
    else:
        keys = _Keys()
        valued.sort(key=lambda i: keys(rows[i][2]), reverse=query.descending)
    ids = [*(rows[i][0] for i in valued), *empty]
    return _unique(ids) if query.sort == SortKey.CONNECTOR else ids


# The first letters tried, in turn, to find the first people of the list by name.
_FIRST_BOUNDS = ("b", "e", "k")
# Whether a text may fold to something before the letter :bound: an ASCII start folds to itself
# in lower case, so the test needs no function call (a call per person cost more than the bare
# ORDER BY … LIMIT the list is measured against); any other start may fold to anything.
_MAY_COME_FIRST = "({name} < :upper OR ({name} >= '[' AND {name} < :bound) OR {name} >= char(128))"
# The name sorted by (_SORT_NAME) is only built for the people kept.
_FIRST_BY_NAME = f"""
SELECT p.id, {_SORT_NAME} FROM person p
WHERE CASE WHEN p.last_name != '' THEN {_MAY_COME_FIRST.format(name="p.last_name")}
           ELSE p.first_name IS NULL OR {_MAY_COME_FIRST.format(name="p.first_name")} END
ORDER BY p.id
"""


def first_ids_by_name(cursor: sqlite3.Cursor, count: int) -> list[int] | None:
    """The first ``count`` ids of the whole list by name, in the order ``ids_found`` gives,
    without folding everyone's name; None when they cannot be told that way (few people).

    A folded name starts with its first letter folded: a name beginning with an ASCII letter
    at or past ``bound`` cannot come before one whose folded start is before it. So SQLite
    keeps only the names that may come first (an ASCII start that folds before ``bound``, any
    other start, none), and those alone are folded and sorted: on 100,000 people, a thousand.
    """
    for bound in _FIRST_BOUNDS:
        rows = cursor.execute(_FIRST_BY_NAME, {"bound": bound, "upper": bound.upper()}).fetchall()
        keyed = [(sort_key(name or ""), person_id) for person_id, name in rows]
        before = [(key, person_id) for key, person_id in keyed if key < bound]
        if len(before) >= count:
            before.sort(key=lambda pair: pair[0])  # stable: ties stay in id order
            return [person_id for _key, person_id in before[:count]]
    return None


def first_person_ids(session: Session, count: int) -> list[int] | None:
    """``first_ids_by_name`` in a session."""
    return first_ids_by_name(_cursor(session), count)


# Folded names kept from one search to the next: typing narrows the list, so each keystroke sorts
# names already folded. A fold depends on the text alone, so the memo is never stale; it is
# emptied past this size (100,000 people fill about half of it: some 20 MB).
_FOLD_MEMO_LIMIT = 200_000
_fold_memo: dict[str, str] = {}


def _order(rows: Sequence[Sequence[Any]], column: int, key: Callable[[str], Any]) -> list[int]:
    """The positions of ``rows`` sorted by ``key(row[column])``, stable.

    Each distinct value is folded once (names: once across searches), and the sort runs on a
    list of keys with a C-level key function: on 100,000 names this is several times quicker
    than a Python key function.
    """
    memo: dict[str, str] = _fold_memo if key is sort_key else {}
    texts = [row[column] or "" for row in rows]
    missing = set(texts).difference(memo)
    if memo is _fold_memo and len(memo) + len(missing) > _FOLD_MEMO_LIMIT:
        memo.clear()
        missing = set(texts)
    for text in missing:
        memo[text] = key(text)
    keys = list(map(memo.__getitem__, texts))
    return sorted(range(len(keys)), key=keys.__getitem__)


def _unique(ids: Iterable[int]) -> list[int]:
    """Each id once: a person with two primary introductions (a file from elsewhere) is one."""
    return list(dict.fromkeys(ids))


def count_found(session: Session, query: PeopleQuery, today: dt.date | None = None) -> int:
    where, params = _conditions(query, today or dt.date.today())
    sql = "SELECT count(*) FROM person p" + (" WHERE " + " AND ".join(where) if where else "")
    return int(_cursor(session).execute(sql, params).fetchone()[0])


_ROWS = """
SELECT p.id, p.first_name, p.last_name, p.job_title, p.status, o.name,
       (SELECT max(i.occurred_at) FROM interaction i WHERE i.person_id = p.id),
       (SELECT min(f.due_on) FROM follow_up f WHERE f.person_id = p.id AND f.done_at IS NULL),
       c.id, c.first_name, c.last_name,
       (SELECT group_concat(t.name, char(31)) FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
        WHERE pt.person_id = p.id)
FROM person p
LEFT JOIN organization o ON o.id = p.organization_id
LEFT JOIN person c ON c.id = (
    SELECT n.connector_id FROM introduction n WHERE n.introduced_id = p.id AND n.is_primary
    ORDER BY n.introduced_on, n.id LIMIT 1)
WHERE p.id IN ({marks})
"""


def _datetime(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _date(value: str | None) -> dt.date | None:
    stamp = _datetime(value)
    return stamp.date() if stamp else None


def person_rows(session: Session, ids: Sequence[int]) -> list[PersonRow]:
    """The rows of these people, in the order given; ids no longer there are left out."""
    return rows_of(_cursor(session), ids)


def rows_of(cursor: sqlite3.Cursor, ids: Sequence[int]) -> list[PersonRow]:
    """``person_rows`` on a plain SQLite cursor (see ``ids_found``)."""
    found: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), _PAGE_PARAMETERS):
        chunk = list(ids[start : start + _PAGE_PARAMETERS])
        sql = _ROWS.format(marks=",".join("?" * len(chunk)))
        for row in cursor.execute(sql, chunk):
            found[row[0]] = row
    rows = []
    for person_id in ids:
        row = found.get(person_id)
        if row is None:
            continue
        (pid, first, last, job, status, organization, last_at, due_on) = row[:8]
        connector_id, connector_first, connector_last, tags = row[8:]
        rows.append(
            PersonRow(
                id=pid,
                full_name=" ".join(part for part in (first, last) if part),
                organization=organization or "",
                job_title=job or "",
                status=ContactStatus(status)
                if status in _STATUS_ORDER
                else ContactStatus.TO_CONTACT,
                connector=" ".join(p for p in (connector_first, connector_last) if p),
                connector_id=connector_id,
                tags=tuple(sorted(tags.split("\x1f"), key=sort_key)) if tags else (),
                last_interaction=_datetime(last_at),
                next_follow_up=_date(due_on),
            )
        )
    return rows
