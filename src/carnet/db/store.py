"""Open the user's database: check the folder and the file, back up, migrate."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from carnet.db.backup import (
    BEFORE_UPGRADE,
    InvalidBackup,
    backup_before,
    backup_of_lost_data,
    list_backups,
    restore,
    set_aside,
    validate,
)
from carnet.db.engine import Database
from carnet.db.migrate import (
    SQLITE_HEADER,
    DatabaseTooNew,
    DataFileEmptied,
    HalfUpgraded,
    UpgradeFailed,
    check_writable,
    head_revision,
    inspect_revision,
    known_revisions,
    upgrade,
)
from carnet.paths import PRIVATE_FILE

log = logging.getLogger("carnet.store")
HALF_UPGRADED = "half-upgraded"


def open_database(path: Path, backups_dir: Path) -> Database:
    """Open ``path``, creating or upgrading it to the current schema.

    Raises a ``StoreError`` subclass, with the file left as it was, when it cannot be opened;
    ``DataFileEmptied`` when the file is missing or empty but backups hold data.
    Two processes opening one file at the same moment take turns: one upgrades, the other waits,
    then finds the file up to date.
    """
    check_writable(path.parent)
    with _opening_turn(path):
        recover_interrupted_write(path)
        revision = inspect_revision(path) if path.exists() else None
        if revision is None and (lost := backup_of_lost_data(path, backups_dir)) is not None:
            raise DataFileEmptied(path, lost.path)
        if revision is not None and revision not in known_revisions():
            raise DatabaseTooNew(path, revision)
        if revision is not None and revision != head_revision():
            _repair_half_upgrade(path, backups_dir, revision)
        if revision == head_revision():
            return Database(path)
        backup = backup_before(path, backups_dir, BEFORE_UPGRADE) if revision else None
        database = Database(path)
        try:
            upgrade(database.engine)
        except Exception as error:
            database.close()
            if backup is None:
                raise
            restore(backup, path)
            # SQLite's own words only: SQLAlchemy's message adds the statement and its values
            raise UpgradeFailed(path, backup, str(getattr(error, "orig", error))) from error
        return database


@contextmanager
def _opening_turn(path: Path) -> Iterator[None]:
    """Hold a lock beside ``path`` while it is checked and upgraded (POSIX; SQLite's write lock
    alone keeps the upgrade itself to one process elsewhere)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    lock = path.with_name(path.name + ".opening")
    descriptor = os.open(lock, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def recover_interrupted_write(path: Path) -> None:
    """Let SQLite roll back the journal a killed process left (a "hot" journal).

    Every other step opens the file read-only (to refuse a foreign file untouched), and a
    read-only connection cannot roll back a journal ("attempt to write a readonly database").
    A write-ahead log needs nothing: read-only connections read it. Only done when SQLite left
    a journal beside a file that is SQLite's.
    """
    journal = path.with_name(path.name + "-journal")
    if not (journal.exists() and journal.stat().st_size):
        return
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return
    try:
        with closing(sqlite3.connect(path, timeout=5)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return  # damage or a lock: the steps that follow say so


def _repair_half_upgrade(path: Path, backups_dir: Path, revision: str) -> None:
    """Put back the before-upgrade backup of a file an older Carnet left half-upgraded.

    Such a file says ``revision`` but already holds objects of a later schema, so every upgrade
    fails on them. No write reached it since (no start could open it), so the newest backup of
    the same revision with exactly that revision's schema holds the same data. The broken file
    is kept aside.
    """
    from carnet.db.schema import later_objects

    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            begun = later_objects(connection, revision, head_revision())
    except Exception:  # the scripts fail on an empty file too: the upgrade will say so, in words
        log.exception("could not tell whether the data file was half-upgraded")
        return
    if not begun:
        return
    log.warning("data file half-upgraded from revision %s (%d objects)", revision, len(begun))
    for backup in list_backups(path, backups_dir):
        if backup.reason != BEFORE_UPGRADE:
            continue
        try:
            if validate(backup.path).revision != revision:
                continue
        except InvalidBackup:
            continue
        set_aside(path, backups_dir, HALF_UPGRADED)
        restore(backup.path, path)
        log.warning("half-upgraded data file repaired from a before-upgrade backup")
        return
    raise HalfUpgraded(path, f"{len(begun)} objects of a later schema, no backup to repair from")
