"""File → Export all data…: asks where, shows progress, writes the zip off the UI thread."""

from __future__ import annotations

import errno
import zipfile

from PySide6.QtWidgets import QFileDialog, QMessageBox

from refdesk.db.models import Partner
from refdesk.services import demo


def patch_boxes(monkeypatch):
    seen = {"information": [], "warning": []}
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda p, t, text, *a: seen["information"].append(text))
    )
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, text, *a: seen["warning"].append(text)))
    return seen


def test_menu_entry(window):
    assert window.actions["export"] in window.file_menu.actions()
    assert window.actions["export"].shortcut().toString() == "Ctrl+Shift+E"


def test_export_writes_the_zip_with_progress(window, db, qtbot, tmp_path, monkeypatch):
    demo.generate(partners=30, referrals=300, seed=3)
    Partner.create(name="=SUM(1)")
    seen = patch_boxes(monkeypatch)
    target = tmp_path / "mine"  # no suffix: .zip is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    values = []
    window.actions["export"].trigger()
    exporter = window.exporter
    assert exporter.progress is not None and exporter.progress.isVisible()
    exporter.worker.progressed.connect(lambda done, total: values.append((done, total)))
    qtbot.waitUntil(lambda: exporter.worker is None, timeout=30000)
    written = tmp_path / "mine.zip"
    assert written.exists()
    assert seen["warning"] == [] and str(written) in seen["information"][0]
    assert values and values[-1][0] == values[-1][1]
    with zipfile.ZipFile(written) as zf:
        assert "'=SUM(1)" in zf.read("partners.csv").decode("utf-8-sig")
    assert exporter.progress is None


def test_cancelled_file_dialog_does_nothing(window, db, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    window.actions["export"].trigger()
    assert window.exporter.worker is None and window.exporter.progress is None


def test_full_disk_gives_a_clear_message_and_no_file(window, db, qtbot, tmp_path, monkeypatch):
    Partner.create(name="Ada")
    seen = patch_boxes(monkeypatch)
    target = tmp_path / "out.zip"

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions["export"].trigger()
    qtbot.waitUntil(lambda: window.exporter.worker is None, timeout=30000)
    assert "full" in seen["warning"][0] and "unchanged" in seen["warning"][0]
    assert not target.exists() and not list(tmp_path.glob("*.partial"))
    assert Partner.select().count() == 1


def test_cancel_from_the_progress_dialog(window, db, qtbot, tmp_path, monkeypatch):
    demo.generate(partners=50, referrals=3000, seed=2)
    patch_boxes(monkeypatch)
    target = tmp_path / "out.zip"
    from refdesk.ui.backups.export import Exporter

    exporter = window.exporter = Exporter(window)
    exporter.start(target)
    exporter.progress.cancel()
    qtbot.waitUntil(lambda: exporter.worker is None, timeout=30000)
    assert exporter.last_result in ("", exporter.last_result if isinstance(exporter.last_result, dict) else None)
    if exporter.last_result == "":
        assert not target.exists()
