"""What Carnet says when it cannot open or write the user's data: one sentence, never a traceback.

The one source of these sentences for the window and the command line alike, so that both say
the same thing in the same words. Each text is English source marked for translation
(``DomainMessages``), with ``{path}`` for the file or folder at fault; ``translate`` turns it
into the user's language (the window passes Qt's, the command line its catalogue's ``say``).
Nothing here imports Qt.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable

from carnet.db.errors import StorageProblem, classify
from carnet.db.migrate import (
    DatabaseTooNew,
    DataFileEmptied,
    DataFolderNotWritable,
    HalfUpgraded,
    NotACarnetDatabase,
    StoreError,
    UpgradeFailed,
)
from carnet.domain.errors import QT_TRANSLATE_NOOP
from carnet.domain.text import fill

Translate = Callable[[str], str]


def _as_is(text: str) -> str:
    return text


WAITING_FOR_WRITER = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "Another import or Carnet window is writing to your data: this import waits for it to "
    "finish, then merges into what it added.",
)

_STORE = {
    DataFolderNotWritable: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Carnet cannot write in the folder {path}. Check that the disk is connected and not "
        "full, and that you may write there, then try again.",
    ),
    DatabaseTooNew: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The file {path} was saved by a newer version of Carnet and was left untouched. "
        "Install the latest Carnet to use it.",
    ),
    UpgradeFailed: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Carnet could not update the file {path} to this version. Your data was put back as "
        "it was; a copy is also kept in {backup}.",
    ),
    HalfUpgraded: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "An earlier version of Carnet was stopped while it updated the file {path}, and no "
        "copy made before that update was found. The file was left as it is: keep it, whoever "
        "helps you with Carnet can put your data back from it.",
    ),
    DataFileEmptied: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Your data file {path} is missing or empty, but Carnet keeps backups of your data, the "
        "latest in {backup}. Nothing was changed: Carnet's window offers to put that backup "
        "back when it opens.",
    ),
    NotACarnetDatabase: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The file {path} is not a Carnet file, or it is damaged. It was left untouched: move "
        "it elsewhere to start afresh, or choose another data folder.",
    ),
}
_STORE_OTHER = QT_TRANSLATE_NOOP("DomainMessages", "Carnet cannot open the file {path}.")

_STORAGE = {
    StorageProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The disk is full, so nothing was written. Free some space, then run the command again.",
    ),
    StorageProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Carnet may not write to {path}, so nothing was written. Check that the disk or USB key "
        "is not write-protected and that the file is yours, then run the command again.",
    ),
    StorageProblem.CORRUPT: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Your data file is damaged, so nothing was written. Open Carnet's window: it offers to "
        "put back your latest good backup.",
    ),
    StorageProblem.LOCKED: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Another program kept your data file busy for too long, so nothing was written. Close "
        "the program that uses it (a backup or sync tool, another Carnet), then run the "
        "command again.",
    ),
    StorageProblem.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Carnet cannot reach {path}: the disk may have been unplugged or may be failing. "
        "Nothing was written. Reconnect the disk, then run the command again.",
    ),
}
IS_A_FOLDER = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "{path} is a folder, where Carnet expects a file. Choose another name, then run the "
    "command again.",
)
NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "{path} is a file, where Carnet expects a folder. Choose another data folder, then run "
    "the command again.",
)
STOPPED = QT_TRANSLATE_NOOP(
    "DomainMessages", "Stopped before the end: nothing of this command was written."
)
UNEXPECTED = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "Carnet stopped on an unexpected problem ({kind}); nothing was changed. Run the command "
    "again; if it happens again, tell whoever helps you with Carnet.",
)


def store_sentence(error: StoreError, translate: Translate = _as_is) -> str:
    """Why the data cannot be opened, naming the file or folder at fault, and what to do."""
    text = next((t for kind, t in _STORE.items() if isinstance(error, kind)), _STORE_OTHER)
    backup = getattr(error, "backup", None)
    return fill(translate(text), {"path": str(error.path), "backup": str(backup or "")})


def failure_sentence(
    error: BaseException, path: os.PathLike[str] | str, translate: Translate = _as_is
) -> str:
    """The sentence for a failure while working on ``path`` (a data file or the user's file).

    ``translate`` turns an English source text into the user's language.
    """
    if isinstance(error, StoreError):
        return store_sentence(error, translate)
    if isinstance(error, OSError) and error.errno == errno.EISDIR:
        return fill(translate(IS_A_FOLDER), {"path": str(error.filename or path)})
    if isinstance(error, OSError) and error.errno == errno.ENOTDIR:
        return fill(translate(NOT_A_FOLDER), {"path": str(error.filename or path)})
    problem = classify(error)
    if problem is not None:
        where = getattr(error, "filename", None) or path
        return fill(translate(_STORAGE[problem]), {"path": str(where)})
    return fill(translate(UNEXPECTED), {"kind": type(error).__name__})
