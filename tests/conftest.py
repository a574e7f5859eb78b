"""Shared fixtures: every test runs on its own SQLite file, far from the real home folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

# Qt draws off screen unless a test session brings its own display (the screenshots do).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Numbers and dates as Carnet shows them on an English system (see ui/language.py).
QLocale.setDefault(QLocale("en_GB"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run the tests marked slow")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "xvfb: needs a real X server; starts Xvfb itself, or is skipped without it"
    )
    config.addinivalue_line("markers", "slow: long series of trials; run with --slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave the tests marked slow out of the default run (``--slow`` runs them)."""
    if config.getoption("--slow"):
        return
    kept = [item for item in items if item.get_closest_marker("slow") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every folder Carnet or Qt could use at a temporary one."""
    home = tmp_path_factory.mktemp("home")
    for variable in (
        "HOME",
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
        "XDG_STATE_HOME",
    ):
        monkeypatch.setenv(
            variable, str(home / variable.lower()) if variable != "HOME" else str(home)
        )
    monkeypatch.setenv("CARNET_DATA_DIR", str(home / "carnet-data"))
    monkeypatch.setenv("CARNET_LOG_DIR", str(home / "carnet-logs"))
    monkeypatch.setenv("LANGUAGE", "en")
    return home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty Carnet file at the latest schema, made once per test session.

    Copying it takes a few milliseconds; migrating a new file takes ~60 (most of a unit test).
    """
    from carnet.db.store import open_database

    folder = tmp_path_factory.mktemp("template")
    open_database(folder / "carnet.sqlite3", folder / "backups").close()
    return folder / "carnet.sqlite3"


@pytest.fixture
def new_database_file(migrated_template: Path) -> Callable[[Path], None]:
    """``new_database_file(path)`` puts there the file a first start would make, unless a file
    is there already or its folder is missing or read-only (cases Carnet must meet itself)."""

    def place(path: Path) -> None:
        if not path.exists() and path.parent.is_dir() and os.access(path.parent, os.W_OK):
            shutil.copyfile(migrated_template, path)

    return place


@pytest.fixture
def database(data_dir: Path, new_database_file: Callable[[Path], None]) -> Iterator:
    from carnet.db.store import open_database

    new_database_file(data_dir / "carnet.sqlite3")
    db = open_database(data_dir / "carnet.sqlite3", data_dir / "backups")
    yield db
    db.close()


TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


@pytest.fixture(scope="session")
def compiled_catalogues(tmp_path_factory) -> Path:
    """The catalogues as they are now, compiled: a stale .qm must not hide a gap."""
    sys.path.insert(0, str(TRANSLATIONS))
    import update  # resources/translations/update.py

    sys.path.remove(str(TRANSLATIONS))
    folder = tmp_path_factory.mktemp("translations")
    for source in TRANSLATIONS.glob("carnet_*.ts"):
        target = folder / source.with_suffix(".qm").name
        subprocess.run([*update._tool("lrelease"), "-silent", str(source), "-qm", str(target)])
        assert target.exists()
    return folder
