"""How a view is built (STYLE.md, "Layout apart from behaviour"): its constructor keeps its state
and calls ``_build_ui`` (the widgets and where they sit) then ``_connect`` (what they do), so that
it reads in one screen. Checked on the source, without Qt."""

from __future__ import annotations

import ast
from pathlib import Path

VIEWS = Path(__file__).resolve().parents[2] / "src" / "carnet" / "ui" / "views"
SCREEN = 45  # lines


def _constructors():
    for path in sorted(VIEWS.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                for method in node.body:
                    if isinstance(method, ast.FunctionDef) and method.name == "__init__":
                        yield f"{path.name}:{node.name}", method


def test_no_view_constructor_runs_past_a_screen():
    long = {
        name: method.end_lineno - method.lineno + 1
        for name, method in _constructors()
        if method.end_lineno - method.lineno + 1 > SCREEN
    }

    assert long == {}, "build the widgets in _build_ui, wire them in _connect"
