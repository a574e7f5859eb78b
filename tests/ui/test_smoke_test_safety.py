"""The installer's smoke test on real data: it leaves no trace, and a busy file gets a sentence."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from carnet.db.store import open_database
from carnet.domain import people
from tests.io.samples import contents
from tests.ui.test_command_line import run_carnet


def test_the_smoke_test_leaves_nothing_in_the_users_data(data_dir):
    database = open_database(data_dir / "carnet.sqlite3", data_dir / "backups")
    with database.transaction() as session:
        people.create_person(session, people.PersonDraft(first_name="Ada"))
    database.close()
    before = contents(data_dir / "carnet.sqlite3")

    result = run_carnet("--smoke-test", "--data-dir", str(data_dir))

    assert result.returncode == 0, result.stderr
    assert contents(data_dir / "carnet.sqlite3") == before


def test_the_smoke_test_on_a_file_another_program_holds_says_so(data_dir):
    database = data_dir / "carnet.sqlite3"
    open_database(database, data_dir / "backups").close()
    with closing(sqlite3.connect(database, isolation_level=None)) as holder:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("CREATE TABLE held (x)")

        result = run_carnet("--smoke-test", "--data-dir", str(data_dir))

    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    assert "Move it elsewhere" not in result.stderr
    assert "Another program kept your data file busy" in result.stderr
