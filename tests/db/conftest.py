"""Fixtures for the database tests: a Carnet file holding a small network, and ways to read one."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from carnet.db.store import open_database
from carnet.domain import notebook, people, referrals
from carnet.domain.enums import NoteKind, Permission
from carnet.domain.profile import ProfileDraft, save_profile

Rows = dict[str, list[dict[str, object]]]


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "carnet.sqlite3"


@pytest.fixture
def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


@pytest.fixture
def network_file(db_path: Path, backups_dir: Path, new_database_file) -> Path:
    """A closed Carnet file, made by today's Carnet, with people, introductions and notes in it."""
    new_database_file(db_path)
    database = open_database(db_path, backups_dir)
    try:
        with database.transaction() as session:
            save_profile(session, ProfileDraft(name="Alex", target_role="Product manager"))
            camille = people.create_person(
                session,
                people.PersonDraft(
                    first_name="Camille",
                    last_name="Durand",
                    organization_name="Atelier Lumière",
                    email="camille@example.org",
                    phone="+33 6 12 34 56 78",
                ),
            )
            hugo = referrals.introduce_new_person(
                session,
                camille,
                people.PersonDraft(
                    first_name="Hugo", last_name="Martin", organization_name="Noname"
                ),
                permission=Permission.YES,
                context="They played in the same band",
            )
            helene = referrals.introduce_new_person(
                session,
                hugo,
                people.PersonDraft(
                    first_name="Hélène", last_name="Roux", job_title="Hiring manager"
                ),
            )
            notebook.create_note(
                session,
                notebook.NoteDraft(
                    written_on=dt.date(2026, 3, 2),
                    title="Coffee with Camille",
                    body="She will ask Hugo.",
                    person_ids=[camille, hugo],
                ),
            )
            notebook.create_note(
                session,
                notebook.NoteDraft(
                    written_on=dt.date(2026, 3, 9),
                    title="Before calling Hélène",
                    kind=NoteKind.CALL_PREPARATION,
                    person_ids=[helene],
                ),
            )
    finally:
        database.close()
    return db_path


@pytest.fixture
def rows_of() -> Callable[[Path], Rows]:
    """Every row of every Carnet table in a file, as ``{table: [{column: value}]}``."""

    def read(path: Path) -> Rows:
        with closing(sqlite3.connect(path)) as connection:
            connection.row_factory = sqlite3.Row
            tables = [
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%' AND name <> 'alembic_version' ORDER BY name"
                )
            ]
            contents: Rows = {}
            for table in tables:
                width = len(connection.execute(f'SELECT * FROM "{table}" LIMIT 0').description)
                order = ", ".join(str(i) for i in range(1, width + 1))
                rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY {order}')
                contents[table] = [dict(row) for row in rows]
            return contents

    return read


@pytest.fixture
def fingerprint() -> Callable[[Path], str]:
    """A hash of a file's bytes, to show it was left exactly as it was."""

    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    return digest


def sidecars(path: Path) -> list[Path]:
    """The write-ahead log and shared-memory files SQLite may leave beside ``path``."""
    return [
        side
        for side in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
        if side.exists()
    ]


@pytest.fixture
def sidecars_of() -> Callable[[Path], list[Path]]:
    return sidecars
