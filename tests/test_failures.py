"""The failures a user can meet: full disk, read-only data folder, database locked by another program,
corrupt backup.  Each gives a clear dialog or CLI error, and nothing already saved is lost."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from peewee import OperationalError
from PySide6.QtWidgets import QMessageBox

from refdesk import cli, paths
from refdesk.db import database
from refdesk.db.models import Partner
from refdesk.services import backup as backup_mod
from refdesk.services import failures
from refdesk.services.backup import BackupError, make_backup, restore_backup


def partner_names(db_path: Path) -> list[str]:
    con = sqlite3.connect(db_path)
    try:
        return [row[0] for row in con.execute("SELECT name FROM partner ORDER BY id")]
    finally:
        con.close()


@pytest.fixture
def captured_box(monkeypatch):
    """The text of QMessageBoxes built and exec()'d (the crash dialog), without showing them."""
    texts = []

    def fake_exec(self):
        texts.append(self.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return texts


# --- full disk -------------------------------------------------------------------------------


def fill_until_full(handle) -> OperationalError:
    """Let SQLite grow no further (max_page_count), then write until it reports a full disk."""
    pages = handle.execute_sql("PRAGMA page_count").fetchone()[0]
    handle.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(OperationalError) as caught:
        with handle.atomic():
            for i in range(10_000):
                Partner.create(name=f"Filler {i}", notes="x" * 2000)
    # SQLite rolled back on its own, so peewee's rollback fails and names the full disk as its context
    chain, error = [], caught.value
    while error is not None:
        chain.append(str(error))
        error = error.__cause__ or error.__context__
    assert any("full" in text for text in chain), chain
    return caught.value


def test_full_disk_while_saving_keeps_what_was_saved(db, data_dir):
    Partner.create(name="Saved before")
    error = fill_until_full(db)
    assert "disk is full" in failures.explain(error)
    assert "Everything saved before is safe" in failures.explain(error)
    db.close()
    # the failed transaction was rolled back whole; the saved partner is there, the file is sound
    assert partner_names(data_dir / paths.DATABASE_FILE) == ["Saved before"]
    handle = database.open_database(paths.sqlite_url(data_dir / paths.DATABASE_FILE))
    assert handle.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    handle.close()


def test_full_disk_in_the_window_gives_a_plain_dialog(window, db, captured_box, qtbot):
    from refdesk.ui.common.errors import install_excepthook

    Partner.create(name="Saved before")
    error = fill_until_full(db)
    old = sys.excepthook
    install_excepthook(None)
    try:
        sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = old
    assert len(captured_box) == 1
    assert captured_box[0].startswith("The disk is full, so the last change was not saved.")
    assert "did not expect" not in captured_box[0]
    assert Partner.select().where(Partner.name == "Saved before").exists()


def test_full_disk_on_the_command_line(db_url, data_dir, monkeypatch, capsys):
    handle = database.open_database(db_url)
    Partner.create(name="Saved before")
    handle.close()
    real_open = database.open_database

    def open_on_a_full_disk(url, **kwargs):
        opened = real_open(url, **kwargs)
        pages = opened.execute_sql("PRAGMA page_count").fetchone()[0]
        opened.execute_sql(f"PRAGMA max_page_count = {pages + 1}")
        return opened

    monkeypatch.setattr(database, "open_database", open_on_a_full_disk)
    code = cli.main(["--data-dir", str(data_dir), "demo", "--partners", "300", "--referrals", "3000"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("refdesk: The disk is full") and "Everything saved before is safe" in err
    database.close_database()
    assert partner_names(data_dir / paths.DATABASE_FILE) == ["Saved before"]  # the demo was all or nothing


def test_full_disk_during_back_up_now(qtbot, window, db, data_dir, monkeypatch):
    Partner.create(name="Saved before")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, text, *a: warnings.append(text)))

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(paths.os, "replace", full)  # the backup is renamed into place by paths.private_output
    window.actions["backup"].trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings and "is full" in warnings[0] and "Your data is unchanged" in warnings[0]
    assert list(paths.backup_dir(data_dir).glob("*")) == []  # no half-written copy
    assert Partner.select().count() == 1


# --- read-only data folder: tests/test_read_only.py -------------------------------------------


def test_read_only_backups_folder_in_the_window(qtbot, window, db, data_dir, monkeypatch):
    Partner.create(name="Saved")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, text, *a: warnings.append(text)))

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(backup_mod.sqlite3, "connect", refuse)
    window.actions["backup"].trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings and "cannot write to the backup folder" in warnings[0]


# --- a database locked by another program ----------------------------------------------------


@pytest.fixture
def locked(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / paths.DATABASE_FILE
    handle = database.open_database(paths.sqlite_url(path))
    Partner.create(name="Saved")
    handle.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode=DELETE")
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setitem(database.SQLITE_PRAGMAS, "busy_timeout", 50)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(backup_mod, "LOCK_WAIT_SECONDS", 0.2)
    yield folder, path
    other.execute("ROLLBACK")
    other.close()
    assert partner_names(path) == ["Saved"]


def test_locked_database_at_window_start(qapp, locked):
    from refdesk.app import open_startup_database

    folder, path = locked
    problem = open_startup_database(folder, paths.sqlite_url(path))
    assert problem is not None and "locked by another program" in problem


def test_locked_database_on_the_command_line(locked, capsys):
    folder, path = locked
    code = cli.main(["--data-dir", str(folder), "demo", "--partners", "2", "--referrals", "1"])
    err = capsys.readouterr().err
    assert code == 2 and "locked by another program" in err


def test_locked_database_while_restoring(locked, tmp_path):
    folder, path = locked
    chosen = tmp_path / "chosen.db"
    shutil.copyfile(path, chosen)  # a sound copy taken earlier (the lock is in the journal, not the file)
    with pytest.raises(BackupError, match="Another program is using"):
        restore_backup(chosen, path, tmp_path / "backups")
    assert not list((tmp_path / "backups").glob("*.db"))


def test_locked_write_in_the_window_gives_a_plain_dialog(window, captured_box):
    from refdesk.ui.common.errors import install_excepthook

    old = sys.excepthook
    install_excepthook(None)
    try:
        error = OperationalError("database is locked")
        sys.excepthook(type(error), error, None)
    finally:
        sys.excepthook = old
    assert captured_box and captured_box[0].startswith("Another program is holding the database locked")


# --- a corrupt backup ------------------------------------------------------------------------


def test_corrupt_backup_is_refused_with_plain_words(db, data_dir):
    path = data_dir / paths.DATABASE_FILE
    Partner.create(name="Saved")
    chosen = make_backup(path, paths.backup_dir(data_dir))
    chosen.write_bytes(chosen.read_bytes()[:5000])  # cut short, as by a failing USB stick
    db.close()
    before = path.read_bytes()
    with pytest.raises(BackupError) as caught:
        restore_backup(chosen, path, paths.backup_dir(data_dir))
    assert "damaged" in str(caught.value) and "Nothing was changed" in str(caught.value)
    assert path.read_bytes() == before


def test_unknown_errors_are_not_dressed_up():
    assert failures.explain(ValueError("bad")) is None
    assert failures.explain(OperationalError("no such column: x")) is None
