"""The sample files of the import tests and ways to look into a database (plain helpers:
fixtures stay in conftest.py, which tests never import, so that pytest alone loads it)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from carnet.db.engine import Database
from carnet.io.planning import ImportPlan, plan_import
from carnet.io.reader import read_contacts_file
from carnet.io.writer import ImportSummary, write_import

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


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
