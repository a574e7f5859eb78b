"""One running Carnet per database.

The first Carnet to open a database holds a lock file beside it (``QLockFile``) and listens on a
local socket named after the database. A second start on the same database finds the lock, asks
the first through the socket to come to the front, and exits; if nobody answers (Carnet runs on
another computer sharing the folder, or hangs), it says so plainly. A lock left by a Carnet that
crashed names a process that no longer runs: ``QLockFile`` takes it over safely (on POSIX only
after taking the dead holder's ``flock``, which the system released with the process).
"""

from __future__ import annotations

import getpass
import hashlib
import sys

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSysInfo, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from carnet.paths import AppPaths, make_private, make_private_folder
from carnet.ui.wording import fill

ACTIVATE = b"activate\n"
ANSWER = b"ok\n"
ANSWER_TIMEOUT_MS = 3000


def server_name(app_paths: AppPaths) -> str:
    """A short socket name for this user and database (Unix socket paths are limited)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{user}\n{app_paths.database}".encode()
    return "carnet-" + hashlib.sha256(key).hexdigest()[:24]


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    """This process's hold on a database: the lock, and the socket later starts knock on."""

    activation_requested = Signal()

    def __init__(self, app_paths: AppPaths) -> None:
        super().__init__()
        self.app_paths = app_paths
        self.lock = QLockFile(str(app_paths.lock_file))
        self.lock.setStaleLockTime(0)  # only a dead holder makes a lock stale, never its age
        self.name = server_name(app_paths)
        self.server: QLocalServer | None = None

    def try_claim(self) -> bool:
        """Take the lock, a stale one included, and listen; False when another Carnet holds it."""
        if not self.lock.tryLock(0):
            return False
        make_private(self.app_paths.lock_file)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._answer)
        if not self.server.listen(self.name):
            # Only a crashed Carnet can have left the socket behind: we hold the lock.
            QLocalServer.removeServer(self.name)
            self.server.listen(self.name)
        return True

    def lock_error(self) -> QLockFile.LockError:
        return self.lock.error()

    def holder(self) -> tuple[int, str]:
        """The process id and the computer name written in the lock by the Carnet holding it."""
        pid, hostname, _application = self.lock.getLockInfo()  # (0, "", "") when unreadable
        return pid, hostname

    def activate_other(self) -> bool:
        """Ask the Carnet holding the lock to come to the front; True once it said it did."""
        knock = QLocalSocket()
        knock.connectToServer(self.name)
        if not knock.waitForConnected(ANSWER_TIMEOUT_MS):
            return False
        knock.write(ACTIVATE)
        knock.waitForBytesWritten(ANSWER_TIMEOUT_MS)
        answer = b""
        while not answer.endswith(b"\n") and knock.waitForReadyRead(ANSWER_TIMEOUT_MS):
            answer += bytes(knock.readAll().data())
        knock.disconnectFromServer()
        return answer == ANSWER

    def _answer(self) -> None:
        assert self.server is not None
        while (connection := self.server.nextPendingConnection()) is not None:
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return
        if bytes(connection.readLine().data()) == ACTIVATE:
            connection.write(ANSWER)
            connection.flush()
            self.activation_requested.emit()
        connection.disconnectFromServer()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def _refusal(instance: SingleInstance) -> str:
    pid, hostname = instance.holder()
    if hostname and hostname != QSysInfo.machineHostName():  # what QLockFile writes
        return fill(
            QCoreApplication.translate(
                "SingleInstance",
                "Carnet is already open with this data on the computer “{host}”.\n\n"
                "Close it there, then start Carnet again. If that computer stopped without closing "
                "Carnet, delete the file {lock} and start again.",
            ),
            host=hostname,
        )
    return fill(
        QCoreApplication.translate(
            "SingleInstance",
            "Carnet is already open with this data (process {pid}), but it does not answer.\n\n"
            "Wait until it has finished starting, or close it, then start Carnet again.",
        ),
        pid=str(pid),
    )


def claim(app_paths: AppPaths, *, quiet: bool = False) -> SingleInstance | int:
    """This process's hold on the database, or the status to exit with when it cannot have it.

    0 means another Carnet came to the front in our place; 2 that the data cannot be opened
    (the user was told why, on stderr when ``quiet``).
    """
    instance = SingleInstance(app_paths)
    try:
        make_private_folder(app_paths.data_dir)
        if instance.try_claim():
            return instance
    except OSError as error:
        return _refuse(quiet, _not_writable(app_paths, str(error)))
    if instance.lock_error() != QLockFile.LockError.LockFailedError:
        return _refuse(quiet, _not_writable(app_paths, "cannot create the lock file"))
    if not quiet and instance.activate_other():
        return 0
    return _refuse(quiet, fill(_refusal(instance), lock=str(app_paths.lock_file)))


def _not_writable(app_paths: AppPaths, detail: str) -> str:
    from carnet.db.migrate import DataFolderNotWritable
    from carnet.ui.store_messages import explain_store_error

    return explain_store_error(DataFolderNotWritable(app_paths.data_dir, detail))[1]


def _refuse(quiet: bool, text: str) -> int:
    title = QCoreApplication.translate("SingleInstance", "Carnet cannot open your data")
    if quiet:
        print(f"{title}: {text}", file=sys.stderr)
    else:
        QMessageBox.critical(None, title, text)
    return 2
