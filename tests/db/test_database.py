"""Opening databases: creation, migrations, refusing newer ones, and the problems a user can meet."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from refdesk import paths
from refdesk.db import database
from refdesk.db.database import DatabaseProblem, latest_schema_version, open_database, schema_version
from refdesk.db.models import Partner


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_owner_only_and_migrated(data_dir, db_url):
    handle = open_database(db_url)
    path = data_dir / paths.DATABASE_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert schema_version(handle) == latest_schema_version() >= 1
    assert handle.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert handle.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    handle.close()


def test_database_from_newer_refdesk_is_refused_and_untouched(data_dir, db_url):
    handle = open_database(db_url)
    handle.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('9999_from_the_future', '2030-01-01')")
    handle.close()
    path = data_dir / paths.DATABASE_FILE
    before = digest(path)
    with pytest.raises(DatabaseProblem, match="newer version of RefDesk"):
        open_database(db_url)
    assert digest(path) == before


def test_pending_migration_copies_the_file_aside_first(data_dir, db_url, tmp_path, monkeypatch):
    handle = open_database(db_url)
    Partner.create(name="Kept Before Upgrade")
    handle.close()
    migrations = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS_DIR, migrations)
    (migrations / "0099_add_nickname.py").write_text(
        "from peewee import TextField\n\n"
        "def up(migrator, db):\n"
        "    migrator.migrate(migrator.add_column('partner', 'nickname', TextField(default='')))\n"
    )
    monkeypatch.setattr(database, "MIGRATIONS_DIR", migrations)
    backups = data_dir / "backups"
    handle = open_database(db_url, backup_dir=backups)
    assert schema_version(handle) == latest_schema_version()
    assert "nickname" in [c.name for c in handle.get_columns("partner")]
    copies = list(backups.glob("refdesk-*-upgrade.db"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("SELECT name FROM partner").fetchall() == [("Kept Before Upgrade",)]
    assert "nickname" not in [row[1] for row in old.execute("PRAGMA table_info(partner)")]
    old.close()
    handle.close()


def test_folder_that_does_not_exist(tmp_path):
    url = paths.sqlite_url(tmp_path / "nowhere" / "refdesk.db")
    with pytest.raises(DatabaseProblem, match="does not exist"):
        open_database(url)
    assert not (tmp_path / "nowhere").exists()


def test_corrupt_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "refdesk.db"
    path.write_bytes(b"this is not a database, just a text file that got renamed\n" * 50)
    before = digest(path)
    with pytest.raises(DatabaseProblem, match="not a RefDesk database"):
        open_database(paths.sqlite_url(path))
    assert digest(path) == before


def test_damaged_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "refdesk.db"
    handle = open_database(paths.sqlite_url(path))
    Partner.create(name="Someone")
    handle.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page after the header
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem, match="damaged|cannot"):
        open_database(paths.sqlite_url(path))


def test_locked_database_gives_a_clear_message(tmp_path, monkeypatch):
    path = tmp_path / "refdesk.db"
    open_database(paths.sqlite_url(path)).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode=DELETE")
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setitem(database.SQLITE_PRAGMAS, "busy_timeout", 50)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    try:
        with pytest.raises(DatabaseProblem, match="locked by another program"):
            open_database(paths.sqlite_url(path))
    finally:
        other.execute("ROLLBACK")
        other.close()
    # and once the other program lets go, everything is still there
    open_database(paths.sqlite_url(path)).close()


def test_migration_8_adds_the_cadence_and_next_step_done_to_existing_rows(data_dir, db_url):
    """A database before 0008 with a partner and a meeting: after 0008 both are there, unset."""
    import datetime as dt

    from playhouse.migrations import Runner

    from refdesk.db.models import Meeting

    handle = open_database(db_url)
    partner = Partner.create(name="Kept Across 0008")
    Meeting.create(partner=partner, date=dt.date(2026, 3, 1), next_step="Call", next_step_date=dt.date(2026, 3, 5))
    runner = Runner(handle, str(database.MIGRATIONS_DIR), table_name=database.HISTORY_TABLE)
    while "0008_cadence" in database.applied_migrations(handle):
        runner.down()  # the later ones, then 0008, undone
    assert "0008_cadence" not in database.applied_migrations(handle)
    assert "0007_thanked" in database.applied_migrations(handle)
    assert "cadence_weeks" not in [c.name for c in handle.get_columns("partner")]
    assert "next_step_done" not in [c.name for c in handle.get_columns("meeting")]
    handle.close()
    handle = open_database(db_url)  # migrates to the latest again
    assert schema_version(handle) == latest_schema_version() and "0008_cadence" in database.applied_migrations(handle)
    kept = Partner.get(Partner.name == "Kept Across 0008")
    assert kept.cadence_weeks is None
    meeting = Meeting.get(Meeting.partner == kept.id)
    # (then 0009: a next step dated more than 30 days before the upgrade is taken as done on its date)
    assert (meeting.next_step, meeting.next_step_done) == ("Call", dt.date(2026, 3, 5))
    kept.cadence_weeks = 3
    kept.save()
    assert Partner.get_by_id(kept.id).cadence_weeks == 3
    handle.close()


def test_next_steps_older_than_the_done_mark_are_taken_as_done_once(data_dir, db_url):
    """Version 8 left every next step written before it to do, so years of meetings flooded Today;
    version 9 takes those dated over 30 days before that upgrade (on meetings not changed since) as done."""
    import datetime as dt

    from refdesk.db.models import Meeting

    handle = open_database(db_url)
    p = Partner.create(name="Amara Okafor")
    upgraded = dt.datetime(2026, 12, 2, 10, 0, 0)
    before = dt.datetime(2026, 6, 1, 9, 0, 0)

    def meeting(step_date: dt.date, updated: dt.datetime) -> int:
        m = Meeting.create(partner=p, date=step_date - dt.timedelta(days=3), next_step="Call", next_step_date=step_date)
        Meeting.update(updated_at=updated).where(Meeting.id == m.id).execute()
        return m.id

    old = meeting(dt.date(2026, 3, 5), before)
    recent = meeting(dt.date(2026, 11, 20), before)  # within 30 days of the upgrade: still to do
    edited = meeting(dt.date(2026, 3, 6), dt.datetime(2026, 12, 3, 8, 0, 0))  # changed after the upgrade
    handle.execute_sql(
        f"UPDATE schema_migration SET applied = {handle.param} WHERE name = '0008_cadence'", (upgraded.isoformat(" "),)
    )
    handle.execute_sql("DELETE FROM schema_migration WHERE name = '0009_old_next_steps'")
    handle.close()
    handle = open_database(db_url)
    done = {m.id: m.next_step_done for m in Meeting.select()}
    assert done == {old: dt.date(2026, 3, 5), recent: None, edited: None}
    assert schema_version(handle) == latest_schema_version()
    handle.close()


def test_migration_10_lets_the_ask_how_it_went_count_read_the_index_alone(data_dir, db_url):
    """0010 puts partner_id into the "ask how it went" index; undone, the index of 0007 is back."""
    from playhouse.migrations import Runner

    def columns(handle) -> list[list[str]]:
        return sorted(i.columns for i in handle.get_indexes("referral") if "partner_thanked_date" in i.columns)

    handle = open_database(db_url)
    assert columns(handle) == [["direction", "partner_thanked_date", "date", "partner_id"]]
    Runner(handle, str(database.MIGRATIONS_DIR), table_name=database.HISTORY_TABLE).down()
    assert "0010_ask_count" not in database.applied_migrations(handle)
    assert columns(handle) == [["direction", "partner_thanked_date", "date"]]
    handle.close()
    handle = open_database(db_url)
    assert columns(handle) == [["direction", "partner_thanked_date", "date", "partner_id"]]
    assert schema_version(handle) == latest_schema_version()
    handle.close()
