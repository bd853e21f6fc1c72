"""The Qt application RefDesk runs in: its names, its icon, and the formats of the user's locale."""

from __future__ import annotations

import signal
import socket
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from refdesk import APP_NAME, __version__
from refdesk.services import formatting
from refdesk.ui.common import settings

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def app_icon() -> QIcon:
    icon = QIcon()
    for path in sorted(ICONS.glob("refdesk*.png")) + sorted(ICONS.glob("refdesk.svg")):
        icon.addFile(str(path))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), named and with RefDesk's icon; values are formatted for the
    user's locale and in the currency chosen in the settings."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("refdesk")
    app.setWindowIcon(app_icon())
    formatting.configure(currency=settings.get("money/currency"))
    return app


def quit_on_terminate(app: QApplication) -> None:
    """End the event loop on SIGTERM (a logout, ``kill``) as on File → Quit, so the lock and the
    single-instance socket are let go and nothing is left in the temporary folder.

    Python runs a signal handler only when the interpreter gets control, so the signal is also
    written to a socket the event loop watches (``signal.set_wakeup_fd``), which wakes it at once.
    """
    if sys.platform == "win32" or not hasattr(signal, "SIGTERM"):
        return
    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno())
    except ValueError:  # not the main thread
        return
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass

    notifier.activated.connect(drain)
    signal.signal(signal.SIGTERM, lambda _signum, _frame: app.quit())
    app._terminate_wakeup = (reader, writer, notifier)  # kept for the application's life
