"""Revision 0006 on a database of revision 0005 full of data: the calls logged become searchable."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from carnet.db.migrate import inspect_revision
from carnet.db.search_index import match_expression
from carnet.db.store import open_database

FIXTURE = Path(__file__).parents[1] / "fixtures" / "carnet-0005.sqlite3"


def found(connection: sqlite3.Connection, words: str) -> set[int]:
    return {
        rowid
        for (rowid,) in connection.execute(
            "SELECT rowid FROM interaction_search WHERE interaction_search MATCH ?",
            (match_expression(words),),
        )
    }


def test_the_calls_logged_before_are_found_by_their_words_then_kept_in_step(tmp_path):
    path = tmp_path / "carnet.sqlite3"
    shutil.copy(FIXTURE, path)
    with closing(sqlite3.connect(path)) as connection:
        logged = connection.execute(
            "INSERT INTO interaction(person_id, kind, occurred_at, warmth, summary, next_step) "
            "VALUES (1, 'call', '2026-11-03 10:00:00', 'cold', 'Échange sur la maroquinerie', "
            "'Relancer Bérénice')"
        ).lastrowid
        connection.commit()
        every_call = {i for (i,) in connection.execute("SELECT id FROM interaction")}

    open_database(path, tmp_path / "backups").close()

    assert inspect_revision(path) == "0006"
    (backup,) = (tmp_path / "backups").glob("*before-upgrade*")
    assert inspect_revision(backup) == "0005"
    with closing(sqlite3.connect(path)) as connection:
        assert found(connection, "maroquinerie") == {logged}
        assert found(connection, "ECHANGE berenice") == {logged}  # summary and next step alike
        (indexed,) = connection.execute("SELECT count(*) FROM interaction_search").fetchone()
        assert indexed == len(every_call)
        assert found(connection, "orsane") and found(connection, "orsane") <= every_call

        connection.execute(
            "UPDATE interaction SET summary = 'Point sur la cosmétique', next_step = '' "
            "WHERE id = ?",
            (logged,),
        )
        assert found(connection, "maroquinerie") == set()
        assert found(connection, "cosmetique") == {logged}
        connection.execute("DELETE FROM interaction WHERE id = ?", (logged,))
        assert found(connection, "cosmetique") == set()
        connection.execute(
            "INSERT INTO interaction_search(interaction_search) VALUES ('integrity-check')"
        )
