"""Team mode in the window: connect dialog, keyring, connection banner, refresh on focus."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from refdesk.db import database
from refdesk.db.models import Partner
from refdesk.services import connection, credentials
from refdesk.ui.common import settings
from refdesk.ui.main_window import MainWindow
from refdesk.ui.team import connect as team

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class FakeKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def fake_keyring():
    before = keyring.get_keyring()
    fake = FakeKeyring()
    keyring.set_keyring(fake)
    credentials._session.clear()
    yield fake
    keyring.set_keyring(before)
    credentials._session.clear()


def test_build_url_quotes_and_never_has_a_password():
    assert team.build_url(" db.office.lan ", 5433, "refdesk", "ana") == "postgresql://ana@db.office.lan:5433/refdesk"
    assert team.build_url("h", 5432, "my db", "a@b") == "postgresql://a%40b@h:5432/my%20db"


def test_credentials_use_the_keyring_when_there_is_one(fake_keyring):
    url = "postgresql://ana@h:5432/refdesk"
    assert credentials.available()
    assert credentials.store_password(url, "s3cret")
    assert fake_keyring.store == {("RefDesk", "ana@h:5432/refdesk"): "s3cret"}
    assert credentials.get_password(url) == "s3cret"
    credentials.forget_password(url)
    assert credentials.get_password(url) is None


def test_without_a_keyring_nothing_is_stored():
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not credentials.available()
        assert not credentials.store_password("postgresql://a@h/x", "pw")
        assert credentials.get_password("postgresql://a@h/x") is None
    finally:
        keyring.set_keyring(before)


def _fill(dialog, url: str, password: str) -> None:
    from urllib.parse import urlparse

    p = urlparse(url)
    dialog.host.setText(p.hostname)
    dialog.port.setValue(p.port)
    dialog.name.setText(p.path.lstrip("/"))
    dialog.user.setText(p.username)
    dialog.password.setText(password)


def test_connect_dialog_switches_the_window_and_keeps_the_password_in_the_keyring(
    window, postgres_url, fake_keyring, monkeypatch, tmp_path
):
    from urllib.parse import urlparse

    password = urlparse(postgres_url).password
    shots = []

    def fake_exec(dialog):
        _fill(dialog, postgres_url, password)
        dialog.grab().save(str(tmp_path / "connect.png"))
        shots.append(dialog)
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(team.ConnectDialog, "exec", fake_exec)
    assert team.connect_to_team(window)
    assert shots and shots[0].remember.isChecked()
    assert database.is_server_url(window.url) and password not in window.url
    assert "postgresql://refdesk@127.0.0.1" in window.db_label.text() and password not in window.db_label.text()
    assert list(fake_keyring.store.values()) == [password]
    store = settings.settings()
    assert all(password not in str(store.value(k)) for k in store.allKeys())
    assert settings.get("team/last_server") == window.url
    Partner.create(name="Shared partner")
    assert Partner.select().count() == 1

    # next time: no password typed, the keyring's is used
    credentials._session.clear()
    database.close_database()
    connection.open(window.url)  # the keyring is asked when the URL has no password
    assert Partner.select().count() == 1


def test_wrong_password_keeps_the_old_database_and_forgets_it(window, postgres_url, fake_keyring, monkeypatch):
    old = window.url

    def fake_exec(dialog):
        _fill(dialog, postgres_url, "wrong-password")
        return QDialog.DialogCode.Accepted

    messages = []
    monkeypatch.setattr(team.ConnectDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: messages.append(a[2]))
    assert not team.connect_to_team(window)
    assert window.url == old and database.is_sqlite()
    assert "did not accept the user name" in messages[0]
    assert fake_keyring.store == {}


def test_connect_dialog_asks_for_missing_fields(qtbot):
    dialog = team.ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("")
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "server" in dialog.error.text() and "user name" in dialog.error.text()


@pytest.fixture
def team_window(qtbot, postgres_url, data_dir, qsettings_clean):
    database.open_database(postgres_url)
    win = MainWindow(data_dir, postgres_url)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_banner_while_the_server_is_unreachable_then_reconnects(team_window, qtbot, monkeypatch, tmp_path):
    watcher = team_window.team_connection
    assert watcher.check_timer.isActive() and not watcher.banner.isVisible()
    monkeypatch.setattr(connection, "check", lambda: False)
    monkeypatch.setattr(connection, "probe", lambda: False)
    watcher.check_now()
    assert watcher.banner.isVisible() and watcher.retry_timer.isActive()
    assert "cannot be reached" in watcher.banner.text.text() and "keeps trying" in watcher.banner.text.text()
    team_window.grab().save(str(tmp_path / "banner.png"))
    watcher.retry_now()
    qtbot.waitUntil(lambda: watcher._probe is None)
    assert watcher.banner.isVisible()  # still down

    monkeypatch.setattr(connection, "check", lambda: True)
    monkeypatch.setattr(connection, "probe", lambda: True)
    with qtbot.waitSignal(team_window.events.data_changed) as changed:
        watcher.retry_now()
    assert changed.args == ["*"]
    assert not watcher.banner.isVisible() and not watcher.retry_timer.isActive() and watcher.check_timer.isActive()


def test_a_dropped_connection_is_reopened(team_window, postgres_url):
    import psycopg2

    pid = database.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    admin = psycopg2.connect(postgres_url)
    admin.autocommit = True
    admin.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))
    admin.close()
    assert team_window.team_connection.check_now()
    assert not team_window.team_connection.banner.isVisible()
    assert database.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0] != pid


def test_focus_shows_changes_saved_by_others(team_window, qtbot, monkeypatch):
    monkeypatch.setattr(team, "FOCUS_REFRESH_MIN_S", 0)
    with qtbot.waitSignal(team_window.events.data_changed) as changed:
        QApplication.sendEvent(team_window, QEvent(QEvent.Type.WindowActivate))
    assert changed.args == ["*"]


def test_sqlite_window_has_no_watching(window):
    watcher = window.team_connection
    assert not watcher.check_timer.isActive() and not watcher.banner.isVisible()
    assert window.actions["connect_team"] in window.file_menu.actions()


def test_partners_page_loads_in_the_background_on_postgresql(team_window, qtbot, monkeypatch):
    """A big list on a server: the first screenful at once, the rest from a worker thread's own connection."""
    import threading

    from refdesk.services import partners as ps
    from refdesk.ui.partners import loading

    monkeypatch.setattr(loading, "BACKGROUND_FROM", 0)
    monkeypatch.setattr(loading, "FIRST_SCREEN", 2)
    for name in ("Eve Five", "Dan Four", "Cat Three", "Bea Two", "Al One"):
        ps.create_partner(ps.PartnerData(name=name))
    mine = database.db.obj.connection()
    used: list[tuple[str, bool]] = []
    real = ps.list_partners

    def spy(**kw):
        used.append((threading.current_thread().name, database.db.obj.connection() is mine))
        return real(**kw)

    monkeypatch.setattr(ps, "list_partners", spy)

    team_window.show_page("partners")
    page = team_window.pages["partners"]
    assert page.loading and page.model.rowCount() == 2  # the first screenful, before the worker reports
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert page.model.rowCount() == 5
    assert used == [("refdesk-partner-list", False)]  # read once, in the worker, on a connection of its own
    assert database.db.execute_sql("SELECT 1").fetchone() == (1,)  # the window's own is untouched


