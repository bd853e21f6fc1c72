"""The crash dialog: an exception raised in a slot shows what happened, the window keeps working,
and Copy details gives a report with versions and traceback, the log only when asked for, masked."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from refdesk import __version__
from refdesk.ui.common import errors


@pytest.fixture
def crash(qtbot, monkeypatch, tmp_path):
    """Our hook installed (pytest-qt's capture is off for these tests); the dialogs it opens, not run."""
    shown: list[errors.CrashDialog] = []

    def keep(dialog):
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return 0

    monkeypatch.setattr(errors.CrashDialog, "exec", keep)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_path = tmp_path / "logs" / "refdesk.log"
    log_path.parent.mkdir()
    lines = [f"2026-12-02 10:00:{i:02d},000 INFO refdesk.x: line {i}" for i in range(60)]
    lines[-1] = "2026-12-02 10:01:00,000 INFO refdesk.edits: Edit ann@example.com, call +44 20 7946 0958"
    log_path.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(errors.log, "error", lambda *a, **k: None)  # the log file above stands for it
    errors.install_excepthook(log_path)
    return shown, log_path


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_dialog_and_the_window_keeps_working(qtbot, crash):
    shown, _ = crash
    clicks = []

    def slot():
        clicks.append(1)
        raise RuntimeError("the sky fell on bob@example.com")

    button = QPushButton("Do it")
    button.clicked.connect(slot)
    qtbot.addWidget(button)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    dialog = shown[0]
    assert "RefDesk ran into a problem it did not expect (RuntimeError: the sky fell" in dialog.sentence.text()
    assert "What you saved is safe, and you can keep working" in dialog.sentence.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # still alive: the slot runs again
    assert len(clicks) == 2 and len(shown) == 2


@pytest.mark.qt_no_exception_capture
def test_copy_details_puts_a_masked_report_on_the_clipboard(qtbot, crash):
    shown, log_path = crash
    try:
        raise ValueError("cannot read 555-123-4567 for ann@example.com")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    dialog = shown[0]
    assert not dialog.include_log.isChecked()  # the log (which may name partners) only when asked for
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details.toPlainText()  # what is shown is what is copied
    assert f"RefDesk: {__version__}" in copied
    for key in ("Platform: ", "Python: ", "Qt: ", "PySide6: "):
        assert key in copied
    assert "Traceback (most recent call last)" in copied and "ValueError: cannot read [phone] for [email]" in copied
    assert "line 59" not in copied and "(The log was left out.)" in copied
    assert "clipboard" in dialog.status.text()

    dialog.include_log.setChecked(True)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "The log's last 50 lines:" in copied
    assert "line 10" in copied and "line 9\n" not in copied  # the last 50 of 60 lines
    assert "Edit [email], call [phone]" in copied
    assert "example.com" not in copied and "7946" not in copied
    assert "2026-12-02 10:01:00,000" in copied  # timestamps are not phone numbers


@pytest.mark.qt_no_exception_capture
def test_save_report_writes_a_private_file_and_says_where(qtbot, crash, tmp_path, monkeypatch):
    from refdesk.ui.common import files

    shown, _ = crash
    target = tmp_path / "report.txt"
    monkeypatch.setattr(files, "save_path", lambda *a, **k: (target, "Text (*.txt)"))
    try:
        raise KeyError("x")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    qtbot.mouseClick(shown[0].save_button, Qt.MouseButton.LeftButton)
    assert target.read_text().startswith("RefDesk problem report")
    assert target.stat().st_mode & 0o777 == 0o600
    assert shown[0].status.text() == f"Report saved: {target}"


@pytest.mark.qt_no_exception_capture
def test_open_log_folder_opens_the_logs(qtbot, crash, monkeypatch):
    from refdesk.ui.common import files

    shown, log_path = crash
    opened = []
    monkeypatch.setattr(files, "show_folder", lambda parent, folder, *a: opened.append(folder) or True)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.mouseClick(shown[0].folder_button, Qt.MouseButton.LeftButton)
    assert opened == [log_path.parent]


def test_about_shows_the_same_versions(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: texts.append(self.text()) or 0)
    window.actions["about"].trigger()
    for key, value in errors.all_versions().items():
        assert f"{key}: {value}" in texts[0]
