"""What went wrong with the disk or the database file, in the user's terms.

SQLite and the operating system report trouble with numeric codes buried in an exception chain
(SQLAlchemy wraps ``sqlite3`` errors, which carry SQLite's result code). ``classify`` turns one
into a ``StorageProblem`` the UI can explain, and ``explain`` gives its English source message,
marked for translation (shown through ``QCoreApplication.translate(MESSAGES_CONTEXT, ...)``).
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from enum import StrEnum

from carnet.text import QT_TRANSLATE_NOOP


class StorageProblem(StrEnum):
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    CORRUPT = "corrupt"
    LOCKED = "locked"
    UNAVAILABLE = "unavailable"


# SQLite primary result codes (the low byte of an extended code).
_SQLITE_CODES = {
    3: StorageProblem.READ_ONLY,  # SQLITE_PERM
    5: StorageProblem.LOCKED,  # SQLITE_BUSY
    6: StorageProblem.LOCKED,  # SQLITE_LOCKED
    8: StorageProblem.READ_ONLY,  # SQLITE_READONLY
    10: StorageProblem.UNAVAILABLE,  # SQLITE_IOERR
    11: StorageProblem.CORRUPT,  # SQLITE_CORRUPT
    13: StorageProblem.DISK_FULL,  # SQLITE_FULL
    14: StorageProblem.UNAVAILABLE,  # SQLITE_CANTOPEN
    26: StorageProblem.CORRUPT,  # SQLITE_NOTADB
}
_SQLITE_MESSAGES = (
    ("database or disk is full", StorageProblem.DISK_FULL),
    ("readonly database", StorageProblem.READ_ONLY),
    ("read-only", StorageProblem.READ_ONLY),
    ("malformed", StorageProblem.CORRUPT),
    ("file is not a database", StorageProblem.CORRUPT),
    ("could not decode to utf-8", StorageProblem.CORRUPT),  # damaged text in a column
    ("database is locked", StorageProblem.LOCKED),
    ("disk i/o error", StorageProblem.UNAVAILABLE),
)
_ERRNO = {
    errno.ENOSPC: StorageProblem.DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): StorageProblem.DISK_FULL,
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
    errno.EIO: StorageProblem.UNAVAILABLE,
    errno.ENOENT: StorageProblem.UNAVAILABLE,
    errno.ENODEV: StorageProblem.UNAVAILABLE,
    errno.ENXIO: StorageProblem.UNAVAILABLE,
}
_WINDOWS_ERRORS = {39: StorageProblem.DISK_FULL, 112: StorageProblem.DISK_FULL}  # disk full

_MESSAGES = {
    StorageProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The disk is full, so Carnet could not save your last change. What you typed is still "
        "in the window. Free some space (empty the bin, delete large files), then save again.",
    ),
    StorageProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Carnet may not write in the folder of your data any more, so your last change was not "
        "saved. What you typed is still in the window. Check that the disk or USB key is not "
        "write-protected, then save again.",
    ),
    StorageProblem.CORRUPT: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Your data file is damaged. Carnet can put back your latest good backup: choose "
        "File › Restore from a backup…",
    ),
    StorageProblem.LOCKED: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Another program is using your data file, so Carnet could not save just now. What you "
        "typed is still in the window: wait a moment, then save again.",
    ),
    StorageProblem.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Carnet cannot reach your data file: the disk may have been unplugged or may be "
        "failing. What you typed is still in the window. Reconnect the disk, then save again.",
    ),
}


def _causes(error: BaseException) -> Iterator[BaseException]:
    """``error`` and every exception it wraps or happened while handling, once each."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [getattr(current, "orig", None), current.__cause__, current.__context__]


def _classify_one(error: BaseException) -> StorageProblem | None:
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None:
            found = _SQLITE_CODES.get(code & 0xFF)
            if found:
                return found
        message = str(error).lower()
        return next((kind for text, kind in _SQLITE_MESSAGES if text in message), None)
    if isinstance(error, OSError):
        winerror = getattr(error, "winerror", None)
        if winerror in _WINDOWS_ERRORS:
            return _WINDOWS_ERRORS[winerror]
        return _ERRNO.get(error.errno) if error.errno is not None else None
    return None


def classify(error: BaseException) -> StorageProblem | None:
    """The storage problem behind ``error``, or None when it is not about the disk or the file."""
    for cause in _causes(error):
        found = _classify_one(cause)
        if found is not None:
            return found
    return None


def explain(problem: StorageProblem) -> str:
    """The English source text of what the user is told; translate it in the UI."""
    return _MESSAGES[problem]
