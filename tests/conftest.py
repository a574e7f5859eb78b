"""Shared fixtures: every test runs on its own SQLite file, far from the real home folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

# Qt draws off screen unless a test session brings its own display (the screenshots do).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Numbers and dates as Carnet shows them on an English system (see ui/language.py).
QLocale.setDefault(QLocale("en_GB"))


def _cache_bytecode_away_from_the_sources() -> None:
    """Under PYTHONDONTWRITEBYTECODE, each test worker compiles Carnet and rewrites every test
    module again, and so does each ``carnet`` a test starts (~1 s of CPU a process). Cache the
    bytecode in the temporary folder instead, never beside the sources (as the benchmarks do)."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return
    prefix = Path(tempfile.gettempdir()) / f"carnet-tests-bytecode-{getattr(os, 'getuid', int)()}"
    prefix.mkdir(mode=0o700, exist_ok=True)
    del os.environ["PYTHONDONTWRITEBYTECODE"]
    os.environ["PYTHONPYCACHEPREFIX"] = str(prefix)  # the workers and the processes tests start
    sys.dont_write_bytecode = False
    sys.pycache_prefix = str(prefix)  # this process's imports from now on


_cache_bytecode_away_from_the_sources()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run the tests marked slow")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "xvfb: needs a real X server; starts Xvfb itself, or is skipped without it"
    )
    config.addinivalue_line("markers", "slow: long series of trials; run with --slow")


# Under ``pytest -n`` (``--dist loadgroup``, pyproject.toml): the screenshots' module fixture
# takes minutes of CPU, so its tests go together to one worker, first; the longest tests then
# start early, so that the workers end together rather than one waiting for a late long test.
ONE_WORKER = {"test_screenshots.py"}
LONG_FIRST = (
    "test_every_page_and_dialog_speaks_french",
    "test_the_look_follows_the_system_between_light_and_dark",
    "test_icons_are_drawn_in_the_text_colour_of_the_scheme",
    "test_everything_the_command_line_writes_is_private_under_umask_022",
    "test_a_csv_export_from_the_command_line_is_in_french",
    "test_bit_flipped_data_files_get_a_sentence_each",
    "test_errors_and_the_import_summary_in_french",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Schedule the long tests first; leave the tests marked slow out of the default run
    (``--slow`` runs them)."""
    for item in items:
        if item.path.name in ONE_WORKER and item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.path.stem))
    # a stable sort: the other tests keep their order
    items.sort(key=lambda item: getattr(item, "originalname", "") not in LONG_FIRST)
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
