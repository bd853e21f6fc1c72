"""Reminders that reach the owner: the tray icon, the desktop notifications, closing to the tray.

``watch_reminders(window)`` (a window feature, ``ui/actions.py`` ``SETUP``) puts a ``Reminders``
on the window.  It reads what is due (in the one ``Worker``: the due lists may take a moment on a
big database), shows the count in the tray icon, and asks ``services/notifications.py`` whether to
notify: at start, at the chosen time, every few minutes and after each change.  A notification goes
to the desktop's service (``desktop.py``); with none, the tray's balloon; with neither, the status
bar — each said once in the log, never a crash.  No tray (some desktops have none): said once in
the status bar; the window keeps reminding, and closing it quits as before.

With "Keep running in the tray" on, closing the window hides it; the first time, a message says
where RefDesk went and how to quit.  File → Quit and the tray's Quit end RefDesk.
"""

from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from refdesk import APP_NAME, preferences
from refdesk.services import notifications
from refdesk.ui.common import settings, worker
from refdesk.ui.reminders.desktop import DesktopNotifications
from refdesk.ui.reminders.tray import RemindersTray

log = logging.getLogger(__name__)

KEEP_IN_TRAY = "reminders/keep_in_tray"
CALENDAR = "reminders/calendar_file"
CLOSE_EXPLAINED = "reminders/close_explained"
START_DELAY_MS = 1500  # the first check, once the window has settled
AFTER_CHANGE_MS = 2000  # a check this long after a change (several changes: one check)
BODY_LINES = 6  # items named in a notification's text


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def reminder_time() -> dt.time:
    """The time of the day's notification (Settings → Reminders; a stored value it cannot take is the default)."""
    return preferences.reminder_time({preferences.REMINDER_TIME: settings.get(preferences.REMINDER_TIME)})


