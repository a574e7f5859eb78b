"""A helper process of the crash tests (crash_writer.py, upgrade_killer.py), driven line by line:
each command is one line on its stdin, each answer one integer line on its stdout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class LineServer:
    def __init__(self, script: Path, name: str) -> None:
        self.name = name
        self.process = subprocess.Popen(
            [sys.executable, str(script)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

    def ask(self, *words: object) -> int:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(" ".join(map(str, words)) + "\n")
        answer = self.process.stdout.readline()
        assert answer, f"the {self.name} process died"
        return int(answer)

    def close(self, timeout: float = 30) -> None:
        assert self.process.stdin
        self.process.stdin.close()
        self.process.wait(timeout=timeout)
