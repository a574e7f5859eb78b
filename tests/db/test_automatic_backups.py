"""Automatic backups: one a day of use, 7 daily and 4 weekly kept, listed, checked, restored."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from contextlib import closing, suppress
from pathlib import Path

import pytest

from carnet.db import backup as backups
from carnet.db.migrate import head_revision
from carnet.db.store import open_database
from carnet.domain import people

FIXTURES = Path(__file__).parents[1] / "fixtures"
START = dt.datetime(2026, 1, 5, 9, 30)  # a Monday


def names_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [name for (name,) in connection.execute("SELECT first_name FROM person ORDER BY 1")]


def add_person(path: Path, name: str) -> None:
    database = open_database(path, path.parent / "backups")
    try:
        with database.transaction() as session:
            people.create_person(session, people.PersonDraft(first_name=name))
    finally:
        database.close()


def damage(path: Path) -> None:
    """Scribble over the pages after the schema, as a failing disk would."""
    with path.open("r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xde\xad\xbe\xef" * 4096)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask():
    """A system that would make every new file world-readable, as many do."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_one_backup_a_day_of_use_seven_daily_and_four_weekly_kept(network_file, backups_dir):
    used_on = [START + dt.timedelta(days=d, hours=d % 3) for d in range(70) if d % 9 != 4]
    for moment in used_on:
        assert backups.automatic_backup(network_file, backups_dir, now=moment) is not None
        again = moment + dt.timedelta(hours=2)
        assert backups.automatic_backup(network_file, backups_dir, now=again) is None

    kept = sorted(b.made_at for b in backups.list_backups(network_file, backups_dir))

    last_seven = used_on[-7:]
    older_weeks: dict[tuple[int, int], dt.datetime] = {}
    for moment in used_on[:-7]:
        older_weeks[moment.isocalendar()[:2]] = moment  # the newest of each week wins
    four_weeks = sorted(older_weeks.values())[-4:]
    assert kept == sorted(four_weeks + last_seven)
    assert (used_on[-1] - kept[0]).days >= 27, "a month of history is kept"
    assert len({m.isocalendar()[:2] for m in four_weeks}) == 4


def test_backups_made_for_a_reason_keep_their_ten_newest(network_file, backups_dir):
    for minute in range(12):
        backups.backup_before(
            network_file, backups_dir, "before-import", now=START + dt.timedelta(minutes=minute)
        )
    backups.automatic_backup(network_file, backups_dir, now=START + dt.timedelta(days=1))

    left = [b for b in backups.list_backups(network_file, backups_dir) if not b.automatic]
    assert len(left) == 10
    assert min(b.made_at for b in left) == START + dt.timedelta(minutes=2)


def test_backups_are_listed_newest_first_with_what_they_hold(network_file, backups_dir):
    backups.automatic_backup(network_file, backups_dir, now=START)
    add_person(network_file, "Zoé")
    backups.backup_before(network_file, backups_dir, "before-import")

    listed = backups.list_backups(network_file, backups_dir)

    assert [b.reason for b in listed] == ["before-import", "daily"]
    newest, oldest = (backups.read_contents(b.path) for b in listed)
    assert (oldest.people, oldest.notes, oldest.introductions) == (3, 2, 2)
    assert newest.people == 4
    assert oldest.revision == head_revision()


def test_the_demo_and_the_real_data_keep_their_backups_apart(network_file, backups_dir):
    demo = network_file.with_name("carnet-demo.sqlite3")
    shutil.copy(network_file, demo)
    backups.automatic_backup(network_file, backups_dir, now=START)
    backups.automatic_backup(demo, backups_dir, now=START)

    assert len(backups.list_backups(network_file, backups_dir)) == 1
    assert len(backups.list_backups(demo, backups_dir)) == 1


def test_a_damaged_database_is_not_backed_up_over_the_good_backups(network_file, backups_dir):
    for day in range(10):
        backups.automatic_backup(network_file, backups_dir, now=START + dt.timedelta(days=day))
    before = sorted(p.name for p in backups_dir.iterdir())
    damage(network_file)

    with pytest.raises(backups.DatabaseDamaged):
        backups.automatic_backup(network_file, backups_dir, now=START + dt.timedelta(days=11))

    assert sorted(p.name for p in backups_dir.iterdir()) == before
    found = backups.latest_good_backup(network_file, backups_dir)
    assert found is not None and found[0].made_at.date() == (START + dt.timedelta(days=9)).date()


@pytest.mark.parametrize(
    ("spoil", "problem"),
    [
        (lambda path: path.write_bytes(b"PK\x03\x04 a zip file"), backups.BackupProblem.NOT_SQLITE),
        (damage, backups.BackupProblem.DAMAGED),
        (
            lambda path: _execute(path, "DROP TABLE alembic_version"),
            backups.BackupProblem.NOT_CARNET,
        ),
        (
            lambda path: _execute(path, "UPDATE alembic_version SET version_num = 'f00d'"),
            backups.BackupProblem.TOO_NEW,
        ),
        (lambda path: path.unlink(), backups.BackupProblem.MISSING),
    ],
    ids=["not sqlite", "damaged", "not carnet", "too new", "missing"],
)
def test_a_backup_that_cannot_be_restored_is_refused_and_nothing_changes(
    network_file, backups_dir, fingerprint, spoil, problem
):
    backup = backups.backup_before(network_file, backups_dir, "before-import")
    spoil(backup)
    before = fingerprint(network_file)

    with pytest.raises(backups.InvalidBackup) as refused:
        backups.restore_backup(backup, network_file, backups_dir)

    assert refused.value.problem is problem
    assert fingerprint(network_file) == before
    assert [b.reason for b in backups.list_backups(network_file, backups_dir)] == (
        [] if problem is backups.BackupProblem.MISSING else ["before-import"]
    )