class Reminders(QObject):
    """The window's reminders; ``checked`` (the Digest notified, or None) after every check."""

    checked = Signal(object)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.path = notifications.state_path(window.data_dir)
        self.items: list[notifications.Item] = []
        self.quitting = False
        self.explanation: QMessageBox | None = None
        self._reading = False
        self._calendar_stale = True  # the calendar file is written again at the next check
        self._calendar_day: dt.date | None = None
        self._calendar_said = False
        self._opens: dict[int, notifications.Digest] = {}  # notification id → what it was about
        self.tray: RemindersTray | None = None
        if tray_available():
            self.tray = RemindersTray(window.windowIcon(), window)
            self.tray.open_requested.connect(lambda: self.show_window())
            self.tray.today_requested.connect(lambda: self.show_window("today"))
            self.tray.item_requested.connect(self.open_item)
            self.tray.snooze_requested.connect(self.snooze)
            self.tray.quit_requested.connect(self.quit)
            self.tray.icon.messageClicked.connect(lambda: self.show_window("today"))  # the balloon's click
            self.tray.show()
        else:
            log.info("there is no system tray: RefDesk reminds you in its window")
            self._tell(self.tr("There is no system tray here: RefDesk reminds you in this window."))
        self.desktop = DesktopNotifications(self, tray_message=self._tray_message)
        self.desktop.invoked.connect(self._invoked)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.check)
        window.events.data_changed.connect(self._changed)
        window.events.database_changed.connect(self._changed)
        window.installEventFilter(self)
        self.timer.start(START_DELAY_MS)

    # --- checking -----------------------------------------------------------------------------------

    def _changed(self, *_what) -> None:
        self._calendar_stale = True
        self.soon.start()

    def calendar_path(self):
        return self.window.data_dir / notifications.CALENDAR_FILE

    def check(self) -> None:
        """Read what is due now (in the background when it can be), then notify what is to be; with
        the setting on, keep the calendar file up to date from the same read (after a change, and each day)."""
        if self._reading:
            self.soon.start()
            return
        today = notifications.now().date()
        writing = bool(settings.get(CALENDAR)) and (self._calendar_stale or self._calendar_day != today)
        calendar, alarm = (self.calendar_path() if writing else None), reminder_time()
        self._reading = True
        if worker.can_run_in_background():
            worker.start(
                lambda _job: notifications.read(today, calendar, alarm),
                name="reminders",
                on_done=self._read,
                on_failed=self._failed,
            )
            return
        try:
            reading = notifications.read(today, calendar, alarm)
        except Exception as exc:
            log.exception("the reminders could not be read")
            self._failed(str(exc))
            return
        self._read(reading)

    def _failed(self, why: str) -> None:
        self._reading = False
        log.warning("the reminders could not be read: %s", why)
        self._schedule(notifications.now())
        self.checked.emit(None)

    def _calendar_written(self, reading: notifications.Reading, today: dt.date) -> None:
        if reading.events is not None:
            self._calendar_stale, self._calendar_day, self._calendar_said = False, today, False
            log.info("calendar file %s: %d events", self.calendar_path(), reading.events)
        elif reading.calendar_error is not None:
            self._calendar_day = today  # tried today: again after the next change
            self._calendar_stale = False
            log.warning("the calendar file could not be written: %s", reading.calendar_error)
            if not self._calendar_said:
                self._calendar_said = True
                self._tell(
                    self.tr("The calendar file could not be written: %1").replace("%1", reading.calendar_error), 0
                )

    def _read(self, reading: notifications.Reading) -> None:
        self._reading = False
        self._calendar_written(reading, reading.today)
        now = notifications.now()
        at = reminder_time()
        self.items = list(reading.items)
        state = notifications.load(self.path)
        digest, after = notifications.decide(self.items, now, at, state)
        if digest is not None:
            self.deliver(digest)
        if after != state:
            self._save(after)
        self._update_tray(after, now, at)
        self._schedule(now)
        log.info(
            "reminders checked: %d due, %s",
            len(self.items),
            f"a {digest.kind} digest" if digest else "nothing to notify",
        )
        self.checked.emit(digest)

    def _schedule(self, now: dt.datetime) -> None:
        wait = (notifications.next_check(now, reminder_time()) - now).total_seconds()
        self.timer.start(max(1000, int(wait * 1000)))

    def _save(self, state: notifications.State) -> None:
        try:
            notifications.save(self.path, state)
        except OSError as exc:  # a full disk: notified again next time rather than a crash
            log.warning("the reminders' state could not be saved: %s", exc)

    def _update_tray(self, state: notifications.State, now: dt.datetime, at: dt.time) -> None:
        if self.tray is not None:
            self.tray.set_items(self.items, snoozed=notifications.snoozed(state, now, at))

    # --- notifying ----------------------------------------------------------------------------------

    def texts(self, digest: notifications.Digest) -> tuple[str, str]:
        """The summary and the body of *digest*'s notification."""
        if digest.kind == "daily":
            summary = self.tr("%n thing(s) due today", "", digest.count)
        else:
            summary = self.tr("%n more thing(s) due", "", digest.count)
        lines = [i.title + (" " + self.tr("(overdue)") if i.overdue else "") for i in digest.items[:BODY_LINES]]
        rest = digest.count - len(lines)
        if rest > 0:
            lines.append(self.tr("…and %n more on Today", "", rest))
        return summary, "\n".join(lines)

    def deliver(self, digest: notifications.Digest) -> None:
        summary, body = self.texts(digest)
        actions = [("open", self.tr("Open RefDesk")), ("snooze", self.tr("Snooze until tomorrow"))]
        # the body is read as markup by most servers: the user's words are escaped to show as typed
        if self.desktop.notify(summary, html.escape(body, quote=False), actions):
            if self.desktop.last_id:
                self._opens[self.desktop.last_id] = digest
            log.info("notified: %s (%d item(s))", digest.kind, digest.count)
            return
        self._tell(f"{summary}: {body.splitlines()[0]}" if body else summary, 0)
        QApplication.alert(self.window)

    def _tray_message(self, summary: str, body: str) -> bool:
        """The tray's balloon (Windows' and macOS's notifications), where there is a tray."""
        if self.tray is None or not QSystemTrayIcon.supportsMessages():
            return False
        self.tray.icon.showMessage(summary, html.unescape(body), self.tray.icon.icon())
        return True

    def _invoked(self, action: str, ident: int) -> None:
        digest = self._opens.get(ident)
        if action == "snooze":
            log.info("notification action snooze")
            self.snooze()
        elif digest is not None and digest.count == 1:
            log.info("notification action open: %s", digest.items[0].page)
            self.open_item(digest.items[0])
        else:
            log.info("notification action open: today")
            self.show_window("today")

    # --- what the tray and the notifications offer -------------------------------------------------

    def show_window(self, page: str | None = None, item=None) -> None:
        from refdesk.ui.single_instance import bring_to_front

        QApplication.setQuitOnLastWindowClosed(True)
        bring_to_front(self.window)
        if page is not None:
            self.window.show_page(page, item)

    def open_item(self, item: notifications.Item) -> None:
        self.show_window(item.page, item.target)

    def snooze(self) -> None:
        now = notifications.now()
        state = notifications.snooze(notifications.load(self.path), now)
        self._save(state)
        self._update_tray(state, now, reminder_time())
        self._tell(
            self.tr("Reminders snoozed until tomorrow at %1.").replace("%1", settings.get(preferences.REMINDER_TIME))
        )

    def quit(self) -> None:
        """End RefDesk (the tray's Quit and File → Quit), whether the window is shown or hidden."""
        self.quitting = True
        hidden = not self.window.isVisible()
        if self.window.close():
            if self.tray is not None:
                self.tray.hide()
            if hidden:  # no window closed on screen: Qt would not end the event loop by itself
                QApplication.quit()
        else:
            self.quitting = False  # the window said no (work to save)

    # --- closing to the tray -----------------------------------------------------------------------

    def keeps_running(self) -> bool:
        return self.tray is not None and bool(settings.get(KEEP_IN_TRAY))

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            if not self.quitting and self.keeps_running():
                event.ignore()
                self.hide_to_tray()
                return True
            QApplication.setQuitOnLastWindowClosed(True)  # closing for good (the setting may have been turned off)
        return False

    def hide_to_tray(self) -> None:
        QApplication.setQuitOnLastWindowClosed(False)  # a message box closed later must not end RefDesk
        settings.put("window/geometry", self.window.saveGeometry())
        self.window.hide()
        if not settings.get(CLOSE_EXPLAINED):
            settings.put(CLOSE_EXPLAINED, True)
            self.explain()

    def explain(self) -> None:
        """Where RefDesk went, and how to quit: once, the first time the window closes to the tray."""
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, self.tr("RefDesk is still running in the tray"))
        box.setObjectName("tray-explanation")
        box.setInformativeText(
            self.tr(
                "It keeps reminding you of the follow-ups, thank-yous and check-ins due, at %1 and when "
                "something new falls due. Click its icon in the notification area to open the window again. "
                "To quit, choose Quit in the icon's menu, or File → Quit in the window. Edit → Settings… → "
                "Reminders changes this."
            ).replace("%1", settings.get(preferences.REMINDER_TIME))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.explanation = box
        box.finished.connect(lambda _r: setattr(self, "explanation", None))
        box.show()

    def _tell(self, text: str, timeout: int = 10000) -> None:
        self.window.statusBar().showMessage(text, timeout)


def watch_reminders(window) -> Reminders:
    """Install the reminders on *window* (once its pages are built)."""
    window.reminders = Reminders(window)
    return window.reminders


def quit_refdesk(window) -> None:
    """File → Quit: RefDesk ends, even when closing the window would keep it in the tray."""
    if window.reminders is not None:
        window.reminders.quit()
    else:
        window.close()
