"""The tray icon and its menu, the notifications sent, closing to the tray, no tray, no D-Bus."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtWidgets import QApplication

from refdesk.db.models import Direction, Partner
from refdesk.services import notifications
from refdesk.services import referrals as svc
from refdesk.ui.common import settings
from refdesk.ui.reminders import tray as tray_module
from refdesk.ui.reminders import watch

# offscreen, a tray icon shown says once that the platform has no tray window to follow
pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged")

NOW = "2026-12-03T09:00"
DAY = dt.date(2026, 12, 3)


class Sent(list):
    """The notifications a test's window sent (summary, body, actions), instead of the desktop's."""


@pytest.fixture
def sent(monkeypatch) -> Sent:
    from refdesk.ui.reminders.desktop import DesktopNotifications

    box = Sent()

    def notify(self, summary, body, actions):
        box.append((summary, body, actions))
        self.last_id = len(box)
        return True

    monkeypatch.setattr(DesktopNotifications, "notify", notify)
    return box


@pytest.fixture
def due(db, monkeypatch):
    """Two follow-ups and their thank-yous due on DAY, the clock at 9:00 that day."""
    monkeypatch.setenv(notifications.NOW_VARIABLE, NOW)
    monkeypatch.setattr(notifications, "_clock_start", {})  # 9:00 from now on
    ada = Partner.create(name="Ada & <b>Okafor</b>")
    ids = []
    for prospect in ("Dana", "Eli"):
        data = svc.ReferralData(
            date=DAY - dt.timedelta(days=2), direction=Direction.RECEIVED, partner_id=ada.id, prospect_name=prospect
        )
        ids.append(svc.create_referral(data, today=DAY - dt.timedelta(days=2)).id)
    return ids


def _window(qtbot, data_dir, db_url, monkeypatch, *, tray: bool):
    from refdesk.ui.main_window import MainWindow

    monkeypatch.setattr(watch, "tray_available", lambda: tray)
    win = MainWindow(data_dir, db_url)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def tray_window(qtbot, db, data_dir, db_url, qsettings_clean, monkeypatch):
    win = _window(qtbot, data_dir, db_url, monkeypatch, tray=True)
    yield win
    win.reminders.quitting = True  # the test's end closes it for good
    win.reminders.tray.hide()
    QApplication.setQuitOnLastWindowClosed(True)


def _check(qtbot, win):
    with qtbot.waitSignal(win.reminders.checked, timeout=10000) as blocker:
        win.reminders.check()
    return blocker.args[0]


def test_the_tray_shows_the_count_tooltip_and_what_is_due(qtbot, tray_window, due, sent):
    digest = _check(qtbot, tray_window)
    tray = tray_window.reminders.tray
    count = len(tray_window.reminders.items)
    assert count == digest.count == 5  # 2 follow-ups, 2 thank-yous, 1 check-in
    assert tray.icon.toolTip() == f"RefDesk: {count} things due today"
    texts = [a.text() for a in tray.actions()]
    assert texts[0] == "&Open RefDesk" and texts[-2:] == ["&Snooze until tomorrow", "&Quit"]
    titles = texts[1:-2]
    assert len(titles) == count
    # the partner's name shown as typed: "&" doubled so the menu does not take it as a shortcut letter
    assert any("Ada && <b>Okafor</b>" in t and "Dana" in t for t in titles)
    assert not tray.icon.icon().isNull()


def test_a_menu_item_opens_it_in_the_window_and_open_brings_the_window_back(qtbot, tray_window, due, sent):
    _check(qtbot, tray_window)
    menu_items = [a for a in tray_window.reminders.tray.actions() if a.objectName() == "item"]
    follow_up = next(a for a in menu_items if "Eli" in a.text())
    tray_window.hide()
    follow_up.trigger()
    assert tray_window.isVisible()
    assert tray_window.current_key() == "referrals"
    assert tray_window.pages["referrals"].selected_id() == due[1]
    tray_window.hide()
    next(a for a in tray_window.reminders.tray.actions() if a.objectName() == "open").trigger()
    assert tray_window.isVisible()


def test_one_digest_at_nine_with_the_count_and_the_text_escaped(qtbot, tray_window, due, sent):
    _check(qtbot, tray_window)
    assert len(sent) == 1
    summary, body, actions = sent[0]
    assert summary == "5 things due today"
    assert "Ada &amp; &lt;b&gt;Okafor&lt;/b&gt;" in body  # markup in the name shows as typed
    assert [key for key, _label in actions] == ["open", "snooze"]
    _check(qtbot, tray_window)  # the check a few minutes later
    assert len(sent) == 1
    state = json.loads((tray_window.data_dir / notifications.STATE_FILE).read_text())
    assert state["digest_sent"] and len(state["notified"]) == 5


def test_the_notification_open_action_shows_today_and_snooze_holds_the_next(qtbot, tray_window, due, sent):
    _check(qtbot, tray_window)
    tray_window.show_page("partners")
    tray_window.hide()
    tray_window.reminders.desktop.invoked.emit("open", 1)
    assert tray_window.isVisible() and tray_window.current_key() == "today"
    tray_window.reminders.desktop.invoked.emit("snooze", 1)
    snooze = next(a for a in tray_window.reminders.tray.actions() if a.objectName() == "snooze")
    assert not snooze.isEnabled() and snooze.text() == "Snoozed until tomorrow"
    data = svc.ReferralData(
        date=DAY - dt.timedelta(days=2), direction=Direction.GIVEN, partner_id=1, prospect_name="Fay"
    )
    svc.create_referral(data, today=DAY - dt.timedelta(days=2))
    assert _check(qtbot, tray_window) is None  # new, but snoozed
    assert len(sent) == 1


def test_snooze_from_the_tray_menu(qtbot, tray_window, due, sent):
    _check(qtbot, tray_window)
    next(a for a in tray_window.reminders.tray.actions() if a.objectName() == "snooze").trigger()
    state = notifications.load(tray_window.data_dir / notifications.STATE_FILE)
    assert state.snoozed_until == DAY + dt.timedelta(days=1)
    assert "snoozed until tomorrow" in tray_window.statusBar().currentMessage()


def test_closing_with_the_setting_off_closes_the_window(qtbot, tray_window):
    assert settings.get(watch.KEEP_IN_TRAY) is False  # off by default
    assert tray_window.close()
    assert not tray_window.isVisible()
    assert tray_window.reminders.explanation is None


def test_closing_with_the_setting_on_keeps_it_in_the_tray_and_explains_once(qtbot, tray_window):
    settings.put(watch.KEEP_IN_TRAY, True)
    assert not tray_window.close()  # the close was turned into a hide
    assert not tray_window.isVisible()
    assert not QApplication.quitOnLastWindowClosed()
    box = tray_window.reminders.explanation
    assert box is not None and box.isVisible()
    assert "still running in the tray" in box.text()
    assert "Quit" in box.informativeText() and "09:00" in box.informativeText()
    box.accept()
    tray_window.reminders.show_window()
    assert tray_window.isVisible() and QApplication.quitOnLastWindowClosed()
    assert not tray_window.close()
    assert tray_window.reminders.explanation is None  # said once only
    assert settings.get(watch.CLOSE_EXPLAINED) is True


def test_quit_ends_refdesk_even_when_it_keeps_running_in_the_tray(qtbot, tray_window, monkeypatch):
    settings.put(watch.KEEP_IN_TRAY, True)
    settings.put(watch.CLOSE_EXPLAINED, True)
    quits = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    tray_window.close()  # into the tray
    next(a for a in tray_window.reminders.tray.actions() if a.objectName() == "quit").trigger()
    assert quits == [True]
    assert not tray_window.reminders.tray.icon.isVisible()
    tray_window.reminders.quitting = False
    tray_window.show()
    tray_window.actions["quit"].trigger()  # File → Quit
    assert not tray_window.isVisible()


def test_no_tray_says_so_once_and_reminds_in_the_window(
    qtbot, db, data_dir, db_url, qsettings_clean, due, sent, monkeypatch
):
    win = _window(qtbot, data_dir, db_url, monkeypatch, tray=False)
    assert win.reminders.tray is None
    assert "no system tray" in win.statusBar().currentMessage()
    settings.put(watch.KEEP_IN_TRAY, True)  # cannot be kept in a tray that is not there: closing closes
    _check(qtbot, win)
    assert len(sent) == 1  # the desktop notification does not need a tray
    assert win.close()


@pytest.mark.parametrize("address", [None, "unix:path=/nonexistent/refdesk-no-bus"])
def test_no_dbus_is_one_log_line_and_the_status_bar(
    qtbot, db, data_dir, db_url, qsettings_clean, due, monkeypatch, caplog, address
):
    if address is None:
        monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    else:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    win = _window(qtbot, data_dir, db_url, monkeypatch, tray=False)
    digest = _check(qtbot, win)
    assert digest is not None and digest.count == 5
    assert "5 things due today" in win.statusBar().currentMessage()
    lines = [r for r in caplog.records if "reminders are shown in the window only" in r.getMessage()]
    assert len(lines) == 1
    win.reminders.deliver(digest)  # again: no second line
    assert len([r for r in caplog.records if "reminders are shown in the window only" in r.getMessage()]) == 1
    assert notifications.load(data_dir / notifications.STATE_FILE).digest_sent  # said in the window: not again


def test_badge_and_menu_text():
    assert tray_module.menu_text("A & B\nC") == "A && B C"
    plain = tray_module.badge_icon(QApplication.windowIcon(), 0)
    counted = tray_module.badge_icon(QApplication.windowIcon(), 7)
    assert plain.pixmap(64, 64).toImage() != counted.pixmap(64, 64).toImage()
    assert not tray_module.badge_icon(QApplication.windowIcon(), 250).isNull()


def test_more_than_the_menu_holds_points_to_today(qtbot, tray_window, monkeypatch):
    items = [notifications.Item(f"u{i}", "follow_up", f"Item {i}", DAY, False, "referrals", i) for i in range(14)]
    tray_window.reminders.tray.set_items(items)
    actions = tray_window.reminders.tray.actions()
    assert len([a for a in actions if a.objectName() == "item"]) == tray_module.MENU_ITEMS
    more = next(a for a in actions if a.objectName() == "more")
    assert more.text() == "4 more on Today…"
    tray_window.show_page("partners")
    more.trigger()
    assert tray_window.current_key() == "today"


def _start(tmp_path, *, tray_available: bool) -> list[str]:
    """``refdesk --tray`` as RefDesk starts (in a child process), reporting once its features are up."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT, run_refdesk

    folder = tmp_path / "data"
    assert run_refdesk("--data-dir", str(folder), "demo", "--partners", "5", "--referrals", "20").returncode == 0
    child = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
        f"QSystemTrayIcon.isSystemTrayAvailable = staticmethod(lambda: {tray_available})\n"
        "from refdesk import cli\n"
        "from refdesk.ui.main_window import MainWindow\n"
        "real = MainWindow.finish_start\n"
        "def finished(self, **kw):\n"
        "    real(self, **kw)\n"
        "    print('VISIBLE', self.isVisible(), 'TRAY', self.reminders.tray is not None, flush=True)\n"
        "    QTimer.singleShot(0, self.reminders.quit)\n"
        "MainWindow.finish_start = finished\n"
        "sys.exit(cli.main(['--data-dir', sys.argv[1], '--tray']))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", REFDESK_DATA_DIR="")
    result = subprocess.run(
        [sys.executable, "-c", child, str(folder)], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line.startswith("VISIBLE")]