def _execute(path: Path, sql: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(sql)
        connection.commit()


def test_restoring_keeps_a_copy_of_the_current_data_first(network_file, backups_dir):
    backup = backups.automatic_backup(network_file, backups_dir, now=START)
    add_person(network_file, "Typed after the backup")

    kept = backups.restore_backup(backup, network_file, backups_dir)

    assert "Typed after the backup" not in names_in(network_file)
    assert kept is not None and "Typed after the backup" in names_in(kept)
    assert [b.reason for b in backups.list_backups(network_file, backups_dir)] == [
        "before-restore",
        "daily",
    ]
    database = open_database(network_file, backups_dir)  # the restored file opens as usual
    database.close()


def test_restoring_over_a_damaged_file_keeps_the_damaged_bytes_aside(network_file, backups_dir):
    backup = backups.automatic_backup(network_file, backups_dir, now=START)
    damage(network_file)
    damaged_bytes = network_file.read_bytes()

    kept = backups.restore_backup(backup, network_file, backups_dir)

    assert kept is not None and kept.read_bytes() == damaged_bytes
    assert backups.DAMAGED in kept.name
    assert backups.read_contents(network_file).people == 3
    assert all(b.reason != backups.DAMAGED for b in backups.list_backups(network_file, backups_dir))


def test_an_old_database_is_backed_up_before_its_upgrade(data_dir, backups_dir):
    path = data_dir / "carnet.sqlite3"
    shutil.copy(FIXTURES / "carnet-0001.sqlite3", path)
    people_before = len(names_in(path))

    open_database(path, backups_dir).close()

    (before_upgrade,) = backups.list_backups(path, backups_dir)
    assert before_upgrade.reason == backups.BEFORE_UPGRADE
    contents = backups.read_contents(before_upgrade.path)
    assert (contents.revision, contents.people) == ("0001", people_before)


def test_backups_and_the_database_are_private(data_dir, backups_dir, permissive_umask):
    path = data_dir / "carnet.sqlite3"
    database = open_database(path, backups_dir)
    with database.transaction() as session:
        people.create_person(session, people.PersonDraft(first_name="Ada"))

    made = backups.automatic_backup(path, backups_dir, now=START)
    kept = backups.restore_backup(made, path, backups_dir)
    database.close()

    assert mode(backups_dir) == 0o700
    for file in (path, made, kept, *path.parent.glob("carnet.sqlite3-*")):
        assert mode(file) == 0o600, file


def test_sqlite_files_beside_the_database_are_private(data_dir, permissive_umask):
    database = open_database(data_dir / "carnet.sqlite3", data_dir / "backups")
    try:
        with database.transaction() as session:
            people.create_person(session, people.PersonDraft(first_name="Ada"))
        sidecars = sorted(p.name for p in data_dir.glob("carnet.sqlite3-*"))
        assert sidecars == ["carnet.sqlite3-shm", "carnet.sqlite3-wal"]
        for name in ("carnet.sqlite3", *sidecars):
            assert mode(data_dir / name) == 0o600, name
    finally:
        database.close()


def test_a_copy_cut_short_by_a_crash_is_cleaned_up(network_file, backups_dir):
    backups_dir.mkdir()
    leftover = backups_dir / "carnet-20260101-000000-daily.sqlite3.part"
    leftover.write_bytes(b"half a copy")
    os.utime(leftover, (0, 0))

    backups.automatic_backup(network_file, backups_dir, now=START)

    assert not leftover.exists()
    assert len(backups.list_backups(network_file, backups_dir)) == 1


def test_the_damage_check_calls_every_bit_flipped_file_sound_or_damaged(tmp_path):
    """Bit flips in a file with data: the check answers for each (some quote damaged bytes that
    are not UTF-8 in SQLite's own message), so a backup can always be offered."""
    import random

    original = (FIXTURES / "carnet-0004.sqlite3").read_bytes()
    refused = undecodable = 0
    for seed in range(240):
        chance = random.Random(seed)
        flipped = bytearray(original)
        for _ in range(chance.choice([1, 3, 20, 200])):
            flipped[chance.randrange(len(flipped))] ^= 1 << chance.randrange(8)
        path = tmp_path / f"flipped-{seed}.sqlite3"
        path.write_bytes(bytes(flipped))
        try:
            backups.check_database(path)
        except backups.DatabaseDamaged as damage:
            refused += 1
            undecodable += isinstance(damage.__cause__, UnicodeDecodeError)
        with suppress(backups.InvalidBackup):
            backups.validate(path)

    assert refused > 50
    assert undecodable > 0, "the flips that once crashed the check should be among these"
