"""Bring a database file to the schema this Carnet knows, safely.

A database from a newer Carnet is refused untouched; one that is behind is backed up, then
upgraded; a failed upgrade puts the backup back. The messages for the user live in the UI layer:
this module raises ``StoreError`` subclasses that say what happened.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # alembic costs a quarter of a second to import: only upgrades pay for it
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\b[^=]*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE
)


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


class DataFileEmptied(StoreError):
    """The data file is missing or empty while backups hold data: damage, not a new notebook."""

    def __init__(self, path: Path, backup: Path) -> None:
        super().__init__(path, "missing or empty, backups present")
        self.backup = backup


class HalfUpgraded(StoreError):
    """An older Carnet left the file half-upgraded and no backup can put it back."""


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _revision_links() -> dict[str, str | None]:
    """Each revision of the migration scripts with the one it follows, read from the files.

    Reading the two assignments directly spares alembic's import on every start; a test checks
    that it agrees with alembic's own view. Read once per folder: opening a file asks often.
    """
    return dict(_links_in(MIGRATIONS_DIR))


@functools.cache
def _links_in(folder: Path) -> tuple[tuple[str, str | None], ...]:
    links: dict[str, str | None] = {}
    for script in (folder / "versions").glob("*.py"):
        found = dict(
            (m[0], m[1] or None) for m in _REVISION_LINE.findall(script.read_text("utf-8"))
        )
        if found.get("revision"):
            links[found["revision"]] = found.get("down_revision")
    return tuple(links.items())


def known_revisions() -> set[str]:
    return set(_revision_links())


def head_revision() -> str:
    links = _revision_links()
    (head,) = set(links) - set(links.values())
    return head


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
        from carnet.db.errors import StorageProblem, classify

        if classify(error) in (StorageProblem.LOCKED, StorageProblem.UNAVAILABLE):
            raise  # busy or out of reach, not foreign: said as such
        raise NotACarnetDatabase(path, str(error)) from error
    except UnicodeDecodeError as error:  # SQLite's message quotes damaged bytes
        raise NotACarnetDatabase(path, "undecodable text") from error
    if row is None:
        raise NotACarnetDatabase(path, "no schema version")
    return str(row[0])


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


UPGRADE_WAIT_MS = 10 * 60 * 1000  # another process's upgrade of a large file takes a while


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations as one transaction, the way SQLite asks for table rebuilds.

    Everything, from reading the current revision to the last ``CREATE``, runs inside one
    ``BEGIN IMMEDIATE`` (SQLite's DDL is transactional, virtual tables included): an upgrade that
    is killed or fails leaves the file at its old revision, and the next start simply upgrades.
    A second process opening the same file waits for the write lock, then finds nothing to do.

    Foreign keys are off: with them on, the copy-and-rename of a batch migration would
    cascade-delete every child row of the rebuilt table; they are checked once the upgrade is
    done. Legacy renames are on: otherwise renaming the copy back would fail on the triggers of
    other tables (the search index) that name the table being rebuilt.
    """
    from alembic import command

    from carnet.db.engine import BEGIN_OPTION, BUSY_TIMEOUT_MS, IMMEDIATE

    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.exec_driver_sql("PRAGMA legacy_alter_table = ON")
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {UPGRADE_WAIT_MS}")
        connection.commit()
        try:
            with connection.execution_options(**IMMEDIATE).begin():
                command.upgrade(alembic_config(connection), target)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise ForeignKeysBroken(f"{len(broken)} rows point at missing rows")
        finally:
            connection.execution_options(**{BEGIN_OPTION: None})
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.exec_driver_sql("PRAGMA legacy_alter_table = OFF")
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
