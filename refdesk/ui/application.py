"""The Qt application RefDesk runs in: its names, its icon, its language, the formats of the
user's locale, and its appearance."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from refdesk import APP_NAME, __version__, assets, i18n, preferences
from refdesk.services import formatting
from refdesk.ui.common import appearance, settings

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    """RefDesk's icon, from the files inside the package: each PNG size, then the SVG."""
    icon = QIcon()
    for path in assets.icon_pngs().values():
        icon.addFile(str(path))
    icon.addFile(str(assets.path(assets.ICON_SVG)))
    return icon


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Load Qt's own ``qtbase_<language>.qm`` (the standard dialogs' buttons) and RefDesk's
    ``refdesk_<language>.qm`` (for English, the plural forms); returns the files loaded.  One missing or damaged is logged and skipped."""
    for old in getattr(app, "_refdesk_translators", []):
        app.removeTranslator(old)
    app._refdesk_translators = []  # type: ignore[attr-defined]
    loaded = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [(f"refdesk_{language}.qm", str(i18n.TRANSLATIONS))]  # English's: its plural forms ("1 partner")
    if language != i18n.FALLBACK:
        files.insert(0, (f"qtbase_{language}.qm", qt_folder))
    for name, folder in files:
        translator = QTranslator(app)
        path = Path(folder) / name
        if translator.load(str(path)) and app.installTranslator(translator):
            app._refdesk_translators.append(translator)  # type: ignore[attr-defined]
            loaded.append(str(path))
        else:
            log.warning("the translation %s is missing or damaged: those words stay English", path)
    return loaded


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), named and with RefDesk's icon, speaking the language chosen
    (``--lang``, the settings, the system's), with values formatted for the user's locale, in the
    currency chosen in the settings, and light or dark as chosen."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("refdesk")
    app.setWindowIcon(app_icon())
    language, warning = preferences.apply(settings.values())
    if warning:
        log.warning("%s", warning)
    install_translators(app, language)
    QLocale.setDefault(QLocale(str(formatting.current_locale())))
    appearance.apply(settings.get("ui/appearance"))
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
