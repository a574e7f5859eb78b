"""Screenshots of every page and dialog in French, in English and pseudo-translated, on a real X
server at 1024×640, kept in artifacts/screenshots/ (ignored by git, kept by CI).

The test starts its own Xvfb (skipped where there is none) and runs tests/ui/screenshot_driver.py
once per language, in parallel. In French and English the window must fit the 1024×640 screen,
and no label, button, check box, group or tab may be too narrow for its text.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.ui.test_translations import TRANSLATIONS, update

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "artifacts" / "screenshots"
DRIVER = Path(__file__).with_name("screenshot_driver.py")
SIZE = (1024, 640)
LANGUAGES = ("fr", "en", "pseudo")

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb to take screenshots"),
]


@pytest.fixture(scope="module")
def x_display():
    """A virtual screen of SIZE, started for these tests and stopped after them."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{SIZE[0]}x{SIZE[1]}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=[write],
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(10)


@pytest.fixture(scope="module")
def screenshots(x_display, tmp_path_factory) -> dict[str, list[dict]]:
    """Take them all; returns each language's report (one entry per screenshot)."""
    translations = tmp_path_factory.mktemp("qm")
    for source in TRANSLATIONS.glob("carnet_*.ts"):
        target = translations / source.with_suffix(".qm").name
        subprocess.run([*update._tool("lrelease"), "-silent", str(source), "-qm", str(target)])
    runs = {}
    for code in LANGUAGES:
        home = tmp_path_factory.mktemp(f"home-{code}")
        out = OUT / f"{code}-{SIZE[0]}x{SIZE[1]}"
        shutil.rmtree(out, ignore_errors=True)
        env = {
            **os.environ,
            "DISPLAY": x_display,
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
        command = [sys.executable, str(DRIVER), str(out), code, "x".join(map(str, SIZE))]
        runs[code] = (
            subprocess.Popen([*command, str(translations)], env=env, stderr=subprocess.PIPE),
            out,
        )
    reports = {}
    for code, (process, out) in runs.items():
        _, errors = process.communicate(timeout=300)
        assert process.returncode == 0, errors.decode(errors="replace")[-3000:]
        reports[code] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return reports


def test_every_page_and_dialog_is_photographed_in_each_language(screenshots):
    counts = {code: len(report) for code, report in screenshots.items()}
    assert counts["fr"] > 40 and len(set(counts.values())) == 1, counts
    for code, report in screenshots.items():
        for shot in report:
            image = QImage(str(OUT / f"{code}-{SIZE[0]}x{SIZE[1]}" / shot["file"]))
            assert not image.isNull(), shot["file"]
            colours = {
                image.pixel(image.width() * i // 24, image.height() * j // 24)
                for i in range(24)
                for j in range(24)
            }
            assert len(colours) > 2, f"{shot['file']} looks empty"


@pytest.mark.parametrize("code", ["fr", "en"])
def test_everything_fits_a_small_screen(screenshots, code):
    problems = []
    for shot in screenshots[code]:
        width, height = shot["size"]
        if width > SIZE[0] or height > SIZE[1]:
            problems.append(f"{shot['file']}: {width}×{height} does not fit {SIZE[0]}×{SIZE[1]}")
        if shot["kind"] == "QFileDialog":
            continue  # Qt's own
        problems += [
            f"{shot['file']}: {text}"
            for text in shot["clipped"]
            if not text.startswith("QComboBox")  # a combo box shows its items in full when open
        ]
    assert not problems, "\n".join(problems)
