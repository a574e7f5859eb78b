"""Backups of the live database, and putting one back."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from carnet.db.backup import backup_before, copy_database, restore
from carnet.db.migrate import head_revision, inspect_revision
from carnet.db.store import open_database
from carnet.domain import people


def add(database, *first_names: str) -> None:
    with database.transaction() as session:
        for name in first_names:
            people.create_person(session, people.PersonDraft(first_name=name))


def names_in(path: Path) -> list[str]:
    """The people in a file, read with plain sqlite3 as any other tool would."""
    with closing(sqlite3.connect(path)) as connection:
        return [name for (name,) in connection.execute("SELECT first_name FROM person ORDER BY 1")]


def integrity_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.fixture
def wal_of():
    return lambda path: path.with_name(path.name + "-wal")


def test_a_copy_holds_what_is_committed_but_still_in_the_write_ahead_log(
    database, data_dir, wal_of
):
    add(database, "Ada", "Blaise")
    assert wal_of(database.path).stat().st_size > 0, "the commits should not be checkpointed yet"

    copy = copy_database(database.path, data_dir / "backups" / "copy.sqlite3")

    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.sqlite3"]
    assert names_in(copy) == ["Ada", "Blaise"]
    assert integrity_of(copy) == "ok"
    assert inspect_revision(copy) == head_revision()


def test_a_copy_leaves_out_a_transaction_still_being_written(database, data_dir):
    add(database, "Ada")

    with database.transaction() as session:
        people.create_person(session, people.PersonDraft(first_name="Draft"))
        session.flush()
        copy = copy_database(database.path, data_dir / "backups" / "copy.sqlite3")

    assert names_in(copy) == ["Ada"]
    assert names_in(database.path) == ["Ada", "Draft"]


def test_a_copy_opens_in_carnet_while_the_original_keeps_working(database, data_dir):
    add(database, "Ada")
    copy = copy_database(database.path, data_dir / "elsewhere" / "copy.sqlite3")
    add(database, "Blaise")

    reopened = open_database(copy, data_dir / "elsewhere" / "backups")
    try:
        with reopened.reading() as session:
            assert [row.full_name for row in people.list_people(session)] == ["Ada"]
    finally:
        reopened.close()
    assert names_in(database.path) == ["Ada", "Blaise"]


def test_a_backup_is_named_after_the_file_and_the_reason(database, data_dir):
    add(database, "Ada")

    backup = backup_before(database.path, data_dir / "backups", "before-import")

    assert backup.parent == data_dir / "backups"
    assert backup.name.startswith("carnet-")
    assert backup.name.endswith("-before-import.sqlite3")
    assert names_in(backup) == ["Ada"]


def test_restoring_a_backup_brings_the_data_back_and_drops_a_stale_write_ahead_log(
    database, data_dir, wal_of
):
    """Carnet crashed after the backup: its log, full of later changes, lies beside the file."""
    path = database.path
    shm = path.with_name(path.name + "-shm")
    add(database, "Ada")
    backup = copy_database(path, data_dir / "backups" / "before.sqlite3")
    add(database, "Ghost")
    stale_wal, stale_shm = wal_of(path).read_bytes(), shm.read_bytes()
    database.close()
    wal_of(path).write_bytes(stale_wal)
    shm.write_bytes(stale_shm)

    restore(backup, path)

    assert not wal_of(path).exists()
    assert not shm.exists()
    assert names_in(path) == ["Ada"]
    assert integrity_of(path) == "ok"
    assert names_in(backup) == ["Ada"], "the backup itself stays as it was"


def test_restoring_replaces_a_file_that_was_damaged(database, data_dir):
    add(database, "Ada")
    backup = copy_database(database.path, data_dir / "backups" / "before.sqlite3")
    database.close()
    database.path.write_bytes(b"\x00" * 8192)

    restore(backup, database.path)

    reopened = open_database(database.path, data_dir / "backups")
    try:
        with reopened.reading() as session:
            assert [row.full_name for row in people.list_people(session)] == ["Ada"]
    finally:
        reopened.close()
