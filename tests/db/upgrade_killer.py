"""A process that opens (and so upgrades) Carnet files, killing itself at a chosen moment.

Started once by ``test_upgrade_safety.py``, it imports Carnet and alembic, then forks one child
per request, so that each trial costs a fork rather than a Python start-up. Commands on stdin,
one line each, answered with one line on stdout:

    open DATABASE TICKS COUNT_FILE -> PID of a child that opens DATABASE (backups beside it) and
                                      sends itself SIGKILL after TICKS calls of SQLite's progress
                                      handler (every 10 virtual-machine steps, all connections
                                      together); with TICKS 0 it never kills itself, and writes
                                      how many calls the whole opening made to COUNT_FILE
    wait PID                       -> the child's exit status, once it has ended

Counting SQLite's own steps rather than waiting a random time makes each trial's moment of death
reproducible, and needs no sleeps.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import sqlite3.dbapi2
import sys
import tempfile
import traceback
from pathlib import Path

from carnet.db.store import open_database

STEPS_PER_TICK = 10
FIXTURE = Path(__file__).parents[1] / "fixtures" / "carnet-0001.sqlite3"


def open_and_die(database: Path, ticks: int, count_file: Path) -> None:
    calls = 0
    real_connect = sqlite3.connect

    def tick() -> int:
        nonlocal calls
        calls += 1
        if calls == ticks:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    def connect(*args, **kwargs):
        connection = real_connect(*args, **kwargs)
        connection.set_progress_handler(tick, STEPS_PER_TICK)
        return connection

    # SQLAlchemy connects through sqlite3.dbapi2, the backups through sqlite3 itself
    sqlite3.connect = sqlite3.dbapi2.connect = connect
    try:
        open_database(database, database.parent / "backups").close()
    finally:
        sqlite3.connect = sqlite3.dbapi2.connect = real_connect
    if ticks == 0:
        count_file.write_text(str(calls))


def warm_up() -> None:
    """Upgrade a scratch copy once, so that every child starts with alembic already loaded."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "carnet.sqlite3"
        shutil.copyfile(FIXTURE, copy)
        open_database(copy, Path(scratch) / "backups").close()


def serve() -> None:
    warm_up()
    for line in sys.stdin:
        command, *args = line.split()
        if command == "open":
            pid = os.fork()
            if pid == 0:
                status = 0
                try:
                    open_and_die(Path(args[0]), int(args[1]), Path(args[2]))
                except BaseException:
                    traceback.print_exc()
                    status = 1
                os._exit(status)
            print(pid, flush=True)
        elif command == "wait":
            _, status = os.waitpid(int(args[0]), 0)
            print(status, flush=True)


if __name__ == "__main__":
    serve()
