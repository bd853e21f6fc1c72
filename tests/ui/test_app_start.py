"""Starting the window: a bad database gives a dialog, not a traceback; the daily backup is taken."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from refdesk import app, paths
from tests.conftest import ROOT, run_refdesk


def test_damaged_database_shows_a_dialog_and_exits_2(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "refdesk.db"
    bad.write_bytes(b"\x00garbage" * 100)
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # app.main installs its own
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    args = argparse.Namespace(data_dir=str(tmp_path), database_url=None)
    assert app.main(args) == 2
    assert shown and "not a RefDesk database" in shown[0]
    assert bad.read_bytes() == b"\x00garbage" * 100
    # the log says why, not only that the file was locked for the window
    logged = (tmp_path / "logs" / "refdesk.log").read_text(encoding="utf-8")
    assert f"the window did not open {bad}: {bad} is not a RefDesk database" in logged


def test_start_up_takes_the_daily_backup(tmp_path):
    folder = tmp_path / "data"
    url = paths.sqlite_url(folder / paths.DATABASE_FILE)
    assert app.open_startup_database(folder, url) is None  # new, empty database: nothing to back up yet
    from refdesk.db.models import Partner

    Partner.create(name="Worth keeping")
    assert app.open_startup_database(folder, url) is None
    assert len(list((folder / "backups").glob("refdesk-*-auto.db"))) == 1
    assert app.open_startup_database(folder, url) is None
    assert len(list((folder / "backups").glob("refdesk-*-auto.db"))) == 1  # once a day


def test_the_window_paints_before_the_database_opens_then_shows_the_page(tmp_path):
    folder = tmp_path / "data"
    assert run_refdesk("--data-dir", str(folder), "demo", "--partners", "5", "--referrals", "20").returncode == 0
    for old in (folder / "backups").glob("*"):
        old.unlink()
    child = (  # RefDesk's own start, saying when it opens the database
        "import argparse, sys\n"
        "import tests.paint_probe\n"
        "from refdesk import app\n"
        "real_open = app.open_startup_database\n"
        "def opening(*a, **k):\n"
        "    print('OPENING', flush=True)\n"
        "    return real_open(*a, **k)\n"
        "app.open_startup_database = opening\n"
        "sys.exit(app.main(argparse.Namespace(data_dir=sys.argv[1], database_url=None)))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", child, str(folder)], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    order = [line.split()[0] for line in result.stdout.splitlines()]
    # the frame painted, then the database opened, then Today shown (read afresh: no last known Today yet)
    assert order == ["FIRST_PAINT", "OPENING", "READY", "FRESH"]
    assert len(list((folder / "backups").glob("refdesk-*-auto.db"))) == 1  # the day's backup was taken


def test_a_database_that_fails_once_the_window_is_up_gives_a_dialog_and_exit_2(tmp_path):
    folder = tmp_path / "data"
    assert run_refdesk("--data-dir", str(folder), "demo", "--partners", "5", "--referrals", "20").returncode == 0
    child = (  # the header is fine, but the first real query finds the file damaged
        "import argparse, sys\n"
        "import peewee\n"
        "from PySide6.QtWidgets import QMessageBox\n"
        "from refdesk import app\n"
        "from refdesk.services import info\n"
        "def damaged():\n"
        "    raise peewee.DatabaseError('database disk image is malformed')\n"
        "info.is_empty = damaged\n"
        "QMessageBox.critical = staticmethod(lambda parent, title, text: print('DIALOG', text.replace(chr(10), ' ')))\n"
        "sys.exit(app.main(argparse.Namespace(data_dir=sys.argv[1], database_url=None)))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", child, str(folder)], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 2, result.stderr
    dialogs = [line for line in result.stdout.splitlines() if line.startswith("DIALOG")]
    assert len(dialogs) == 1 and "log file" in dialogs[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("last_page", ["today", "charts"])  # Charts: its code loads in the background
def test_a_damaged_database_opens_read_only_with_the_banner_instead_of_closing(tmp_path, last_page):
    from tests.damage import damage

    folder = tmp_path / "data"
    assert run_refdesk("--data-dir", str(folder), "demo", "--partners", "60", "--referrals", "600").returncode == 0
    assert run_refdesk("--data-dir", str(folder), "backup").returncode == 0
    path = folder / paths.DATABASE_FILE
    damage(path)
    before = path.read_bytes()
    child = (  # RefDesk's own start; once the window is up, say what it shows, then quit
        "import argparse, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "from refdesk import app\n"
        "from refdesk.ui.main_window import MainWindow\n"
        "QMessageBox.critical = staticmethod(lambda parent, title, text: print('DIALOG', text.replace(chr(10), ' ')))\n"
        "def report():\n"
        "    w = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))\n"
        "    shown = w.stack.currentWidget()\n"
        "    if w.health is None or w.health.job is not None or not w.health.banner.isVisible() \\\n"
        "            or shown.objectName() == 'page-loading':\n"
        "        QTimer.singleShot(50, report); return\n"
        "    print('BANNER', w.health.banner.text.text())\n"
        "    print('SHOWN', shown.text() if shown.objectName() == 'opening' else shown.objectName())\n"
        "    QApplication.quit()\n"
        "_show = MainWindow.show\n"
        "def show(self):\n"
        "    _show(self)\n"
        "    QTimer.singleShot(100, report)\n"
        "MainWindow.show = show\n"
        "sys.exit(app.main(argparse.Namespace(data_dir=sys.argv[1], database_url=None)))\n"
    )
    config = tmp_path / "config"  # the page shown last, where the window starts
    (config / "RefDesk").mkdir(parents=True)
    (config / "RefDesk" / "RefDesk.conf").write_text(
        f"[window]\nlast_page={last_page}\n[help]\ntour_done=true\n", encoding="utf-8"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config))
    result = subprocess.run(
        [sys.executable, "-c", child, str(folder)], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "DIALOG" not in lines
    assert (
        lines["BANNER"].startswith("This database is damaged") and "The newest sound backup is from" in lines["BANNER"]
    )
    # the page, read-only, where it could be read; else the notice in its place (never "Loading…" for ever)
    assert lines["SHOWN"] == f"page-{last_page}" or lines["SHOWN"].startswith("RefDesk cannot show this database")
    assert path.read_bytes() == before  # nothing written to it
    assert len(list((folder / "backups").glob("refdesk-*.db"))) == 1  # and no backup of the damage
