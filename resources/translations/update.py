"""Extract Carnet's strings from src/carnet into the Qt Linguist files, then compile them.

    python resources/translations/update.py [--check]

Runs ``lupdate`` for ``carnet_fr.ts`` and ``carnet_en.ts`` (no obsolete entries, no source
locations, so that a moved line does not change the files), gives every English message its own
source text as translation, and compiles both files into ``.qm`` with ``lrelease``. New French
messages are left "unfinished" for a translator: open ``carnet_fr.ts`` in Qt Linguist
(``pyside6-linguist``) or edit the XML. ``--check`` only reports what is still unfinished.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parents[1] / "src" / "carnet"
LANGUAGES = ("fr", "en")


def _tool(name: str) -> list[str]:
    import PySide6

    tool = Path(PySide6.__file__).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    return [str(tool)] if tool.exists() else [f"pyside6-{name}"]


def ts_file(language: str) -> Path:
    return HERE / f"carnet_{language}.ts"


def lupdate(target: Path, language: str, sources: Path = SOURCES) -> None:
    subprocess.run(
        [
            *_tool("lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            str(sources),
            "-ts",
            str(target),
        ],
        check=True,
    )


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            empty = not "".join(translation.itertext()).strip()
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or empty:
                found.append((name, message.findtext("source") or ""))
    return found


def fill_english(path: Path) -> None:
    """English speaks its own source text; plural messages (``%n``) need their two forms."""
    text = path.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if forms and not any(form.text for form in forms):
                continue  # written by hand: "%n name" / "%n names"
        elif translation.get("type") == "unfinished":
            translation.text = source
        else:
            continue
        translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def lrelease(path: Path) -> None:
    subprocess.run([*_tool("lrelease"), "-silent", str(path), "-qm", str(path.with_suffix(".qm"))])


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        for language in LANGUAGES:
            lupdate(ts_file(language), language)
        fill_english(ts_file("en"))
        lupdate(ts_file("en"), "en")  # back to lupdate's own layout
        for language in LANGUAGES:
            lrelease(ts_file(language))
    missing = {language: unfinished(ts_file(language)) for language in LANGUAGES}
    for language, messages in missing.items():
        for context, source in messages:
            print(f"{language}: unfinished [{context}] {source!r}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
