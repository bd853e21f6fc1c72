"""Automatic and manual backups: consistent copies, newest 10 kept, at most one automatic a day."""

from __future__ import annotations

import datetime as dt
import sqlite3

from refdesk import paths
from refdesk.db.database import current_path
from refdesk.db.models import Partner
from refdesk.services.backup import KEEP, daily_backup, list_backups, make_backup


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
