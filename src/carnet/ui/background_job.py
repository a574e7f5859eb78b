"""Work that must not freeze the window (reading, importing, exporting) on a thread of its own.

The work function gets the job: it reports progress with ``job.progressed.emit(done, total)``
and polls ``job.is_cancelled()``. Its result or exception comes back to the window's thread as
a signal. A job keeps itself alive until it has finished, even if its dialog is closed first.

While jobs run, the objects that existed before are frozen out of the garbage collector
(``gc.freeze``): an import allocates enough to set off full collections, and a full collection
walks every object of the application (Qt's wrappers, SQLAlchemy's) while holding the
interpreter's lock for a tenth of a second, which would freeze the window. Frozen, they are
skipped; the collector sees them again once the last job has finished.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

_running: set[BackgroundJob] = set()
_collector_lock = threading.Lock()
_jobs_holding_collector = 0


def _freeze_old_objects() -> None:
    global _jobs_holding_collector
    with _collector_lock:
        if _jobs_holding_collector == 0:
            gc.freeze()
        _jobs_holding_collector += 1


def _thaw_old_objects() -> None:
    global _jobs_holding_collector
    with _collector_lock:
        _jobs_holding_collector -= 1
        if _jobs_holding_collector == 0:
            gc.unfreeze()


class BackgroundJob(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[BackgroundJob], object]) -> None:
        super().__init__()
        self._work = work
        self._cancelled = False
        self.finished.connect(self._forget)

    def start_work(self) -> None:
        _running.add(self)
        self.start()

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        _freeze_old_objects()
        try:
            result = self._work(self)
        except Exception as error:  # handed to the window, which explains it to the user
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            _thaw_old_objects()

    def _forget(self) -> None:
        _running.discard(self)
