"""Noticing what another process wrote to the data file (``carnet import`` beside the window).

SQLite's ``PRAGMA data_version`` changes, for one connection, when another connection commits.
A private read-only connection polls it; a change the window's own engine did not make refreshes
the views through the usual change events, and ``changed`` lets a clean card reload itself.

A restore puts a new file in place of the old one: the connection, still on the old file, would
never see another change (and on Windows it would stop the swap). So the connection is closed
when the window's engine is (as a restore does first), and each check makes sure it reads the
file now at the data path, opening that one when it was swapped (news for the views too).
"""

from __future__ import annotations

import os
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
        self._path = database.path
        self._connection: sqlite3.Connection | None = None
        self._file: tuple[int, int] | None = None
        self._open()
        self._seen = self._data_version()
        self._own_commits = 0
        event.listen(database.engine, "commit", self._count_own_commit)
        event.listen(database.engine, "engine_disposed", self._let_go)
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

    def _let_go(self, _engine) -> None:
        if self._connection is not None:
            self._connection.close()
        self._connection = None

    def _open(self) -> None:
        if self._connection is not None:
            self._connection.close()
        self._file = _identity(self._path)
        self._connection = _open(self._path) if self._file is not None else None

    def check(self) -> bool:
        """Whether someone else wrote since the last check; the views are told if so."""
        swapped = _identity(self._path) != self._file  # restored, or put back by a program
        if swapped or self._connection is None:
            self._open()
            self._seen = self._data_version()
            self._own_commits = 0
            if swapped:
                self._tell()
            return swapped
        version = self._data_version()
        if version is None or version == self._seen:
            return False
        self._seen = version
        if self._own_commits:  # our own save: the views already know
            self._own_commits = 0
            return False
        self._tell()
        return True

    def _tell(self) -> None:
        self._events.people_changed.emit()
        self._events.notes_changed.emit()
        self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode), None if none is."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _open(path: Path) -> sqlite3.Connection | None:
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
