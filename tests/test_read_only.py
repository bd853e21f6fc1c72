"""A read-only database or data folder: the reading commands work on it, the writing ones and the window
say so in one line, and nothing in it changes.

The folder or file is made read-only by ``tests/read_only.py``: a read-only bind mount (or ``chattr +i``)
as root, whom permissions do not stop, and the permissions for anyone else; so these tests run as root in
/root and as a user in their home alike, on this checkout's code, without another user's access to it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import textwrap
from pathlib import Path

import pytest

from refdesk import paths
from refdesk.db import database
from refdesk.db.models import Partner
from refdesk.services.backup import make_backup
from tests.conftest import run_refdesk
from tests.read_only import read_only

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX read-only folders")


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def filled(tmp_path) -> Path:
    """A data folder with a database of two partners and a backup, closed cleanly (no -wal, no -shm)."""
    folder = tmp_path / "data"
    folder.mkdir()
    handle = database.open_database(paths.sqlite_url(folder / paths.DATABASE_FILE))
    Partner.create(name="Safe")
    Partner.create(name="Sound")
    handle.close()
    make_backup(folder / paths.DATABASE_FILE, paths.backup_dir(folder))
    (folder / "logs").mkdir()
    return folder


def one_line(result) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


READING = [
    ("info", "--json"),
    ("stats", "--json"),
    ("referrals", "--json"),
]


def test_reading_commands_work_in_a_read_only_folder(filled, tmp_path):
    before = digest(filled)
    target = tmp_path / "out"
    target.mkdir()
    with read_only(filled):
        for args in READING:
            result = run_refdesk("--data-dir", str(filled), *args)
            assert result.returncode == 0, (args, result.stderr)
            assert result.stderr == ""
            json.loads(result.stdout)
        info = json.loads(run_refdesk("--data-dir", str(filled), "info", "--json").stdout)
        assert info["counts"]["partners"] == 2
        exported = run_refdesk("--data-dir", str(filled), "export", str(target / "all.zip"))
        assert exported.returncode == 0, exported.stderr
        assert (target / "all.zip").stat().st_mode & 0o777 == 0o600
        pdf = run_refdesk("--data-dir", str(filled), "checklist", "--pdf", str(target / "thanks.pdf"))
        assert pdf.returncode == 0, pdf.stderr
        # the backups folder is in the read-only folder too: said in one line
        backup = run_refdesk("--data-dir", str(filled), "backup")
        assert backup.returncode == 2
        assert "cannot write to the backup folder" in one_line(backup)
        # so is an export into the folder itself
        inside = run_refdesk("--data-dir", str(filled), "export", str(filled / "all.zip"))
        assert inside.returncode == 2
        one_line(inside)
        assert not (filled / "all.zip").exists()
    assert digest(filled) == before  # nothing saved was changed, and nothing was added


def test_writing_commands_refuse_a_read_only_folder_in_one_line(filled, tmp_path):
    before = digest(filled)
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("Name,Email\nAda Lovelace,ada@example.com\n", encoding="utf-8")
    with read_only(filled):
        for args in (("demo", "--partners", "2", "--referrals", "1"), ("import-contacts", str(contacts))):
            result = run_refdesk("--data-dir", str(filled), *args)
            assert result.returncode == 2, (args, result.stderr)
            assert "read-only" in one_line(result)
    assert digest(filled) == before


def test_reading_commands_work_on_a_read_only_database_file(filled, tmp_path):
    """The file alone is read-only (its folder is not): every reading command works, the backup too."""
    path = filled / paths.DATABASE_FILE
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with read_only(path):
        for args in READING:
            result = run_refdesk("--data-dir", str(filled), *args)
            assert result.returncode == 0, (args, result.stderr)
        exported = run_refdesk("--data-dir", str(filled), "export", str(tmp_path / "all.zip"))
        assert exported.returncode == 0, exported.stderr
        backups_before = set(paths.backup_dir(filled).glob("*.db"))
        backup = run_refdesk("--data-dir", str(filled), "backup")
        assert backup.returncode == 0, backup.stderr
        made = set(paths.backup_dir(filled).glob("*.db")) - backups_before
        assert len(made) == 1 and made.pop().stat().st_mode & 0o777 == 0o600
        demo = run_refdesk("--data-dir", str(filled), "demo", "--partners", "2", "--referrals", "1")
        assert demo.returncode == 2 and "read-only" in one_line(demo)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_window_refuses_a_read_only_folder_with_one_dialog_and_logs_why(filled, tmp_path):
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtWidgets import QMessageBox
        def show(parent, title, text, *args, **kwargs):
            print("DIALOG:", text.replace("\\n", " "))
            return QMessageBox.StandardButton.Ok
        QMessageBox.critical = show
        QMessageBox.warning = show
        from refdesk.cli import main
        sys.exit(main(["--data-dir", {str(filled)!r}]))
    """)
    log = filled / "logs" / "refdesk.log"
    with read_only(filled, files_too=False):
        result = run_refdesk_script(script)
    assert result.returncode == 2, result.stdout + result.stderr
    dialogs = [line for line in result.stdout.splitlines() if line.startswith("DIALOG:")]
    assert len(dialogs) == 1 and "read-only" in dialogs[0]
    assert "Traceback" not in result.stderr
    if log.exists() and log.stat().st_size:  # the log folder may be read-only too (a mount)
        assert "did not open" in log.read_text(encoding="utf-8")


def run_refdesk_script(script: str):
    import subprocess

    from tests.conftest import ROOT

    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
