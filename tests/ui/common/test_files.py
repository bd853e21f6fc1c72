"""File dialogs that open in the folder last used for their kind, and showing a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from refdesk.ui.common import files, settings


class Dialogs:
    """QFileDialog's static functions answered without a dialog: where each would have opened."""

    def __init__(self, monkeypatch):
        self.started: list[str] = []
        self.answer = ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._ask))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(self._ask))

    def _ask(self, parent, caption, start, file_filter, *args):
        self.started.append(start)
        return self.answer, ""


@pytest.fixture
def dialogs(monkeypatch, qsettings_clean):
    return Dialogs(monkeypatch)


def test_each_kind_remembers_its_own_folder(dialogs, tmp_path, qtbot):
    exports, contacts = tmp_path / "exports", tmp_path / "contacts"
    exports.mkdir()
    contacts.mkdir()
    dialogs.answer = str(exports / "all.zip")
    path, _ = files.save_path(None, files.EXPORT, "Export", "all.zip", "Zip (*.zip)")
    assert path == exports / "all.zip"
    assert dialogs.started[-1] == str(Path.home() / "all.zip")  # the first time: the home folder

    dialogs.answer = str(contacts / "google.csv")
    assert files.open_path(None, files.CONTACTS, "Import", "CSV (*.csv)") == contacts / "google.csv"

    dialogs.answer = ""  # cancelled: nothing is remembered
    assert files.save_path(None, files.EXPORT, "Export", "chart.png", "PNG (*.png)") == (None, "")
    assert dialogs.started[-1] == str(exports / "chart.png")
    assert files.open_path(None, files.CONTACTS, "Import", "CSV (*.csv)") is None
    assert dialogs.started[-1] == str(contacts)
    assert settings.get("files/last_folder/export") == str(exports)
    assert files.last_folder(files.DATABASE, tmp_path) == tmp_path  # never used: the caller's default


def test_a_folder_that_is_gone_falls_back_to_the_default(dialogs, tmp_path):
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    files.remember(files.EXPORT, gone / "x.pdf")
    gone.rmdir()
    assert files.last_folder(files.EXPORT, tmp_path) == tmp_path
    assert files.last_folder(files.EXPORT) == Path.home()


def test_unknown_kinds_are_refused():
    with pytest.raises(ValueError):
        files.last_folder("pictures")


def test_a_typed_path_wins_over_the_last_folder(dialogs, tmp_path):
    files.remember(files.CONTACTS, tmp_path / "old.csv")
    files.open_path(None, files.CONTACTS, "Import", "CSV (*.csv)", start="/somewhere/new.csv")
    assert dialogs.started[-1] == "/somewhere/new.csv"


def test_show_folder_without_a_file_manager_shows_the_path_to_copy(qtbot, tmp_path, monkeypatch, message_boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    bar = QStatusBar()
    qtbot.addWidget(bar)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    assert files.show_folder(parent, tmp_path, bar) is False
    (box,) = message_boxes
    assert str(tmp_path) in box.text and box.selectable and box.plain
    assert "clipboard" in box.informative
    assert QGuiApplication.clipboard().text() == str(tmp_path)
    assert str(tmp_path) in bar.currentMessage()


def test_show_folder_with_a_file_manager_asks_nothing(qtbot, tmp_path, monkeypatch, message_boxes):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert files.show_folder(parent, tmp_path) is True
    assert opened == [str(tmp_path)] and message_boxes == []
