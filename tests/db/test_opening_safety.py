"""Opening a file a crash or an older Carnet left behind, or that two processes open at once."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from carnet.db.backup import BEFORE_UPGRADE, DAILY, automatic_backup, backup_before
from carnet.db.migrate import DataFileEmptied, head_revision, inspect_revision
from carnet.db.schema import expected_schema
from carnet.db.store import open_database

FIXTURE = Path(__file__).parents[1] / "fixtures" / "carnet-0001.sqlite3"


def carnet(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "carnet", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def people_and_notes(path: Path) -> tuple[list, list]:
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return (
            connection.execute(
                "SELECT id, first_name, last_name, job_title, city, background FROM person"
                " ORDER BY id"
            ).fetchall(),
            connection.execute("SELECT id, title, body FROM note ORDER BY id").fetchall(),
        )


@pytest.fixture
def old_file(data_dir: Path) -> Path:
    copy = data_dir / "carnet.sqlite3"
    shutil.copyfile(FIXTURE, copy)
    return copy


def begin_the_upgrade_as_an_older_carnet_did(path: Path) -> None:
    """What a kill left with the Carnet that upgraded outside a transaction: some of the next
    revision's tables and indexes already there, the revision number still the old one."""
    old = {entry[1] for entry in expected_schema(inspect_revision(path))}
    later = sorted(expected_schema(head_revision()) - expected_schema(inspect_revision(path)))
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for kind, name, _table, sql in later:
            if kind in ("table", "index") and name not in old and "VIRTUAL" not in sql:
                connection.execute(sql)


def test_a_file_left_half_upgraded_is_repaired_from_its_before_upgrade_backup(
    old_file, backups_dir
):
    before = people_and_notes(old_file)
    backup_before(old_file, backups_dir, BEFORE_UPGRADE)  # made by that Carnet, then killed
    begin_the_upgrade_as_an_older_carnet_did(old_file)
    # each later start backed the broken file up again before failing
    backup_before(old_file, backups_dir, BEFORE_UPGRADE)

    open_database(old_file, backups_dir).close()

    assert inspect_revision(old_file) == head_revision()
    assert people_and_notes(old_file) == before
    assert list(backups_dir.glob("*-half-upgraded.sqlite3")), "the broken file is kept aside"


def test_a_file_left_half_upgraded_without_any_backup_is_refused_untouched(
    old_file, backups_dir, fingerprint
):
    from carnet.db.migrate import HalfUpgraded

    begin_the_upgrade_as_an_older_carnet_did(old_file)
    before = fingerprint(old_file)

    with pytest.raises(HalfUpgraded):
        open_database(old_file, backups_dir)

    assert fingerprint(old_file) == before


def leave_a_hot_journal(path: Path) -> None:
    """Kill a process halfway through a large change of ``path``, its journal on the disk."""
    script = f"""
import os, signal, sqlite3
connection = sqlite3.connect({str(path)!r}, isolation_level=None)
connection.execute("PRAGMA journal_mode = DELETE")
connection.execute("PRAGMA cache_size = 1")  # pages spill to the file before the commit
connection.execute("BEGIN")
connection.execute("UPDATE note SET body = hex(randomblob(3000))")
connection.execute("UPDATE person SET last_name = 'Half'")
os.kill(os.getpid(), signal.SIGKILL)
"""
    subprocess.run([sys.executable, "-c", script], check=False)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0


def test_the_command_line_recovers_a_hot_journal(old_file, data_dir, tmp_path):
    before = people_and_notes(old_file)
    leave_a_hot_journal(old_file)

    export = carnet(
        "export", "--format", "csv", str(tmp_path / "out.csv"), "--data-dir", str(data_dir)
    )
    _out, err = export.communicate(timeout=120)

    assert export.returncode == 0, err
    assert people_and_notes(old_file) == before
    assert inspect_revision(old_file) == head_revision()


