"""One icon set, drawn in the palette's text colour: legible in light and in dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from refdesk.ui import actions as window_actions
from refdesk.ui.common import appearance, icons


def _ink(qicon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> list[QColor]:
    image = qicon.pixmap(24, 24, mode).toImage()
    colours = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return [c for c in colours if c.alpha() > 200]


def test_every_name_the_window_uses_is_drawn(qapp):
    assert set(icons.ACTIONS.values()) | set(icons.STANDARD.values()) <= set(icons.names())
    for name in icons.names():
        assert _ink(icons.icon(name)), name


def test_icons_are_drawn_in_the_text_colour_of_light_and_dark(qapp):
    try:
        for choice, dark in (("dark", True), ("light", False)):
            appearance.apply(choice)
            text = QGuiApplication.palette().color(QGuiApplication.palette().ColorRole.WindowText)
            ink = _ink(icons.icon("partners"))
            assert ink and all((c.lightness() > 128) == dark for c in ink), choice
            assert ink[0].rgb() == text.rgb()
            disabled = _ink(icons.icon("partners"), QIcon.Mode.Disabled)
            assert disabled[0].rgb() != text.rgb()
    finally:
        appearance.apply("system")


def test_the_window_shows_the_set_not_the_platforms_pixmaps(window):
    for i in range(window.nav.count()):
        assert window.nav.item(i).icon().cacheKey() and window.nav.item(i).icon().name() == ""
        assert _ink(window.nav.item(i).icon())
    declared = [s for _t, specs in window_actions.MENUS if specs for s in specs if s is not None and s.icon is not None]
    for spec in declared:
        assert _ink(window.actions[spec.key].icon()), spec.key
    assert _ink(window.actions["settings"].icon())
    assert QApplication.style().name()


def test_no_page_takes_the_platforms_standard_pixmaps():
    from pathlib import Path

    root = Path(icons.__file__).resolve().parents[1]
    users = [p.relative_to(root) for p in root.rglob("*.py") if "standardIcon(" in p.read_text(encoding="utf-8")]
    assert users == []
