"""Noticing what another process wrote to the data file (``carnet import`` beside the window).

SQLite's ``PRAGMA data_version`` changes, for one connection, when another connection commits.
A private read-only connection polls it; a change the window's own engine did not make refreshes
the views through the usual change events, and ``changed`` lets a clean card reload itself.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import event

from carnet.db.engine import Database
from carnet.ui.events import DataEvents

POLL_MS = 1500


class ExternalChanges(QObject):
    changed = Signal()

    def __init__(self, database: Database, events: DataEvents, parent: QObject) -> None:
        super().__init__(parent)
        self._events = events
        self._connection: sqlite3.Connection | None = _open(database.path)
        self._seen = self._data_version()
        self._own_commits = 0
        event.listen(database.engine, "commit", self._count_own_commit)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _count_own_commit(self, _connection) -> None:
        self._own_commits += 1

    def _data_version(self) -> int | None:
        if self._connection is None:
            return None
        try:
            return self._connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return None

    def check(self) -> bool:
        """Whether someone else wrote since the last check; the views are told if so."""
        version = self._data_version()
        if version is None or version == self._seen:
            return False
        self._seen = version
        if self._own_commits:  # our own save: the views already know
            self._own_commits = 0
            return False
        self._events.people_changed.emit()
        self._events.notes_changed.emit()
        self.changed.emit()
        return True

    def stop(self) -> None:
        self._timer.stop()
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _open(path: Path) -> sqlite3.Connection | None:
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
