"""Automatic and manual backups: consistent copies, newest 10 kept, at most one automatic a day."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from refdesk import paths
from refdesk.db.database import current_path
from refdesk.db.models import Partner
from refdesk.services.backup import KEEP, MOST_KEPT, daily_backup, list_backups, make_backup, rotate

# SQLite file backups; a PostgreSQL database is backed up by the JSON export (team mode).
pytestmark = pytest.mark.sqlite_only


def test_backup_is_a_consistent_copy_of_the_open_database(db, data_dir):
    Partner.create(name="Written before the backup")  # still in the WAL, not yet in the main file
    target = make_backup(current_path(), paths.backup_dir(data_dir))
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT name FROM partner").fetchall() == [("Written before the backup",)]
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_only_the_newest_ten_are_kept(db, data_dir):
    folder = paths.backup_dir(data_dir)
    start = dt.datetime(2026, 1, 1, 9, 0)
    for i in range(KEEP + 3):
        make_backup(current_path(), folder, now=start + dt.timedelta(days=i))
    kept = list_backups(folder)
    assert len(kept) == KEEP
    assert kept[0].taken == start + dt.timedelta(days=KEEP + 2)
    assert kept[-1].taken == start + dt.timedelta(days=3)


def test_daily_backup_at_most_once_a_day(db, data_dir):
    folder = paths.backup_dir(data_dir)
    morning = dt.datetime(2026, 3, 2, 8, 0)
    assert daily_backup(current_path(), folder, now=morning) is not None
    assert daily_backup(current_path(), folder, now=morning.replace(hour=17)) is None
    assert daily_backup(current_path(), folder, now=morning + dt.timedelta(days=1)) is not None
    assert [b.kind for b in list_backups(folder)] == ["auto", "auto"]


# --- which backups rotation keeps -------------------------------------------------------------

NOW = dt.datetime(2026, 12, 2, 9, 0)  # a Wednesday


def dated(folder, day: dt.date, kind: str = "auto"):
    """An empty file named as the backup of *day* at 09:00 (rotation goes by the names only)."""
    path = folder / f"refdesk-{day:%Y%m%d}-090000-000000-{kind}.db"
    path.write_bytes(b"")
    return path


def days(first: dt.date, last: dt.date):
    while first <= last:
        yield first
        first += dt.timedelta(days=1)


def kept_days(folder) -> list[dt.date]:
    return sorted(b.taken.date() for b in list_backups(folder))


def test_rotation_keeps_the_newest_ten_a_week_for_eight_weeks_and_a_month_for_twelve(tmp_path):
    for day in days(dt.date(2025, 10, 1), NOW.date()):  # a backup every day for 14 months
        dated(tmp_path, day)
    rotate(tmp_path, now=NOW)
    D = dt.date
    newest_ten = list(days(D(2026, 11, 23), D(2026, 12, 2)))
    weeks = [D(2026, 10, 18), D(2026, 10, 25), D(2026, 11, 1), D(2026, 11, 8), D(2026, 11, 15), D(2026, 11, 22)]
    months = [D(2026, m, 28 if m == 2 else 30 if m in (4, 6, 9) else 31) for m in range(1, 11)]
    assert kept_days(tmp_path) == sorted({*newest_ten, *weeks, *months})  # each week's and month's newest
    assert len(kept_days(tmp_path)) == 26 <= MOST_KEPT


def test_rotation_never_keeps_more_than_it_says(tmp_path):
    for day in days(dt.date(2024, 1, 1), NOW.date()):
        for hour in (9, 17):  # twice a day, for three years
            (tmp_path / f"refdesk-{day:%Y%m%d}-{hour:02d}0000-000000-auto.db").write_bytes(b"")
    rotate(tmp_path, now=NOW)
    assert len(list_backups(tmp_path)) <= MOST_KEPT


def test_rotation_keeps_the_newest_upgrade_backup_and_the_sound_one_it_is_given(tmp_path):
    upgrade = dated(tmp_path, dt.date(2024, 5, 1), "upgrade")
    older_upgrade = dated(tmp_path, dt.date(2024, 4, 1), "upgrade")
    sound = dated(tmp_path, dt.date(2024, 6, 1), "manual")
    for day in days(dt.date(2026, 11, 1), NOW.date()):
        dated(tmp_path, day)
    rotate(tmp_path, now=NOW, sound=sound)
    assert upgrade.exists() and sound.exists()
    assert not older_upgrade.exists()


def test_a_backup_taken_before_an_upgrade_by_an_older_refdesk_is_listed(tmp_path):
    legacy = tmp_path / "before-migration-v4-20260301-101500.db"
    legacy.write_bytes(b"")
    [info] = list_backups(tmp_path)
    assert info.path == legacy and info.kind == "upgrade" and info.kind_label == "Before an upgrade"
    assert info.taken == dt.datetime(2026, 3, 1, 10, 15)


# --- a damaged database never pushes the sound backups out ------------------------------------


def test_ten_daily_backups_of_a_damaged_database_leave_the_last_sound_backup(db, data_dir):
    from refdesk.services import demo
    from refdesk.services.backup import DatabaseDamaged
    from tests.damage import damage

    demo.generate(partners=60, referrals=600, seed=3)
    path, folder = current_path(), paths.backup_dir(data_dir)
    start = dt.datetime(2026, 3, 1, 9, 0)
    for i in range(KEEP):
        daily_backup(path, folder, now=start + dt.timedelta(days=i))
    sound = list_backups(folder)
    db.close()
    damage(path)
    for i in range(KEEP, 2 * KEEP):
        with pytest.raises(DatabaseDamaged, match="is damaged .* no backup was made .* kept as they are"):
            daily_backup(path, folder, now=start + dt.timedelta(days=i))
    assert list_backups(folder) == sound  # all ten sound ones still there, the newest first
    assert not list(folder.glob("*.partial"))
    from refdesk.services import integrity

    assert integrity.newest_sound_backup(folder) == sound[0]
