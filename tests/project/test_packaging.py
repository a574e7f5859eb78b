"""What the build ships is decided in pyproject.toml alone, and installing writes nothing.

The compiled translations are committed beside their sources (resources/translations/*.qm, written
by update.py), so that neither ``pip install -e .`` nor a wheel build runs lrelease into the source
tree. These tests hold the two together: every finished message of a ``.ts`` file reads the same
through its ``.qm``, and every package folder is named in pyproject.toml. The wheel's contents and
the untouched source tree after an install are checked by packaging/ci/check_wheel.sh. The lock
(requirements-lock.txt, used by CI and the installers) must pin every requirement within bounds.
"""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = ROOT / "requirements-lock.txt"


def finished_messages(ts_file: Path):
    """(context, source, disambiguation, translation forms) of every finished message."""
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            yield (
                name,
                message.findtext("source") or "",
                message.findtext("comment"),
                forms if message.get("numerus") == "yes" else [translation.text or ""],
            )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_committed_translations_are_compiled_from_their_sources(language):
    source = TRANSLATIONS / f"carnet_{language}.ts"
    translator = QTranslator()
    assert translator.load(str(source.with_suffix(".qm"))), f"{source.stem}.qm is missing"

    stale = []
    messages = list(finished_messages(source))
    for context, text, disambiguation, forms in messages:
        # Plurals: both languages say "one" for 1 and "many" for 5, the first form and the last.
        counts = (1, 5) if len(forms) > 1 else (-1,)
        shown = [translator.translate(context, text, disambiguation, n) for n in counts]
        expected = [forms[0], forms[-1]] if len(forms) > 1 else forms
        if shown != expected:
            stale.append(f"[{context}] {text!r}: {shown!r} instead of {expected!r}")

    assert len(messages) > 500
    assert not stale, (
        f"run `python resources/translations/update.py` and commit {source.stem}.qm:\n"
        + "\n".join(stale[:20])
    )


def test_every_package_folder_is_named_in_pyproject():
    settings = PYPROJECT["tool"]["setuptools"]
    folders = {
        ".".join(("carnet", *init.parent.relative_to(ROOT / "src" / "carnet").parts))
        for init in (ROOT / "src" / "carnet").rglob("__init__.py")
    }

    assert set(settings["packages"]) == folders | {"carnet.resources"}
    assert settings["package-dir"]["carnet.resources"] == "resources"


def test_building_needs_neither_qt_nor_a_setup_script():
    assert not (ROOT / "setup.py").exists()
    assert not any("PySide6" in need for need in PYPROJECT["build-system"]["requires"])


def test_the_lock_pins_every_requirement_within_pyproject_s_bounds():
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith((" ", "#")):
            pinned = Requirement(line)
            (version,) = (spec.version for spec in pinned.specifier)
            pins[canonicalize_name(pinned.name)] = version
    project = PYPROJECT["project"]
    extras = project["optional-dependencies"]

    wrong = []
    for text in [*project["dependencies"], *extras["test"], *extras["build"]]:
        wanted = Requirement(text)
        pin = pins.get(canonicalize_name(wanted.name))
        if pin is None or not wanted.specifier.contains(pin, prereleases=True):
            wrong.append(f"{text}: locked at {pin}")

    assert not wrong, "run `bash packaging/refresh_lock.sh`:\n" + "\n".join(wrong)
