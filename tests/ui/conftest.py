"""Fixtures shared by the UI tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(qapp):
    """The window's English, as at start-up: its plural forms ("1 referral", "2 referrals")."""
    from refdesk.ui.application import install_translators

    install_translators(qapp, "en")


@dataclass
class SeenBox:
    """What a message box showed (it was answered instead of shown)."""

    title: str
    text: str
    informative: str
    buttons: list[str]
    default: str | None
    escape: str | None
    selectable: bool
    plain: bool


class MessageBoxes(list):
    """The boxes shown so far (``SeenBox``); ``answers`` lists the buttons to click, by text, in turn."""

    def __init__(self):
        super().__init__()
        self.answers: list[str] = []


@pytest.fixture
def message_boxes(monkeypatch) -> MessageBoxes:
    """``QMessageBox.exec`` answered without blocking: each box is recorded, then the next button in
    ``answers`` is clicked (by its text), or its Escape button when no answer is left."""
    boxes = MessageBoxes()

    def exec_(box: QMessageBox) -> int:
        default, escape = box.defaultButton(), box.escapeButton()
        flags = box.textInteractionFlags()
        boxes.append(
            SeenBox(
                title=box.windowTitle(),
                text=box.text(),
                informative=box.informativeText(),
                buttons=[b.text() for b in box.buttons()],
                default=default.text() if default is not None else None,
                escape=escape.text() if escape is not None else None,
                selectable=bool(flags & Qt.TextInteractionFlag.TextSelectableByMouse)
                and bool(flags & Qt.TextInteractionFlag.TextSelectableByKeyboard),
                plain=box.textFormat() == Qt.TextFormat.PlainText,
            )
        )
        wanted = boxes.answers.pop(0) if boxes.answers else (escape.text() if escape is not None else None)
        for button in box.buttons():
            if button.text() == wanted:
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return boxes


@pytest.fixture
def when_shown(qtbot):
    """``when_shown(cls, steps)``: once a modal dialog of *cls* is open, run ``steps(dialog)`` in it.

    The returned list gets the dialog once the steps ran; a dialog the steps leave open is closed
    without asking, so a failing test fails instead of hanging.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def start(cls, steps):
        done: list = []

        def drive():
            dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None)
            if dialog is None:
                QTimer.singleShot(20, drive)
                return
            try:
                steps(dialog)
                done.append(dialog)
            finally:
                if dialog.isVisible():
                    dialog.discard()

        QTimer.singleShot(0, drive)
        return done

    return start


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Before pytest-qt closes a test's widgets: a form the test changed and left open is dropped
    without the "Discard your changes?" question, which nobody would answer."""
    from PySide6.QtWidgets import QApplication

    from refdesk.ui.common.forms import FormDialog

    if QApplication.instance() is not None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, FormDialog) and widget.isVisible():
                widget.discard()
    return (yield)


class Asks(list):
    """The Won / reason dialogs shown so far; each is filled by ``fill(dialog)`` (if set), then saved
    (or cancelled when ``cancel`` is True), as a user would press Enter or Escape."""

    def __init__(self):
        super().__init__()
        self.fill = None
        self.cancel = False


@pytest.fixture
def asks(monkeypatch) -> Asks:
    """What a one-click Won, Lost or bad outcome asks for, answered without blocking."""
    from refdesk.ui.referrals.ask_dialogs import ReasonDialog, WonDialog

    seen = Asks()

    def exec_(dialog) -> int:
        seen.append(dialog)
        if seen.fill is not None:
            seen.fill(dialog)
        if seen.cancel:
            return 0
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(WonDialog, "exec", exec_)
    monkeypatch.setattr(ReasonDialog, "exec", exec_)
    return seen


@pytest.fixture(autouse=True)
def _reminders_wait(reminders_wait):
    """Every UI test: see ``reminders_wait`` in tests/conftest.py."""
