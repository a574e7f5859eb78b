"""`carnet` started as a user or an installer's smoke test would start it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_carnet(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "carnet", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_smoke_test_creates_the_database_and_succeeds(tmp_path: Path):
    data_dir = tmp_path / "fresh folder"
    result = run_carnet("--smoke-test", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("carnet smoke test ok")
    assert (data_dir / "carnet.sqlite3").is_file()
    assert run_carnet("--smoke-test", "--data-dir", str(data_dir)).returncode == 0


def test_a_file_that_is_not_carnet_gives_a_message_not_a_traceback(tmp_path: Path):
    database = tmp_path / "carnet.sqlite3"
    database.write_bytes(b"PK\x03\x04 this is a zip, not a database")
    result = run_carnet("--smoke-test", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "is not a Carnet file" in result.stderr and str(database) in result.stderr
    assert database.read_bytes().startswith(b"PK\x03\x04")


def test_an_unwritable_data_folder_gives_a_message(tmp_path: Path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    result = run_carnet("--smoke-test", "--data-dir", str(blocker / "data"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "cannot write in the folder" in result.stderr
