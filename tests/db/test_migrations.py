"""Opening a database file: new, current, from a newer Carnet, not Carnet's, or upgraded."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from carnet.db import migrate
from carnet.db.migrate import (
    DatabaseTooNew,
    DataFolderNotWritable,
    NotACarnetDatabase,
    UpgradeFailed,
    head_revision,
    inspect_revision,
)
from carnet.db.search_index import is_search_index
from carnet.db.store import open_database
from carnet.domain import people
from carnet.domain.models import Base

SHIPPED_MIGRATIONS = migrate.MIGRATIONS_DIR


def migrations_env_include_name(name, type_, _parents) -> bool:
    return not (type_ == "table" and is_search_index(name))


SHIPPED_HEAD = head_revision()

NEXT_REVISION = '''"""A later Carnet's schema change

Revision ID: next
Revises: {current}
"""

import sqlalchemy as sa
from alembic import op

revision = "next"
down_revision = "{current}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("nickname")
'''

ADD_NICKNAME = """\
    with op.batch_alter_table("person", recreate="{recreate}") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(100), nullable=True))"""

FAILS_MIDWAY = (
    ADD_NICKNAME.format(recreate="auto") + '\n    op.execute("SELECT * FROM no_such_table")'
)


@pytest.fixture
def next_carnet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Make Carnet ship the real migrations plus a revision "next" whose upgrade runs ``body``."""

    def install(body: str) -> None:
        folder = tmp_path / "next-migrations"
        shutil.copytree(SHIPPED_MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
        script = NEXT_REVISION.format(body=body, current=SHIPPED_HEAD)
        (folder / "versions" / "9999_next.py").write_text(script)
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
        assert head_revision() == "next"

    return install


def columns_of(path: Path, table: str) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def without_nickname(rows: dict) -> dict:
    """The rows as the shipped Carnet stored them, once a nickname column has been added."""
    return {
        table: [{k: v for k, v in row.items() if k != "nickname"} for row in table_rows]
        for table, table_rows in rows.items()
    }


# A new database ------------------------------------------------------------------------------


def test_a_new_file_is_created_at_the_latest_schema(db_path, backups_dir):
    database = open_database(db_path, backups_dir)
    try:
        assert migrate.current_revision(database.engine) == head_revision()
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_name": migrations_env_include_name}
            )
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        database.close()
    assert not backups_dir.exists(), "a new database has nothing to back up"


def test_an_empty_file_is_treated_as_a_new_database(db_path, backups_dir):
    db_path.write_bytes(b"")

    database = open_database(db_path, backups_dir)
    try:
        assert migrate.current_revision(database.engine) == head_revision()
        with database.transaction() as session:
            people.create_person(session, people.PersonDraft(first_name="Ada"))
        with database.reading() as session:
            assert [row.full_name for row in people.list_people(session)] == ["Ada"]
    finally:
        database.close()


def test_a_database_at_the_latest_schema_opens_without_a_backup(network_file, backups_dir):
    database = open_database(network_file, backups_dir)
    database.close()

    assert inspect_revision(network_file) == head_revision()
    assert not backups_dir.exists()


def test_connections_enforce_foreign_keys_and_use_write_ahead_logging(database):
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    with database.transaction() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_a_contact_point_for_a_missing_person_is_refused_by_the_database(database):
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.execute(
            text(
                "INSERT INTO contact_point (person_id, kind, label, value)"
                " VALUES (999, 'email', '', 'nobody@example.org')"
            )
        )


# Files Carnet refuses, untouched ---------------------------------------------------------------


