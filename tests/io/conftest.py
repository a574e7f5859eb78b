"""Fixtures for the import and export tests: the sample files and ways to look into a database."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

from carnet.db.engine import Database
from carnet.io.planning import Decision, ImportPlan, plan_import
from carnet.io.reader import read_contacts_file
from carnet.io.writer import ImportSummary, write_import

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "import"

# Hypothesis keeps caches in ./.hypothesis by default: keep the checkout clean.
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="carnet-hypothesis-"))


@pytest.fixture
def samples() -> Path:
    return SAMPLES


def contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the database file, to show that nothing changed."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


@pytest.fixture
def database_contents() -> Callable[[Path], dict[str, list[tuple]]]:
    return contents


def import_into(
    database: Database,
    path: Path,
    decide: Callable[[ImportPlan], None] | None = None,
) -> tuple[ImportPlan, ImportSummary]:
    """Read ``path`` and import it in one transaction, as the dialog does."""
    parsed = read_contacts_file(path)
    with database.transaction() as session:
        plan = plan_import(session, parsed)
        if decide is not None:
            decide(plan)
        return plan, write_import(session, plan)


__all__ = ["Decision", "import_into", "contents"]
