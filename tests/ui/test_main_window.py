"""The app shell: pages reachable, first-run welcome, remembered state, crash dialog, database switching."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox

from refdesk import paths
from refdesk.db.models import Partner
from refdesk.ui.common import settings
from refdesk.ui.main_window import PAGES, MainWindow


def test_fonts_are_available_so_text_is_not_black_boxes(qapp):
    assert QFontDatabase.families()


def test_every_page_is_reachable_by_keyboard(window, qtbot):
    Partner.create(name="Someone")  # not empty: no welcome panel
    for number, spec in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == spec.key
        assert window.stack.currentWidget() is window.pages[spec.key]
        assert window.pages[spec.key].accessibleName()


def test_every_page_is_reachable_from_the_navigation(window, qtbot):
    for row, spec in enumerate(PAGES):
        item = window.nav.item(row)
        rect = window.nav.visualItemRect(item)
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_key() == spec.key
        assert window.nav.item(row).toolTip()


def test_empty_database_offers_next_steps_and_demo_fills_it(window, qtbot):
    window.show_welcome_if_empty()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.add_partner.isVisible() and window.welcome.load_demo.isVisible()
    qtbot.mouseClick(window.welcome.load_demo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.welcome is None)
    assert Partner.select().count() == 200
    assert window.stack.currentWidget() is window.pages["today"]


def test_window_size_and_last_page_are_remembered(qtbot, db, data_dir, db_url, qsettings_clean):
    first = MainWindow(data_dir, db_url)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 540)
    first.show_page("thanks")
    first.close()
    assert settings.get("window/last_page") == "thanks"
    second = MainWindow(data_dir, db_url)
    qtbot.addWidget(second)
    second.show()
    assert second.current_key() == "thanks"
    assert second.size().width() == 760 and second.size().height() == 540


def test_deferred_start_paints_the_frame_first_then_builds_the_remembered_page(
    qtbot, db, data_dir, db_url, qsettings_clean
):
    Partner.create(name="Someone")
    settings.put("window/last_page", "referrals")
    win = MainWindow(data_dir, db_url, defer=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert not win.pages and win.stack.currentWidget().objectName() == "opening"
    assert win.nav.currentRow() == 2  # the remembered page is already selected in the navigation
    assert win.actions["import_contacts"] in win.file_menu.actions()  # the menus are whole from the first paint
    assert win.team_connection is None  # the features that hook into the window come with the pages
    assert str(data_dir) in win.db_label.text()
    win.finish_start(welcome=True)
    assert win.stack.currentWidget() is win.pages["referrals"]
    assert set(win.pages) == {"referrals"}  # only the page on show is built
    assert win.team_connection is not None
    assert all(w.objectName() != "opening" for w in map(win.stack.widget, range(win.stack.count())))


def test_deferred_start_on_an_empty_database_shows_the_welcome_with_import(
    qtbot, db, data_dir, db_url, qsettings_clean
):
    win = MainWindow(data_dir, db_url, defer=True)
    qtbot.addWidget(win)
    win.show()
    win.finish_start(welcome=True)
    assert win.stack.currentWidget() is win.welcome
    assert win.welcome.import_contacts.isVisibleTo(win.welcome)


def test_a_page_asked_for_before_the_database_is_open_is_shown_once_it_is(qtbot, db, data_dir, db_url, qsettings_clean):
    Partner.create(name="Someone")
    win = MainWindow(data_dir, db_url, defer=True)
    qtbot.addWidget(win)
    win.page_actions["thanks"].trigger()
    assert not win.pages  # nothing is built before the database is open
    win.finish_start(welcome=True)
    assert win.stack.currentWidget() is win.pages["thanks"]


def test_uncaught_exception_shows_dialog_naming_the_log(qapp, monkeypatch, tmp_path):
    from refdesk.ui.common import errors

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_file = tmp_path / "logs" / "refdesk.log"
    errors.install_excepthook(log_file)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(errors.log, "error", lambda *a, **k: None)
            sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert str(log_file) in shown[0] and "boom" in shown[0]


def test_open_database_switches_and_a_bad_one_keeps_the_current(window, qtbot, tmp_path, monkeypatch):
    Partner.create(name="In the first database")
    other = tmp_path / "other.db"
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    assert window.switch_database(paths.sqlite_url(other))
    assert Partner.select().count() == 0
    assert "other.db" in window.db_label.text()
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    assert not window.switch_database(paths.sqlite_url(junk))
    assert warnings and "not a RefDesk database" in warnings[0]
    assert "other.db" in window.db_label.text()
    Partner.create(name="Still works")
    assert Partner.select().count() == 1


def test_about_names_version_and_database(window, monkeypatch, db_url):
    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: texts.append(self.text()) or 0)
    window.actions["about"].trigger()
    assert "RefDesk" in texts[0] and paths.DATABASE_FILE in texts[0]


def test_show_data_folder_without_a_file_manager_shows_the_path(window, data_dir, monkeypatch, message_boxes):
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # nothing answers, as on a bare desktop
    window.actions["show_folder"].trigger()
    (box,) = message_boxes
    assert str(data_dir) in box.text and box.selectable and box.plain  # the user can select and copy it
    assert "clipboard" in box.informative and QGuiApplication.clipboard().text() == str(data_dir)
    assert str(data_dir) in window.statusBar().currentMessage()


def test_show_data_folder_opens_the_file_manager_and_says_where(window, data_dir, monkeypatch, message_boxes):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window.actions["show_folder"].trigger()
    assert opened == [str(data_dir)] and message_boxes == []
    assert str(data_dir) in window.statusBar().currentMessage()


def test_database_dialogs_open_in_the_folder_last_used(window, data_dir, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    started = []
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def ask(parent, caption, start, *args):
        started.append(start)
        return str(elsewhere / "shop.db"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda p, c, start, *a: started.append(start) or ("", ""))
    )
    window.actions["new_database"].trigger()
    assert started[0] == str(data_dir / "new-refdesk.db")  # the first time: the data folder
    assert "shop.db" in window.db_label.text()
    window.actions["open_database"].trigger()
    assert started[1] == str(elsewhere)


def test_back_up_now_reports_in_the_status_bar(qtbot, window, data_dir):
    Partner.create(name="Backed up")
    window.actions["backup"].trigger()  # in the background: the window goes on
    assert window.statusBar().currentMessage() == "Backing up the database…"
    assert not window.actions["backup"].isEnabled()
    qtbot.waitUntil(lambda: "Backup saved" in window.statusBar().currentMessage(), timeout=10_000)
    assert window.actions["backup"].isEnabled()
    assert list((data_dir / "backups").glob("refdesk-*.db"))


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_qt_calls_do_not_leak_references_to_none(qapp):
    """PySide6 6.12.0 dropped a reference to None per void call and aborted the app after a few thousand."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50


