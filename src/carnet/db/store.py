"""Open the user's database: check the folder and the file, back up, migrate."""

from __future__ import annotations

from pathlib import Path

from carnet.db.backup import backup_before, restore
from carnet.db.engine import Database
from carnet.db.migrate import (
    DatabaseTooNew,
    UpgradeFailed,
    check_writable,
    head_revision,
    inspect_revision,
    known_revisions,
    upgrade,
)


def open_database(path: Path, backups_dir: Path) -> Database:
    """Open ``path``, creating or upgrading it to the current schema.

    Raises a ``StoreError`` subclass, with the file left as it was, when it cannot be opened.
    """
    check_writable(path.parent)
    revision = inspect_revision(path) if path.exists() else None
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(path, revision)
    database = Database(path)
    if revision == head_revision():
        return database
    backup = backup_before(path, backups_dir, "before-upgrade") if revision else None
    try:
        upgrade(database.engine)
    except Exception as error:
        database.close()
        if backup is None:
            raise
        restore(backup, path)
        raise UpgradeFailed(path, backup, str(error)) from error
    return database