@pytest.mark.parametrize("round_", range(3))
def test_two_processes_opening_an_old_folder_at_once_take_turns(
    old_file, data_dir, tmp_path, round_
):
    before = people_and_notes(old_file)
    runs = [
        carnet(
            "export", "--format", "csv", str(tmp_path / f"out{i}.csv"), "--data-dir", str(data_dir)
        )
        for i in range(2)
    ]
    results = [(run.communicate(timeout=120), run.returncode) for run in runs]

    assert [code for _, code in results] == [0, 0], [err for (_, err), _ in results]
    assert inspect_revision(old_file) == head_revision()
    assert people_and_notes(old_file) == before


def test_two_processes_creating_a_new_folder_at_once_take_turns(tmp_path):
    data_dir = tmp_path / "new"
    runs = [
        carnet(
            "export", "--format", "csv", str(tmp_path / f"out{i}.csv"), "--data-dir", str(data_dir)
        )
        for i in range(2)
    ]
    results = [(run.communicate(timeout=120), run.returncode) for run in runs]

    assert [code for _, code in results] == [0, 0], [err for (_, err), _ in results]
    assert inspect_revision(data_dir / "carnet.sqlite3") == head_revision()


@pytest.mark.parametrize("how", ["emptied", "missing"])
def test_a_lost_data_file_with_backups_is_refused_not_started_afresh(
    network_file, backups_dir, how
):
    kept = backup_before(network_file, backups_dir, DAILY)
    for suffix in ("-wal", "-shm"):
        network_file.with_name(network_file.name + suffix).unlink(missing_ok=True)
    if how == "emptied":
        network_file.write_bytes(b"")
    else:
        network_file.unlink()

    with pytest.raises(DataFileEmptied) as refused:
        open_database(network_file, backups_dir)

    assert refused.value.backup == kept
    assert not network_file.exists() or network_file.stat().st_size == 0


def test_the_command_line_refuses_an_emptied_data_file_with_a_sentence(
    network_file, backups_dir, data_dir, tmp_path
):
    backup_before(network_file, backups_dir, DAILY)
    for suffix in ("-wal", "-shm"):
        network_file.with_name(network_file.name + suffix).unlink(missing_ok=True)
    network_file.write_bytes(b"")

    export = carnet(
        "export", "--format", "csv", str(tmp_path / "o.csv"), "--data-dir", str(data_dir)
    )
    _out, err = export.communicate(timeout=120)

    assert export.returncode == 2
    assert "missing or empty" in err and "Traceback" not in err
    assert network_file.stat().st_size == 0


def test_an_emptied_notebook_is_not_backed_up_over_good_backups(tmp_path, backups_dir, data_dir):
    live = data_dir / "carnet.sqlite3"
    first_day = dt.datetime(2026, 3, 1, 9)
    (tmp_path / "earlier").mkdir()
    filled = open_database(tmp_path / "earlier" / "carnet.sqlite3", tmp_path / "unused")
    filled.close()
    from carnet.db.engine import Database
    from carnet.domain import people

    with Database(tmp_path / "earlier" / "carnet.sqlite3").transaction() as session:
        people.create_person(session, people.PersonDraft(first_name="Ada"))
    for day in range(8):
        backup_before(
            tmp_path / "earlier" / "carnet.sqlite3",
            backups_dir,
            DAILY,
            now=first_day + dt.timedelta(days=day),
        )
    open_database(live, tmp_path / "no-backups").close()  # a notebook with nobody in it
    before = sorted(backups_dir.iterdir())

    made = automatic_backup(live, backups_dir, now=first_day + dt.timedelta(days=20))

    assert made is None
    assert sorted(backups_dir.iterdir()) == before


def test_the_journal_of_a_copy_cut_short_is_cleaned_up(network_file, backups_dir):
    backups_dir.mkdir()
    leftover = backups_dir / "carnet-20260101-000000-daily.sqlite3.part-journal"
    leftover.write_bytes(b"journal of half a copy")
    os.utime(leftover, (0, 0))

    automatic_backup(network_file, backups_dir, now=dt.datetime(2026, 3, 1, 9))

    assert not leftover.exists()
