"""Light and dark: the user's choice is applied, and text stays readable (WCAG AA, 4.5:1) on every page,
in the charts and in a problem's words."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from refdesk.ui.common import appearance


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def scheme(qapp):
    yield appearance.apply
    appearance.apply("system")


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_every_page_and_chart_is_readable(window, qtbot, scheme, choice):
    scheme(choice)
    assert appearance.is_dark() == (choice == "dark")
    pal = QGuiApplication.palette()
    role = QPalette.ColorRole
    for text, ground in ((role.WindowText, role.Window), (role.Text, role.Base), (role.ButtonText, role.Button)):
        assert contrast(pal.color(text), pal.color(ground)) >= 4.5, (text, ground)
    assert contrast(pal.color(role.HighlightedText), pal.color(role.Highlight)) >= 3.0
    assert contrast(appearance.error_colour(), pal.color(role.Window)) >= 4.5
    from refdesk.ui.charts.theme import theme_for

    for key in ("today", "partners", "referrals", "thanks", "charts"):
        window.show_page(key)
        page = window.page(key)
        qtbot.waitUntil(lambda page=page: appearance.is_dark(page.palette()) == (choice == "dark"), timeout=2000)
        assert appearance.is_dark(page.palette()) == (choice == "dark"), key
    theme = theme_for(window.pages["charts"])
    assert theme.dark == (choice == "dark")
    assert contrast(QColor(theme.text), QColor(theme.plot)) >= 4.5
    assert contrast(QColor(theme.muted), QColor(theme.plot)) >= 3.0
