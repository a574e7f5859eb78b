"""Every folder Carnet uses, resolved in one place.

The data folder comes from, in order: ``--data-dir`` on the command line, the ``CARNET_DATA_DIR``
environment variable, then platformdirs' user data folder for the app name ``Carnet``. The log
folder comes from ``CARNET_LOG_DIR``, else platformdirs' user log folder.

What Carnet creates there is for the user's eyes only: folders 0700, files 0600 on POSIX.

**Portable mode** (for workshops: Carnet on a USB stick, used on shared computers): a file named
``portable`` (or ``portable.txt``) beside the frozen app's executable, or ``--portable`` on the
command line, keeps everything Carnet writes in a ``Carnet-data`` folder beside the app: the data
and its backups there, the logs in ``Carnet-data/logs``, the settings (QSettings, as an INI file) in
``Carnet-data/settings``. Nothing goes to the user's profile. Run from the sources (not frozen),
"beside the app" is the current folder, and only ``--portable`` turns the mode on: a stray file
named ``portable`` in a developer's folder never does. ``--data-dir`` still chooses the data
folder; ``CARNET_DATA_DIR`` and ``CARNET_LOG_DIR`` are ignored in portable mode.
"""

from __future__ import annotations

import functools
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from carnet import APP_NAME

DATA_DIR_ENV = "CARNET_DATA_DIR"
LOG_DIR_ENV = "CARNET_LOG_DIR"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
DATABASE_NAME = "carnet.sqlite3"
DEMO_DATABASE_NAME = "carnet-demo.sqlite3"
PORTABLE_MARKER = "portable"
PORTABLE_MARKERS = (PORTABLE_MARKER, "portable.txt")
"""Windows hides extensions: a "New text document" renamed portable is portable.txt."""
PORTABLE_FLAG = "--portable"
PORTABLE_FOLDER = "Carnet-data"


def default_log_dir() -> Path:
    chosen = os.environ.get(LOG_DIR_ENV) or platformdirs.user_log_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser().resolve()


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    demo: bool = False
    log_dir: Path = field(default_factory=default_log_dir)
    portable: bool = False

    @property
    def database(self) -> Path:
        return self.data_dir / (DEMO_DATABASE_NAME if self.demo else DATABASE_NAME)

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def lock_file(self) -> Path:
        return self.database.with_name(self.database.name + ".lock")


def app_folder() -> Path:
    """The folder of the frozen app's executable; for a run from the sources, the current one."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path.cwd()


def portable_folder(asked: bool = False, beside: Path | None = None) -> Path | None:
    """``Carnet-data`` beside the app in portable mode (``asked``: ``--portable`` was given, or a
    ``portable`` file lies beside the frozen executable), else None."""
    folder = beside or app_folder()
    frozen = getattr(sys, "frozen", False)
    marked = frozen and any((folder / name).is_file() for name in PORTABLE_MARKERS)
    return folder / PORTABLE_FOLDER if asked or marked else None


def portable_settings_dir(argv: list[str] | tuple[str, ...]) -> Path | None:
    """Where the settings go in portable mode, read from the raw command line (the settings hold
    the language, which the command line's help already speaks); None outside portable mode."""
    folder = portable_folder(PORTABLE_FLAG in argv)
    return folder / "settings" if folder is not None else None


def resolve(
    data_dir: str | os.PathLike[str] | None = None, *, demo: bool = False, portable: bool = False
) -> AppPaths:
    """The folders for this run; ``portable``: ``--portable`` was given (see the module's doc)."""
    beside = portable_folder(portable)
    if beside is not None:
        chosen_data = Path(data_dir or beside).expanduser().resolve()
        return AppPaths(chosen_data, demo=demo, log_dir=beside.resolve() / "logs", portable=True)
    chosen = (
        data_dir
        or os.environ.get(DATA_DIR_ENV)
        or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    )
    return AppPaths(Path(chosen).expanduser().resolve(), demo=demo)


def make_private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if needed; a folder created here is 0700 on POSIX."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        make_private(folder)
    return folder


def make_private(path: Path) -> None:
    """Narrow ``path`` to its owner (0700 for a folder, 0600 for a file); a no-op on Windows."""
    if os.name != "posix":
        return
    try:
        mode = PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE
        if stat.S_IMODE(path.stat().st_mode) != mode:
            path.chmod(mode)
    except OSError:  # not ours to change (another user's file, a read-only disk): leave it
        pass


@functools.cache
def resources_dir() -> Path:
    """The icons, stylesheet and compiled translations shipped with Carnet."""
    from importlib.resources import files

    try:
        return Path(str(files("carnet.resources")))
    except ModuleNotFoundError:  # a frozen app ships them as plain files beside the package
        import carnet

        return Path(carnet.__file__).parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"
