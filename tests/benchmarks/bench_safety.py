"""Data safety under load: 1,000 writes a second for 10 s while the window is open.

A probe process (this file run with ``--probe``) opens the real main window on 2,000 people and
2,000 notes. A writer thread calls the use cases (``people.create_person`` and
``notebook.create_note`` in turn) on a schedule of 1,000 a second, committing whatever is due in
one transaction every few milliseconds, as an importer or a sync would; each commit is durable
(``synchronous = FULL``). Meanwhile the window's thread runs a 5 ms timer, reads the database
every 100 ms as a view would, and records every gap between two timer ticks. Afterwards the file
is read again and every write reported committed must be in it.

- ``safety_event_loop_block``: the longest the event loop went without running (ms), against
  the same window left idle for the same time, in the same run (the target is under 50 ms).
- ``safety_event_loop_p99``: the 99th percentile of those gaps, against the idle window's.
- ``safety_writes_per_second``: writes committed and found again, per second, against the
  1,000 a second asked for.
- ``safety_writes_lost``: writes reported committed but missing from the file (must be 0),
  against the number committed.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

from generate import generate
from run import Context, Measurement, ProbeFailed, benchmark

RATE = 1000
SECONDS = 10.0
TICK_MS = 5
READ_EVERY_MS = 100
MARKER = "bench-safety"
_results: dict[tuple[str, bool], dict[str, float]] = {}


# -- the probe, in its own process ---------------------------------------------------------------


class Writer(threading.Thread):
    """Writes ``rate`` use cases a second for ``seconds``; counts what each commit made durable."""

    def __init__(self, database, rate: int, seconds: float) -> None:
        super().__init__(name="bench-writer", daemon=True)
        self.database = database
        self.rate = rate
        self.seconds = seconds
        self.committed = 0
        self.commits = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        from carnet.domain import notebook, people

        pause = threading.Event()
        total = int(self.rate * self.seconds)
        started = time.perf_counter()
        try:
            while self.committed < total:
                due = min(total, int((time.perf_counter() - started) * self.rate) + 1)
                if due <= self.committed:
                    pause.wait(0.002)
                    continue
                with self.database.transaction() as session:
                    for n in range(self.committed, due):
                        if n % 2:
                            notebook.create_note(
                                session,
                                notebook.NoteDraft(title=f"{MARKER} {n}", body="Café avec Hugo."),
                            )
                        else:
                            people.create_person(
                                session, people.PersonDraft(first_name=MARKER, last_name=str(n))
                            )
                self.committed = due  # only once the commit has returned
                self.commits += 1
        except BaseException as error:  # reported by the probe, which then fails
            self.error = error


def probe(data_dir: Path, seconds: float, writes: bool) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from carnet.app import make_application, open_window, parse_args
    from carnet.domain import people

    app = make_application([sys.argv[0]])
    window = open_window(parse_args(["--data-dir", str(data_dir)]))
    assert window is not None and window.database is not None
    window.show()
    app.processEvents()
    database = window.database

    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    reads: list[float] = []

    def read() -> None:
        began = time.perf_counter()
        with database.reading() as session:
            people.count_people(session)
        reads.append((time.perf_counter() - began) * 1000)

    ticker = QTimer(interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(tick)
    reader = QTimer(interval=READ_EVERY_MS)
    reader.timeout.connect(read)
    writer = Writer(database, RATE, seconds)
    clock.start()
    ticker.start()
    reader.start()
    started = time.perf_counter()
    if writes:
        writer.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    ticker.stop()
    reader.stop()
    if writes:
        writer.join()
    elapsed = time.perf_counter() - started
    window.close()
    database.close()
    QApplication.processEvents()
    if writer.error is not None:
        raise writer.error

    with closing(sqlite3.connect(data_dir / "carnet.sqlite3")) as connection:
        found = connection.execute(
            "SELECT count(*) FROM person WHERE first_name = ?", (MARKER,)
        ).fetchone()[0]
        found += connection.execute(
            "SELECT count(*) FROM note WHERE title LIKE ?", (f"{MARKER} %",)
        ).fetchone()[0]
    blocks = sorted(max(0.0, gap - TICK_MS) for gap in gaps[1:])
    return {
        "max_block_ms": blocks[-1] if blocks else 0.0,
        "p99_block_ms": blocks[int(len(blocks) * 0.99)] if blocks else 0.0,
        "median_gap_ms": statistics.median(gaps[1:]) if len(gaps) > 1 else 0.0,
        "ticks": len(gaps),
        "max_read_ms": max(reads, default=0.0),
        "committed": writer.committed,
        "commits": writer.commits,
        "found": found,
        "lost": max(0, writer.committed - found),
        "writes_per_second": found / elapsed if writes else 0.0,
    }


# -- the benchmarks ------------------------------------------------------------------------------


def _run_probe(ctx: Context, writes: bool) -> dict[str, float]:
    key = (str(ctx.workdir.parent), writes)
    if key in _results:
        return _results[key]
    data_dir = ctx.workdir / ("writes" if writes else "idle")
    generate(data_dir / "carnet.sqlite3", people=2000, notes=2000, seed=1)
    command = [ctx.python, str(Path(__file__).resolve()), "--probe", str(data_dir)]
    if not writes:
        command.append("--idle")
    done = subprocess.run(
        command, capture_output=True, text=True, env=ctx.env(), cwd=ctx.workdir, timeout=300
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise ProbeFailed(f"bench_safety probe failed ({done.returncode}):\n{done.stderr[-2000:]}")
    result = json.loads(lines[-1])
    ctx.log(f"{'writes' if writes else 'idle'}: {result}")
    _results[key] = result
    return result


@benchmark("safety_event_loop_block")
def safety_event_loop_block(ctx: Context) -> Measurement:
    """Longest event-loop stall (ms) during 1,000 writes/s for 10 s, vs the idle window."""
    loaded, idle = _run_probe(ctx, True), _run_probe(ctx, False)
    return Measurement(
        loaded["max_block_ms"], "ms", "same window idle, same 10 s", idle["max_block_ms"]
    )


@benchmark("safety_event_loop_p99")
def safety_event_loop_p99(ctx: Context) -> Measurement:
    """99th percentile event-loop stall (ms) during the writes, vs the idle window."""
    loaded, idle = _run_probe(ctx, True), _run_probe(ctx, False)
    return Measurement(
        loaded["p99_block_ms"], "ms", "same window idle, same 10 s", idle["p99_block_ms"]
    )


@benchmark("safety_writes_per_second")
def safety_writes_per_second(ctx: Context) -> Measurement:
    """Writes committed and found again per second, vs the 1,000 a second asked for."""
    loaded = _run_probe(ctx, True)
    return Measurement(loaded["writes_per_second"], "writes/s", "asked: 1,000 writes/s", RATE)


@benchmark("safety_writes_lost")
def safety_writes_lost(ctx: Context) -> Measurement:
    """Writes reported committed but missing after reopening (must be 0), vs writes committed."""
    loaded = _run_probe(ctx, True)
    return Measurement(loaded["lost"], "writes", "writes committed", loaded["committed"])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--probe", type=Path, required=True)
    parser.add_argument("--idle", action="store_true")
    parser.add_argument("--seconds", type=float, default=SECONDS)
    options = parser.parse_args()
    print(json.dumps(probe(options.probe, options.seconds, writes=not options.idle)), flush=True)
