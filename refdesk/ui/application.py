"""The Qt application RefDesk runs in: its names, its icon, its language, the formats of the
user's locale, and its appearance."""

from __future__ import annotations

import logging
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
