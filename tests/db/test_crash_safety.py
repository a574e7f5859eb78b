"""Pulling the plug: a writer killed with SIGKILL at random moments never loses a commit.

Again and again, a process writes through the real use cases and is killed at a random instant:
before, during or after a commit, mid-checkpoint. Each time, every commit it reported is in the
file, nothing of a half-done transaction is, and SQLite's integrity check says ``ok``. Thirty
rounds run by default; ``pytest --slow`` runs the series of a hundred as well.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from tests.db.line_server import LineServer

from carnet.db.store import open_database
from carnet.domain import people

ROUNDS = 30
LONG_SERIES = 100
KILL_WITHIN_S = 0.3  # from the writer's opening (or first commit); it commits every few ms
WRITER = Path(__file__).with_name("crash_writer.py")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer forks (POSIX only)")


@pytest.fixture
def writers():
    started = LineServer(WRITER, "writer")
    yield started
    started.close()


def committed(log: Path) -> list[int]:
    return [int(line) for line in log.read_text().split()] if log.exists() else []


def written_in_round(connection: sqlite3.Connection, round_number: int) -> dict[int, int]:
    """Person id by k, for the people the round's writer created."""
    return {
        int(last[1:]): person_id
        for person_id, last in connection.execute(
            "SELECT id, last_name FROM person WHERE first_name = ?", (f"R{round_number}",)
        )
    }


def check_round(path: Path, round_number: int, reported: list[int]) -> int:
    """Assert the round's commits are whole and present; return how many people it added."""
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        found = written_in_round(connection, round_number)
        assert set(reported) <= set(found), "a reported commit is missing"
        in_flight = max(reported, default=-1) + 1
        assert set(found) <= {*reported, in_flight}, "rows of a commit never started are there"
        for k, person_id in found.items():
            note = connection.execute(
                "SELECT count(*) FROM note JOIN note_person ON note_person.note_id = note.id"
                " WHERE note.title = ? AND note_person.person_id = ?",
                (f"R{round_number} T{k}", person_id),
            ).fetchone()[0]
            assert note == 1, f"commit {k} is half there: person without their note"
            if k and k % 5 == 0:
                introduced = connection.execute(
                    "SELECT count(*) FROM introduction WHERE introduced_id = ?", (person_id,)
                ).fetchone()[0]
                assert introduced == 1, f"commit {k} is half there: no introduction"
        searchable = connection.execute(
            "SELECT count(*) FROM note_search WHERE note_search MATCH ?",
            (f'"R{round_number}"',),
        ).fetchone()[0]
        assert searchable == len(found), "the search index lost step with the notes"
    return len(found)


def test_a_writer_killed_at_random_moments_never_loses_a_commit(writers, data_dir):
    kill_at_random_moments(writers, data_dir, ROUNDS)


@pytest.mark.slow
def test_a_writer_killed_at_a_hundred_random_moments_never_loses_a_commit(writers, data_dir):
    kill_at_random_moments(writers, data_dir, LONG_SERIES)


def kill_at_random_moments(writers: LineServer, data_dir: Path, rounds: int) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    path = data_dir / "carnet.sqlite3"
    open_database(path, data_dir / "backups").close()
    total = 0
    kills_before_any_commit = 0

    for round_number in range(rounds):
        log = data_dir / f"round-{round_number}.log"
        pid = writers.ask("write", path, log, round_number)
        writers.ask("kill", pid, rng.uniform(0.0, KILL_WITHIN_S))
        status = writers.ask("wait", pid)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            f"round {round_number}: the writer ended on its own (status {status}), seed {seed}"
        )

        reported = committed(log)
        kills_before_any_commit += not reported
        try:
            total += check_round(path, round_number, reported)
        except AssertionError as error:
            raise AssertionError(f"round {round_number}, seed {seed}: {error}") from error
        with closing(sqlite3.connect(path)) as connection:
            assert connection.execute("SELECT count(*) FROM person").fetchone()[0] == total

    # Odd rounds start the kill timer after the first commit: at least those land amid the writes,
    # however loaded the machine (a check on the harness, not on Carnet).
    assert rounds - kills_before_any_commit >= rounds // 2, "most kills should land amid the writes"
    database = open_database(path, data_dir / "backups")
    try:
        with database.reading() as session:
            assert people.count_people(session) == total
    finally:
        database.close()
