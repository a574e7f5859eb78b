"""Save what the user types a moment after they pause, without ever making them wait.

The main thread only takes a snapshot of the text (a copy, well under a millisecond); the write
itself, with its transaction, full-text indexing and disk sync, runs on one worker thread, so a
slow disk never blocks a keystroke. Writes are queued one at a time and in order.

Timing: a save starts ``DELAY_MS`` after the last keystroke, and at least every ``MAX_WAIT_MS``
while the user keeps typing, so a crash loses well under a second of typing.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

DELAY_MS = 400
MAX_WAIT_MS = 600
RETRY_MS = 5000


class _Bridge(QObject):
    """Carries a finished write back to the main thread (signals cross threads queued)."""

    finished = Signal(int, object, object)  # serial, result, error


class Autosaver(QObject):
    """Saves one document: ``snapshot()`` on the main thread, ``write(snapshot)`` off it.

    ``edited()`` after every change. ``saved(result)`` once a write succeeded and nothing newer
    is waiting; ``failed(error)`` when one failed (it is tried again after ``RETRY_MS``).
    ``flush()`` writes now and waits: for switching documents and for quitting.
    """

    saved = Signal(object)
    failed = Signal(object)
    busy = Signal()

    def __init__(
        self,
        snapshot: Callable[[], Any],
        write: Callable[[Any], Any],
        parent: QObject | None = None,
        *,
        retry_on: Callable[[BaseException], bool] = lambda _error: True,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._write = write
        self._retry_on = retry_on
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="carnet-autosave"
        )
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._on_finished)
        self._revision = 0  # bumped on every edit
        self._saved_revision = 0
        self._in_flight: concurrent.futures.Future | None = None
        self._in_flight_revision = 0
        self._serial = 0
        self._again = False  # an edit came while a write was running
        self.last_error: BaseException | None = None

        self._pause = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._pause.timeout.connect(self._start_write)
        self._max_wait = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self._max_wait.timeout.connect(self._start_write)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._start_write)

    @property
    def dirty(self) -> bool:
        return self._revision > self._saved_revision

    def edited(self) -> None:
        self._revision += 1
        self._pause.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
        self.busy.emit()

    def forget(self) -> None:
        """Drop unsaved changes (the document is gone); waits for a running write first."""
        self._stop_timers()
        self._wait()
        self._saved_revision = self._revision
        self._again = False
        self.last_error = None

    def _stop_timers(self) -> None:
        self._pause.stop()
        self._max_wait.stop()
        self._retry.stop()

    def _start_write(self) -> None:
        self._stop_timers()
        if not self.dirty:
            return
        if self._in_flight is not None:
            self._again = True
            return
        self._serial += 1
        self._in_flight_revision = self._revision
        self._in_flight = self._executor.submit(self._run, self._serial, self._snapshot())

    def _run(self, serial: int, data: Any) -> tuple[Any, BaseException | None]:
        try:
            result, error = self._write(data), None
        except Exception as caught:  # told to the user by the view, never raised
            result, error = None, caught
        self._bridge.finished.emit(serial, result, error)
        return result, error

    def _on_finished(self, serial: int, result: Any, error: BaseException | None) -> None:
        if self._in_flight is None or serial != self._serial:
            return  # already settled by _wait()
        self._in_flight = None
        self._settle(self._in_flight_revision, result, error)
        if self._again:
            self._again = False
            if error is None:
                self._start_write()

    def _settle(self, revision: int, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self.last_error = error
            if self._retry_on(error):
                self._retry.start()
            self.failed.emit(error)
            return
        self.last_error = None
        self._saved_revision = max(self._saved_revision, revision)
        self.saved.emit(result)

    def _wait(self) -> None:
        """Let the running write end; its result is settled now rather than later."""
        future = self._in_flight
        if future is None:
            return
        result, error = future.result()
        self._in_flight = None
        self._again = False
        self._settle(self._in_flight_revision, result, error)

    def flush(self) -> bool:
        """Write any change now and wait for it; False if it could not be saved."""
        self._stop_timers()
        self._wait()
        if not self.dirty:
            return True
        revision = self._revision
        future = self._executor.submit(self._write, self._snapshot())
        try:
            result = future.result()
        except Exception as error:
            self._settle(revision, None, error)
            return False
        self._settle(revision, result, None)
        return True

    def shutdown(self) -> None:
        self._stop_timers()
        self._executor.shutdown(wait=True)
