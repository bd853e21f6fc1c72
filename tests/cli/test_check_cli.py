"""``refdesk check``, and commands on a damaged database: found at once, said in plain words, exit 2."""

from __future__ import annotations

import json
import sqlite3

import pytest

from refdesk import paths
from refdesk.cli import main
from refdesk.db import database
from tests.damage import damage

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def folder(tmp_path, capsys):
    """A data folder with demo data and one sound backup."""
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--partners", "60", "--referrals", "600", "--seed", "3"]) == 0
    assert main(["--data-dir", str(folder), "backup"]) == 0
    database.close_database()
    capsys.readouterr()
    return folder


def test_check_says_a_sound_database_is_sound(folder, capsys):
    assert main(["--data-dir", str(folder), "check"]) == 0
    out = capsys.readouterr().out
    assert "found nothing wrong in refdesk.db: the database is sound" in out
    assert main(["--data-dir", str(folder), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sound"] is True and report["integrity_problems"] == [] and report["foreign_key_problems"] == []
    assert report["findings"] == [] and report["advice"] is None and report["newest_sound_backup"] is None
    assert report["database"] == str(folder / paths.DATABASE_FILE)


def test_check_finds_the_damage_and_names_the_newest_sound_backup(folder, capsys):
    damage(folder / paths.DATABASE_FILE)
    assert main(["--data-dir", str(folder), "check"]) == 2
    out = capsys.readouterr().out
    assert "the database is damaged" in out and "overwritten or cannot be read" in out
    [backup] = (folder / "backups").glob("refdesk-*.db")
    assert "The newest sound backup is from" in out and str(backup) in out
    assert main(["--data-dir", str(folder), "check", "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["sound"] is False and report["integrity_problems"]
    assert report["newest_sound_backup"] == str(backup)
    assert "File → Backups…" in report["advice"]


def test_check_tells_rows_that_point_nowhere(folder, capsys):
    con = sqlite3.connect(folder / paths.DATABASE_FILE)
    con.execute("PRAGMA foreign_keys = OFF")
    (pid,) = con.execute("SELECT partner_id FROM referral WHERE direction = 'given' LIMIT 1").fetchone()
    given = con.execute("SELECT COUNT(*) FROM referral WHERE partner_id = ?", (pid,)).fetchone()[0]
    con.execute("UPDATE referral SET partner_id = 999999 WHERE partner_id = ?", (pid,))
    con.commit()
    con.close()
    assert main(["--data-dir", str(folder), "check", "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["integrity_problems"] == []
    assert {(p["table"], p["parent"]) for p in report["foreign_key_problems"]} == {("referral", "partner")}
    noun = "referral points" if given == 1 else "referrals point"
    assert f"{given} {noun} to a partner that is no longer there." in report["findings"]


def test_check_on_no_database_file(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "none"), "check"]) == 2
    assert "There is no database file at" in capsys.readouterr().err
    assert not (tmp_path / "none" / paths.DATABASE_FILE).exists()


def test_writing_commands_refuse_a_damaged_database_with_the_way_back(folder, capsys):
    path = folder / paths.DATABASE_FILE
    damage(path)
    before = path.read_bytes()
    assert main(["--data-dir", str(folder), "demo", "--partners", "2", "--referrals", "2"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is damaged" in err and "will not write to it" in err
    assert "The newest sound backup is from" in err and "File → Backups…" in err
    assert path.read_bytes() == before


def test_backup_of_a_damaged_database_is_refused_and_the_sound_one_stays(folder, capsys):
    backups = sorted((folder / "backups").iterdir())
    damage(folder / paths.DATABASE_FILE)
    assert main(["--data-dir", str(folder), "backup"]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "no backup was made" in err
    assert sorted((folder / "backups").iterdir()) == backups


def test_a_killed_backup_leaves_nothing_after_the_next_start(folder, capsys):
    import os
    import time

    from refdesk.db import sqlite_file

    leftover = folder / "backups" / "refdesk-20260101-090000-000000-auto.partial"
    leftover.write_bytes(b"half a database")
    old = time.time() - sqlite_file.STALE_PARTIAL_SECONDS - 1
    os.utime(leftover, (old, old))
    assert main(["--data-dir", str(folder), "info"]) == 0
    assert not leftover.exists()
