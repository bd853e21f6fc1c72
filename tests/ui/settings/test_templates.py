"""Edit → Settings…: my name, the days before asking how it went, and the note templates, checked
before anything is stored; the thank-you dialog drafts the note from them and emails it pre-filled."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QDesktopServices, QGuiApplication

from refdesk.db.models import PartnerEmail, ThankStatus, ThankYou
from refdesk.services import templates
from refdesk.services import thanks as thanks_service
from refdesk.ui.common import settings
from refdesk.ui.settings.dialog import SettingsDialog
from refdesk.ui.thanks.dialog import ThankYouDialog
from tests.services.thanks_data import partner, referral, thank

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_settings_are_saved_and_a_broken_template_is_refused_naming_it(window, qtbot):
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.template.toPlainText() == templates.DEFAULTS[templates.REFERRAL_RECEIVED]
    dialog.name.setText("Sam Rivera")
    dialog.ask_days.setValue(21)
    dialog.kind.setCurrentIndex(dialog.kind.findData(templates.CLOSED_BUSINESS))
    dialog.template.setPlainText("Dear $frist_name, thanks!")
    dialog.kind.setCurrentIndex(dialog.kind.findData(templates.REFERRAL_RECEIVED))  # the edit is kept meanwhile
    dialog.template.setPlainText("Hi $first_name, thanks for $prospect. $my_name")
    dialog.accept()
    assert dialog.isVisible() and "$frist_name is not a placeholder" in dialog.error.text()
    assert "Closed business" in dialog.error.text()
    assert dialog.kind.currentData() == templates.CLOSED_BUSINESS  # shows the broken one, as typed
    assert dialog.template.toPlainText() == "Dear $frist_name, thanks!"
    assert not settings.get("me/name") and not settings.get("templates/referral_received")  # nothing stored yet

    dialog.restore.click()
    dialog.accept()
    assert dialog.result()
    assert settings.get("me/name") == "Sam Rivera" and settings.get("today/ask_after_days") == 21
    assert settings.get("templates/referral_received") == "Hi $first_name, thanks for $prospect. $my_name"
    assert not settings.get("templates/closed_business")  # the default: not stored


def test_the_thank_you_dialog_drafts_the_note_and_emails_it_prefilled(window, qtbot, db, monkeypatch, message_boxes):
    settings.put("me/name", "Sam Rivera")
    ann = partner("Ann Lee")

    PartnerEmail.create(partner=ann, email="ann@lee.example")
    tid = thank(ann, referral(ann, prospect="Jane Doe & Co"), due=dt.date.today()).id
    row = thanks_service.list_thank_yous(ids=[tid])[0]
    dialog = ThankYouDialog(window, [], row)
    qtbot.addWidget(dialog)
    marked = []
    dialog.mark = lambda status: marked.append(status) or thanks_service.set_status([tid], status) is not None
    dialog.show()
    body = dialog.draft.text.toPlainText()
    assert body.startswith("Dear Ann,") and "Jane Doe & Co" in body and body.endswith("Sam Rivera")
    dialog.draft.copy_button.click()
    assert QGuiApplication.clipboard().text() == body

    opened = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        lambda url: opened.append(url.toString(url.ComponentFormattingOption.FullyEncoded)) or True,
    )
    message_boxes.answers = ["Mark &sent"]
    dialog.draft.email_button.click()
    assert opened == [
        "mailto:ann@lee.example?subject=Thank%20you%20for%20the%20referral&body=Dear%20Ann%2C%0D%0A%0D%0AThank%20you"
        "%20for%20introducing%20me%20to%20Jane%20Doe%20%26%20Co." + opened[0].split("Jane%20Doe%20%26%20Co.", 1)[1]
    ]
    assert opened[0].endswith("Sam%20Rivera") and "+" not in opened[0]
    assert "Once you have sent it" in message_boxes[0].text
    assert marked == [ThankStatus.SENT] and ThankYou.get_by_id(tid).status is ThankStatus.SENT
    assert not dialog.isVisible()  # nothing else typed: done


def test_a_broken_stored_template_says_so_instead_of_a_draft(window, qtbot, db):
    settings.put("templates/referral_received", "Dear ${first_name")
    ann = partner("Ann Lee")
    tid = thank(ann, referral(ann), due=dt.date.today()).id
    dialog = ThankYouDialog(window, [], thanks_service.list_thank_yous(ids=[tid])[0])
    qtbot.addWidget(dialog)
    assert "cannot be filled in" in dialog.draft.problem.text() and not dialog.draft.copy_button.isEnabled()
    assert not dialog.draft.email_button.isEnabled()


def test_email_note_from_the_thank_yous_page_then_mark_sent(window, qtbot, db, monkeypatch, message_boxes):
    ann = partner("Ann Lee")
    PartnerEmail.create(partner=ann, email="ann@lee.example")
    tid = thank(ann, referral(ann, prospect="Jane Doe"), due=dt.date.today()).id
    nomail = thank(partner("Bob"), due=dt.date.today()).id
    window.show_page("thanks")
    page = window.pages["thanks"]
    opened = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        lambda url: opened.append(url.toString(url.ComponentFormattingOption.FullyEncoded)) or True,
    )
    page.show_item(nomail)
    assert not page.action_email.isEnabled()  # no address to write to
    page.show_item(tid)
    assert page.action_email.isEnabled()
    message_boxes.answers = ["Mark &sent"]
    with qtbot.waitSignal(window.events.data_changed):
        page.action_email.trigger()
    assert opened[0].startswith("mailto:ann@lee.example?subject=Thank%20you%20for%20the%20referral&body=Dear%20Ann")
    assert ThankYou.get_by_id(tid).status is ThankStatus.SENT
    window.undo_stack.undo()
    assert ThankYou.get_by_id(tid).status is ThankStatus.OWED
