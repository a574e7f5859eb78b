"""`carnet` as installed: what it creates is the user's alone, and a missing log folder never
stops it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest


def run_carnet(*args: str, log_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_LOG_DIR": str(log_dir)}
    return subprocess.run(
        [sys.executable, "-m", "carnet", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_data_folder_database_and_log_are_readable_by_the_user_only(tmp_path):
    data_dir, log_dir = tmp_path / "data", tmp_path / "logs"
    previous = os.umask(0o022)  # the child inherits a umask that shares everything
    try:
        result = run_carnet("--smoke-test", "--data-dir", str(data_dir), log_dir=log_dir)
    finally:
        os.umask(previous)

    assert result.returncode == 0, result.stderr
    assert (mode(data_dir), mode(log_dir)) == (0o700, 0o700)
    created = [*data_dir.iterdir(), *log_dir.iterdir()]
    assert {p.name for p in created} >= {"carnet.sqlite3", "carnet.log"}
    for path in created:
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path.name
    assert not (data_dir / "carnet.sqlite3.lock").exists(), "the lock goes with the process"


def test_carnet_starts_even_where_no_log_can_be_written(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")

    result = run_carnet("--smoke-test", "--data-dir", str(tmp_path / "data"), log_dir=blocker / "x")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
