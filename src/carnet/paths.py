"""Every folder Carnet uses, resolved in one place.

The data folder comes from, in order: ``--data-dir`` on the command line, the ``CARNET_DATA_DIR``
environment variable, then platformdirs' user data folder for the app name ``Carnet``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from carnet import APP_NAME

DATA_DIR_ENV = "CARNET_DATA_DIR"
DATABASE_NAME = "carnet.sqlite3"
DEMO_DATABASE_NAME = "carnet-demo.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    demo: bool = False

    @property
    def database(self) -> Path:
        return self.data_dir / (DEMO_DATABASE_NAME if self.demo else DATABASE_NAME)

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


def resolve(data_dir: str | os.PathLike[str] | None = None, *, demo: bool = False) -> AppPaths:
    chosen = (
        data_dir
        or os.environ.get(DATA_DIR_ENV)
        or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    )
    return AppPaths(Path(chosen).expanduser().resolve(), demo=demo)
