"""Chart colours: the Okabe–Ito colour-blind-safe set, on the widget palette's background.

No matplotlib here, so importing this costs nothing at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
GIVEN = OKABE_ITO["orange"]
RECEIVED = OKABE_ITO["sky_blue"]
BALANCE = OKABE_ITO["reddish_purple"]
HATCH = "///"  # received (and "they give more") bars are hatched: colour is never the only signal
PARTIAL_ALPHA = 0.4  # the month in progress: its bars this opaque, in a dashed outline


@dataclass(frozen=True)
class Theme:
    background: str  # the figure, same as the window around it
    plot: str  # inside the axes
    text: str
    muted: str  # ticks, spines
    grid: str
    dark: bool
    font_size: float  # points, from the widget's font


def _hex(color) -> str:
    return color.name()


def theme_for(widget: QWidget) -> Theme:
    pal = widget.palette()
    window = pal.color(QPalette.ColorRole.Window)
    base = pal.color(QPalette.ColorRole.Base)
    text = pal.color(QPalette.ColorRole.WindowText)
    dark = window.lightness() < 128
    muted = pal.color(QPalette.ColorRole.PlaceholderText)
    if not muted.isValid() or abs(muted.lightness() - window.lightness()) < 60:
        muted = text.darker(140) if dark else text.lighter(180)
    grid = window.lighter(160) if dark else window.darker(115)
    size = widget.font().pointSizeF()
    return Theme(_hex(window), _hex(base), _hex(text), _hex(muted), _hex(grid), dark, size if size > 0 else 10.0)
