"""File → Backups…: the list, restore (asks first, keeps a safety copy), refusing damaged backups."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from refdesk import paths
from refdesk.db.models import Partner
from refdesk.services.backup import list_backups, make_backup
from refdesk.ui.backups import dialog as feature
from refdesk.ui.backups.dialog import BackupsModel, human_size

DAY = dt.datetime(2025, 3, 14, 9, 30)


@pytest.fixture
def folder(data_dir):
    return paths.backup_dir(data_dir)


@pytest.fixture
def dialog(window, qtbot):
    def build():
        dlg = feature.open_backups(window)
        qtbot.addWidget(dlg)
        return dlg

    return build


@pytest.fixture
def answers(monkeypatch):
    """Record the message boxes instead of showing them; question() answers from a list."""
    seen = {"question": [], "information": [], "warning": []}
    replies = []

    def question(parent, title, text, *args, **kwargs):
        seen["question"].append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda p, t, text, *a: seen["information"].append(text))
    )
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, text, *a: seen["warning"].append(text)))
    seen["replies"] = replies
    return seen


def test_menu_entry(window):
    assert window.actions["backups"] in window.file_menu.actions()
    assert window.actions["backups"].shortcut().toString() == "Ctrl+Shift+U"
    assert window.actions["backups"].toolTip()


def test_empty_list_says_what_to_do(dialog, tmp_path):
    dlg = dialog()
    assert dlg.stack.currentWidget() is dlg.empty
    assert "Back up now" in dlg.empty.text()
    assert not dlg.restore_button.isEnabled()
    dlg.grab().save(str(tmp_path / "backups-empty.png"))


def test_list_shows_date_kind_size_and_counts(db, data_dir, folder, dialog, tmp_path):
    Partner.create(name="Ada")
    make_backup(data_dir / paths.DATABASE_FILE, folder, kind="auto", now=DAY)
    Partner.create(name="Ben")
    make_backup(data_dir / paths.DATABASE_FILE, folder, now=DAY + dt.timedelta(days=1))
    dlg = dialog()
    model = dlg.model
    assert dlg.stack.currentWidget() is dlg.table
    assert model.rowCount() == 2
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[1] == "Manual" and row[3] == "2" and row[4] == "0"
    assert row[2].endswith("KB")
    assert model.index(1, 1).data() == "Automatic" and model.index(1, 3).data() == "1"
    assert "2025" in model.index(1, 0).data() or "25" in model.index(1, 0).data()
    assert dlg.restore_button.isEnabled()  # the newest is selected
    dlg.grab().save(str(tmp_path / "backups-list.png"))


def test_restore_asks_first_and_cancel_changes_nothing(window, db, data_dir, folder, dialog, answers):
    Partner.create(name="Ada")
    make_backup(data_dir / paths.DATABASE_FILE, folder, now=DAY)
    Partner.create(name="Ben")
    dlg = dialog()
    answers["replies"].append(QMessageBox.StandardButton.Cancel)
    dlg.restore_button.click()
    assert len(answers["question"]) == 1 and "1 partner, 0 referrals" in answers["question"][0]
    assert Partner.select().count() == 2
    assert len(list_backups(folder)) == 1


def test_restore_replaces_the_data_keeps_a_safety_copy_and_reloads(window, db, data_dir, folder, dialog, answers):
    Partner.create(name="Ada")
    make_backup(data_dir / paths.DATABASE_FILE, folder, now=DAY)
    Partner.create(name="Ben")
    changes = []
    window.events.database_changed.connect(lambda: changes.append(1))
    dlg = dialog()
    answers["replies"].append(QMessageBox.StandardButton.Yes)
    dlg.restore_button.click()
    assert answers["warning"] == []
    assert "was restored" in answers["information"][0] and "safety" in answers["information"][0]
    assert [p.name for p in Partner.select()] == ["Ada"]
    assert changes  # every page reloads
    kinds = [b.kind for b in list_backups(folder)]
    assert kinds == ["safety", "manual"]
    assert dlg.model.rowCount() == 2 and dlg.model.index(0, 1).data() == "Before a restore"
    assert dlg.model.index(0, 3).data() == "2"  # the safety copy holds what was there


def test_damaged_backup_is_marked_and_refused(window, db, data_dir, folder, dialog, answers):
    Partner.create(name="Ada")
    target = make_backup(data_dir / paths.DATABASE_FILE, folder, now=DAY)
    target.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    dlg = dialog()
    assert dlg.model.index(0, 3).data() == "damaged"
    assert "damaged" in dlg.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not dlg.restore_button.isEnabled()
    # even when asked directly, nothing is replaced
    assert dlg.restore(dlg.model.backup(0)) is False
    assert "damaged" in answers["warning"][0]
    assert [p.name for p in Partner.select()] == ["Ada"]
    assert [b.kind for b in list_backups(folder)] == ["manual"]


def test_back_up_now_and_open_folder(qtbot, window, db, folder, dialog, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dlg = dialog()
    dlg.backup_button.click()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 1, timeout=10_000)
    assert dlg.backup_button.isEnabled()
    dlg.folder_button.click()
    assert opened == [str(folder)]
    assert str(folder) in window.statusBar().currentMessage()


def test_every_control_has_a_name_and_a_tip(dialog):
    dlg = dialog()
    for button in (dlg.restore_button, dlg.backup_button, dlg.folder_button):
        assert button.accessibleName() and button.toolTip()
    assert dlg.table.accessibleName() == "Backups"


def test_model(qtmodeltester, db, data_dir, folder):
    Partner.create(name="Ada")
    make_backup(data_dir / paths.DATABASE_FILE, folder, now=DAY)
    bad = make_backup(data_dir / paths.DATABASE_FILE, folder, now=DAY + dt.timedelta(hours=1))
    bad.write_bytes(b"junk")
    from refdesk.services.backup import backup_counts

    model = BackupsModel()
    model.set_rows([(info, backup_counts(info.path)) for info in list_backups(folder)])
    qtmodeltester.check(model)
    assert model.rowCount() == 2


@pytest.mark.parametrize(
    "size, text", [(0, "0 bytes"), (1023, "1,023 bytes"), (2048, "2.0 KB"), (5 * 1024 * 1024, "5.0 MB")]
)
def test_human_size(size, text):
    assert human_size(size) == text
