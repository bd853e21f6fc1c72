"""On the Referrals page, the partner's and the prospect's thanks for a referral I gave: one click (or
key) each, shown in the list and ticked in the menu, undone with Ctrl+Z; not offered on received ones."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from refdesk.db.models import Direction, Partner, Referral
from refdesk.ui.referrals.models import THANKED
from tests.ui.referrals.test_page import add, page_of

TODAY = dt.date.today()
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def ada(db):
    return Partner.create(name="Ada Okafor", company="Okafor Realty")


def _cell(page, rid):
    return page.model.data(page.model.index(page.model.row_of(rid), THANKED))


def test_partner_and_prospect_thanks_in_one_click_each_with_undo(window, qtbot, ada):
    rid = add(ada, Direction.GIVEN, days_ago=4, prospect_name="Pat Prospect")
    page = page_of(window, qtbot)
    page.show_item(rid)
    assert page.thanked_button.isEnabled() and _cell(page, rid) == ""
    assert not page.partner_thanked_action.isChecked()

    page.table.setFocus()
    with qtbot.waitSignal(window.events.data_changed):
        qtbot.keyClick(page.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert Referral.get_by_id(rid).partner_thanked_date == TODAY
    assert window.statusBar().currentMessage() == "Noted: Ada Okafor thanked you. Undo with Ctrl+Z."
    page.show_item(rid)
    assert _cell(page, rid) == "Partner" and page.partner_thanked_action.isChecked()

    with qtbot.waitSignal(window.events.data_changed):
        page.prospect_thanked_action.trigger()
    page.show_item(rid)
    assert _cell(page, rid) == "Partner and prospect"
    assert "The prospect thanked you on" in page.model.data(
        page.model.index(page.model.row_of(rid), THANKED), Qt.ItemDataRole.ToolTipRole
    )

    window.undo_stack.undo()
    assert Referral.get_by_id(rid).prospect_thanked_date is None
    assert window.undo_stack.undoText() == "The partner thanked me"
    window.undo_stack.undo()
    assert Referral.get_by_id(rid).partner_thanked_date is None
    page.show_item(rid)
    assert _cell(page, rid) == ""


def test_not_offered_on_a_received_referral(window, qtbot, ada):
    rid = add(ada, Direction.RECEIVED, days_ago=1)
    page = page_of(window, qtbot)
    page.show_item(rid)
    assert not page.thanked_button.isEnabled() and not page.partner_thanked_action.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert Referral.get_by_id(rid).partner_thanked_date is None
    assert _cell(page, rid) == ""


def test_the_dialog_shows_and_saves_both_days_on_a_given_referral(window, qtbot, ada):
    from refdesk.services import referrals as svc
    from refdesk.services.partners import partner_choices
    from refdesk.ui.referrals.dialog import ReferralDialog

    rid = add(ada, Direction.GIVEN, days_ago=6)
    svc.set_thanked(rid, "prospect", on=TODAY - dt.timedelta(days=2))
    dialog = ReferralDialog(window, partner_choices(), svc.data_of(rid), editing=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.partner_thanked.isVisible() and dialog.partner_thanked.value() is None
    assert dialog.prospect_thanked.value() == TODAY - dt.timedelta(days=2)
    dialog.partner_thanked.set_value(TODAY - dt.timedelta(days=1))
    data = dialog.collect()
    assert (data.partner_thanked_date, data.prospect_thanked_date) == (
        TODAY - dt.timedelta(days=1),
        TODAY - dt.timedelta(days=2),
    )
    dialog.partner_thanked.set_value(TODAY - dt.timedelta(days=30))  # before the referral: refused, named
    with pytest.raises(svc.ReferralError) as caught:
        svc.update_referral(rid, dialog.collect())
    dialog.show_problem(str(caught.value), caught.value.field)
    assert dialog.partner_thanked.hasFocus() or dialog.partner_thanked.isAncestorOf(dialog.focusWidget())
    dialog.received.setChecked(True)  # received: I owe the thank-you, nothing to record here
    assert not dialog.partner_thanked.isVisible()
    data = dialog.collect()
    assert data.partner_thanked_date is None and data.prospect_thanked_date is None
