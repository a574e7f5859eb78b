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

ROOT = Path(__file__).resolve().parents[2]
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


def _cycles_within(graph, package: str) -> list[list[str]]:
    """The groups of modules of ``package`` that import each other round in a circle (Tarjan)."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported not in modules:
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return cycles


def test_no_ui_module_imports_itself_round_a_circle():
    """Controllers get what they use (``carnet.ui.roles``), so none imports ``main_window``, even
    for type hints only: those imports count here too."""
    import grimp

    graph = grimp.build_graph("carnet", exclude_type_checking_imports=False)

    assert _cycles_within(graph, "carnet.ui") == []
