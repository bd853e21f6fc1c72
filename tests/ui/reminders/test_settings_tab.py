"""Edit → Settings… → Reminders: the time of the day's notification, keeping RefDesk in the tray,
starting at login (the autostart entry written and removed under a temporary XDG_CONFIG_HOME)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTime

from refdesk import preferences
from refdesk.services import autostart
from refdesk.ui.common import settings
from refdesk.ui.reminders import watch
from refdesk.ui.settings.dialog import SettingsDialog, open_settings


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


def _save_with(monkeypatch, window, fill) -> SettingsDialog | None:
    def fill_and_save(dialog: SettingsDialog) -> int:
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.reminders)
        fill(dialog.reminders)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        if dialog.isVisible():  # refused: the test sees why, then the dialog goes
            window._refused = dialog.error.text()
            dialog.done(0)  # not reject(): that asks before a changed form is thrown away
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_save)
    return open_settings(window)


def test_the_tab_shows_the_defaults(window, qtbot):
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    tab = dialog.reminders
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "Re&minders"
    assert tab.time.time() == QTime(9, 0)
    assert not tab.keep.isChecked() and not tab.login.isChecked() and not tab.calendar.isChecked()
    assert tab.findChild(type(dialog.error), "calendar-path").text() == str(window.data_dir / "refdesk-reminders.ics")
    assert tab.time.toolTip() and tab.keep.toolTip() and tab.login.toolTip()


@pytest.mark.skipif(not autostart.supported(), reason="freedesktop autostart entries: Linux and the BSDs")
def test_start_at_login_writes_then_removes_the_entry(window, config_home, monkeypatch, qtbot):
    entry = config_home / "autostart" / "refdesk.desktop"

    def turn_on(tab):
        tab.time.setTime(QTime(7, 30))
        tab.login.setChecked(True)
        tab.keep.setChecked(True)

    assert _save_with(monkeypatch, window, turn_on) is not None
    assert entry.is_file()
    text = entry.read_text()
    assert "--tray" in text and str(window.data_dir) in text  # the test's data folder is not the usual one
    assert settings.get(preferences.REMINDER_TIME) == "07:30"
    assert watch.reminder_time() == dt.time(7, 30)
    assert settings.get(watch.KEEP_IN_TRAY) is True and settings.get("reminders/start_at_login") is True

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.reminders.login.isChecked() and dialog.reminders.time.time() == QTime(7, 30)
    entry.unlink()  # removed by hand: shown as off, as it is
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert not dialog.reminders.login.isChecked()

    autostart.enable(window.data_dir)
    assert _save_with(monkeypatch, window, lambda tab: tab.login.setChecked(False)) is not None
    assert not entry.exists()
    assert settings.get("reminders/start_at_login") is False


@pytest.mark.skipif(not autostart.supported(), reason="freedesktop autostart entries: Linux and the BSDs")
def test_an_entry_that_cannot_be_written_is_said_and_nothing_is_stored(window, config_home, monkeypatch):
    config_home.mkdir()
    (config_home / "autostart").write_text("a file where the folder should be")

    def turn_on(tab):
        tab.time.setTime(QTime(6, 0))
        tab.login.setChecked(True)

    assert _save_with(monkeypatch, window, turn_on) is None
    assert "Start at login could not be set" in window._refused
    assert settings.get(preferences.REMINDER_TIME) == "09:00"
    assert settings.get("reminders/start_at_login") is False


def test_no_tray_disables_keep_running_and_says_why(window, monkeypatch, qtbot):
    monkeypatch.setattr(watch, "tray_available", lambda: False)
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert not dialog.reminders.keep.isEnabled()
    texts = [w.text() for w in dialog.reminders.findChildren(type(dialog.error))]
    assert any("no system tray" in t for t in texts)


def test_turning_the_calendar_file_off_removes_it(window, monkeypatch):
    from refdesk.services import notifications

    path = window.data_dir / notifications.CALENDAR_FILE
    assert _save_with(monkeypatch, window, lambda tab: tab.calendar.setChecked(True)) is not None
    assert settings.get(watch.CALENDAR) is True
    path.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")  # as the window writes it
    assert _save_with(monkeypatch, window, lambda tab: tab.calendar.setChecked(False)) is not None
    assert not path.exists() and settings.get(watch.CALENDAR) is False