@pytest.fixture
def file_from_a_newer_carnet(network_file: Path) -> Path:
    with closing(sqlite3.connect(network_file)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    return network_file


def test_a_database_from_a_newer_carnet_is_refused_untouched(
    file_from_a_newer_carnet, backups_dir, fingerprint
):
    before = fingerprint(file_from_a_newer_carnet)

    with pytest.raises(DatabaseTooNew) as refused:
        open_database(file_from_a_newer_carnet, backups_dir)

    assert refused.value.path == file_from_a_newer_carnet
    assert "9999" in str(refused.value)
    assert fingerprint(file_from_a_newer_carnet) == before
    assert not backups_dir.exists()


def test_refusing_a_database_from_a_newer_carnet_leaves_no_files_beside_it(
    file_from_a_newer_carnet, backups_dir, sidecars_of
):
    assert sidecars_of(file_from_a_newer_carnet) == []

    with pytest.raises(DatabaseTooNew):
        open_database(file_from_a_newer_carnet, backups_dir)

    assert sidecars_of(file_from_a_newer_carnet) == []


def _garbage(path: Path) -> None:
    path.write_bytes(b"My shopping list\n- bread\n- cheese\n" + bytes(range(256)) * 8)


def _sqlite_header_then_garbage(path: Path) -> None:
    path.write_bytes(migrate.SQLITE_HEADER + b"\xff" * 4080)


def _someone_elses_database(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO recipe (name) VALUES ('crêpes')")
        connection.commit()


def _carnet_without_a_version(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("CREATE TABLE person (id INTEGER PRIMARY KEY)")
        connection.commit()


@pytest.mark.parametrize(
    "make_file",
    [_garbage, _sqlite_header_then_garbage, _someone_elses_database, _carnet_without_a_version],
    ids=["not-sqlite", "sqlite-header-then-garbage", "unrelated-tables", "no-version-row"],
)
def test_a_file_that_is_not_a_carnet_database_is_refused_untouched(
    make_file, db_path, backups_dir, fingerprint, sidecars_of
):
    make_file(db_path)
    before = fingerprint(db_path)

    with pytest.raises(NotACarnetDatabase) as refused:
        open_database(db_path, backups_dir)

    assert refused.value.path == db_path
    assert fingerprint(db_path) == before
    assert sidecars_of(db_path) == []
    assert not backups_dir.exists()


@pytest.mark.parametrize("below_the_file", [(), ("sub",)], ids=["file-as-folder", "under-a-file"])
def test_a_data_folder_that_cannot_be_written_is_reported(data_dir, below_the_file):
    blocker = data_dir / "not-a-folder"
    blocker.write_text("a plain file where the data folder should be")
    folder = blocker.joinpath(*below_the_file)

    with pytest.raises(DataFolderNotWritable) as refused:
        open_database(folder / "carnet.sqlite3", folder / "backups")

    assert refused.value.path == folder
    assert blocker.read_text() == "a plain file where the data folder should be"


# Upgrading a database from an older Carnet ----------------------------------------------------


@pytest.mark.parametrize(
    "recreate",
    ["auto", "always"],
    ids=["alter-in-place", "copy-the-table"],
)
def test_an_older_database_is_backed_up_then_upgraded_keeping_every_row(
    recreate, network_file, backups_dir, next_carnet, rows_of
):
    """This Carnet wrote the file; the next Carnet adds a column to ``person``.

    SQLite only adds a column in place; most other changes copy the table ("always"), which is
    what batch migrations are for and must not lose the rows that point at the copied table.
    """
    rows_before = rows_of(network_file)
    assert rows_before["person"] and rows_before["introduction"]
    assert rows_before["contact_point"] and rows_before["note_person"]
    next_carnet(ADD_NICKNAME.format(recreate=recreate))

    database = open_database(network_file, backups_dir)
    database.close()

    (backup,) = backups_dir.glob("*before-upgrade*")
    assert inspect_revision(backup) == SHIPPED_HEAD
    assert rows_of(backup) == rows_before
    assert inspect_revision(network_file) == "next"
    assert "nickname" in columns_of(network_file, "person")
    upgraded = rows_of(network_file)
    assert all(row["nickname"] is None for row in upgraded["person"])
    assert without_nickname(upgraded) == rows_before


def test_a_failed_upgrade_puts_the_database_back_and_keeps_the_backup(
    network_file, backups_dir, next_carnet, rows_of, monkeypatch
):
    rows_before = rows_of(network_file)
    next_carnet(FAILS_MIDWAY)

    with pytest.raises(UpgradeFailed) as failed:
        open_database(network_file, backups_dir)

    assert failed.value.path == network_file
    assert "no_such_table" in failed.value.detail
    assert failed.value.backup.exists()
    assert failed.value.backup.parent == backups_dir
    assert rows_of(failed.value.backup) == rows_before
    assert inspect_revision(network_file) == SHIPPED_HEAD
    assert "nickname" not in columns_of(network_file, "person")
    assert rows_of(network_file) == rows_before

    # The Carnet the user had before still opens the file as if nothing happened.
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", SHIPPED_MIGRATIONS)
    database = open_database(network_file, backups_dir)
    try:
        with database.reading() as session:
            assert len(people.list_people(session)) == len(rows_before["person"])
    finally:
        database.close()


def test_the_revisions_read_at_start_up_agree_with_alembic():
    """Start-up reads the revision chain from the scripts without importing alembic."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}
    assert [migrate.head_revision()] == scripts.get_heads()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    open_database(tmp_path / "carnet.sqlite3", tmp_path / "backups").close()
    probe = (
        "import sys; from pathlib import Path; from carnet.db.store import open_database; "
        f"open_database(Path({str(tmp_path / 'carnet.sqlite3')!r}), Path({str(tmp_path)!r})); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
