"""Killing Carnet with SIGKILL while typing loses at most the last second of typing, and nothing
once the user paused for a second: the notebook saves by itself, off the keystroke path."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from carnet.db.store import open_database
from carnet.domain import notebook

DRIVER = Path(__file__).with_name("autosave_driver.py")
TEXT = "Rencontre avec Sophie: elle connait le directeur export. " * 20
TICK_MS = 20

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


class Typist:
    """The driver in a subprocess, and when each keystroke happened (on our clock: monotonic
    time is the same for every process of the machine)."""

    def __init__(self, data_dir: Path, text: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(data_dir), text, str(TICK_MS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )
        self.keystrokes: list[tuple[int, float]] = []
        self.events: dict[str, float] = {}

    def read_until(self, condition, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        assert self.process.stdout is not None
        while not condition():
            assert time.monotonic() < deadline, "the driver took too long"
            line = self.process.stdout.readline()
            assert line, f"the driver stopped (status {self.process.poll()})"
            word, *rest = line.split()
            if word == "typed":
                self.keystrokes.append((int(rest[0]), float(rest[1])))
            elif rest:
                self.events[word] = float(rest[0])

    def typing_for(self, seconds: float) -> bool:
        return (
            len(self.keystrokes) > 1 and self.keystrokes[-1][1] - self.keystrokes[0][1] >= seconds
        )

    def kill(self) -> float:
        killed_at = time.monotonic()
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        assert self.process.returncode == -signal.SIGKILL
        return killed_at

    def typed_before(self, moment: float) -> int:
        return max((n for n, at in self.keystrokes if at <= moment), default=0)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def saved_text(data_dir: Path) -> str:
    database = open_database(data_dir / "carnet.sqlite3", data_dir / "backups")
    try:
        with database.reading() as session:
            rows = notebook.list_notes(session)
            assert len(rows) <= 1
            return notebook.load_draft(session, rows[0].id).body if rows else ""
    finally:
        database.close()


@pytest.fixture
def typist(data_dir) -> Iterator:
    started: list[Typist] = []

    def start(text: str) -> Typist:
        started.append(Typist(data_dir, text))
        return started[-1]

    yield start
    for each in started:
        each.stop()


def test_sigkill_while_typing_loses_at_most_the_last_second(typist, data_dir):
    typing = typist(TEXT)
    typing.read_until(lambda: typing.typing_for(2.5))
    killed_at = typing.kill()

    saved = saved_text(data_dir)
    assert TEXT.startswith(saved), "what is saved is exactly what was typed, in order"
    older = typing.typed_before(killed_at - 1.0)
    assert len(saved) >= older, (
        f"kept {len(saved)} characters, but {older} were typed more than a second before the kill"
    )
    assert len(saved) < len(TEXT)


def test_sigkill_a_second_after_a_pause_loses_nothing(typist, data_dir):
    short = TEXT[:40]
    typing = typist(short)
    typing.read_until(lambda: "paused" in typing.events)
    typing.kill()

    assert saved_text(data_dir) == short
