"""The SQLite engine and the transaction helper every write goes through.

Durability settings, chosen for a notebook typed right after a meeting on a laptop whose battery
may die at any moment:

- ``journal_mode = WAL``: a commit appends to the write-ahead log, readers never wait for the
  writer, and a crash at any instant leaves either the whole transaction or none of it.
- ``synchronous = FULL``: in WAL mode NORMAL is already safe against corruption and against the
  *application* crashing, but it only syncs the log at checkpoints, so a power cut or a kernel
  panic can take back the last commits the user saw as "Saved". FULL syncs the log at every
  commit, which makes a commit durable once it returns. The price is one fsync per transaction;
  Carnet commits once per user action or autosave (well under ten a second), and bulk writers
  such as the importers commit in batches, so the user never feels it.
- ``foreign_keys = ON`` and a ``busy_timeout`` so that a second connection waits for a write
  rather than failing at once.

Every file Carnet creates here (the database, and SQLite's ``-wal``/``-shm`` files, which SQLite
gives the database file's own mode) is readable by the user only.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from carnet.db.change_journal import ChangeJournal
from carnet.db.search_index import SEARCH_TABLES
from carnet.paths import PRIVATE_FILE, make_private
from carnet.text import fold

SIDECAR_SUFFIXES = ("-wal", "-shm")
BUSY_TIMEOUT_MS = 5000
# On the thread that must answer the user at once (the window's), a write that finds the file
# held by another program gives up after this long and says so, rather than freezing the window.
RESPONSIVE_TIMEOUT_MS = 300
TURN_POLL_SECONDS = 0.1
# Execution option naming how a transaction begins; see ``Database.writing``.
BEGIN_OPTION = "carnet_begin"
IMMEDIATE = {BEGIN_OPTION: "IMMEDIATE"}
WAIT_OPTION = "carnet_wait_ms"  # a longer busy timeout for this transaction
WRITE_TURN_WAIT_MS = 30 * 60 * 1000  # an import waits for another one to finish


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    # First, so that switching a file another process is opening to WAL waits rather than fails.
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")  # why: see the module docstring
    cursor.close()
    dbapi_connection.create_function("fold", 1, fold, deterministic=True)


def _begin(connection: Connection) -> None:
    """Begin with ``BEGIN IMMEDIATE`` when asked (``IMMEDIATE`` execution option).

    Python's sqlite3 begins a transaction only before the first INSERT, UPDATE or DELETE, so the
    reads before it and any CREATE or ALTER run outside it. An explicit BEGIN makes everything
    that follows one transaction, and IMMEDIATE takes the write lock at once: a second writer
    waits there (busy timeout) instead of failing or working from a stale read.
    """
    options = connection.get_execution_options()
    if options.get(WAIT_OPTION):
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(options[WAIT_OPTION])}")
    if options.get(BEGIN_OPTION):
        connection.exec_driver_sql(f"BEGIN {options[BEGIN_OPTION]}")


def _usual_wait(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """A connection back in the pool waits the usual time again, whoever waited longer."""
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def someone_else_is_writing(path: Path) -> bool:
    """Whether another connection holds the write lock of ``path`` right now."""
    import sqlite3

    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as error:
        return "locked" in str(error) or "busy" in str(error)
    finally:
        probe.close()


def create_private_file(path: Path) -> None:
    """Make sure ``path`` exists, readable by its owner only: an empty file is a valid database."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        for file in (path, *(path.with_name(path.name + s) for s in SIDECAR_SUFFIXES)):
            if file.exists():
                make_private(file)
    else:
        os.close(descriptor)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    event.listen(engine, "checkin", _usual_wait)
    return engine


class Database:
    """One open Carnet database file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        create_private_file(path)
        self.engine = make_engine(path)
        self._responsive_thread: int | None = None
        self._changes: ChangeJournal | None = None
        event.listen(self.engine, "checkout", self._wait_as_the_thread_needs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writers = sessionmaker(
            self.engine.execution_options(**IMMEDIATE, **{WAIT_OPTION: WRITE_TURN_WAIT_MS}),
            expire_on_commit=False,
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together, or not at all."""
        with self._sessions.begin() as session:
            yield session

    def keep_responsive(self, thread_id: int | None = None) -> None:
        """Writes made on ``thread_id`` (the calling thread by default) wait only a moment for
        another program's lock, then fail as "locked": a window must never freeze for seconds."""
        self._responsive_thread = threading.get_ident() if thread_id is None else thread_id

    def _wait_as_the_thread_needs(
        self, dbapi_connection: sqlite3.Connection, _record: object, _proxy: object
    ) -> None:
        if self._responsive_thread == threading.get_ident():
            dbapi_connection.execute(f"PRAGMA busy_timeout = {RESPONSIVE_TIMEOUT_MS}")

    @contextmanager
    def writing(
        self,
        on_wait: Callable[[], None] | None = None,
        while_waiting: Callable[[], None] | None = None,
    ) -> Iterator[Session]:
        """Like ``transaction``, holding the write lock from its first read to its commit.

        For work that reads, decides and writes (an import checks for duplicates, then adds
        people): another writer waits until this one commits, then reads what it wrote.
        ``on_wait`` is called first when someone else is writing (to tell the user), then this
        one waits its turn, for long if need be; ``while_waiting`` is called about ten times a
        second meanwhile, and may raise to stop waiting (a Cancel button).
        """
        if on_wait is not None and someone_else_is_writing(self.path):
            on_wait()
            while while_waiting is not None and someone_else_is_writing(self.path):
                while_waiting()
                time.sleep(TURN_POLL_SECONDS)
        with self._writers.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def erase_deleted_traces(self) -> None:
        """Leave no copy of deleted rows in the file: not in free pages, the log or the indexes.

        Run after deleting someone "in full": the search indexes are rebuilt without them,
        VACUUM rewrites the file, and the write-ahead log is emptied.
        """
        with self.engine.connect() as connection:
            with connection.begin():
                for table in SEARCH_TABLES:
                    connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
            connection.exec_driver_sql("VACUUM")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    @property
    def changes(self) -> ChangeJournal:
        """The journal of this process's changes, kept from the first time it is asked for."""
        if self._changes is None:
            self._changes = ChangeJournal(self.engine, self.path)
        return self._changes

    def close(self) -> None:
        self.engine.dispose()
