"""A process that writes to a Carnet database through the real use cases, to be killed mid-write.

Started once by ``test_crash_safety.py``, it imports Carnet, then forks one writer per request, so
that each of the hundred rounds costs a fork rather than a Python start-up. It reads commands on
stdin and answers each on stdout with one line:

    write DATABASE LOG ROUND   -> PID of a writer; it appends "k" to LOG after commit k returns
    kill PID SECONDS           -> 0, once PID has been sent SIGKILL that long after it opened
                                  the database (even rounds) or returned from its first commit
                                  (odd rounds: on a loaded machine the first commit may take
                                  longer than the whole kill window); a sleep, not a timer
                                  thread: libfaketime, which the suite is run under once, stalls
                                  timed waits on a condition
    wait PID                   -> the writer's exit status, once it has died

A writer commits transaction after transaction: a person named after the round and k, a note
about them, an introduction from the previous person every fifth time; some notes are long, so
that commits span many pages and the write-ahead log checkpoints now and then.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

from carnet.db.store import open_database
from carnet.domain import notebook, people, referrals
from carnet.domain.enums import Permission

MAX_COMMITS = 400  # a writer the test forgot to kill still ends


def write(
    path: Path,
    log_path: Path,
    round_number: int,
    commits: int = MAX_COMMITS,
    ready: int | None = None,
    ready_after_first_commit: bool = False,
) -> None:
    """Commit up to ``commits`` times; once the database is open (or the first commit returned),
    write a byte to ``ready``."""
    rng = random.Random(round_number)
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    database = open_database(path, path.parent / "backups")
    if ready is not None and not ready_after_first_commit:
        _signal(ready)
    previous: int | None = None
    for k in range(commits):
        with database.transaction() as session:
            person_id = people.create_person(
                session,
                people.PersonDraft(
                    first_name=f"R{round_number}",
                    last_name=f"T{k}",
                    organization_name=f"Maison {k % 7}",
                    email=f"r{round_number}.t{k}@example.org",
                ),
            )
            notebook.create_note(
                session,
                notebook.NoteDraft(
                    title=f"R{round_number} T{k}",
                    body="Rencontre au café. " * rng.choice((1, 10, 100, 400)),
                    person_ids=[person_id],
                ),
            )
            if previous is not None and k % 5 == 0:
                referrals.add_introduction(session, previous, person_id, permission=Permission.YES)
        os.write(log, f"{k}\n".encode())
        if k == 0 and ready is not None and ready_after_first_commit:
            _signal(ready)
        previous = person_id


def _signal(ready: int) -> None:
    os.write(ready, b"1")
    os.close(ready)


def warm_up() -> None:
    """Run the use cases once on a scratch file, so that each writer starts writing at once.

    SQLAlchemy configures its mappers and compiles its statements on first use; done here, before
    any fork, every writer inherits them.
    """
    with tempfile.TemporaryDirectory() as scratch:
        write(Path(scratch) / "warm-up.sqlite3", Path(scratch) / "warm-up.log", 0, commits=6)


def serve() -> None:
    warm_up()
    for line in sys.stdin:
        command, *args = line.split()
        if command == "write":
            # The answer waits until the writer has opened the database (or, in odd rounds, made
            # its first commit), so that the test's kill timer covers the writes however slowly a
            # loaded machine starts the writer.
            ready_read, ready_write = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(ready_read)
                status = 0
                try:
                    round_number = int(args[2])
                    write(
                        Path(args[0]),
                        Path(args[1]),
                        round_number,
                        ready=ready_write,
                        ready_after_first_commit=round_number % 2 == 1,
                    )
                except BaseException:
                    traceback.print_exc()
                    status = 1
                os._exit(status)
            os.close(ready_write)
            os.read(ready_read, 1)  # b"" if the writer failed before opening: it is reported
            os.close(ready_read)
            print(pid, flush=True)
        elif command == "kill":
            time.sleep(float(args[1]))
            os.kill(int(args[0]), signal.SIGKILL)
            print(0, flush=True)
        elif command == "wait":
            _, status = os.waitpid(int(args[0]), 0)
            print(status, flush=True)


if __name__ == "__main__":
    serve()
