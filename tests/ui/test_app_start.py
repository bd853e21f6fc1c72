"""Starting the window: a bad database gives a dialog, not a traceback; the daily backup is taken."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QMessageBox

from refdesk import app, paths


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
