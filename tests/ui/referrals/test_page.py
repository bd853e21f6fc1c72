"""The Referrals page, its model and the Log/Edit dialog, driven like a user would."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from refdesk.db.models import Direction, Outcome, Partner, Referral, ReferralStatus, ThankReason, ThankYou
from refdesk.services import referrals as svc
from refdesk.services import rules
from refdesk.services.partners import partner_choices
from refdesk.ui.referrals.dialog import ReferralDialog
from refdesk.ui.referrals.models import FOLLOW_UP, OUTCOME, PARTNER, ReferralTableModel

TODAY = dt.date.today()
# the offscreen platform cannot raise windows or grab the keyboard for the completer popup: harmless here
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def partners(db):
    return [
        Partner.create(name="Ada Okafor", company="Okafor Realty"),
        Partner.create(name="Ben Smith", company="Smith Mortgages"),
    ]


def add(partner, direction=Direction.GIVEN, days_ago=0, **kw):
    data = svc.ReferralData(
        date=TODAY - dt.timedelta(days=days_ago),
        direction=direction,
        partner_id=partner.id,
        prospect_name=kw.pop("prospect_name", "Pat Prospect"),
        **kw,
    )
    return svc.create_referral(data).id


def page_of(window, qtbot):
    window.show_page("referrals")
    page = window.pages["referrals"]
    qtbot.waitUntil(lambda: page.isVisible())
    return page


def run_dialog_with(qtbot, steps):
    """Run *steps(dialog)* once the modal referral dialog is open."""
    done = []

    def drive():
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, ReferralDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(20, drive)
            return
        try:
            steps(dialog)
            done.append(dialog)
        finally:
            if dialog.isVisible():
                dialog.discard()  # never leave a modal dialog open (nor ask): the test fails instead of hanging

    QTimer.singleShot(0, drive)
    return done


# --- model ----------------------------------------------------------------------------------


def test_model_is_windowed_and_fetches_more(qapp, partners):
    ReferralTableModel.BATCH, old = 3, ReferralTableModel.BATCH
    try:
        for i in range(7):
            add(partners[0], days_ago=i)
        model = ReferralTableModel()
        model.reload()
        assert model.rowCount() == 3 and model.canFetchMore()
        model.fetchMore()
        model.fetchMore()
        assert model.rowCount() == 7 and not model.canFetchMore()
    finally:
        ReferralTableModel.BATCH = old


def test_overdue_follow_up_stands_out_with_words_not_only_colour(qapp, partners):
    add(partners[0], days_ago=5)
    model = ReferralTableModel()
    model.reload()
    index = model.index(0, FOLLOW_UP)
    assert "Overdue" in model.data(index)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(index, Qt.ItemDataRole.FontRole).bold()


# --- page -----------------------------------------------------------------------------------


def test_empty_page_says_what_to_do(window, qtbot):
    page = page_of(window, qtbot)
    assert page.body.currentWidget() is page.empty
    assert "Log referral" in page.empty.text() and "Ctrl+L" in page.empty.text()


def test_filters_sort_and_summary(window, qtbot, partners):
    add(partners[0], Direction.GIVEN, days_ago=1, prospect_name="Zed Young")
    add(partners[1], Direction.RECEIVED, days_ago=2, prospect_name="Amy Adams")
    add(partners[1], Direction.GIVEN, days_ago=200, prospect_name="Old Timer")
    page = page_of(window, qtbot)
    assert page.model.rowCount() == 3
    qtbot.waitUntil(lambda: page.summary.text().startswith("3 referrals"))

    page.direction.setCurrentIndex(page.direction.findData(Direction.RECEIVED))
    assert [page.model.referral(r).prospect for r in range(page.model.rowCount())] == ["Amy Adams"]
    page.direction.setCurrentIndex(0)

    page.period.setCurrentIndex(page.period.findData(90))
    assert page.model.rowCount() == 2
    page.period.setCurrentIndex(0)

    qtbot.keyClicks(page.search, "zed")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.referral(0).prospect == "Zed Young"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)

    page.partner.setText("Ben Smith · Smith Mortgages")
    assert page.model.rowCount() == 2
    page.search.setText("nobody-like-this")
    page.apply_filters()
    assert page.body.currentWidget() is page.empty and "match" in page.empty.text()
    page.clear_filters()
    assert page.model.rowCount() == 3 and page.body.currentWidget() is page.table

    page.table.sortByColumn(PARTNER, Qt.SortOrder.AscendingOrder)
    assert page.model.referral(0).partner == "Ada Okafor"


def test_show_item_selects_referral_even_when_filtered_out(window, qtbot, partners):
    ids = [add(partners[0], days_ago=i) for i in range(5)]
    target = add(partners[1], Direction.RECEIVED, days_ago=30)
    page = page_of(window, qtbot)
    page.direction.setCurrentIndex(page.direction.findData(Direction.GIVEN))
    window.events.show_requested.emit("referrals", target)
    assert page.selected_id() == target
    window.events.show_requested.emit("referrals", ids[2])
    assert page.selected_id() == ids[2]


def test_confirm_status_delete_and_undo_from_the_page(window, qtbot, partners, monkeypatch, asks):
    rid = add(partners[0], Direction.RECEIVED, days_ago=3)
    page = page_of(window, qtbot)
    page.show_item(rid)
    assert page.confirm_button.isEnabled()
    with qtbot.waitSignal(window.events.data_changed):
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert Referral.get_by_id(rid).follow_up_done
    assert page.model.data(page.model.index(0, FOLLOW_UP)) == "Confirmed"
    window.undo_stack.undo()
    assert not Referral.get_by_id(rid).follow_up_done

    emitted = []
    window.events.data_changed.connect(emitted.append)
    page.show_item(rid)
    page.set_selected_status(ReferralStatus.WON)
    assert "thanks" in emitted and "referrals" in emitted
    assert ThankYou.select().where(ThankYou.reason == ThankReason.CLOSED_BUSINESS).count() == 1
    window.undo_stack.undo()
    window.undo_stack.redo()
    window.undo_stack.undo()
    assert ThankYou.select().where(ThankYou.reason == ThankReason.CLOSED_BUSINESS).count() == 0

    # delete asks first: "No" keeps it
    from refdesk.ui.common import edits

    monkeypatch.setattr(edits, "confirm", lambda parent, question, yes: False)
    page.show_item(rid)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert Referral.get_or_none(Referral.id == rid) is not None
    asked = []
    monkeypatch.setattr(edits, "confirm", lambda parent, question, yes: asked.append(question) or True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "unsent thank-you" in asked[0]
    assert Referral.get_or_none(Referral.id == rid) is None
    assert ThankYou.select().count() == 0
    window.undo_stack.undo()
    assert Referral.get_by_id(rid) and ThankYou.select().count() == 1
    assert page.selected_id() == rid or page.model.row_of(rid) is not None


def test_outcome_and_partner_told_in_one_click_with_undo(window, qtbot, partners, asks):
    rid = add(partners[0], Direction.RECEIVED, days_ago=5)
    page = page_of(window, qtbot)
    page.show_item(rid)
    assert page.outcome_button.isEnabled() and page.told_button.isEnabled()
    assert not page.told_button.isChecked()

    bad = next(a for a in page.outcome_menu.actions() if a.data() is Outcome.BAD)
    with qtbot.waitSignal(window.events.data_changed):
        bad.trigger()
    ref = Referral.get_by_id(rid)
    assert ref.outcome is Outcome.BAD
    assert ref.follow_up_date == TODAY + dt.timedelta(days=1) and not ref.follow_up_done  # find out why
    assert "find out what went wrong" in window.statusBar().currentMessage()
    page.show_item(rid)
    assert page.model.data(page.model.index(page.model.row_of(rid), OUTCOME)) == "Bad"
    assert [a.text() for a in page.outcome_menu.actions() if a.isChecked()] == ["Bad"]  # ticked, not only red

    # Ctrl+T, from the keyboard, on the table
    page.table.setFocus()
    with qtbot.waitSignal(window.events.data_changed):
        qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    ref = Referral.get_by_id(rid)
    assert ref.partner_told and ref.partner_told_date == TODAY
    assert window.statusBar().currentMessage().startswith("Noted: Ada Okafor knows how it went.")
    page.show_item(rid)
    assert page.told_button.isChecked()
    assert page.model.data(page.model.index(page.model.row_of(rid), OUTCOME)) == "Bad · partner told"

    # the button again takes it back; Ctrl+Z takes back each step in turn
    with qtbot.waitSignal(window.events.data_changed):
        qtbot.mouseClick(page.told_button, Qt.MouseButton.LeftButton)
    assert not Referral.get_by_id(rid).partner_told
    window.undo_stack.undo()
    assert Referral.get_by_id(rid).partner_told
    window.undo_stack.undo()
    window.undo_stack.undo()
    ref = Referral.get_by_id(rid)
    assert ref.outcome is None and not ref.partner_told


# --- dialog ---------------------------------------------------------------------------------


def test_dialog_keyboard_only(window, qtbot, partners):
    page = page_of(window, qtbot)

    def key(k, mod=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget(), k, mod)

    def type_(text):
        qtbot.keyClicks(QApplication.focusWidget(), text)

    def steps(dialog):
        qtbot.waitUntil(dialog.partner.hasFocus, timeout=2000)
        type_("Ben Smith · Smith Mortgages")
        popup = dialog.partner.completer().popup()
        if popup.isVisible():  # the completer offers the match; Escape closes the list, keeping the text
            qtbot.keyClick(popup, Qt.Key.Key_Escape)
        key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the direction choice
        focused = QApplication.focusWidget()
        assert focused in (dialog.given, dialog.received)
        key(Qt.Key.Key_Right if focused is dialog.given else Qt.Key.Key_Space)  # choose "I received it"
        assert dialog.received.isChecked()
        key(Qt.Key.Key_Tab)
        assert dialog.partner.hasFocus()
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_Tab)  # past "the prospect is a partner"
        assert dialog.prospect_name.hasFocus()
        type_("Carla Client")
        key(Qt.Key.Key_Tab)
        type_("carla@example.com")
        key(Qt.Key.Key_Tab)
        type_("office move")
        key(Qt.Key.Key_Tab)
        assert dialog.recommendation.hasFocus()
        key(Qt.Key.Key_Down)  # → introduction
        for _ in range(10):  # first contact, follow-up date (Tab also walks its day/month/year), confirmed
            if dialog.notes.hasFocus():
                break
            key(Qt.Key.Key_Tab)
        assert dialog.notes.hasFocus()
        type_("Met at the breakfast")
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    done = run_dialog_with(qtbot, steps)
    qtbot.keyClick(page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert done
    ref = Referral.get()
    assert ref.direction is Direction.RECEIVED and ref.partner_id == partners[1].id
    assert ref.prospect_name == "Carla Client" and ref.prospect_contact == "carla@example.com"
    assert ref.type.value == "introduction" and ref.notes == "Met at the breakfast"
    assert ref.follow_up_date == TODAY + dt.timedelta(days=2)
    assert ThankYou.get().partner_id == partners[1].id
    assert page.selected_id() == ref.id
    window.undo_stack.undo()
    assert Referral.select().count() == 0 and ThankYou.select().count() == 0


def test_dialog_with_mouse_creates_partner_inline(window, qtbot, partners):
    page = page_of(window, qtbot)

    def steps(dialog):
        dialog.partner.setText("Nina New")
        assert "new partner" in dialog.partner_hint.text()
        qtbot.mouseClick(dialog.prospect_is_partner, Qt.MouseButton.LeftButton)
        dialog.prospect_partner.setText("Ada Okafor · Okafor Realty")
        dialog.closed_value.setText("1,250")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    done = run_dialog_with(qtbot, steps)
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    assert done
    nina = Partner.get(Partner.name == "Nina New")
    ref = Referral.get()
    assert ref.partner_id == nina.id and ref.prospect_partner_id == partners[0].id
    assert ref.closed_value == Decimal("1250.00")


@pytest.mark.parametrize("case", ["no partner", "follow-up before date", "negative value", "not a number"])
def test_dialog_invalid_input_shows_message_and_saves_nothing(window, qtbot, partners, case):
    page = page_of(window, qtbot)
    seen = {}

    def steps(dialog):
        dialog.prospect_name.setText("Someone")
        dialog.partner.setText("Ada Okafor · Okafor Realty")
        if case == "no partner":
            dialog.partner.clear()
        elif case == "follow-up before date":
            dialog.date.setDate(QDate(2025, 3, 10))
            dialog.follow_up.setDate(QDate(2025, 3, 9))
        elif case == "negative value":
            dialog.closed_value.setText("-20")
        else:
            dialog.closed_value.setText("lots")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["visible"] = dialog.isVisible()
        seen["error"] = dialog.error.text()
        seen["focus"] = dialog.focusWidget()
        seen["dialog"] = dialog
        dialog.discard()  # Cancel would ask "Discard your changes?" (tests/ui/common/test_forms.py)

    done = run_dialog_with(qtbot, steps)
    page.log_button.click()
    assert done and seen["visible"]
    assert Referral.select().count() == 0 and ThankYou.select().count() == 0
    expected = {
        "no partner": ("Choose the partner", "partner"),
        "follow-up before date": ("before the referral date", "follow_up"),
        "negative value": ("negative", "closed_value"),
        "not a number": ("not an amount", "closed_value"),
    }[case]
    assert expected[0] in seen["error"]
    assert seen["focus"] is getattr(seen["dialog"], expected[1])


def test_edit_dialog_changes_status_to_won(window, qtbot, partners):
    rid = add(partners[0], Direction.RECEIVED, days_ago=4)
    page = page_of(window, qtbot)
    page.show_item(rid)

    def steps(dialog):
        assert dialog.windowTitle() == "Edit referral"
        dialog.status.setCurrentIndex(dialog.status.findData(ReferralStatus.WON))
        dialog.closed_value.setText("900")
        qtbot.keyClick(dialog.closed_value, Qt.Key.Key_Return)

    done = run_dialog_with(qtbot, steps)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert done
    closed = ThankYou.get(ThankYou.reason == ThankReason.CLOSED_BUSINESS)
    assert closed.amount == Decimal("900.00")
    assert Referral.get_by_id(rid).closed_date == TODAY


def test_render_page_and_dialog(window, qtbot, partners, tmp_path):
    add(partners[0], Direction.RECEIVED, days_ago=9)
    page = page_of(window, qtbot)
    window.resize(1280, 800)
    assert not page.grab().isNull()
    dialog = ReferralDialog(window, partner_choices())
    qtbot.addWidget(dialog)
    image = dialog.grab()
    assert image.width() >= 600 and image.save(str(tmp_path / "dialog.png"))


# --- the keyboard: the closed date, the calendar and the discard question --------------------------------------


def test_tab_passes_an_empty_closed_date_and_up_starts_from_today(window, qtbot, partners):
    rid = add(partners[0], Direction.RECEIVED, days_ago=4)
    page = page_of(window, qtbot)
    page.show_item(rid)
    seen = {}

    def key(k, mod=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget(), k, mod)

    def steps(dialog):
        qtbot.waitUntil(dialog.status.hasFocus, timeout=2000)  # editing starts at the progress
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_Tab)
        assert dialog.closed_date.hasFocus() and dialog.closed_date.text() == "Not closed"
        key(Qt.Key.Key_Tab)  # used to stay in "Not closed" for good
        seen["after closed date"] = QApplication.focusWidget()
        key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert dialog.closed_date.hasFocus()
        key(Qt.Key.Key_Up)  # not 2 Jan 1900
        seen["closed"] = dialog.closed_date.value()
        key(Qt.Key.Key_Return)

    done = run_dialog_with(qtbot, steps)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert done
    assert seen["after closed date"] is done[0].outcome
    assert seen["closed"] == TODAY
    assert Referral.get_by_id(rid).closed_date == TODAY


def test_an_empty_closed_date_steps_from_a_later_referral_date(qapp, qtbot, partners):
    later = TODAY + dt.timedelta(days=10)
    dialog = ReferralDialog(None, partner_choices(), svc.ReferralData(date=later))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.closed_date.setFocus()
    qtbot.keyClick(dialog.closed_date, Qt.Key.Key_Up)
    assert dialog.closed_date.value() == later  # it cannot close before it was referred


def test_f4_opens_the_follow_up_calendar(qapp, qtbot, partners):
    dialog = ReferralDialog(None, partner_choices())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.follow_up.setFocus()
    qtbot.keyClick(dialog.follow_up, Qt.Key.Key_F4)
    qtbot.waitUntil(dialog.follow_up.calendar_is_open, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.follow_up.calendar_is_open(), timeout=2000)
    assert dialog.follow_up.value() == TODAY + dt.timedelta(days=rules.FOLLOW_UP_DAYS + 1)
    assert dialog.follow_up.calendarWidget().accessibleName() == "Follow-up date: calendar"


def test_escape_asks_before_discarding_a_typed_referral(window, qtbot, partners, message_boxes):
    page = page_of(window, qtbot)
    seen = {}

    def steps(dialog):
        qtbot.waitUntil(dialog.partner.hasFocus, timeout=2000)
        qtbot.keyClicks(dialog.partner, "Ben")
        popup = dialog.partner.completer().popup()
        if popup.isVisible():  # Escape first closes the completer's list
            qtbot.keyClick(popup, Qt.Key.Key_Escape)
        message_boxes.answers.append("&Keep editing")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        seen["kept"] = dialog.isVisible() and dialog.partner.text() == "Ben"
        message_boxes.answers.append("&Discard")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        seen["closed"] = not dialog.isVisible()

    done = run_dialog_with(qtbot, steps)
    page.log_button.click()
    assert done and seen == {"kept": True, "closed": True}
    assert [b.text for b in message_boxes] == ["Discard your changes?"] * 2
    assert Referral.select().count() == 0


def test_escape_closes_an_untouched_referral_at_once(window, qtbot, partners, message_boxes):
    page = page_of(window, qtbot)
    seen = {}

    def steps(dialog):
        qtbot.waitUntil(dialog.partner.hasFocus, timeout=2000)
        qtbot.keyClick(dialog.partner, Qt.Key.Key_Escape)
        seen["closed"] = not dialog.isVisible()

    done = run_dialog_with(qtbot, steps)
    page.log_button.click()
    assert done and seen == {"closed": True} and message_boxes == []


def test_the_custom_date_filters_use_the_date_field(window, qtbot, partners):
    from refdesk.ui.common.forms import DateField

    page = page_of(window, qtbot)
    page.period.setCurrentIndex(page.period.findData("custom"))
    assert page.date_from.isVisible() and isinstance(page.date_from, DateField)
    assert page.date_from.accessibleName() == "From date" and page.date_from.toolTip()
    page.date_from.setFocus()
    qtbot.keyClick(page.date_from, Qt.Key.Key_Tab)
    assert page.date_to.hasFocus(), "Tab goes from one date to the other, not into the month"


def test_the_menu_key_offers_the_quick_actions_for_the_selected_referral(window, qtbot, partners, monkeypatch):
    """Opened from the keyboard, the quick actions are for the referral the keyboard is on (they were
    for the one below it), and the selection stays there."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    from refdesk.ui.referrals import quick

    ids = [add(partners[0], days_ago=i) for i in range(6)]
    page = page_of(window, qtbot)
    page.show_item(ids[2])
    shown: list[int | None] = []

    class Recorded(QMenu):
        def exec(self, *_args):
            shown.append(page.selected_id())

    monkeypatch.setattr(quick, "QMenu", Recorded)
    table = page.table
    table.setFocus()
    at = table.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()  # where Qt puts it
    QApplication.sendEvent(table, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, table.mapToGlobal(at)))
    assert shown == [ids[2]]
    assert page.selected_id() == ids[2]
