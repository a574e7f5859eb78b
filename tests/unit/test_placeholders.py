"""Carnet's one placeholder formatter (``carnet.domain.text.fill``): named fields, one pass."""

from __future__ import annotations

import html
import re
from pathlib import Path

from carnet.domain.text import fill
from carnet.io.writer import import_note_body

SOURCES = Path(__file__).resolve().parents[2] / "src" / "carnet"


def test_an_imported_column_named_like_a_placeholder_is_kept_as_written():
    # A CSV column Carnet has no field for becomes a line of the import note, "label: value".
    body = import_note_body((("{value} {missing}", "Paris"), ("Notes", "{label}")))

    assert body == "{value} {missing}: Paris\nNotes: {label}"


def test_rich_text_escapes_each_value_once_and_never_the_template():
    sentence = fill(
        "<p>Your data: {file}</p><p>{name}</p>",
        {"file": "/home/a&b/<carnet>.sqlite3", "name": "Tom &amp; Co"},
        escape=html.escape,
    )

    assert sentence == (
        "<p>Your data: /home/a&amp;b/&lt;carnet&gt;.sqlite3</p><p>Tom &amp;amp; Co</p>"
    )


def test_every_sentence_is_filled_by_the_formatter_not_by_replace():
    replaced = re.compile(r"""\.replace\(\s*(?:f?["'])\{""")
    found = [
        f"{path.relative_to(SOURCES)}:{text[: m.start()].count(chr(10)) + 1}"
        for path in sorted(SOURCES.rglob("*.py"))
        for text in [path.read_text(encoding="utf-8")]
        for m in replaced.finditer(text)
    ]

    assert found == [], "use carnet.domain.text.fill (or carnet.ui.wording.fill) instead"
