"""A damaged database in the window: found in the background, kept read-only, a banner with the way
back; File → Check database… in plain words."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from refdesk import paths
from refdesk.db.models import Partner
from refdesk.services import connection, demo, failures, formatting
from refdesk.services.backup import list_backups, make_backup
from refdesk.ui.backups.check import CheckDialog
from refdesk.ui.main_window import MainWindow
from tests.damage import damage


@pytest.fixture
def answers(monkeypatch):
    seen = {"question": [], "information": [], "warning": [], "replies": []}

    def question(parent, title, text, *args, **kwargs):
        seen["question"].append(text)
        return seen["replies"].pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda p, t, text, *a: seen["information"].append(text))
    )
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, text, *a: seen["warning"].append(text)))
    return seen


def open_window(qtbot, data_dir) -> MainWindow:
    url = paths.sqlite_url(data_dir / paths.DATABASE_FILE)
    connection.open(url, backup_dir=paths.backup_dir(data_dir))
    window = MainWindow(data_dir, url)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# The pages read the damaged file as they are built, and some of their reads fail: that failure
# reaches Qt's exception hook, which is not what these tests are about.
damaged_pages = pytest.mark.qt_no_exception_capture


@pytest.fixture
def damaged(db, data_dir, qsettings_clean):
    """A database with one sound backup, then damaged: pages in the middle overwritten."""
    Partner.create(name="In the backup")
    backup = make_backup(data_dir / paths.DATABASE_FILE, paths.backup_dir(data_dir), now=dt.datetime(2026, 11, 30, 9))
    demo.generate(partners=60, referrals=600, seed=3)
    db.close()
    damage(data_dir / paths.DATABASE_FILE)
    return backup


@damaged_pages
def test_a_damaged_database_opens_read_only_with_a_banner(qtbot, data_dir, damaged):
    path = data_dir / paths.DATABASE_FILE
    before = path.read_bytes()
    window = open_window(qtbot, data_dir)
    banner = window.health.banner
    assert not banner.isVisible()
    window.health.check(then_backup=True)  # as at start-up: the check, then the day's backup
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    text = banner.text.text()
    assert text.startswith("This database is damaged: SQLite's check found")
    when = formatting.date_time(dt.datetime(2026, 11, 30, 9))
    assert "opened it read-only" in text and f"The newest sound backup is from {when}." in text
    assert banner.restore.isVisible() and banner.details.isVisible()
    assert "(damaged: read-only)" in window.db_label.text()
    with pytest.raises(Exception) as caught:  # every write is refused, in words that say why
        Partner.create(name="Not saved")
    assert failures.explain(caught.value).startswith("The database is damaged, so RefDesk opened it read-only")
    assert [b.path for b in list_backups(paths.backup_dir(data_dir))] == [damaged]  # no backup of the damage
    window.close()
    connection.close()
    assert path.read_bytes() == before


def test_a_sound_database_shows_no_banner_and_gets_its_backup(qtbot, db, data_dir, qsettings_clean):
    Partner.create(name="Sound")
    db.close()
    window = open_window(qtbot, data_dir)
    job = window.health.check(then_backup=True)
    qtbot.waitUntil(lambda: window.health.job is None, timeout=10_000)
    assert job is not None and not window.health.banner.isVisible() and connection.damage() is None
    assert [b.kind for b in list_backups(paths.backup_dir(data_dir))] == ["auto"]


@damaged_pages
def test_restore_from_the_banner_puts_the_sound_backup_back(qtbot, data_dir, damaged, answers):
    window = open_window(qtbot, data_dir)
    window.health.check()
    qtbot.waitUntil(window.health.banner.isVisible, timeout=10_000)
    answers["replies"].append(QMessageBox.StandardButton.Yes)
    window.health.banner.restore.click()
    assert "Replace your current data with the backup from Nov 30, 2026" in answers["question"][0]
    assert "damaged database was kept as it was" in answers["information"][0]
    qtbot.waitUntil(lambda: window.health.job is None, timeout=10_000)  # the restored file is checked too
    assert not window.health.banner.isVisible() and connection.damage() is None
    assert [p.name for p in Partner.select()] == ["In the backup"]
    Partner.create(name="Saved again")  # writable again
    assert list(data_dir.glob("refdesk-damaged-*.db"))
    window.backups_dialog.close()


@damaged_pages
def test_check_database_says_what_it_found(qtbot, data_dir, damaged, tmp_path):
    window = open_window(qtbot, data_dir)
    action = window.actions["check_database"]
    assert action in window.file_menu.actions() and action.toolTip()
    action.trigger()
    dialog = window.check_dialog
    assert isinstance(dialog, CheckDialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.title.text() == "refdesk.db is damaged"
    text = dialog.text.text()
    assert "SQLite's full integrity check and foreign-key check found" in text
    assert "overwritten or cannot be read" in text and "The newest sound backup is from" in text
    assert dialog.backups.isVisible()
    assert window.health.banner.isVisible() and connection.damage() is not None  # the same read-only state
    dialog.close()


def test_check_database_on_a_sound_database(qtbot, window, db):
    Partner.create(name="Sound")
    window.actions["check_database"].trigger()
    dialog = window.check_dialog
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.title.text() == "refdesk.db is sound"
    assert "found nothing wrong" in dialog.text.text() and not dialog.backups.isVisible()
    assert not window.health.banner.isVisible()
    for button in (dialog.backups, *window.health.banner.findChildren(type(dialog.backups))):
        assert button.accessibleName() and button.toolTip()
    dialog.close()


def test_salvage_from_the_banner_makes_a_backup_to_restore(qtbot, window, db, data_dir, answers, recovering_shell):
    demo.generate(partners=60, referrals=600, seed=3)
    path = data_dir / paths.DATABASE_FILE
    from refdesk.services import integrity

    window.health.show_damage(integrity.Report(path, ["Page 5: btree page damaged"]), None, can_salvage=True)
    banner = window.health.banner
    assert banner.salvage.isVisible() and not banner.restore.isVisible()
    assert "There is no sound backup to go back to." in banner.text.text()
    assert "Salvage… saves what can still be read into a new backup." in banner.text.text()
    answers["replies"].append(QMessageBox.StandardButton.Yes)
    banner.salvage.click()
    qtbot.waitUntil(lambda: bool(answers["question"] or answers["warning"]), timeout=20_000)
    assert answers["warning"] == []
    assert answers["question"][0].startswith("SQLite salvaged 60 partners, 600 referrals")
    [salvaged] = list_backups(paths.backup_dir(data_dir))
    assert salvaged.kind == "salvaged" and salvaged.path.name in answers["question"][0]
    dialog = window.backups_dialog
    assert dialog.model.backup(dialog.selected_row()).path == salvaged.path
    dialog.close()
