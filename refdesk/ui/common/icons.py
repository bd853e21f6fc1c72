"""RefDesk's icons: one small set of line drawings (``refdesk/ui/icons/*.svg``), drawn in the
palette's text colour when painted, so they read the same in light and dark and follow a switch
between them at once.  ``icon("partners")`` is the only way a page gets one; ``QStyle``'s standard
pixmaps (a different look on every platform) are not used.

The drawings are 24×24 strokes in ``currentColor`` (the shapes of the Lucide set, ISC licence).
``ACTIONS`` gives an action's icon by the action's name; ``STANDARD`` stands in for a
``QStyle.StandardPixmap`` an action was declared with, until its page names an icon itself.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle

FOLDER = Path(__file__).resolve().parents[1] / "icons"

ACTIONS = {
    "new-partner": "user-plus",
    "log-referral": "send",
    "import-contacts": "download",
    "export": "upload",
    "print-checklist": "printer",
    "open-database": "database",
    "connect-team": "server",
    "backup": "save",
    "backups": "history",
    "show-folder": "folder",
    "settings": "settings",
    "page-today": "today",
    "page-partners": "partners",
    "page-referrals": "referrals",
    "page-thanks": "thanks",
    "page-charts": "charts",
    "edit": "edit",
    "retire": "user-minus",
    "delete": "trash",
    "merge": "merge",
    "add-meeting": "calendar-plus",
    "add-checkin": "message",
}
"""An action's icon by the action's name (``ActionSpec.key`` with ``-`` for ``_``)."""

SP = QStyle.StandardPixmap
STANDARD = {
    SP.SP_FileIcon: "document",
    SP.SP_FileDialogNewFolder: "plus",
    SP.SP_ArrowDown: "download",
    SP.SP_ArrowLeft: "arrow-left",
    SP.SP_ArrowRight: "arrow-right",
    SP.SP_DriveFDIcon: "save",
    SP.SP_DriveNetIcon: "server",
    SP.SP_DialogSaveButton: "save",
    SP.SP_DialogOpenButton: "folder",
    SP.SP_DirOpenIcon: "folder",
    SP.SP_DirHomeIcon: "partners",
    SP.SP_DialogApplyButton: "check",
    SP.SP_DialogYesButton: "check",
    SP.SP_DialogNoButton: "x",
    SP.SP_DialogDiscardButton: "x",
    SP.SP_TrashIcon: "trash",
    SP.SP_BrowserReload: "restore",
    SP.SP_MessageBoxWarning: "warning",
    SP.SP_MessageBoxCritical: "warning",
    SP.SP_DialogHelpButton: "help",
    SP.SP_FileDialogDetailedView: "document",
    SP.SP_FileDialogContentsView: "document",
}
"""The drawing that stands in for a standard pixmap an action or button was declared with."""


@cache
def _drawing(name: str) -> str:
    return (FOLDER / f"{name}.svg").read_text(encoding="utf-8")


def names() -> list[str]:
    return sorted(path.stem for path in FOLDER.glob("*.svg"))


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


@cache
def _pixmap(name: str, width: int, height: int, colour: str, ratio: float) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer

    svg = _drawing(name).replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(QSize(round(width * ratio), round(height * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class _Engine(QIconEngine):
    """Paints drawing *name* in the colour the palette gives text now (or in *colour*, when given)."""

    def __init__(self, name: str, colour: QColor | None = None):
        super().__init__()
        self.name = name
        self.colour = colour

    def _ink(self, mode: QIcon.Mode) -> str:
        if self.colour is not None and mode != QIcon.Mode.Disabled:
            return self.colour.name()
        return _colour(mode).name()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = min(size.width(), size.height())
        return _pixmap(self.name, side, side, self._ink(mode), 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        side = min(size.width(), size.height())
        return _pixmap(self.name, side, side, self._ink(mode), max(scale, 1.0))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        side = min(rect.width(), rect.height())
        pixmap = _pixmap(self.name, side, side, self._ink(mode), ratio)
        painter.drawPixmap(rect.x() + (rect.width() - side) // 2, rect.y() + (rect.height() - side) // 2, pixmap)

    def clone(self) -> QIconEngine:
        return _Engine(self.name, self.colour)

    def key(self) -> str:
        return "refdesk"


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon drawn as ``refdesk/ui/icons/<name>.svg``; KeyError for a name there is none of.

    *colour*: drawn in this colour instead of the text's (a state's colour, e.g. ``appearance.state_colour``)."""
    if not (FOLDER / f"{name}.svg").exists():
        raise KeyError(name)
    return QIcon(_Engine(name, colour))


def for_action(name: str, standard: QStyle.StandardPixmap | None = None) -> QIcon | None:
    """The icon of action *name*, else the stand-in for the *standard* pixmap it was declared with."""
    drawing = ACTIONS.get(name) or (STANDARD.get(standard) if standard is not None else None)
    return icon(drawing) if drawing else None


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    """The drawing that stands in for a standard pixmap a button was declared with (``STANDARD``)."""
    return icon(STANDARD.get(pixmap, "document"))
