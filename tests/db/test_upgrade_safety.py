"""Pulling the plug during the start-up upgrade: the next start always opens, with every row.

Each trial copies a revision-0001 file, starts opening it in a child process (which backs it up
and upgrades it) and kills the child with SIGKILL after a chosen number of SQLite steps, picked
at random over the whole opening. The next opening must then succeed, reach the latest revision,
pass SQLite's integrity check and hold exactly the rows an uninterrupted upgrade gives.

Ten trials run by default; ``pytest --slow`` runs the long series as well.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
from contextlib import closing, suppress
from pathlib import Path

import pytest
from tests.db.line_server import LineServer

from carnet.db.migrate import head_revision, inspect_revision
from carnet.db.store import open_database

KILLER = Path(__file__).with_name("upgrade_killer.py")
FIXTURE = Path(__file__).parents[1] / "fixtures" / "carnet-0001.sqlite3"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the opener forks (POSIX only)")


class Openers(LineServer):
    """The forking process of upgrade_killer.py."""

    def __init__(self) -> None:
        super().__init__(KILLER, "opener")

    def open(self, database: Path, ticks: int, count_file: Path) -> int:
        """Open ``database`` in a child killed after ``ticks``; its exit status."""
        return self.ask("wait", self.ask("open", database, ticks, count_file))


@pytest.fixture(scope="module")
def openers():
    started = Openers()
    yield started
    started.close(timeout=60)


def fresh_copy(folder: Path) -> Path:
    folder.mkdir(parents=True)
    copy = folder / "carnet.sqlite3"
    shutil.copyfile(FIXTURE, copy)
    return copy


def user_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of the tables the user's data lives in (search indexes aside)."""
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE '%search%' AND name <> 'alembic_version' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


@pytest.fixture(scope="module")
def reference(openers, tmp_path_factory) -> tuple[int, dict]:
    """How many ticks an uninterrupted opening takes, and the rows it leaves."""
    folder = tmp_path_factory.mktemp("reference")
    database = fresh_copy(folder / "data")
    assert openers.open(database, 0, folder / "count") == 0
    return int((folder / "count").read_text()), user_rows(database)


def run_trials(openers, reference, tmp_path: Path, trials: int, seed: int) -> list[str]:
    total, expected = reference
    rng = random.Random(seed)
    failures = []
    for trial in range(trials):
        ticks = rng.randint(1, total)
        database = fresh_copy(tmp_path / f"trial-{trial}")
        status = openers.open(database, ticks, tmp_path / f"trial-{trial}" / "count")
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, ticks
        try:
            open_database(database, database.parent / "backups").close()
            assert inspect_revision(database) == head_revision()
            assert user_rows(database) == expected, "rows lost or changed"
        except Exception as error:  # noqa: BLE001 - every failure is counted, then reported
            failures.append(f"killed at tick {ticks} of {total}: {error!r}")
    return failures


def test_an_upgrade_killed_at_random_moments_never_locks_the_user_out(openers, reference, tmp_path):
    assert run_trials(openers, reference, tmp_path, trials=10, seed=21) == []


@pytest.mark.slow
def test_an_upgrade_killed_at_a_hundred_and_twenty_random_moments(openers, reference, tmp_path):
    assert run_trials(openers, reference, tmp_path, trials=120, seed=2121) == []


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs to fill up; skipped where the machine does not let the tests mount one."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=False)


def fill(folder: Path, leave_free: int) -> Path:
    """A ballast file that leaves about ``leave_free`` bytes free on ``folder``'s disk."""
    ballast = folder / "ballast"
    free = shutil.disk_usage(folder).free
    with ballast.open("wb") as handle, suppress(OSError):  # the disk is full: as intended
        handle.write(bytes(max(free - leave_free, 0)))
    return ballast


def test_an_upgrade_on_a_filling_disk_never_locks_the_user_out(small_disk, reference):
    """At thirty levels of free space the upgrade may fail; once space is freed, it works."""
    _total, expected = reference
    failures = []
    refused = 0
    for level in range(30):
        folder = small_disk / f"level-{level}"
        folder.mkdir()
        database = folder / "carnet.sqlite3"
        shutil.copyfile(FIXTURE, database)
        ballast = fill(small_disk, leave_free=level * 48 * 1024)
        try:
            open_database(database, folder / "backups").close()
        except Exception:  # noqa: BLE001 - a full disk may refuse the upgrade: that is allowed
            refused += 1
        ballast.unlink()
        try:
            open_database(database, folder / "backups").close()
            assert inspect_revision(database) == head_revision()
            assert user_rows(database) == expected, "rows lost or changed"
        except Exception as error:  # noqa: BLE001 - every failure is counted, then reported
            failures.append(f"{level * 48} KiB free: {error!r}")
        shutil.rmtree(folder)
    assert failures == []
    assert refused > 0, "the smallest levels should have been too small for the upgrade"
