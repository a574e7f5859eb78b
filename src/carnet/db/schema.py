"""What a Carnet file's schema must be at each revision, and how a given file's differs.

A file's ``sqlite_master`` (tables, indexes, triggers, views, with their SQL) is compared with
that of an empty database migrated to the same revision. Anything extra, missing or different
means the file was not written by Carnet's migrations alone: a backup carrying a foreign trigger
is refused, and a file an older Carnet left half-upgraded is recognised.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from functools import cache
from pathlib import Path

# (type, name, table, SQL with its whitespace collapsed); SQLite's own objects (sqlite_*) aside.
Entry = tuple[str, str, str, str]


def schema_entries(connection: sqlite3.Connection) -> frozenset[Entry]:
    rows = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
        " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    )
    return frozenset(
        (kind, name, table, " ".join((sql or "").split())) for kind, name, table, sql in rows
    )


def expected_schema(revision: str) -> frozenset[Entry]:
    """The schema of an empty database migrated to ``revision`` by this Carnet."""
    from carnet.db import migrate

    return _migrated_schema(migrate.MIGRATIONS_DIR, revision)


@cache
def _migrated_schema(migrations: Path, revision: str) -> frozenset[Entry]:
    """Kept per folder of scripts as well as per revision: the same name can mean another
    schema in another folder (tests ship a revision "next" of their own)."""
    from carnet.db.engine import make_engine
    from carnet.db.migrate import upgrade

    with tempfile.TemporaryDirectory(prefix="carnet-schema-") as scratch:
        path = Path(scratch) / "schema.sqlite3"
        engine = make_engine(path)
        try:
            upgrade(engine, revision)
        finally:
            engine.dispose()
        with closing(sqlite3.connect(path)) as connection:
            return schema_entries(connection)


def schema_differences(connection: sqlite3.Connection, revision: str) -> list[str]:
    """The names of the objects that are extra, missing or different, sorted; [] when exact."""
    found = schema_entries(connection)
    expected = expected_schema(revision)
    return sorted({entry[1] for entry in found ^ expected})


def later_objects(connection: sqlite3.Connection, revision: str, head: str) -> list[str]:
    """Objects of the latest schema that ``revision`` does not have: an upgrade had begun."""
    begun = schema_entries(connection) & (expected_schema(head) - expected_schema(revision))
    return sorted({entry[1] for entry in begun})
