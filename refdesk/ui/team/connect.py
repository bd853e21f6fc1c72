"""Team mode: File → Connect to a team database…, a banner while the server is unreachable,
and a refresh when the window regains focus so changes saved by others appear.

The password is typed in the dialog and kept in the system keyring when one is
available (``refdesk.services.credentials``); it never goes into QSettings or the
database URL shown anywhere.
"""

from __future__ import annotations

import logging
import time
from urllib.parse import quote, urlparse

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from refdesk import paths
from refdesk.services import connection, credentials
from refdesk.ui.common import banner, settings, worker
from refdesk.ui.common.banner import Banner

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 15_000  # while connected: is the server still there?
RETRY_INTERVAL_MS = 5_000  # while disconnected: try again this often
FOCUS_REFRESH_MIN_S = 2.0  # at most one refresh per this many seconds of focus changes


def build_url(host: str, port: int, name: str, user: str) -> str:
    """``postgresql://user@host:port/name`` (never with a password)."""
    host = host.strip() or "localhost"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    user_part = f"{quote(user.strip(), safe='')}@" if user.strip() else ""
    return f"postgresql://{user_part}{host}:{int(port)}/{quote(name.strip(), safe='')}"


class ConnectDialog(QDialog):
    """Host, port, database, user and password of a team database on a PostgreSQL server."""

    def __init__(self, parent: QWidget | None = None, last_url: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a team database"))
        self.setAccessibleName(self.tr("Connect to a team database"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Work on a RefDesk database that your team shares on a PostgreSQL server. "
                "Whoever looks after the server can tell you these details."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)

        form = QFormLayout()
        last = urlparse(last_url) if last_url else None
        self.host = QLineEdit(last.hostname if last and last.hostname else "")
        self.host.setPlaceholderText(self.tr("e.g. server.office.lan or 192.168.1.20"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(last.port if last and last.port else 5432)
        self.port.setGroupSeparatorShown(False)
        self.name = QLineEdit(last.path.lstrip("/") if last else "refdesk")
        self.user = QLineEdit(last.username if last and last.username else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty to use the saved password"))
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        if credentials.available():
            self.remember.setChecked(True)
            self.remember.setToolTip(
                self.tr("Kept by your operating system's password store, not in RefDesk's settings")
            )
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("No system keyring was found, so RefDesk will ask for the password next time")
            )
        for label, widget, tip in (
            (self.tr("&Server:"), self.host, self.tr("The name or address of the PostgreSQL server")),
            (self.tr("P&ort:"), self.port, self.tr("The server's port (PostgreSQL's usual one is 5432)")),
            (self.tr("&Database:"), self.name, self.tr("The name of the shared database on that server")),
            (self.tr("&User name:"), self.user, self.tr("Your user name on the database server")),
            (self.tr("&Password:"), self.password, self.tr("Your password on the database server")),
        ):
            widget.setToolTip(tip)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.remember.setAccessibleName(self.tr("Remember the password"))
        form.addRow("", self.remember)
        layout.addLayout(form)

        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Connect"))
        self.ok.setToolTip(self.tr("Connect and show the team's partners and referrals"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.user if self.host.text() else self.host).setFocus()
        if self.host.text() and self.user.text():
            self.password.setFocus()

    def url(self) -> str:
        return build_url(self.host.text(), self.port.value(), self.name.text(), self.user.text())

    def _accept(self) -> None:
        missing = [
            n
            for n, w in (
                (self.tr("server"), self.host),
                (self.tr("database"), self.name),
                (self.tr("user name"), self.user),
            )
            if not w.text().strip()
        ]
        if missing:
            self.error.setText(self.tr("Please fill in: %1.").replace("%1", ", ".join(missing)))
            self.error.show()
            return
        self.accept()


class ConnectionBanner(Banner):
    """Shown at the top of the window while the team database server cannot be reached."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("connection-banner", self.tr("Connection problem"), parent)
        self.retry = self.add_button(self.tr("&Try again now"), self.tr("Try to reach the database server again now"))

    def show_problem(self, server: str) -> None:
        self.show_text(
            self.tr(
                "The team database server %1 cannot be reached. RefDesk keeps trying every few seconds "
                "and carries on as soon as it is back. Until then, changes cannot be saved."
            ).replace("%1", server)
        )


class TeamConnection(QObject):
    """Watches the server connection of one window: banner, retries, refresh on focus."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.banner = ConnectionBanner()
        self.banner.retry.clicked.connect(self.retry_now)
        banner.place(window, self.banner)
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(CHECK_INTERVAL_MS)
        self.check_timer.timeout.connect(self.check_now)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_INTERVAL_MS)
        self.retry_timer.timeout.connect(self.retry_now)
        self._probe: worker.Worker | None = None
        self._last_refresh = 0.0
        self.lost = False
        window.events.database_changed.connect(self._database_changed)
        window.events.connection_lost.connect(self.check_now)
        window.installEventFilter(self)
        self._database_changed()

    def server(self) -> str:
        parsed = urlparse(self.window.url)
        return f"{parsed.hostname or 'localhost'}:{parsed.port or 5432}"

    @Slot()
    def _database_changed(self) -> None:
        self._set_lost(False)
        self.retry_timer.stop()
        if connection.is_server():
            self.check_timer.start()
        else:
            self.check_timer.stop()

    def _set_lost(self, lost: bool) -> None:
        was = self.lost
        self.lost = lost
        if lost:
            self.banner.show_problem(self.server())
            self.check_timer.stop()
            if not self.retry_timer.isActive():
                self.retry_timer.start()
            if not was:
                log.warning("lost the connection to %s", self.server())
        else:
            self.banner.hide()
            self.retry_timer.stop()
            if was:
                log.info("reconnected to %s", self.server())
                self.window.statusBar().showMessage(self.tr("Connected to the team database again."), 8000)
                self.check_timer.start()
                self.refresh()

    @Slot()
    def check_now(self) -> bool:
        """Is the connection alive (reconnecting if the link broke but the server is there)?"""
        if not connection.is_server():
            return True
        ok = connection.check()
        self._set_lost(not ok)
        return ok

    @Slot()
    def retry_now(self) -> None:
        """Probe the server off the UI thread (an unreachable host can take seconds to fail)."""
        if self._probe is not None:
            return
        self.banner.retry.setEnabled(False)
        self._probe = worker.start(
            lambda _job: connection.probe(),
            name="server-probe",
            on_done=self._probe_finished,
            on_failed=lambda _message: self._probe_finished(False),
        )

    def _probe_finished(self, reachable: object) -> None:
        self._probe = None
        self.banner.retry.setEnabled(True)
        if reachable:
            self.check_now()

    def refresh(self) -> None:
        """Show changes saved by others: every page reloads from the database."""
        self._last_refresh = time.monotonic()
        self.window.events.data_changed.emit("*")

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.WindowActivate and connection.is_server():
            if time.monotonic() - self._last_refresh >= FOCUS_REFRESH_MIN_S and not self.lost and self.check_now():
                self.refresh()
        return False


def connect_to_team(window) -> bool:
    """Ask for a team database and switch the window to it; True when connected."""
    dialog = ConnectDialog(window, settings.get("team/last_server"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    url = dialog.url()
    password = dialog.password.text()
    stored = False
    if password:
        credentials.remember_for_session(url, password)
        if dialog.remember.isChecked():
            stored = credentials.store_password(url, password)
    if not window.switch_database(url):  # shows the problem in plain words and keeps the old database
        if stored:
            credentials.forget_password(url)  # do not keep a password that did not work
        elif password:
            credentials.forget_session_password(url)
        return False
    settings.put("team/last_server", url)
    window.statusBar().showMessage(
        QCoreApplication.translate("TeamConnection", "Connected to the team database %1.").replace(
            "%1", paths.describe(url)
        ),
        8000,
    )
    return True


def watch_connection(window) -> None:
    """On a team server: watch the connection, with a banner while it is lost."""
    window.team_connection = TeamConnection(window)


__all__ = ["ConnectDialog", "ConnectionBanner", "TeamConnection", "build_url", "connect_to_team", "watch_connection"]