def test_no_keyboard_shortcut_is_ambiguous(window):
    """A key bound for the whole window is bound nowhere else; a page binds each page-wide key once.
    (Keys of a section or a single widget only fire with the focus there, so two sections may share one.)"""
    from collections import defaultdict

    from PySide6.QtGui import QAction

    from refdesk.ui.common.page import Page

    for spec in PAGES:
        window.show_page(spec.key)

    def scope(obj) -> str:
        widget = obj.parent()
        while widget is not None and widget is not window:
            if isinstance(widget, Page):
                return widget.key
            widget = widget.parent()
        return "window"

    window_keys: dict[str, set[str]] = defaultdict(set)
    page_keys: dict[tuple[str, str], list[str]] = defaultdict(list)
    local: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            name = key.toString()
            if scope(action) == "window":
                window_keys[name].add(action.text())
            elif action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
                page_keys[(scope(action), name)].append(action.text())
            else:
                local.append((name, action.text()))
    assert all(len(texts) == 1 for texts in window_keys.values()), window_keys
    assert all(len(texts) == 1 for texts in page_keys.values()), page_keys
    clashes = [(key, text) for (_, key), texts in page_keys.items() for text in texts if key in window_keys]
    clashes += [(key, text) for key, text in local if key in window_keys]
    assert not clashes, clashes
