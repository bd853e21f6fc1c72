"""The SQLite file itself: damage found by SQLite's checks, copies that are sound or not kept at all,
and the leftovers of killed backups removed."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from refdesk import paths
from refdesk.db import database, sqlite_file
from refdesk.services import demo
from tests.damage import damage

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def db_file(db, data_dir):
    demo.generate(partners=60, referrals=600, seed=3)
    db.close()
    return data_dir / paths.DATABASE_FILE


def test_a_sound_file_has_no_problems(db_file):
    assert sqlite_file.problems(db_file) == []
    assert sqlite_file.problems(db_file, full=True) == []
    assert sqlite_file.foreign_key_problems(db_file) == []


def test_pages_overwritten_in_the_middle_are_found_by_the_quick_check(db_file):
    damage(db_file)
    assert sqlite_file.problems(db_file)
    assert sqlite_file.problems(db_file, full=True)


def test_a_row_pointing_nowhere_is_a_foreign_key_problem(db_file):
    con = sqlite3.connect(db_file)
    con.execute("PRAGMA foreign_keys = OFF")
    (pid,) = con.execute("SELECT partner_id FROM referral LIMIT 1").fetchone()
    con.execute("DELETE FROM meeting WHERE partner_id = ?", (pid,))
    con.execute("DELETE FROM standing_check WHERE partner_id = ?", (pid,))
    con.execute("DELETE FROM partner WHERE id = ?", (pid,))
    con.commit()
    con.close()
    found = sqlite_file.foreign_key_problems(db_file)
    assert found and {parent for _table, _rowid, parent in found} == {"partner"}
    assert sqlite_file.problems(db_file, full=True) == []  # the pages themselves are sound


def test_a_copy_is_private_sound_and_named_as_a_backup(db_file, tmp_path):
    target = tmp_path / "copies" / "refdesk-x.db"
    target.parent.mkdir()
    sqlite_file.write_copy(db_file, target, wait=1)
    assert target.stat().st_mode & 0o777 == 0o600
    assert sqlite_file.problems(target, immutable=True) == []
    assert [p.name for p in target.parent.iterdir()] == ["refdesk-x.db"]


def test_a_copy_of_a_damaged_file_is_not_kept(db_file, tmp_path):
    damage(db_file)
    target = tmp_path / "refdesk-x.db"
    with pytest.raises((sqlite_file.Damaged, sqlite3.DatabaseError)):
        sqlite_file.write_copy(db_file, target, wait=1)
    assert not target.exists() and not paths.partial_path(target).exists()


def test_the_partial_file_is_private_while_it_is_written(db_file, tmp_path, monkeypatch):
    seen = []
    real = sqlite_file.copy_file

    def watching(src, dst, **kwargs):
        seen.append(dst.stat().st_mode & 0o777)
        real(src, dst, **kwargs)
        seen.append(dst.stat().st_mode & 0o777)

    monkeypatch.setattr(sqlite_file, "copy_file", watching)
    old = os.umask(0)
    try:
        sqlite_file.write_copy(db_file, tmp_path / "refdesk-x.db", wait=1)
    finally:
        os.umask(old)
    assert seen == [0o600, 0o600]


def test_stale_partials_are_removed_and_a_fresh_one_is_left(tmp_path):
    stale = tmp_path / "refdesk-20260101-090000-000000-auto.partial"
    fresh = tmp_path / "refdesk-20260102-090000-000000-auto.partial"
    keep = tmp_path / "refdesk-20260101-090000-000000-auto.db"
    for path in (stale, fresh, keep):
        path.write_bytes(b"x" * 100)
    old = time.time() - sqlite_file.STALE_PARTIAL_SECONDS - 5
    os.utime(stale, (old, old))
    os.utime(keep, (old, old))
    assert sqlite_file.remove_stale_partials(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, keep.name])


def test_opening_a_damaged_file_to_write_is_refused_and_leaves_it_as_it_was(db_file):
    damage(db_file)
    before = db_file.read_bytes()
    with pytest.raises(database.DatabaseDamaged, match="is damaged .* will not write to it") as caught:
        database.open_database(paths.sqlite_url(db_file), check=True)
    assert caught.value.problems
    assert db_file.read_bytes() == before
