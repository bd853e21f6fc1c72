"""Light or dark: the platform's colour scheme (Qt's hints) or the one the user chose.

``apply("system")`` follows the system; ``apply("light")`` / ``apply("dark")`` ask Qt for that
scheme and, where the platform's style ignores the request (some styles, a screen-less run),
use Qt's Fusion style with a palette of that scheme, so every page is readable either way.
Colours a page sets itself come from here (``error_colour``, ``state_colour``), chosen for the scheme
in use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def dark_palette() -> QPalette:
    """A dark palette with text well above WCAG AA contrast (white on #2b2b2b is 14:1)."""
    pal = QPalette()
    window, base, text = QColor(43, 43, 43), QColor(30, 30, 30), QColor(235, 235, 235)
    disabled = QColor(140, 140, 140)
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor(38, 38, 38)),
        (QPalette.ColorRole.ToolTipBase, QColor(50, 50, 50)),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(160, 160, 160)),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor(53, 53, 53)),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor(255, 255, 255)),
        (QPalette.ColorRole.Light, QColor(70, 70, 70)),
        (QPalette.ColorRole.Midlight, QColor(60, 60, 60)),
        (QPalette.ColorRole.Mid, QColor(45, 45, 45)),
        (QPalette.ColorRole.Dark, QColor(25, 25, 25)),
        (QPalette.ColorRole.Shadow, QColor(0, 0, 0)),
        (QPalette.ColorRole.Highlight, QColor(42, 130, 218)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.Link, QColor(110, 170, 255)),
        (QPalette.ColorRole.LinkVisited, QColor(190, 150, 255)),
    ):
        pal.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply(choice: str) -> None:
    """Follow the system (``"system"``), or be ``"light"`` or ``"dark"``."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    hints = QGuiApplication.styleHints()
    if not hasattr(app, "_refdesk_style"):  # the platform's own style and palette, to come back to
        app._refdesk_style = app.style().name()  # type: ignore[attr-defined]
    scheme = _SCHEMES.get(choice)
    if scheme is None:
        hints.unsetColorScheme()
        if app.style().name() != app._refdesk_style:  # type: ignore[attr-defined]
            app.setStyle(QStyleFactory.create(app._refdesk_style))  # type: ignore[attr-defined]
        app.setPalette(QPalette())  # the platform's own again
        return
    hints.setColorScheme(scheme)
    if is_dark(app.palette()) != (choice == "dark"):  # the style did not follow the hint
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if choice == "dark" else app.style().standardPalette())


def error_colour(widget: QWidget | None = None) -> QColor:
    """The red of a problem's words, readable on the window's background (4.5:1 or more)."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b00020")


_STATES = {  # (light, dark): each 4.5:1 or more on the lists' background in its scheme
    "on_time": ("#1b5e20", "#81c784"),
    "due_soon": ("#7a4a00", "#ffcc80"),
    "overdue": ("#b00020", "#ff8a80"),
}


def state_colour(state: str, widget: QWidget | None = None) -> QColor:
    """The colour of a stay-in-touch state ("on_time" green, "due_soon" amber, "overdue" red), readable
    on the lists' background in light and dark; always shown with its word and its shape, never alone."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    light, dark = _STATES[state]
    return QColor(dark if is_dark(palette) else light)
