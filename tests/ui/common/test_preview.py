"""The one print preview: Print…, Save as PDF… and Close in words; the PDF is private and announced
with its whole path and an "Open folder" button that opens its folder."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QToolButton

from refdesk.ui.common import files
from refdesk.ui.thanks.checklist import ChecklistPreview, make_printer
from tests.services.thanks_data import partner, referral, thank

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def owed(db):
    ann = partner("Ann <b>Lee</b>", address="1 Main St\nSpringfield")
    thank(ann, referral(ann, prospect="Jane Doe"), due=dt.date.today())


def test_preview_has_print_save_as_pdf_and_close_and_the_pdf_is_announced(window, qtbot, owed, tmp_path, monkeypatch):
    dialog = ChecklistPreview(window, make_printer())
    qtbot.addWidget(dialog)
    dialog.show()
    assert [b.text() for b in dialog.buttons] == ["&Print…", "Save as P&DF…", "&Close"]
    qtbot.waitExposed(dialog)
    assert all(b.isVisible() and b.toolTip() for b in dialog.buttons)

    path = dialog.save_pdf(tmp_path / "notes")  # ".pdf" added
    assert path == tmp_path / "notes.pdf" and path.exists()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    text = " ".join(PdfReader(str(path)).pages[0].extract_text().split())
    assert "Ann <b>Lee</b>" in text and "Jane Doe" in text
    assert window.statusBar().currentMessage() == f"PDF saved: {path.resolve()}"
    button = window.statusBar().findChild(QToolButton, files.SAVED_BUTTON)
    assert button.isVisible() and str(tmp_path) in button.toolTip()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path.resolve()))]

    dialog.close_action.trigger()
    assert not dialog.isVisible()


def test_save_as_pdf_asks_where_and_cancel_writes_nothing(window, qtbot, owed, tmp_path, monkeypatch):
    dialog = ChecklistPreview(window, make_printer())
    qtbot.addWidget(dialog)
    monkeypatch.setattr(files, "save_path", lambda *a, **k: (None, ""))
    assert dialog.save_pdf_dialog() is None and not list(tmp_path.glob("*.pdf"))
    monkeypatch.setattr(files, "save_path", lambda *a, **k: (tmp_path / "chosen.pdf", ""))
    dialog.pdf_action.trigger()
    assert (tmp_path / "chosen.pdf").exists() and dialog.saved == tmp_path / "chosen.pdf"
