"""Rules the test suite keeps so that any subset of it runs alone or under ``pytest -n``."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
IMPORTS_A_CONFTEST = re.compile(r"^\s*(from\s+\S*conftest\s+import|import\s+\S*conftest)", re.M)


def test_no_test_module_imports_a_conftest() -> None:
    """A conftest imported as a plain module before pytest loads it leaves its fixtures unknown
    ("fixture 'open_carnet' not found" with some mixes of files under ``-n 2``): shared plain
    helpers live in modules such as tests/ui/window_helpers.py and tests/io/samples.py."""
    offenders = [
        str(path.relative_to(TESTS))
        for path in TESTS.rglob("*.py")
        if IMPORTS_A_CONFTEST.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
