"""The Qt application RefDesk runs in: its names, its icon, and the formats of the user's locale."""

from __future__ import annotations

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
