"""Unexpected errors: written to a log file, told to the user in plain words, and Carnet goes on.

``install`` sets up the log (a rotating, private file in the platformdirs log folder) and replaces
``sys.excepthook`` and ``threading.excepthook``. An exception that escapes a slot or an event
handler then reaches ``ErrorReporter.report``: its traceback goes to the log, and a dialog says
what happened without showing it; "Copy details" puts it on the clipboard for whoever helps the
user. Disk and database trouble (see ``carnet.db.errors``) gets its own explanation; a damaged
database offers a restore.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from contextlib import suppress
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, qVersion
from PySide6.QtWidgets import QApplication

from carnet import __version__
from carnet.log_privacy import private_traceback
from carnet.paths import PRIVATE_FILE, make_private_folder

if TYPE_CHECKING:
    from carnet.db.errors import StorageProblem
    from carnet.ui.dialogs.error_dialog import ErrorDialog

LOG_NAME = "carnet.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
log = logging.getLogger("carnet")
LIBRARY_LOGGERS = ("py.warnings", "vobject")


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose every file, rotated or not, is readable by the user only."""

    def _open(self):
        descriptor = os.open(
            self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE
        )
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)  # noqa: SIM115


class PrivateFormatter(logging.Formatter):
    """Writes tracebacks without the statements and values database errors quote."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return private_traceback(ei[1]).rstrip("\n")


def setup_logging(log_dir: Path) -> Path:
    """Send Carnet's log records to ``log_dir/carnet.log``; returns the file's path."""
    make_private_folder(log_dir)
    path = log_dir / LOG_NAME
    for handler in list(log.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    # Libraries' warnings go to the same file, never to the terminal. With a handler on the root
    # logger, vobject does not add its own one writing to the terminal when it is loaded.
    if not logging.getLogger().handlers:
        logging.getLogger().addHandler(logging.NullHandler())
    logging.captureWarnings(True)
    for name in LIBRARY_LOGGERS:
        library = logging.getLogger(name)
        for old in list(library.handlers):
            if isinstance(old, PrivateRotatingFileHandler):
                library.removeHandler(old)
        library.addHandler(handler)
        library.propagate = False
    return path


def describe_system() -> str:
    import platform

    return (
        f"Carnet {__version__}, Python {platform.python_version()}, Qt {qVersion()}, "
        f"{platform.platform()}"
    )


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    return describe_system() + "\n\n" + private_traceback(exc)


class ErrorReporter(QObject):
    """The excepthook: log, then one dialog at a time (later errors join the open one)."""

    restore_requested = Signal()
    dialog_shown = Signal(object)
    _from_thread = Signal(object, object, object)

    def __init__(self, log_file: Path | None, *, quiet: bool = False) -> None:
        super().__init__()
        self.log_file = log_file
        self.quiet = quiet
        self.dialog: ErrorDialog | None = None
        self._previous_hooks: tuple | None = None
        self._from_thread.connect(self.report)

    def install(self) -> ErrorReporter:
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.report
        threading.excepthook = self._report_thread
        return self

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    def _report_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._from_thread.emit(args.exc_type, args.exc_value, args.exc_traceback)

    def report(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if QThread.currentThread() is not self.thread():
            self._from_thread.emit(exc_type, exc, tb)
            return
        from carnet.db.errors import classify

        details = format_details(exc_type, exc, tb)
        problem = classify(exc)
        with suppress(Exception):  # the log's disk may be the full one: the dialog still shows
            log.error("Unexpected error (%s)", problem or "bug", exc_info=(exc_type, exc, tb))
        if self.quiet or QApplication.instance() is None:
            where = (
                f"the details are in {self.log_file}" if self.log_file else f"{exc_type.__name__}"
            )
            print(f"Carnet: an unexpected problem occurred; {where}", file=sys.stderr)
            return
        self._show(problem, details)

    def _show(self, problem: StorageProblem | None, details: str) -> None:
        from carnet.ui.dialogs.error_dialog import ErrorDialog

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.happened_again(details)
            return
        self.dialog = ErrorDialog(problem, details, self.log_file, QApplication.activeWindow())
        self.dialog.restore_requested.connect(self.restore_requested)
        self.dialog.open()
        self.dialog_shown.emit(self.dialog)


def install(log_dir: Path, *, quiet: bool = False) -> ErrorReporter:
    """Log to ``log_dir`` and report every uncaught exception from now on."""
    try:
        log_file: Path | None = setup_logging(log_dir)
    except OSError:  # a read-only home: report without a log rather than not start
        log_file = None
    return ErrorReporter(log_file, quiet=quiet).install()
