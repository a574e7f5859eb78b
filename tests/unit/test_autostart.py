"""Starting Carnet with the session: each system's entry written, read back, and removed whole,
in a temporary home."""

from __future__ import annotations

import plistlib
from pathlib import Path

from carnet import autostart
from carnet.autostart import HIDDEN_FLAG, MemoryRunKey, desktop_exec, for_this_system

COMMAND = ["/opt/Carnet d'Anne/carnet", HIDDEN_FLAG, "--data-dir", "/home/anne/100% $réseau"]


def read_exec(value: str) -> list[str]:
    """The arguments of an ``Exec`` value, as the desktop-entry specification reads them."""
    arguments, current, quoted, escaped, started = [], "", False, False, False
    for char in value:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if current or started:
                arguments.append(current)
            current, started = "", False
        else:
            current += char
    return [*arguments, current] if current or started else arguments


def test_the_command_starts_carnet_hidden_on_the_data_folder(tmp_path: Path):
    command = autostart.start_command(tmp_path)
    assert command[-3:] == [HIDDEN_FLAG, "--data-dir", str(tmp_path)]


def test_linux_writes_an_xdg_autostart_entry_and_removes_it(tmp_path: Path):
    config = tmp_path / "config"
    entry = for_this_system("linux", tmp_path, {"XDG_CONFIG_HOME": str(config)})
    assert not entry.is_on()

    entry.turn_on(COMMAND)
    desktop = config / "autostart" / "carnet.desktop"
    lines = desktop.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert {"Type=Application", "Name=Carnet", "Terminal=false"} <= set(lines)
    exec_line = next(line for line in lines if line.startswith("Exec="))
    assert exec_line == (
        'Exec="/opt/Carnet d\'Anne/carnet" --hidden --data-dir "/home/anne/100%% \\\\$réseau"'
    )
    # read back as a desktop would: the file's escapes, %%, then the quoting of the arguments
    value = exec_line.removeprefix("Exec=").replace("\\\\", "\\").replace("%%", "%")
    assert read_exec(value) == COMMAND
    assert entry.is_on()

    entry.turn_off()
    assert not desktop.exists()
    assert not entry.is_on()
    entry.turn_off()  # twice is harmless


def test_linux_without_xdg_config_home_uses_dot_config(tmp_path: Path):
    entry = for_this_system("linux", tmp_path, {})
    entry.turn_on(["/usr/bin/carnet", HIDDEN_FLAG])
    assert (tmp_path / ".config" / "autostart" / "carnet.desktop").is_file()
    entry.turn_off()
    assert list((tmp_path / ".config" / "autostart").iterdir()) == []


def test_plain_arguments_stay_unquoted():
    assert desktop_exec(["/usr/bin/carnet", "--hidden"]) == "/usr/bin/carnet --hidden"


def test_macos_writes_a_launch_agent_and_removes_it(tmp_path: Path):
    entry = for_this_system("darwin", tmp_path, {})
    entry.turn_on(COMMAND)
    plist = tmp_path / "Library" / "LaunchAgents" / "org.carnet.Carnet.plist"
    agent = plistlib.loads(plist.read_bytes())
    assert agent["Label"] == "org.carnet.Carnet"
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True
    assert entry.is_on()

    entry.turn_off()
    assert not plist.exists()
    assert not entry.is_on()


def test_windows_writes_the_run_key_value_and_removes_it(tmp_path: Path):
    key = MemoryRunKey()
    key.set("Another app", "C:\\other.exe")
    entry = for_this_system("win32", tmp_path, {}, run_key=key)
    entry.turn_on(["C:\\Program Files\\Carnet\\carnet.exe", HIDDEN_FLAG])
    assert key.values["Carnet"] == '"C:\\Program Files\\Carnet\\carnet.exe" --hidden'
    assert entry.is_on()

    entry.turn_off()
    assert key.values == {"Another app": "C:\\other.exe"}
    assert not entry.is_on()
    assert list(tmp_path.iterdir()) == []  # nothing written in the home on Windows
