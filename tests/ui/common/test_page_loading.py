"""A page whose code is slow to import stands in for itself while a worker imports it."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtWidgets import QApplication

from refdesk.db.models import Direction, Partner, Referral
from refdesk.ui.common import page_loading


def gone(window, panel) -> bool:
    """The busy panel is out of the window (or already deleted, as it is once the page is built)."""
    return not shiboken6.isValid(panel) or window.stack.indexOf(panel) == -1


def test_charts_show_a_busy_panel_then_the_partner_asked_for(db, window, qtbot, monkeypatch):
    first = iter([True])
    monkeypatch.setattr(page_loading, "needs_loading", lambda module: next(first, False))  # as in a fresh process
    ada = Partner.create(name="Ada Okafor")
    Partner.create(name="Ben Smith")
    Referral.create(date=dt.date.today(), direction=Direction.GIVEN, partner=ada)
    window.show_page("today")

    window.show_page("charts", ada.id)
    panel = window.stack.currentWidget()
    assert isinstance(panel, page_loading.LoadingPanel)
    assert panel.label.text() == "Loading Charts…"
    assert (panel.bar.minimum(), panel.bar.maximum()) == (0, 0)  # a busy bar, not a stuck one
    assert panel.bar.accessibleName() == "Loading Charts"
    assert window.nav.currentItem().text() == "Charts"

    qtbot.waitUntil(lambda: "charts" in window.pages and gone(window, panel), timeout=60_000)
    page = window.pages["charts"]
    assert window.stack.currentWidget() is page
    assert page.partner.currentData() == ada.id  # the partner asked for, once the page is there
    assert QApplication.overrideCursor() is None
    assert not window.loading


def test_leaving_before_the_code_has_loaded_keeps_the_page_left_for(db, window, qtbot, monkeypatch):
    first = iter([True])
    monkeypatch.setattr(page_loading, "needs_loading", lambda module: next(first, False))
    window.show_page("charts")
    panel = window.stack.currentWidget()
    window.show_page("partners")
    qtbot.waitUntil(lambda: gone(window, panel), timeout=60_000)
    assert window.stack.currentWidget() is window.pages["partners"]
    assert QApplication.overrideCursor() is None
    window.show_page("charts")  # the code is there now: built at once
    assert window.stack.currentWidget() is window.pages["charts"]
