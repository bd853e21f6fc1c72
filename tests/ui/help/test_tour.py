"""The first start's tour: three steps beside what they show, offered until closed once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from refdesk.ui.common import settings
from refdesk.ui.help import tour


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # a tool window shown, offscreen
def test_the_first_start_offers_the_tour_and_done_ends_it_for_good(window, qtbot):
    shown = tour.offer_tour(window)
    qtbot.addWidget(shown)
    assert shown.isVisible() and shown.counter.text() == "Step 1 of 3"
    assert shown.title.text() == "Your pages" and "Ctrl+1 to Ctrl+5" in shown.text.text()
    assert not shown.back.isEnabled()
    nav = window.nav.mapToGlobal(window.nav.rect().topRight())
    assert shown.x() > nav.x()  # beside the page list, not over it
    qtbot.mouseClick(shown.next, Qt.MouseButton.LeftButton)
    assert shown.title.text() == "Start each day on Today" and window.current_key() == "today"
    qtbot.mouseClick(shown.next, Qt.MouseButton.LeftButton)
    assert shown.title.text() == "Log every referral" and "Ctrl+L" in shown.text.text()
    assert shown.next.text() == "&Done"
    qtbot.mouseClick(shown.back, Qt.MouseButton.LeftButton)
    assert shown.counter.text() == "Step 2 of 3"
    qtbot.mouseClick(shown.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shown.next, Qt.MouseButton.LeftButton)
    assert not shown.isVisible()
    assert settings.get(tour.DONE) is True
    assert tour.offer_tour(window) is None  # never again


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # a tool window shown, offscreen
def test_skipping_or_escape_also_ends_it_and_the_help_menu_brings_it_back(window, qtbot):
    shown = tour.offer_tour(window)
    qtbot.addWidget(shown)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible() and settings.get(tour.DONE) is True
    assert tour.offer_tour(window) is None
    window.actions["tour"].trigger()
    again = [t for t in window.findChildren(tour.Tour) if t.isVisible()]
    assert len(again) == 1 and again[0].counter.text() == "Step 1 of 3"
    qtbot.mouseClick(again[0].skip, Qt.MouseButton.LeftButton)
    assert not again[0].isVisible()
