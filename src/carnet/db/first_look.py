"""A first look at the user's data before the usual opening, for the page Carnet opens on.

At start, opening the file through the usual road (checking its revision with alembic, taking
the write lock's turn, then building every page) takes seconds on a slow computer. The Today
page needs none of it, nor SQLAlchemy (a second to import on a slow computer): one read-only
``sqlite3`` connection serves its plain queries meanwhile (``carnet.domain.today_rows``, shown by
``carnet.ui.first_today``), and the usual opening follows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from carnet.db.migrate import StoreError, head_revision, inspect_revision

# Never wait behind another program's write: the usual opening deals with it, and says so.
BUSY_TIMEOUT_S = 0.1


def open_for_first_look(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to ``path`` if it can be read as it is, else None.

    As it is: a Carnet file at the current revision, with no interrupted write to roll back.
    Anything else (empty, older, foreign, damaged, busy) is left to ``store.open_database``,
    which upgrades, repairs or explains.
    """
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.exists() and journal.stat().st_size:
            return None
        if not path.exists() or inspect_revision(path) != head_revision():
            return None
        # As inspect_revision does: without a write-ahead log the file alone holds everything,
        # and opened immutable SQLite creates nothing beside it.
        has_log = path.with_name(path.name + "-wal").exists()
        mode = "mode=ro" if has_log else "immutable=1"
        connection = sqlite3.connect(f"file:{path}?{mode}", uri=True, timeout=BUSY_TIMEOUT_S)
        connection.execute("SELECT count(*) FROM person").fetchone()
    except (OSError, sqlite3.Error, StoreError):
        return None
    return connection
