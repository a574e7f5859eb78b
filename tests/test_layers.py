"""The layer diagram holds: ui → io → domain → db, with no way back, and no Qt below the UI.

The contracts are written in pyproject.toml (``[tool.importlinter]``); import-linter reads every
import in the source, including those inside functions and the alembic scripts.
"""

from __future__ import annotations

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_in_pyproject_hold(capsys):
    result = lint_imports(str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)

    assert result == 0, capsys.readouterr().out
