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


def test_charts_are_drawn_from_what_a_worker_read_while_matplotlib_loaded(db, window, qtbot, monkeypatch):
    import threading

    from refdesk.services import stats

    first = iter([True])
    monkeypatch.setattr(page_loading, "needs_loading", lambda module: next(first, False))
    ada = Partner.create(name="Ada Okafor")
    for _ in range(3):
        Referral.create(date=dt.date.today(), direction=Direction.GIVEN, partner=ada)
    threads = []
    monthly = stats.monthly
    monkeypatch.setattr(stats, "monthly", lambda *a, **k: threads.append(threading.get_ident()) or monthly(*a, **k))

    window.show_page("charts")
    qtbot.waitUntil(lambda: "charts" in window.pages and not window.loading, timeout=60_000)
    page = window.pages["charts"]
    assert window.stack.currentWidget() is page
    assert threads and threading.get_ident() not in threads  # read in a worker, not while the window waited
    given, received = page.given_received.bar_heights()
    assert given[-1] == 3 and sum(received) == 0
    assert page.partner.findData(ada.id) > 0  # the partner box from the same read


def test_an_edit_while_charts_load_is_not_hidden_by_what_was_read_before_it(db, window, qtbot, monkeypatch):
    import threading

    from refdesk.ui.charts import data

    first = iter([True])
    monkeypatch.setattr(page_loading, "needs_loading", lambda module: next(first, False))
    ada = Partner.create(name="Ada Okafor")
    Referral.create(date=dt.date.today(), direction=Direction.GIVEN, partner=ada)
    read, release = threading.Event(), threading.Event()
    first_view = data.first_view

    def held(*args):
        found = first_view(*args)  # read before the edit below
        read.set()
        release.wait(30)
        return found

    monkeypatch.setattr(data, "first_view", held)
    window.show_page("charts")
    assert read.wait(30)
    Referral.create(date=dt.date.today(), direction=Direction.GIVEN, partner=ada)
    window.events.data_changed.emit("referrals")
    release.set()
    qtbot.waitUntil(lambda: "charts" in window.pages and not window.loading, timeout=60_000)
    given, _received = window.pages["charts"].given_received.bar_heights()
    assert given[-1] == 2  # read again once built, not the 1 read ahead