def test_tray_flag_starts_hidden_in_the_tray_and_quit_ends_it(tmp_path):
    assert _start(tmp_path, tray_available=True) == ["VISIBLE False TRAY True"]


def test_tray_flag_without_a_tray_opens_the_window(tmp_path):
    assert _start(tmp_path, tray_available=False) == ["VISIBLE True TRAY False"]


def test_the_calendar_file_is_kept_up_to_date_when_the_setting_says_so(qtbot, tray_window, due, sent):
    from icalendar import Calendar

    path = tray_window.data_dir / notifications.CALENDAR_FILE
    _check(qtbot, tray_window)
    assert not path.exists()  # off by default
    settings.put(watch.CALENDAR, True)
    tray_window.events.data_changed.emit("settings")
    _check(qtbot, tray_window)
    events = [c for c in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
    assert len(events) >= len(tray_window.reminders.items) == 5
    assert {str(e["uid"]) for e in events} >= {i.uid for i in tray_window.reminders.items}  # the same uids
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    first = path.stat().st_mtime_ns
    _check(qtbot, tray_window)  # nothing changed, the same day: not written again
    assert path.stat().st_mtime_ns == first
    data = svc.ReferralData(date=DAY, direction=Direction.RECEIVED, partner_id=1, prospect_name="Gus")
    svc.create_referral(data, today=DAY)
    tray_window.events.data_changed.emit("referrals")
    _check(qtbot, tray_window)
    assert "Gus" in path.read_text()


def test_a_calendar_file_that_cannot_be_written_is_said_once_and_reminders_go_on(qtbot, tray_window, due, sent):
    path = tray_window.data_dir / notifications.CALENDAR_FILE
    path.mkdir()  # a folder where the file should be
    settings.put(watch.CALENDAR, True)
    digest = _check(qtbot, tray_window)
    assert digest is not None and digest.count == 5  # the notification all the same
    assert "The calendar file could not be written" in tray_window.statusBar().currentMessage()
