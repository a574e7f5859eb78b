"""Bring a database file to the schema this Carnet knows, safely.

A database from a newer Carnet is refused untouched; one that is behind is backed up, then
upgraded; a failed upgrade puts the backup back. The messages for the user live in the UI layer:
this module raises ``StoreError`` subclasses that say what happened.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database cannot be opened; ``path`` names the file or folder at fault."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


class DataFolderNotWritable(StoreError):
    pass


class NotACarnetDatabase(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass


class UpgradeFailed(StoreError):
    """The upgrade failed and the file was put back as it was; ``backup`` holds a copy too."""

    def __init__(self, path: Path, backup: Path, detail: str) -> None:
        super().__init__(path, detail)
        self.backup = backup


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def inspect_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without changing it; None when empty.

    Raises NotACarnetDatabase for anything that is not a Carnet database.
    """
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        return None
    if header != SQLITE_HEADER:
        raise NotACarnetDatabase(path, "not an SQLite file")
    # Without a write-ahead log beside it, the file alone holds everything: open it immutable so
    # that SQLite does not even create its shared-memory file next to a database it may refuse.
    has_log = path.with_name(path.name + "-wal").exists()
    uri = f"file:{path}?mode=ro" if has_log else f"file:{path}?immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise NotACarnetDatabase(path, "no schema version")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise NotACarnetDatabase(path, str(error)) from error
    if row is None:
        raise NotACarnetDatabase(path, "no schema version")
    return row[0]


def check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".carnet-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise DataFolderNotWritable(folder, error.strerror or str(error)) from error


class ForeignKeysBroken(Exception):
    pass


def upgrade(engine: Engine) -> None:
    """Run the migrations with foreign keys off, as SQLite asks for table rebuilds.

    With them on, the copy-and-rename of a batch migration would cascade-delete every child row
    of the rebuilt table. The keys are checked once the upgrade is done.
    """
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise ForeignKeysBroken(f"{len(broken)} rows point at missing rows")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
