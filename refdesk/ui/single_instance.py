"""A second launch on the same database brings the running window to the front.

The running window holds the database lock (``refdesk.services.instance``) and
listens on a QLocalServer whose name is a hash of the user and the database
path.  A new launch that finds the lock taken connects to that server, asks
the window to come forward and exits; if nobody answers (a command-line job
holds the lock, or the window is busy) it says so in a dialog.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:  # QtNetwork loads when first needed, after the window's first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

from refdesk import APP_NAME
from refdesk.services.instance import DatabaseInUse, InstanceLock

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
ANSWER = b"ok\n"
CONNECT_WAIT_SECONDS = 6.0  # a window still starting up (migrating, backing up) may take a moment to listen


def server_name(db_path: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name: the path alone still separates databases
        user = ""
    key = f"{user}\0{Path(db_path).absolute()}".encode()
    return "refdesk-" + hashlib.sha256(key).hexdigest()[:24]


def ask_running_window(db_path: Path, wait: float | None = None) -> bool:
    """Ask the window that has *db_path* open to come to the front; True if it answered."""
    from PySide6.QtNetwork import QLocalSocket

    name = server_name(db_path)
    deadline = time.monotonic() + (CONNECT_WAIT_SECONDS if wait is None else wait)
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(ACTIVATE)
            socket.waitForBytesWritten(1000)
            answered = socket.waitForReadyRead(3000) and bytes(socket.readAll().data()).startswith(ANSWER)
            socket.disconnectFromServer()
            return answered
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # those cannot raise windows
        window.raise_()
        window.activateWindow()
    QApplication.alert(window)


class SingleInstance(QObject):
    """The lock and the local server of the window that owns a database."""

    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path).absolute()
        self.lock = InstanceLock(self.db_path, kind="window")
        self.server: QLocalServer | None = None
        self.window: QWidget | None = None
        self._url: str | None = None

    # --- start-up ----------------------------------------------------------------------------

    def claim(self) -> str:
        """ "first" (we hold the lock), "activated" (another window came forward) or raise DatabaseInUse."""
        try:
            self.lock.acquire()
            return "first"
        except DatabaseInUse as exc:
            holder = exc.holder
            if (holder is None or holder.kind == "window") and ask_running_window(self.db_path):
                log.info("another RefDesk window has %s open; asked it to come forward", self.db_path)
                return "activated"
            raise

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self.db_path)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a socket file left by a crash; the lock says nobody is listening
        if not server.listen(name):
            log.warning("cannot listen on %s: %s", name, server.errorString())
            return False
        server.newConnection.connect(self._on_connection)
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
        self.server = server
        return True

    def attach(self, window) -> None:
        """Bring *window* forward on request, and move the lock when it opens another database."""
        self.window = window
        self._url = window.url
        self.activation_requested.connect(lambda: bring_to_front(window))
        window.events.database_changed.connect(self._on_database_changed)
        from refdesk.ui.common.first_paint import AfterFirstPaint

        self._listen_watch = AfterFirstPaint(window, self.listen)  # the window paints first

    # --- requests from other launches ----------------------------------------------------------

    @Slot()
    def _on_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if data.startswith(ACTIVATE):
            log.info("a second launch asked this window to come forward")
            socket.write(ANSWER)
            socket.flush()
            self.activation_requested.emit()

    # --- File → Open database… -----------------------------------------------------------------

    @Slot()
    def _on_database_changed(self) -> None:
        from refdesk.paths import sqlite_path

        window = self.window
        if window is None:
            return
        new_path = sqlite_path(window.url)
        old_url = self._url
        if new_path is None or new_path.absolute() == self.db_path:
            self._url = window.url
            return
        new_lock = InstanceLock(new_path, kind="window")
        try:
            new_lock.acquire()
        except DatabaseInUse as exc:
            QMessageBox.warning(window, APP_NAME, f"{exc}\n\nRefDesk goes back to the database it had open.")
            if old_url is not None:
                window.switch_database(old_url)
            return
        self.lock.release()
        self.lock = new_lock
        self.db_path = new_path.absolute()
        self._url = window.url
        self.listen()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.release()