def _partner_dialog(window, write):
    from refdesk.ui.common import edits
    from refdesk.ui.partners.edit_dialog import PartnerDialog

    page = window.pages["partners"]
    dialog = PartnerDialog(page, None, [])
    dialog.saver = edits.FormSaver(window, write)
    return dialog


def test_a_save_that_loses_the_connection_keeps_what_was_typed(window, qtbot):
    """Anywhere (no server needed): the driver's errors when the link goes, as a save meets them."""
    from peewee import InterfaceError, OperationalError

    def write(_data, _version):
        try:
            raise OperationalError("server closed the connection unexpectedly")
        except OperationalError:
            raise InterfaceError("connection already closed") from None  # the rollback that follows

    window.show_page("partners")
    dialog = _partner_dialog(window, write)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Ada Lovelace")
    with qtbot.waitSignal(window.events.connection_lost):
        dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.name.text() == "Ada Lovelace"
    assert "connection to the database server was lost" in dialog.error.text()
    assert "What you typed is still here" in dialog.error.text()
    assert Partner.select().count() == 0


def test_a_save_after_the_server_cut_the_connection_is_kept_then_saved(team_window, postgres_url, qtbot):
    import psycopg2

    from refdesk.services import partners as ps

    team_window.show_page("partners")
    dialog = _partner_dialog(team_window, lambda data, _version: ps.create_partner(data))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Ada Lovelace")
    pid = database.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    admin = psycopg2.connect(postgres_url)
    admin.autocommit = True
    admin.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))
    admin.close()
    dialog.accept()
    assert dialog.isVisible() and dialog.name.text() == "Ada Lovelace"
    assert "connection to the database server was lost" in dialog.error.text()
    # the window checked the connection at once and opened a new one (the server is there): save again
    assert not team_window.team_connection.banner.isVisible()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [p.name for p in Partner.select()] == ["Ada Lovelace"]
