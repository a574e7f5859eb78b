"""Screenshots of every page and dialog in French and English, at 1366×768 and 1024×640, light
and dark, and pseudo-translated (40 % longer) at 1366×768, on real X servers, kept in
artifacts/screenshots/ (ignored by git, kept by CI).

The test starts one Xvfb per screen size (skipped where there is none) and runs
tests/ui/screenshot_driver.py once per language, size and colour scheme, a few at a time. The
window must fit the screen; no label, button, check box, group, tab or column title may be too
narrow for its text, no column may run off screen, and no ``{placeholder}`` or Markdown syntax may
show.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.ui.test_translations import TRANSLATIONS, update

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "artifacts" / "screenshots"
DRIVER = Path(__file__).with_name("screenshot_driver.py")
LARGE, SMALL = (1366, 768), (1024, 640)
RUNS = [
    (code, size, scheme)
    for code in ("fr", "en")
    for size in (LARGE, SMALL)
    for scheme in ("light", "dark")
] + [("pseudo", LARGE, "light")]
AT_ONCE = 3

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb to take screenshots"),
]


def run_name(run: tuple[str, tuple[int, int], str]) -> str:
    code, (width, height), scheme = run
    return f"{code}-{width}x{height}-{scheme}"


def _start_xvfb(size: tuple[int, int]) -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24"]
        + ["-nolisten", "tcp"],
        pass_fds=[write],
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    return server, f":{number}"


@pytest.fixture(scope="module")
def x_displays():
    """A virtual screen of each size, started for these tests and stopped after them."""
    servers = {size: _start_xvfb(size) for size in (LARGE, SMALL)}
    yield {size: display for size, (_server, display) in servers.items()}
    for server, _display in servers.values():
        server.terminate()
        server.wait(10)


@pytest.fixture(scope="module")
def screenshots(x_displays, tmp_path_factory) -> dict[str, list[dict]]:
    """Take them all; returns each run's report (one entry per screenshot)."""
    translations = tmp_path_factory.mktemp("qm")
    for source in TRANSLATIONS.glob("carnet_*.ts"):
        target = translations / source.with_suffix(".qm").name
        subprocess.run([*update._tool("lrelease"), "-silent", str(source), "-qm", str(target)])
    reports = {}
    waiting = list(RUNS)
    running: list[tuple[tuple, subprocess.Popen, Path]] = []
    while waiting or running:
        while waiting and len(running) < AT_ONCE:
            run = waiting.pop(0)
            code, size, scheme = run
            home = tmp_path_factory.mktemp(f"home-{run_name(run)}")
            out = OUT / run_name(run)
            shutil.rmtree(out, ignore_errors=True)
            env = {
                **os.environ,
                "DISPLAY": x_displays[size],
                "QT_QPA_PLATFORM": "xcb",
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_DATA_HOME": str(home / "data"),
                "XDG_STATE_HOME": str(home / "state"),
                "XDG_CACHE_HOME": str(home / "cache"),
                "CARNET_LOG_DIR": str(home / "logs"),
                "PYTHONPATH": str(ROOT),
            }
            env.pop("CARNET_PSEUDO_TRANSLATION", None)  # the driver sets it for "pseudo" only
            command = [sys.executable, str(DRIVER), str(out), code, "x".join(map(str, size))]
            process = subprocess.Popen(
                [*command, str(translations), scheme], env=env, stderr=subprocess.PIPE
            )
            running.append((run, process, out))
        run, process, out = running.pop(0)
        _, errors = process.communicate(timeout=600)
        assert process.returncode == 0, errors.decode(errors="replace")[-3000:]
        reports[run_name(run)] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return reports


def _image(name: str, shot: dict) -> QImage:
    return QImage(str(OUT / name / shot["file"]))


def test_every_page_and_dialog_is_photographed_in_each_language(screenshots):
    counts = {name: len(report) for name, report in screenshots.items()}
    assert counts["fr-1366x768-light"] > 40 and len(set(counts.values())) == 1, counts
    for name, report in screenshots.items():
        for shot in report:
            image = _image(name, shot)
            assert not image.isNull(), shot["file"]
            colours = {
                image.pixel(image.width() * i // 24, image.height() * j // 24)
                for i in range(24)
                for j in range(24)
            }
            assert len(colours) > 2, f"{shot['file']} looks empty"


def test_dark_follows_the_scheme(screenshots):
    for name, report in screenshots.items():
        window = next(shot for shot in report if shot["main window"])
        image = _image(name, window)
        lightness = (
            sum(
                QColor(image.pixel(image.width() * i // 16, image.height() * j // 16)).lightnessF()
                for i in range(16)
                for j in range(16)
            )
            / 256
        )
        if name.endswith("dark"):
            assert lightness < 0.35, f"{name}: {lightness:.2f} is not dark"
        else:
            assert lightness > 0.7, f"{name}: {lightness:.2f} is not light"


@pytest.mark.parametrize("name", [run_name(run) for run in RUNS])
def test_everything_fits_and_nothing_is_cut_off(screenshots, name):
    width, height = (int(n) for n in name.split("-")[1].split("x"))
    problems = []
    for shot in screenshots[name]:
        shown_width, shown_height = shot["size"]
        if shown_width > width or shown_height > height:
            problems.append(f"{shot['file']}: {shown_width}×{shown_height} does not fit")
        if shot["kind"] == "QFileDialog":
            continue  # Qt's own
        problems += [
            f"{shot['file']}: {text}"
            for text in shot["clipped"]
            if not text.startswith("QComboBox")  # a combo box shows its items in full when open
        ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", [run_name(run) for run in RUNS if run[0] != "pseudo"])
def test_no_placeholder_or_markdown_is_shown(screenshots, name):
    problems = [f"{shot['file']}: {text}" for shot in screenshots[name] for text in shot["code"]]
    assert not problems, "\n".join(problems)
