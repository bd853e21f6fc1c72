"""What a check found, in plain words, and the way back from a damaged database."""

from __future__ import annotations

import datetime as dt

import pytest

from refdesk import paths
from refdesk.db import sqlite_file
from refdesk.services import demo, integrity
from refdesk.services.backup import make_backup
from tests.damage import damage

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def db_file(db, data_dir):
    demo.generate(partners=60, referrals=600, seed=3)
    db.close()
    return data_dir / paths.DATABASE_FILE


def test_a_sound_database_in_words(db_file):
    report = integrity.full(db_file)
    assert report.sound and report.findings() == []
    assert report.summary() == (
        "SQLite's full integrity check and foreign-key check found nothing wrong in refdesk.db: the database is sound."
    )
    assert integrity.quick(db_file).summary().startswith("SQLite's quick check found nothing wrong")


def test_a_damaged_database_in_words(db_file):
    damage(db_file)
    for report in (integrity.quick(db_file), integrity.full(db_file)):
        assert not report.sound
        assert report.summary().endswith("in refdesk.db: the database is damaged.")
        assert any("overwritten or cannot be read" in line for line in report.findings())
        assert report.as_json()["sound"] is False


@pytest.mark.parametrize(
    ("problems", "words"),
    [
        (["row 3 missing from index partner_name"], "1 problem in the indexes"),
        (["Page 12: btree page damaged", "Page 13: never used"], "2 problems in the file itself"),
        (["x"] * sqlite_file.MAX_PROBLEMS, "At least 100 problems in the file itself"),
        (["database disk image is malformed"], "so badly that SQLite had to stop checking"),
    ],
)
def test_findings_say_what_kind_of_damage(tmp_path, problems, words):
    [sentence] = integrity.Report(tmp_path / "refdesk.db", problems, full=True).findings()
    assert words in sentence


def test_rows_pointing_nowhere_in_words(tmp_path):
    keys = [("referral", 1, "partner"), ("referral", 2, "partner"), ("thank_you", 7, "referral")]
    report = integrity.Report(tmp_path / "refdesk.db", [], keys, full=True)
    assert report.findings() == [
        "2 referrals point to a partner that is no longer there.",
        "1 thank-you points to a referral that is no longer there.",
    ]
    assert "found 3 problems" in report.summary()


def test_the_newest_sound_backup_skips_damaged_ones(db_file, data_dir):
    folder = paths.backup_dir(data_dir)
    older = make_backup(db_file, folder, now=dt.datetime(2026, 3, 1, 9))
    newer = make_backup(db_file, folder, now=dt.datetime(2026, 3, 2, 9))
    damage(newer)  # a backup damaged on disk after it was written
    assert integrity.newest_sound_backup(folder).path == older
    assert "The newest sound backup is from" in integrity.advice(db_file, folder)
    older.unlink()
    assert integrity.advice(db_file, folder).startswith("There is no sound backup to go back to.")


def test_salvage_writes_a_private_checked_backup_that_is_listed(db_file, data_dir, recovering_shell):
    from refdesk.services.backup import backup_counts, list_backups

    assert integrity.recover_tool() == str(recovering_shell)
    folder = paths.backup_dir(data_dir)
    assert "To salvage what can still be read: sqlite3" in integrity.advice(db_file, folder)
    target = integrity.salvage(db_file, folder, now=dt.datetime(2026, 12, 2, 9))
    assert target.stat().st_mode & 0o777 == 0o600
    assert sqlite_file.problems(target, full=True, immutable=True) == []
    assert backup_counts(target)["partner"] == 60
    [info] = list_backups(folder)
    assert info.path == target and info.kind_label == "Salvaged"
    assert not list(folder.glob("*.partial"))


def test_salvage_without_a_shell_that_can_says_so(db_file, data_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    assert integrity.recover_tool() is None
    with pytest.raises(integrity.SalvageError, match="needs SQLite's sqlite3 program"):
        integrity.salvage(db_file, paths.backup_dir(data_dir))
    assert "salvage" not in integrity.advice(db_file, paths.backup_dir(data_dir))
