"""Saving a card only over the version it was read from: no change by someone else is lost.

Every person, note and call has a ``version`` that the database's triggers raise on any change
(revision 0004), whoever makes it: the window, an import run beside it, a merge. A save first
claims the row with ``UPDATE … SET version = version + 1 WHERE id = ? AND version = ?``; when the
version moved since the card was read, nothing is written and ``ChangedMeanwhile`` says so.
The window then keeps the fields the user edited, takes the others from the database
(``merge_drafts``), and saves that.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, text
from sqlalchemy.orm import Session

from carnet.domain.errors import DomainError

Draft = TypeVar("Draft")
_TABLES = {"person", "note", "interaction"}


class ChangedMeanwhile(DomainError):
    """The row changed since it was read (another window, an import); nothing was written."""


def current_version(session: Session, table: str, row_id: int) -> int:
    assert table in _TABLES
    found = session.execute(
        text(f"SELECT version FROM {table} WHERE id = :id"), {"id": row_id}
    ).scalar()
    if found is None:
        raise LookupError(f"{table} {row_id}")
    return int(found)


def claim(session: Session, table: str, row_id: int, seen_version: int) -> None:
    """Take the row for this save if it is still at ``seen_version``; else ChangedMeanwhile.

    The check is the UPDATE itself, so no other writer can slip between the check and the save.
    """
    assert table in _TABLES
    claimed = cast(
        CursorResult[Any],
        session.execute(
            text(f"UPDATE {table} SET version = version + 1 WHERE id = :id AND version = :seen"),
            {"id": row_id, "seen": seen_version},
        ),
    ).rowcount
    if claimed == 0:
        current_version(session, table, row_id)  # LookupError when the row is gone
        raise ChangedMeanwhile(table)


def merge_drafts(read: Draft, mine: Draft, theirs: Draft) -> tuple[Draft, list[str]]:
    """The user's draft ``mine`` over ``theirs`` (the database now), field by field.

    A field the user changed since ``read`` keeps the user's value; any other field takes the
    database's. Also returns the fields taken from the database that differ from what the user
    saw, so the window can say which ones changed.
    """
    merged = {}
    taken: list[str] = []
    for field in fields(mine):  # type: ignore[arg-type]
        name = field.name
        if getattr(mine, name) != getattr(read, name):
            merged[name] = getattr(mine, name)
        else:
            merged[name] = getattr(theirs, name)
            if getattr(theirs, name) != getattr(read, name):
                taken.append(name)
    return replace(mine, **merged), taken  # type: ignore[type-var]
