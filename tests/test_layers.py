"""The layer diagram holds: ui → io → domain → db, with no way back, and no Qt below the UI.

The contracts are written in pyproject.toml (``[tool.importlinter]``); import-linter reads every
import in the source, including those inside functions and the alembic scripts. It runs in a
process of its own: it sets up logging for the whole process, which would silence Carnet's log
in the tests that follow.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = (
    "import sys; from importlinter.cli import lint_imports; "
    "sys.exit(lint_imports(sys.argv[1], no_cache=True, no_logo=True))"
)


def test_the_import_contracts_in_pyproject_hold():
    result = subprocess.run(
        [sys.executable, "-c", LINT, str(ROOT / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )

    assert result.returncode == 0, result.stdout + result.stderr
