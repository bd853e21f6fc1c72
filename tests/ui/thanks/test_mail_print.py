"""File → Print mailing labels… / Print envelopes…: warned first about notes with no postal address
("Add address…" opens the partner), then the one preview on the sheet chosen (remembered)."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from refdesk.ui.common import settings
from refdesk.ui.thanks import mail_print
from tests.services.thanks_data import partner, thank

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TODAY = dt.date.today()


@pytest.fixture
def notes(db):
    ann = partner("Ann Lee", address="1 Main St\nSpringfield", company="Lee Realty")
    bob = partner("<b>Bob</b>")
    thank(ann, due=TODAY)
    thank(bob, due=TODAY)
    return {"ann": ann, "bob": bob}


def test_labels_warn_then_preview_on_the_sheet_chosen(window, qtbot, notes, monkeypatch, message_boxes, tmp_path):
    shown = []
    monkeypatch.setattr(mail_print.MailPreview, "exec", lambda d: shown.append(d) or 0)
    message_boxes.answers = ["&Print anyway"]
    window.actions["print_labels"].trigger()
    assert "1 note has no postal address" in message_boxes[0].text and "get no label" in message_boxes[0].text
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert [a.to for a in dialog.items] == ["Ann Lee"]
    assert [b.text() for b in dialog.buttons] == ["&Print…", "Save as P&DF…", "&Close"]
    dialog.choice.setCurrentIndex(dialog.choice.findData("5160"))
    assert settings.get("labels/sheet") == "5160"
    path = dialog.save_pdf(tmp_path / "labels.pdf")
    reader = PdfReader(str(path))
    assert [round(float(v)) for v in reader.pages[0].mediabox.upper_right] == [612, 792]  # Letter
    assert "Ann Lee" in " ".join(reader.pages[0].extract_text().split())
    dialog.show()
    qtbot.waitExposed(dialog)


def test_add_address_opens_the_partner_and_prints_nothing(window, qtbot, notes, monkeypatch, message_boxes):
    shown, edited = [], []
    monkeypatch.setattr(mail_print.MailPreview, "exec", lambda d: shown.append(d) or 0)
    from refdesk.ui.partners.page import PartnersPage

    monkeypatch.setattr(PartnersPage, "edit_partner", lambda page: edited.append(page.selected_id()))
    message_boxes.answers = ["&Add address…"]
    window.actions["print_envelopes"].trigger()
    assert shown == [] and edited == [notes["bob"].id] and window.current_key() == "partners"


def test_nothing_with_an_address_says_what_to_do(window, db, monkeypatch, message_boxes):
    thank(partner("Bob"), due=TODAY)
    monkeypatch.setattr(mail_print.MailPreview, "exec", lambda d: pytest.fail("no preview expected"))
    window.actions["print_envelopes"].trigger()
    assert "No envelopes to print" in message_boxes[0].text
