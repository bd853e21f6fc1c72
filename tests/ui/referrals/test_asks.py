"""Won asks for the value, currency and date in the same step; Lost and a bad outcome ask what went
wrong; a bad value is refused in the dialog; the list and the dialog say the same of the follow-up."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from refdesk.db.models import Direction, Outcome, Partner, Referral, ReferralStatus, ThankReason, ThankYou
from refdesk.services import referrals as svc
from refdesk.services.partners import partner_choices
from refdesk.ui.referrals.ask_dialogs import WonDialog
from refdesk.ui.referrals.dialog import ReferralDialog
from refdesk.ui.referrals.models import FOLLOW_UP
from tests.ui.referrals.test_page import add, page_of

TODAY = dt.date.today()
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def ada(db):
    return Partner.create(name="Ada Okafor", company="Okafor Realty")


def test_won_asks_value_currency_and_date_in_one_undoable_step(window, qtbot, ada, asks):
    rid = add(ada, Direction.RECEIVED, days_ago=10, prospect_name="Carla <i>Client</i>")
    page = page_of(window, qtbot)
    page.show_item(rid)

    def fill(dialog):
        assert dialog.closed_date.value() == TODAY and dialog.currency.text()  # today, the default currency
        assert "Carla <i>Client</i>" in dialog.findChildren(type(dialog.error))[0].text()
        dialog.value.setText("1,250.50")
        dialog.currency.setText("eur")
        dialog.closed_date.set_value(TODAY - dt.timedelta(days=2))

    asks.fill = fill
    with qtbot.waitSignal(window.events.data_changed):
        page.set_selected_status(ReferralStatus.WON)
    ref = Referral.get_by_id(rid)
    assert (ref.status, ref.closed_value, ref.currency, ref.closed_date) == (
        ReferralStatus.WON,
        Decimal("1250.50"),
        "EUR",
        TODAY - dt.timedelta(days=2),
    )
    closed = ThankYou.get(ThankYou.reason == ThankReason.CLOSED_BUSINESS)
    assert closed.amount == Decimal("1250.50")  # the thank-you carries the value at once
    window.undo_stack.undo()  # one step takes all of it back
    ref = Referral.get_by_id(rid)
    assert (ref.status, ref.closed_value, ref.closed_date) == (ReferralStatus.PASSED, None, None)
    assert not ThankYou.select().where(ThankYou.reason == ThankReason.CLOSED_BUSINESS).exists()


def test_won_cancelled_changes_nothing(window, qtbot, ada, asks):
    rid = add(ada, Direction.GIVEN, days_ago=1)
    page = page_of(window, qtbot)
    page.show_item(rid)
    asks.cancel = True
    page.set_selected_status(ReferralStatus.WON)
    assert len(asks) == 1 and Referral.get_by_id(rid).status is ReferralStatus.PASSED
    assert window.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("value", "currency", "words"),
    [
        ("twelve", "USD", "number"),
        ("-5", "USD", "negative"),
        ("99999999999999", "USD", "too large"),
        ("100", "US", "three-letter"),
    ],
)
def test_won_refuses_a_bad_value_in_the_dialog(window, qtbot, ada, value, currency, words):
    rid = add(ada, Direction.GIVEN, days_ago=1)
    dialog = WonDialog(window, svc.get_row(rid), "USD")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.value.setText(value)
    dialog.currency.setText(currency)
    dialog.accept()
    assert dialog.isVisible() and not dialog.result()
    assert words in dialog.error.text() and dialog.error.isVisible()
    assert dialog.value.text() == value  # nothing typed is lost


def test_lost_and_bad_ask_what_went_wrong(window, qtbot, ada, asks):
    rid = add(ada, Direction.GIVEN, days_ago=4)
    page = page_of(window, qtbot)
    page.show_item(rid)
    asks.fill = lambda d: d.reason.setPlainText("  They chose a cheaper quote  ")
    with qtbot.waitSignal(window.events.data_changed):
        page.set_selected_status(ReferralStatus.LOST)
    ref = Referral.get_by_id(rid)
    assert (ref.status, ref.outcome_feedback) == (ReferralStatus.LOST, "They chose a cheaper quote")
    assert asks[-1].windowTitle() == "Referral lost"

    page.show_item(rid)
    asks.fill = lambda d: d.reason.setPlainText(d.reason.toPlainText() + "; and late")
    with qtbot.waitSignal(window.events.data_changed):
        page.set_selected_outcome(Outcome.BAD)
    ref = Referral.get_by_id(rid)
    assert ref.outcome is Outcome.BAD and ref.outcome_feedback == "They chose a cheaper quote; and late"
    asks.cancel = True  # cancelled: the outcome stays as it was
    page.show_item(rid)
    page.set_selected_outcome(Outcome.BAD)
    assert Referral.get_by_id(rid).outcome is Outcome.BAD and len(asks) == 3


@pytest.mark.parametrize("status", list(ReferralStatus))
@pytest.mark.parametrize("outcome", [None, Outcome.GOOD, Outcome.BAD])
@pytest.mark.parametrize("done", [False, True])
@pytest.mark.parametrize("days_ago", [0, 5])
def test_list_and_dialog_say_the_same_of_the_follow_up(window, qtbot, ada, status, outcome, done, days_ago):
    rid = add(ada, Direction.GIVEN, days_ago=days_ago, status=status, outcome=outcome, follow_up_done=done)
    dialog = ReferralDialog(window, partner_choices(), svc.data_of(rid), editing=True)
    qtbot.addWidget(dialog)
    page = page_of(window, qtbot)
    page.refresh()
    listed = page.model.data(page.model.index(page.model.row_of(rid), FOLLOW_UP))
    assert dialog.follow_up_state.text() == listed
    if status is ReferralStatus.WON and outcome is None and not done:
        assert listed == "Not needed"


def test_the_dialog_follows_the_status_as_it_is_chosen(window, qtbot, ada):
    rid = add(ada, Direction.GIVEN, days_ago=5)
    dialog = ReferralDialog(window, partner_choices(), svc.data_of(rid), editing=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.follow_up_state.text().startswith("⚠ Overdue")
    dialog.status.setCurrentIndex(dialog.status.findData(ReferralStatus.WON))
    assert dialog.follow_up_state.text() == "Not needed" and not dialog.follow_up.isEnabled()
    assert dialog.closed_date.value() == TODAY and dialog.focusWidget() is dialog.closed_value  # Won asks the value
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.BAD))
    assert dialog.follow_up.isEnabled() and dialog.focusWidget() is dialog.feedback
    assert dialog.feedback.placeholderText() == "What went wrong?"
