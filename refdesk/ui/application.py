"""The Qt application RefDesk runs in: its names, its icon, and the formats of the user's locale."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from refdesk import APP_NAME, __version__, assets
from refdesk.services import formatting
from refdesk.ui.common import settings


def app_icon() -> QIcon:
    """RefDesk's icon, from the files inside the package: each PNG size, then the SVG."""
    icon = QIcon()
    for path in assets.icon_pngs().values():
        icon.addFile(str(path))
    icon.addFile(str(assets.path(assets.ICON_SVG)))
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
