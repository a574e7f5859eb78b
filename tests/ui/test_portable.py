"""Portable mode (issue 20, point 5): Carnet on a USB stick writes nothing in the user's profile.

Carnet runs in a subprocess whose home (and every XDG or Windows-like profile folder) is a
read-only folder; the window opens, is closed, and a command-line export runs. Everything
written must lie in ``Carnet-data`` beside the app (for a run from the sources, the current
folder), and the home stays empty. (Tests may run as root, whom a read-only mode does not stop:
the emptiness of the home is what is checked.)
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from carnet import paths

DRIVER = Path(__file__).with_name("portable_driver.py")


@pytest.fixture
def usb_stick(tmp_path: Path) -> Path:
    stick = tmp_path / "USB stick"
    stick.mkdir()
    return stick


@pytest.fixture
def read_only_home(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield home
    home.chmod(stat.S_IRWXU)


def profile_pointing_at(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "CARNET_", "PYTEST_"))
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        # ignored in portable mode, as the module paths says
        CARNET_DATA_DIR=str(home / "data"),
        CARNET_LOG_DIR=str(home / "logs"),
        QT_QPA_PLATFORM="offscreen",
        LANGUAGE="en",
    )
    return env


def written_under(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def test_portable_mode_writes_nothing_in_a_read_only_home(usb_stick, read_only_home):
    env = profile_pointing_at(read_only_home)
    run = subprocess.run(
        [sys.executable, str(DRIVER), "--portable"],
        cwd=usb_stick,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    export = subprocess.run(
        [sys.executable, "-m", "carnet", "export", "--portable", "--format", "csv", "contacts.csv"],
        cwd=usb_stick,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert export.returncode == 0, export.stderr

    assert written_under(read_only_home) == set()
    written = written_under(usb_stick)
    assert written <= {"contacts.csv"} | {
        name for name in written if name.startswith(paths.PORTABLE_FOLDER)
    }
    data = usb_stick / paths.PORTABLE_FOLDER
    assert (data / "carnet.sqlite3").is_file()
    assert (data / "logs" / "carnet.log").is_file()
    assert any((data / "backups").iterdir())
    settings = data / "settings" / "Carnet" / "Carnet.ini"
    assert "geometry" in settings.read_text(encoding="utf-8").lower()


def test_the_title_bar_says_portable(open_carnet, monkeypatch, usb_stick):
    monkeypatch.chdir(usb_stick)
    window = open_carnet("--portable")
    assert window.app_paths.portable
    assert "(portable)" in window.windowTitle()


def test_a_portable_file_beside_the_frozen_app_turns_portable_mode_on(monkeypatch, usb_stick):
    executable = usb_stick / "Carnet.exe"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert not paths.resolve().portable

    (usb_stick / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    found = paths.resolve()
    assert found.portable
    assert found.data_dir == usb_stick.resolve() / "Carnet-data"
    assert found.log_dir == usb_stick.resolve() / "Carnet-data" / "logs"
    assert found.backups_dir == usb_stick.resolve() / "Carnet-data" / "backups"
    assert paths.portable_settings_dir([]) == usb_stick / "Carnet-data" / "settings"

    (usb_stick / paths.PORTABLE_MARKER).unlink()
    (usb_stick / "portable.txt").write_text("", encoding="utf-8")  # as Windows names it
    assert paths.resolve().portable


def test_from_the_sources_only_the_option_turns_portable_mode_on(monkeypatch, usb_stick):
    monkeypatch.chdir(usb_stick)
    (usb_stick / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert not paths.resolve().portable
    assert paths.portable_settings_dir(["--portable"]) == usb_stick / "Carnet-data" / "settings"
