"""Revision 0005 on a database of revision 0004 full of data: LinkedIn weak ties set apart."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from carnet.db.migrate import head_revision, inspect_revision
from carnet.db.store import open_database

FIXTURE = Path(__file__).parents[1] / "fixtures" / "carnet-0004.sqlite3"

LINKEDIN_PERSON = (
    "INSERT INTO person(first_name, last_name, job_title, city, linkedin_url, background, "
    "how_we_met, status, is_decision_maker, source, created_at, updated_at) "
    "VALUES (?, 'Exemple', '', '', '', '', '', 'to_contact', 0, 'linkedin', "
    "'2026-11-01 09:00:00', '2026-11-01 09:00:00')"
)


def test_linkedin_connections_nobody_introduced_become_weak_ties(tmp_path):
    path = tmp_path / "carnet.sqlite3"
    shutil.copy(FIXTURE, path)
    with closing(sqlite3.connect(path)) as connection:
        ids = {}
        for name in ("Alone", "Introduced", "Called"):
            ids[name] = connection.execute(LINKEDIN_PERSON, (name,)).lastrowid
        connection.execute(
            "INSERT INTO introduction(connector_id, introduced_id, is_primary, introduced_on, "
            "permission, status, context, reason) "
            "VALUES (1, ?, 1, '2026-11-02', 'yes', 'suggested', '', '')",
            (ids["Introduced"],),
        )
        connection.execute(
            "INSERT INTO interaction(person_id, kind, occurred_at, warmth, summary, next_step) "
            "VALUES (?, 'call', '2026-11-03 10:00:00', 'cold', '', '')",
            (ids["Called"],),
        )
        connection.commit()
        versions_before = dict(connection.execute("SELECT id, version FROM person"))

    open_database(path, tmp_path / "backups").close()

    assert inspect_revision(path) == head_revision()
    with closing(sqlite3.connect(path)) as connection:
        weak = {i for (i,) in connection.execute("SELECT id FROM person WHERE weak_tie")}
        assert weak == {ids["Alone"]}
        assert dict(connection.execute("SELECT id, version FROM person")) == versions_before
        assert {f for (f,) in connection.execute("SELECT forewarned FROM introduction")} == {
            "unknown"
        }
        stages = connection.execute("SELECT lead_stage, planned_week FROM person").fetchall()
        assert set(stages) == {(None, None)}
        # the edit-version trigger is back: a change of the card raises its version
        connection.execute("UPDATE person SET city = 'Lyon' WHERE id = ?", (ids["Alone"],))
        (version,) = connection.execute(
            "SELECT version FROM person WHERE id = ?", (ids["Alone"],)
        ).fetchone()
        assert version == versions_before[ids["Alone"]] + 1
