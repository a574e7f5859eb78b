"""One Carnet per database: a second start brings the first to the front, or says why it cannot
open the data; a lock left behind by a crash is taken over."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMessageBox

from carnet import paths
from carnet.ui import single_instance
from carnet.ui.single_instance import ACTIVATE, SingleInstance

HOLD_THE_LOCK = """
import sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from carnet import paths
from carnet.ui import single_instance
held = single_instance.claim(paths.resolve(sys.argv[1]), quiet=True)
print("locked" if not isinstance(held, int) else "refused", flush=True)
sys.stdin.read()
"""


def carnet_process(*args: str, log_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_LOG_DIR": str(log_dir)}
    return subprocess.Popen(
        [sys.executable, "-m", "carnet", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.fixture
def claimed():
    """Claims taken in this process, released at the end."""
    held: list[SingleInstance] = []

    def claim(app_paths: paths.AppPaths) -> SingleInstance:
        instance = single_instance.claim(app_paths)
        assert isinstance(instance, SingleInstance)
        held.append(instance)
        return instance

    yield claim
    for instance in held:
        instance.release()


def test_a_second_start_brings_the_first_window_to_the_front(
    qtbot, open_carnet, claimed, data_dir, tmp_path
):
    window = open_carnet()
    first = claimed(paths.resolve(data_dir))
    first.activation_requested.connect(lambda: single_instance.bring_to_front(window))
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    with qtbot.waitSignal(first.activation_requested, timeout=30000):
        second = carnet_process("--data-dir", str(data_dir), log_dir=tmp_path / "logs")
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)

    _out, errors = second.communicate()
    assert second.returncode == 0, errors
    assert "Traceback" not in errors
    assert not window.isMinimized() and window.isVisible()
    lock = paths.resolve(data_dir).lock_file
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_lock_left_by_a_crashed_carnet_is_taken_over(qtbot, claimed, data_dir):
    crashed = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert crashed.stdout is not None and crashed.stdout.readline() == "locked\n"
    crashed.send_signal(signal.SIGKILL)
    crashed.wait()
    app_paths = paths.resolve(data_dir)
    assert app_paths.lock_file.exists(), "the crash left its lock behind"

    taken_over = claimed(app_paths)

    pid, _host = taken_over.holder()
    assert pid == os.getpid()
    knock = QLocalSocket()
    knock.connectToServer(taken_over.name)
    with qtbot.waitSignal(taken_over.activation_requested, timeout=5000):
        knock.write(ACTIVATE)
    knock.disconnectFromServer()


def test_a_lock_held_on_another_computer_is_explained(data_dir, monkeypatch):
    app_paths = paths.resolve(data_dir)
    app_paths.lock_file.write_text("4242\ncarnet\nlaptop-de-camille\n")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))

    status = single_instance.claim(app_paths)

    assert status == 2
    assert "laptop-de-camille" in shown[0]
    assert "already open" in shown[0]
    assert app_paths.lock_file.read_text().startswith("4242"), "another computer's lock is kept"


def test_a_smoke_test_on_data_in_use_says_so_and_fails(claimed, data_dir, tmp_path):
    claimed(paths.resolve(data_dir))

    smoke = carnet_process("--smoke-test", "--data-dir", str(data_dir), log_dir=tmp_path / "logs")
    _out, errors = smoke.communicate(timeout=60)

    assert smoke.returncode == 2
    assert "already open with this data" in errors
    assert "Traceback" not in errors
