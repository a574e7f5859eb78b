"""The read-only first look at the data file (issue 17): only a file that needs nothing done."""

from __future__ import annotations

import shutil
from pathlib import Path

from carnet.db.first_look import open_for_first_look

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_a_file_at_the_current_revision_is_read_as_it_is(database):
    path = database.path
    database.close()
    connection = open_for_first_look(path)
    assert connection is not None
    try:
        assert connection.execute("SELECT count(*) FROM person").fetchone() == (0,)
    finally:
        connection.close()
    assert not path.with_name(path.name + "-shm").exists()  # nothing created beside it


def test_files_that_need_the_usual_opening_get_no_first_look(tmp_path, database):
    older = tmp_path / "older.sqlite3"
    shutil.copy(FIXTURES / "carnet-0003.sqlite3", older)
    foreign = tmp_path / "list.sqlite3"
    foreign.write_text("a shopping list")
    path = database.path
    database.close()
    path.with_name(path.name + "-journal").write_bytes(b"\x00" * 512)  # a killed writer's

    for unfit in (older, foreign, tmp_path / "missing.sqlite3", path):
        assert open_for_first_look(unfit) is None, unfit
