"""Desktop notifications through the platform's own service.

On Linux (and the BSDs) that is the freedesktop notification server on the session bus,
``org.freedesktop.Notifications`` (GNOME, KDE, Xfce, dunst…): a ``Notify`` call with the actions
"open" (the notification's own click) and "snooze", and the server's ``ActionInvoked`` signal
telling which was chosen.  The call is made with jeepney (the pure-Python D-Bus library that comes
with keyring on Linux) on a connection whose socket the event loop watches: PySide6's QtDBus cannot
send the unsigned 32-bit ``replaces_id`` the call takes (its ``QDBusArgument`` writes a Python int
as a 16-bit ``q`` and its messages as a 32-bit signed ``i``: the servers refuse both).

Elsewhere (Windows, macOS) it is the tray icon's balloon, ``QSystemTrayIcon.showMessage``, which Qt
shows as the system's own notification; its click is "open".

No service (no session bus, no server, a server that refuses): one line in the log, ``notify()``
returns False and the window reminds in its own status bar instead; nothing is lost or raised.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SIGNATURE = "susssasa{sv}i"
TIMEOUT_SECONDS = 3.0  # a server that does not answer in this long is taken as none
APP_NAME = "RefDesk"
ICON = "refdesk"  # the icon installed with the desktop entry


def uses_freedesktop() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


class DesktopNotifications(QObject):
    """Sends notifications; ``invoked(action, notification)`` when the user chooses one of the
    actions (``"open"``, ``"snooze"``) of a notification this object sent."""

    invoked = Signal(str, int)

    def __init__(self, parent: QObject | None = None, *, tray_message: Callable[[str, str], bool] | None = None):
        super().__init__(parent)
        self.tray_message = tray_message  # where there is no freedesktop server: the tray's balloon
        self._conn = None
        self._filter = None
        self._notifier: QSocketNotifier | None = None
        self._sent: set[int] = set()
        self._said_none = False
        self.last_id = 0

    # --- sending ------------------------------------------------------------------------------------

    def notify(self, summary: str, body: str, actions: list[tuple[str, str]]) -> bool:
        """Show one notification; False (logged once) when no notification service takes it."""
        if uses_freedesktop():
            try:
                return self._notify_freedesktop(summary, body, actions)
            except Exception as exc:  # no bus, no server, a refusal: never a crash
                self._close()
                self._none(f"the desktop notification service cannot be reached ({exc})")
        if self.tray_message is not None and self.tray_message(summary, body):
            return True
        self._none("there is no notification service")
        return False

    def _none(self, why: str) -> None:
        if not self._said_none:
            self._said_none = True
            log.warning("reminders are shown in the window only: %s", why)

    def _connection(self):
        if self._conn is None:
            from jeepney import MatchRule
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(bus="SESSION")
            try:
                rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
                conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=TIMEOUT_SECONDS)
                self._filter = conn.filter(rule, bufsize=64)
            except Exception:
                conn.close()
                raise
            self._conn = conn
            self._notifier = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._read)
        return self._conn

    def _notify_freedesktop(self, summary: str, body: str, actions: list[tuple[str, str]]) -> bool:
        from jeepney import DBusAddress, MessageType, new_method_call

        conn = self._connection()
        flat: list[str] = []
        for key, label in actions:
            flat += ["default" if key == "open" else key, label]
        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        hints = {"desktop-entry": ("s", "refdesk"), "category": ("s", "reminder")}
        message = new_method_call(address, "Notify", SIGNATURE, (APP_NAME, 0, ICON, summary, body, flat, hints, -1))
        reply = conn.send_and_get_reply(message, timeout=TIMEOUT_SECONDS)
        if reply.header.message_type != MessageType.method_return:
            raise RuntimeError(" ".join(str(part) for part in reply.body) or "refused")
        self.last_id = int(reply.body[0])
        self._sent.add(self.last_id)
        self._read()  # anything that came in meanwhile
        return True

    # --- what the user chose --------------------------------------------------------------------------

    def _read(self, *_args) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            while True:
                conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except Exception as exc:  # the bus went away (logout): the next notification reconnects
            log.info("the session bus connection closed: %s", exc)
            self._close()
            return
        from jeepney import HeaderFields

        queue = self._filter.queue if self._filter is not None else []
        while queue:
            message = queue.popleft()
            member = message.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                ident, key = message.body
                if ident in self._sent:
                    self.invoked.emit("open" if key == "default" else str(key), int(ident))
            elif member == "NotificationClosed":
                self._sent.discard(message.body[0])

    def _close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._conn is not None:
            try:
                self._conn.close()
            except OSError:
                pass
        self._conn = None
        self._filter = None

    def close(self) -> None:
        self._close()
