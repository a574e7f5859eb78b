"""Packaging glue that pyproject.toml cannot express.

- The top-level ``resources/`` folder is shipped inside the package as ``carnet.resources``.
- Namespace discovery keeps the alembic migration scripts, which live in plain folders.
- Building (wheel or editable install) compiles the Qt Linguist sources
  ``resources/translations/*.ts`` into ``.qm`` files with ``pyside6-lrelease``.
"""

import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

RESOURCE_FOLDERS = [
    "carnet.resources",
    "carnet.resources.icons",
    "carnet.resources.icons.lucide",
    "carnet.resources.style",
    "carnet.resources.translations",
]
TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"


def lrelease() -> list[str]:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    tool = Path(PySide6.__file__).parent / name
    return [str(tool)] if tool.exists() else ["pyside6-lrelease"]


class BuildWithTranslations(build_py):
    def run(self) -> None:
        for source in sorted(TRANSLATIONS.glob("*.ts")):
            subprocess.run(
                [*lrelease(), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
                check=True,
            )
        super().run()


setup(
    packages=[*find_namespace_packages("src", include=["carnet*"]), *RESOURCE_FOLDERS],
    package_dir={"": "src", "carnet.resources": "resources"},
    cmdclass={"build_py": BuildWithTranslations},
)
