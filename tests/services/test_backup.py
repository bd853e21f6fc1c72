"""Backups: rotation, once a day, counts for the list, and restore with its safety copy."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from refdesk import paths
from refdesk.db import database
from refdesk.db.models import Partner
from refdesk.services import backup
from refdesk.services.backup import (
    KEEP,
    BackupError,
    backup_counts,
    check_backup,
    daily_backup,
    list_backups,
    make_backup,
    restore_backup,
)

DAY = dt.datetime(2025, 3, 14, 9, 30)

pytestmark = pytest.mark.sqlite_only  # backups are copies of the SQLite file


def names_in(path: Path) -> list[str]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [row[0] for row in con.execute("SELECT name FROM partner ORDER BY id")]
    finally:
        con.close()


@pytest.fixture
def db_path(db, data_dir) -> Path:
    Partner.create(name="Ada Okafor")
    return data_dir / paths.DATABASE_FILE


@pytest.fixture
def folder(data_dir) -> Path:
    return paths.backup_dir(data_dir)


def test_backup_is_a_consistent_owner_only_copy(db_path, folder):
    target = make_backup(db_path, folder, now=DAY)
    assert target.stat().st_mode & 0o777 == 0o600
    assert names_in(target) == ["Ada Okafor"]
    [info] = list_backups(folder)
    assert info.taken == DAY and info.kind == "manual" and info.kind_label == "Manual"
    assert info.size == target.stat().st_size > 0


def test_rotation_keeps_the_newest(db_path, folder):
    for i in range(KEEP + 3):
        make_backup(db_path, folder, now=DAY + dt.timedelta(hours=i))
    kept = list_backups(folder)
    assert len(kept) == KEEP
    assert kept[0].taken == DAY + dt.timedelta(hours=KEEP + 2)
    assert kept[-1].taken == DAY + dt.timedelta(hours=3)
    assert len(list(folder.glob("*.db"))) == KEEP


def test_daily_backup_only_once_a_day(db_path, folder):
    first = daily_backup(db_path, folder, now=DAY)
    assert first is not None
    assert daily_backup(db_path, folder, now=DAY + dt.timedelta(hours=8)) is None
    make_backup(db_path, folder, now=DAY + dt.timedelta(hours=9))  # a manual one does not count
    assert daily_backup(db_path, folder, now=DAY + dt.timedelta(hours=10)) is None
    assert daily_backup(db_path, folder, now=DAY + dt.timedelta(days=1)) is not None
    assert [b.kind for b in list_backups(folder)] == ["auto", "manual", "auto"]


def test_counts_for_the_list(db_path, folder):
    Partner.create(name="Ben Goldberg")
    target = make_backup(db_path, folder, now=DAY)
    assert backup_counts(target) == {"partner": 2, "referral": 0, "thank_you": 0}
    junk = folder / "refdesk-20250101-000000-000000-manual.db"
    junk.write_bytes(b"nonsense" * 100)
    assert backup_counts(junk) is None
    # looking never leaves -wal / -shm files in the backups folder
    assert sorted(p.name for p in folder.iterdir()) == sorted([target.name, junk.name])


def test_restore_brings_the_backup_back_and_keeps_a_safety_copy(db, db_path, folder, db_url):
    chosen = make_backup(db_path, folder, now=DAY)
    Partner.create(name="Added after the backup")
    db.close()
    safety = restore_backup(chosen, db_path, folder)
    assert safety is not None and safety.parent == folder
    assert names_in(safety) == ["Ada Okafor", "Added after the backup"]
    assert [b.kind for b in list_backups(folder)][0] == "safety"
    handle = database.open_database(db_url)
    try:
        assert [p.name for p in Partner.select().order_by(Partner.id)] == ["Ada Okafor"]
        assert handle.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        Partner.create(name="Works after restore")
    finally:
        handle.close()
    assert not list(db_path.parent.glob(".*partial*"))


def test_restore_of_the_oldest_backup_survives_rotation(db, db_path, folder):
    for i in range(KEEP):
        make_backup(db_path, folder, now=DAY + dt.timedelta(minutes=i))
        Partner.create(name=f"Partner {i}")
    oldest = list_backups(folder)[-1]
    db.close()
    restore_backup(oldest.path, db_path, folder)  # the safety copy rotates the chosen file away
    assert not oldest.path.exists()
    assert names_in(db_path) == ["Ada Okafor"]


def test_corrupt_backup_is_refused_and_nothing_changes(db, db_path, folder):
    chosen = make_backup(db_path, folder, now=DAY)
    data = bytearray(chosen.read_bytes())
    data[4096:8192] = b"\x00\xff" * 2048  # wreck a page after the header
    chosen.write_bytes(bytes(data))
    Partner.create(name="Must survive")
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(chosen, db_path, folder)
    assert db_path.read_bytes() == before
    assert names_in(db_path) == ["Ada Okafor", "Must survive"]
    assert [b.kind for b in list_backups(folder)] == ["manual"]  # no safety copy needed: nothing was replaced


def test_not_a_database_and_a_foreign_database_are_refused(db_path, folder, tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("hello")
    with pytest.raises(BackupError, match="not an SQLite database"):
        check_backup(text)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="not a RefDesk backup"):
        check_backup(other)


def test_restore_while_another_program_holds_the_lock(db, db_path, folder, monkeypatch):
    monkeypatch.setattr(backup, "LOCK_WAIT_SECONDS", 0.3)
    chosen = make_backup(db_path, folder, now=DAY)
    Partner.create(name="Still here")
    db.close()
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(BackupError, match="Another program is using .* unchanged"):
            restore_backup(chosen, db_path, folder)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert names_in(db_path) == ["Ada Okafor", "Still here"]


def test_full_disk_during_restore_keeps_the_data(db, db_path, folder, monkeypatch):
    chosen = make_backup(db_path, folder, now=DAY)
    Partner.create(name="Still here")
    db.close()
    real = backup._copy_sqlite

    def copy(src, dst):
        if dst == db_path:
            raise sqlite3.OperationalError("database or disk is full")
        return real(src, dst)

    monkeypatch.setattr(backup, "_copy_sqlite", copy)
    with pytest.raises(BackupError, match="disk .* is full.*unchanged.*copy of it"):
        restore_backup(chosen, db_path, folder)
    assert names_in(db_path) == ["Ada Okafor", "Still here"]
    assert not list(db_path.parent.glob(".*partial*"))


def test_failed_safety_copy_stops_the_restore(db, db_path, folder, monkeypatch):
    chosen = make_backup(db_path, folder, now=DAY)
    Partner.create(name="Still here")
    db.close()

    def refuse(*args, **kwargs):
        raise BackupError("The disk is full, so the backup was not made. Your data is unchanged.")

    monkeypatch.setattr(backup, "make_backup", refuse)
    with pytest.raises(BackupError, match="full"):
        restore_backup(chosen, db_path, folder)
    assert names_in(db_path) == ["Ada Okafor", "Still here"]


def test_the_backup_taken_before_an_upgrade_is_listed_and_can_be_restored(data_dir, tmp_path, monkeypatch):
    url = paths.sqlite_url(data_dir / paths.DATABASE_FILE)
    handle = database.open_database(url)
    Partner.create(name="Before the upgrade")
    handle.close()
    migrations = tmp_path / "migrations"
    import shutil

    shutil.copytree(database.MIGRATIONS_DIR, migrations)
    (migrations / "0099_add_nickname.py").write_text(
        "from peewee import TextField\n\n"
        "def up(migrator, db):\n"
        "    migrator.migrate(migrator.add_column('partner', 'nickname', TextField(null=True)))\n"
    )
    monkeypatch.setattr(database, "MIGRATIONS_DIR", migrations)
    folder = paths.backup_dir(data_dir)
    handle = database.open_database(url, backup_dir=folder)
    Partner.create(name="After the upgrade")
    handle.close()
    [info] = list_backups(folder)
    assert info.kind == "upgrade" and info.kind_label == "Before an upgrade"
    assert info.path.stat().st_mode & 0o777 == 0o600
    restore_backup(info.path, data_dir / paths.DATABASE_FILE, folder)
    assert names_in(data_dir / paths.DATABASE_FILE) == ["Before the upgrade"]
    handle = database.open_database(url, backup_dir=folder)  # upgraded again, after a new copy
    assert [p.name for p in Partner.select()] == ["Before the upgrade"]
    handle.close()
    assert sorted(b.kind for b in list_backups(folder)) == ["safety", "upgrade", "upgrade"]


def test_restoring_over_a_damaged_database_keeps_the_damaged_file_aside(db, db_path, folder):
    from refdesk.services import demo
    from tests.damage import damage

    chosen = make_backup(db_path, folder, now=DAY)
    demo.generate(partners=60, referrals=600, seed=3)
    db.close()
    damage(db_path)
    damaged_bytes = db_path.read_bytes()
    kept = restore_backup(chosen, db_path, folder)
    assert kept is not None and kept.parent == db_path.parent and "damaged" in kept.name
    assert kept.read_bytes() == damaged_bytes and kept.stat().st_mode & 0o777 == 0o600
    assert names_in(db_path) == ["Ada Okafor"]
    assert [b.path for b in list_backups(folder)] == [chosen]  # the damaged file is no backup
