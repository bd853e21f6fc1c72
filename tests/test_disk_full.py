"""A full disk, for real: a small tmpfs filled to the last byte.  Every command says "the disk is full"
in one line (the reading ones still work), the window says it too, and nothing saved is harmed.

Mounting a tmpfs needs root (and a system that allows it): elsewhere these tests are skipped, with the
reason; tests/test_failures.py simulates a full disk inside SQLite everywhere.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from refdesk import paths
from tests.conftest import run_refdesk

DISK_BYTES = 4 << 20


def _mount_tmpfs(where: Path) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES},mode=0700", "tmpfs", str(where)])
    return done.returncode == 0


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill *disk* until *leave* bytes (about) are free; the filler file, to delete to make room."""
    filler = disk / "filler"
    with open(filler, "ab") as fh:
        free = shutil.disk_usage(disk).free - leave
        try:
            while free > 0:
                fh.write(b"\0" * min(free, 1 << 16))
                fh.flush()
                free = shutil.disk_usage(disk).free - leave
        except OSError:
            pass
    return filler


@pytest.fixture
def disk(tmp_path):
    where = tmp_path / "disk"
    where.mkdir()
    if not _mount_tmpfs(where):
        pytest.skip("a full disk needs a small tmpfs, which only root can mount (running as a user, or not allowed)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)])


@pytest.fixture
def filled(disk, tmp_path):
    """A data folder with demo data on the small disk; its database's digest, to compare afterwards."""
    data = disk / "data"
    made = run_refdesk("--data-dir", str(data), "demo", "--partners", "12", "--referrals", "40")
    assert made.returncode == 0, made.stderr
    return data


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(result) -> str:
    assert "Traceback" not in result.stderr and "Error" not in result.stderr.split(":", 1)[0], result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def says_full(result) -> None:
    assert result.returncode == 2, result.stderr
    assert "the disk is full" in one_line(result).lower(), result.stderr


def test_every_command_on_a_full_disk(filled, disk, tmp_path):
    db_file = filled / paths.DATABASE_FILE
    before = digest(db_file)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    contacts = elsewhere / "contacts.csv"
    contacts.write_text("Name,Email\nAda Lovelace,ada@example.com\n", encoding="utf-8")
    filler = fill(disk)

    def run(*args: str):
        return run_refdesk("--data-dir", str(filled), *args)

    # reading works: nothing needs writing
    for args in (("info",), ("stats", "--json"), ("referrals",)):
        result = run(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert result.stderr == ""
    assert run("export", str(elsewhere / "all.zip")).returncode == 0
    # writing says why it cannot, in one line
    says_full(run("demo", "--partners", "3", "--referrals", "3"))
    says_full(run("import-contacts", str(contacts)))
    says_full(run("backup"))
    says_full(run("export", str(disk / "all.zip")))
    says_full(run("checklist", "--pdf", str(disk / "thanks.pdf"), "--status", "all"))
    says_full(run("calendar", str(disk / "due.ics")))
    says_full(run("screenshots", str(disk / "shots")))
    says_full(run_refdesk("--data-dir", str(disk / "new"), "info"))  # a new data folder there
    says_full(run_refdesk("--data-dir", str(disk / "new2"), "demo"))
    assert not list(disk.rglob("*.partial"))
    assert not (disk / "all.zip").exists() and not (disk / "thanks.pdf").exists() and not (disk / "due.ics").exists()
    # nothing was harmed: once there is room again, everything is there and sound
    filler.unlink()
    assert digest(db_file) == before
    con = sqlite3.connect(db_file)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM partner").fetchone()[0] == 12
    finally:
        con.close()
    assert run("demo", "--partners", "3", "--referrals", "3").returncode == 0


def test_a_nearly_full_disk_rolls_the_whole_import_back(filled, disk):
    db_file = filled / paths.DATABASE_FILE
    fill(disk, leave=64 << 10)  # room for the WAL index and a few pages, not for 300 partners
    result = run_refdesk("--data-dir", str(filled), "demo", "--partners", "300", "--referrals", "3000")
    says_full(result)
    assert "no transaction is active" not in result.stderr
    (disk / "filler").unlink()
    con = sqlite3.connect(db_file)
    try:
        assert con.execute("SELECT count(*) FROM partner").fetchone()[0] == 12  # all or nothing
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_the_window_says_the_disk_is_full(filled, disk, qapp):
    from refdesk.app import open_startup_database
    from refdesk.db.models import Partner
    from refdesk.services import connection, failures

    url = paths.sqlite_url(filled / paths.DATABASE_FILE)
    assert open_startup_database(filled, url, backup=False) is None  # opens while there is room
    fill(disk)
    try:
        with pytest.raises(Exception) as caught:  # a save in the window, as the edit pipeline makes it
            with connection.db.atomic():
                for i in range(500):
                    Partner.create(name=f"Partner {i}", notes="x" * 4000)
        # what the window's error dialog shows (ui/common/errors.py asks failures.explain)
        assert failures.explain(caught.value).startswith("The disk is full")
    finally:
        connection.close()
    new = disk / "new"  # and at start-up, a new data folder on the full disk
    problem = open_startup_database(new, paths.sqlite_url(new / paths.DATABASE_FILE), backup=False)
    connection.close()
    assert problem is not None and "the disk is full" in problem
