"""What this process changed in the data file, for a cache that recomputes only what changed.

Temporary triggers (they live in each connection, never in the file) call a Python function on
every insert, update or delete of the columns watched here; a connection's changes join the
journal when it goes back to the pool, that is once its transaction is over (a rolled-back change
is listed too: a cache then recomputes a little more than needed, never less).

What the journal cannot list makes it start a new *epoch*, and a cache holding a mark of an older
epoch recomputes everything: another process wrote (``PRAGMA data_version`` on a connection of
the journal's own changed although this process committed nothing since), a connection was found
without its triggers (just opened, or a migration rebuilt a table), the file was closed (a
restore puts another one in its place), or more changes came than ``MAX_CHANGES`` (an import).

One case slips through: another process committing in the instant between a commit of this
process and the return of its connection to the pool is taken for this process's own commit.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.request import pathname2url

from sqlalchemy import Connection, Engine, event
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

WATCHED: dict[str, tuple[str, ...]] = {
    "interaction": ("person_id", "kind", "occurred_at", "warmth", "outcome"),
    "introduction": ("connector_id", "introduced_id", "introduced_on", "status"),
    "person": ("organization_id", "status", "is_decision_maker", "created_at"),
    "organization": ("is_target", "name", "priority"),
}
MAX_CHANGES = 2000
_FUNCTION = "carnet_journal_change"
_PREFIX = "carnet_journal_"
_PENDING = "carnet_journal_pending"
_COMMITTED = "carnet_journal_committed"
_SEEN = "carnet_journal_seen"
_INSERT, _DELETE, _UPDATE = 0, 1, 2

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Change:
    """One row of a watched table: ``old`` is None for an insert, ``new`` for a delete."""

    table: str
    old: Row | None
    new: Row | None

    def rows(self) -> tuple[Row, ...]:
        return tuple(row for row in (self.old, self.new) if row is not None)


@dataclass(frozen=True)
class Mark:
    epoch: int
    position: int


def _triggers(table: str, columns: tuple[str, ...]) -> list[str]:
    def values(prefix: str) -> str:
        return ", ".join(f"{prefix}.{column}" for column in columns)

    differs = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in columns)
    call = f"SELECT {_FUNCTION}('{table}', "
    return [
        f"CREATE TEMP TRIGGER {_PREFIX}{table}_ai AFTER INSERT ON main.{table} "
        f"BEGIN {call}{_INSERT}, {values('NEW')}); END",
        f"CREATE TEMP TRIGGER {_PREFIX}{table}_ad AFTER DELETE ON main.{table} "
        f"BEGIN {call}{_DELETE}, {values('OLD')}); END",
        f"CREATE TEMP TRIGGER {_PREFIX}{table}_au AFTER UPDATE OF {', '.join(columns)} "
        f"ON main.{table} WHEN {differs} "
        f"BEGIN {call}{_UPDATE}, {values('OLD')}, {values('NEW')}); END",
    ]


TRIGGERS = [sql for table, columns in WATCHED.items() for sql in _triggers(table, columns)]


class ChangeJournal:
    """The changes of the watched columns made by this process's ``engine`` on ``path``."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._changes: list[Change] = []
        self._epoch = 0
        self._version: sqlite3.Connection | None = None
        self._seen_version: int | None = None
        event.listen(engine, "checkout", self._checked_out)
        event.listen(engine, "commit", self._committing)
        event.listen(engine, "checkin", self._checked_in)
        event.listen(engine, "engine_disposed", self._file_closed)

    # -- what a cache asks ------------------------------------------------------------------------

    def mark(self) -> Mark:
        """Where the journal stands; take it before reading what the changes may touch."""
        with self._lock:
            self._notice_others()
            return Mark(self._epoch, len(self._changes))

    def changes_since(self, mark: Mark) -> list[Change] | None:
        """The changes listed since ``mark``; None when they cannot be known."""
        with self._lock:
            self._notice_others()
            if mark.epoch != self._epoch:
                return None
            return self._changes[mark.position :]

    # -- keeping it ------------------------------------------------------------------------------

    def _new_epoch(self) -> None:
        self._epoch += 1
        self._changes = []

    def _data_version(self) -> int | None:
        if self._version is None:
            try:
                self._version = sqlite3.connect(
                    f"file:{pathname2url(str(self._path))}?mode=ro",  # spaces, "#" or "?" too
                    uri=True,
                    check_same_thread=False,
                )
            except sqlite3.Error:
                return None
        try:
            return int(self._version.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def _notice_others(self) -> None:
        version = self._data_version()
        if version is None or version != self._seen_version:
            self._seen_version = version
            self._new_epoch()

    def _checked_out(
        self, dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection
    ) -> None:
        installed = dbapi_connection.execute(
            "SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE ?",
            (_PREFIX + "%",),
        ).fetchone()[0]
        used_before = record.info.get(_SEEN, False)
        record.info[_SEEN] = True
        if installed == len(TRIGGERS):
            return
        pending: list[Change] = []
        record.info[_PENDING] = pending
        dbapi_connection.create_function(_FUNCTION, -1, partial(self._changed, pending))
        tables = {
            name
            for (name,) in dbapi_connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
        if tables >= WATCHED.keys():
            for table in WATCHED:
                for kind in ("ai", "ad", "au"):
                    dbapi_connection.execute(f"DROP TRIGGER IF EXISTS temp.{_PREFIX}{table}_{kind}")
            for sql in TRIGGERS:
                dbapi_connection.execute(sql)
        if used_before:  # what this connection wrote without its triggers is unknown
            with self._lock:
                self._new_epoch()

    @staticmethod
    def _changed(pending: list[Change], table: str, kind: int, *values: Any) -> None:
        if len(pending) > MAX_CHANGES:
            return
        width = len(WATCHED[table])
        if kind == _INSERT:
            pending.append(Change(table, None, values))
        elif kind == _DELETE:
            pending.append(Change(table, values, None))
        else:
            pending.append(Change(table, values[:width], values[width:]))

    @staticmethod
    def _committing(connection: Connection) -> None:
        connection.info[_COMMITTED] = True

    def _checked_in(self, _dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        pending: list[Change] | None = record.info.get(_PENDING)
        committed = record.info.pop(_COMMITTED, False)
        with self._lock:
            if not record.info.get(_SEEN):  # taken before the journal was kept: unknown
                self._new_epoch()
            if pending:
                if len(pending) > MAX_CHANGES or len(self._changes) + len(pending) > MAX_CHANGES:
                    self._new_epoch()
                else:
                    self._changes.extend(pending)
                pending.clear()
            if committed:  # the file's version moved for this process's commit, not another's
                self._seen_version = self._data_version()

    def _file_closed(self, _engine: Engine) -> None:
        with self._lock:
            if self._version is not None:
                self._version.close()
            self._version = None
            self._seen_version = None
            self._new_epoch()
