"""The daily backup, made off the window's thread while Carnet is in use.

At start and then every hour, a worker thread runs SQLite's quick check of the live database and,
if today has no backup yet, makes one and rotates the old ones (``db.backup.automatic_backup``).
A failed check is reported with ``damaged`` so that the window can offer a restore; any other
failure (a full disk, say) is logged and tried again at the next round.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from carnet.paths import AppPaths

CHECK_EVERY_MS = 60 * 60 * 1000
log = logging.getLogger("carnet.backup")


class DailyBackup(QObject):
    made = Signal(object)  # the new backup's path, or None when today's already existed
    damaged = Signal(str)  # what SQLite's check of the live database said
    failed = Signal(str)

    def __init__(self, app_paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_paths = app_paths
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.run)

    def start(self) -> None:
        self.run()
        self._timer.start()

    def run(self) -> None:
        """Check and back up on a worker thread, unless a round is still running."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._work, name="carnet-daily-backup", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _work(self) -> None:
        from carnet.db.backup import DatabaseDamaged, automatic_backup, check_database

        database, backups_dir = self.app_paths.database, self.app_paths.backups_dir
        try:
            check_database(database)
            made = automatic_backup(database, backups_dir, check=False)
        except DatabaseDamaged as error:
            log.error("The database failed SQLite's quick check: %s", error.detail)
            self.damaged.emit(error.detail)
        except Exception as error:  # never let a backup round bother the user: log it, try later
            log.exception("The daily backup failed")
            self.failed.emit(str(error))
        else:
            if made is not None:
                log.info("Daily backup made: %s", made.name)
            self.made.emit(made)


def start_daily_backup(
    app_paths: AppPaths, offer_restore: Callable[[str], object], parent: QObject | None = None
) -> DailyBackup:
    """Back up the data now and every hour; a damaged file calls ``offer_restore`` with what
    SQLite said (once per session: the user who declined is not asked again every hour)."""
    daily = DailyBackup(app_paths, parent)
    offered: list[bool] = []

    def offer(detail: str) -> None:
        if not offered:
            offered.append(True)
            offer_restore(detail)

    daily.damaged.connect(offer)
    daily.start()
    return daily
