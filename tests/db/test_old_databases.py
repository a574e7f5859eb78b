"""Every database an earlier Carnet wrote opens in this one, with every row kept.

``tests/fixtures/carnet-<revision>.sqlite3`` is a database full of realistic data, saved when
that revision was the newest. A new revision needs its own file: make it from the previous one,
upgraded, plus rows in whatever the revision added.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from carnet.db import migrate
from carnet.db.search_index import is_search_index
from carnet.db.store import open_database

FIXTURES = Path(__file__).parents[1] / "fixtures"
FIXTURE_NAME = re.compile(r"carnet-(\w+)\.sqlite3")


def fixture_revisions() -> dict[str, Path]:
    return {
        m[1]: path
        for path in FIXTURES.glob("carnet-*.sqlite3")
        if (m := FIXTURE_NAME.fullmatch(path.name))
    }


def table_rows(path: Path) -> dict[str, list[dict]]:
    with closing(sqlite3.connect(path)) as connection:
        connection.row_factory = sqlite3.Row
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if not is_search_index(name) and name != "alembic_version"
        ]
        return {
            table: [dict(row) for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1')]
            for table in tables
        }


def schema_objects(path: Path, kind: str) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = ?", (kind,)
            )
        }


def test_every_revision_has_its_saved_database():
    assert set(fixture_revisions()) == migrate.known_revisions()


@pytest.mark.parametrize("revision", sorted(fixture_revisions()))
def test_an_old_database_upgrades_with_every_row_kept(revision, tmp_path):
    path = tmp_path / "carnet.sqlite3"
    shutil.copy(fixture_revisions()[revision], path)
    before = table_rows(path)
    assert before["person"] and before["note"] and before["introduction"]

    open_database(path, tmp_path / "backups").close()

    assert migrate.inspect_revision(path) == migrate.head_revision()
    after = table_rows(path)
    for table, rows in before.items():
        kept = [{column: row[column] for column in rows[0]} for row in after[table]] if rows else []
        assert kept == rows, f"rows of {table} changed"
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        indexed = connection.execute("SELECT count(*) FROM person_search").fetchone()[0]
    assert indexed == len(after["person"])

    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh, tmp_path / "backups").close()
    for kind in ("table", "index", "trigger", "view"):
        assert schema_objects(path, kind) == schema_objects(fresh, kind), f"{kind}s differ"
