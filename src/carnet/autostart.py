"""Start Carnet with the user's session, hidden in the notification area (no Qt).

Each system has its own place for what starts with the session; Carnet writes there the command
that starts it with ``--hidden``, and turning the setting off removes the entry entirely:

* **Linux** (and other XDG desktops): ``$XDG_CONFIG_HOME/autostart/carnet.desktop`` (``~/.config``
  without it), its ``Exec`` quoted as the desktop-entry specification asks;
* **macOS**: a LaunchAgent, ``~/Library/LaunchAgents/org.carnet.Carnet.plist``;
* **Windows**: the value ``Carnet`` of ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
  The Run key rather than the Startup folder: an entry there is one string, written and removed
  exactly, with no shortcut (.lnk) to build through COM, and Windows lists it in the Task
  Manager's start-up apps, where the user may also turn it off. The registry is reached through
  ``RunKey``, so that the entry is tested on any system with ``MemoryRunKey``.

The setting shows what is written (``is_on``), not a remembered choice: an entry the user removed
by hand reads as off.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

HIDDEN_FLAG = "--hidden"
ENTRY_NAME = "Carnet"
LAUNCH_AGENT_LABEL = "org.carnet.Carnet"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
DESKTOP_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def start_command(data_dir: Path | None = None) -> list[str]:
    """The command that starts this Carnet hidden: the frozen app, else this Python's module."""
    frozen = getattr(sys, "frozen", False)
    program = [sys.executable] if frozen else [sys.executable, "-m", "carnet"]
    data = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return [*program, HIDDEN_FLAG, *data]


class Autostart(Protocol):
    def is_on(self) -> bool: ...
    def turn_on(self, command: Sequence[str]) -> None: ...
    def turn_off(self) -> None: ...


def _desktop_argument(argument: str) -> str:
    """One argument of a desktop entry's ``Exec``: quoted if it holds a reserved character
    (``"`$\\`` escaped inside), then the file's string escape (``\\`` doubled), ``%`` as ``%%``."""
    if argument and not DESKTOP_RESERVED.intersection(argument):
        quoted = argument
    else:
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        quoted = f'"{escaped}"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_exec(command: Sequence[str]) -> str:
    return " ".join(_desktop_argument(argument) for argument in command)


class XdgAutostart:
    """An XDG autostart entry, read by GNOME, KDE, Xfce, Cinnamon, MATE and LXQt."""

    def __init__(self, home: Path, environ: Mapping[str, str]) -> None:
        config = environ.get("XDG_CONFIG_HOME") or str(home / ".config")
        self.path = Path(config) / "autostart" / "carnet.desktop"

    def is_on(self) -> bool:
        return self.path.is_file()

    def turn_on(self, command: Sequence[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={ENTRY_NAME}\n"
            f"Exec={desktop_exec(command)}\n"
            "Icon=carnet\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n",
            encoding="utf-8",
        )

    def turn_off(self) -> None:
        self.path.unlink(missing_ok=True)


class LaunchAgent:
    """A macOS LaunchAgent run once when the user logs in."""

    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def is_on(self) -> bool:
        return self.path.is_file()

    def turn_on(self, command: Sequence[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        self.path.write_bytes(plistlib.dumps(agent))

    def turn_off(self) -> None:
        self.path.unlink(missing_ok=True)


class RunKey(Protocol):
    """The few registry operations the Run key needs."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class MemoryRunKey:
    """A Run key in a dictionary: the Windows entry tested on any system."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def _winreg() -> Any:
    """The standard library's registry module (Windows only; typed there only)."""
    return importlib.import_module("winreg")


class WindowsRunKey:  # pragma: no cover - Windows only
    """``HKEY_CURRENT_USER\\…\\Run`` through ``winreg``."""

    def get(self, name: str) -> str | None:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except OSError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        winreg = _winreg()

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


class WindowsRun:
    """The value ``Carnet`` of the Run key: one command line, quoted as Windows reads it."""

    def __init__(self, key: RunKey) -> None:
        self.key = key

    def is_on(self) -> bool:
        return self.key.get(ENTRY_NAME) is not None

    def turn_on(self, command: Sequence[str]) -> None:
        self.key.set(ENTRY_NAME, subprocess.list2cmdline(list(command)))

    def turn_off(self) -> None:
        self.key.delete(ENTRY_NAME)


def for_this_system(
    platform: str = sys.platform,
    home: Path | None = None,
    environ: Mapping[str, str] = os.environ,
    run_key: RunKey | None = None,
) -> Autostart:
    """The entry this system reads at the start of a session."""
    if platform == "win32":
        return WindowsRun(run_key or WindowsRunKey())
    home = home or Path.home()
    if platform == "darwin":
        return LaunchAgent(home)
    return XdgAutostart(home, environ)
