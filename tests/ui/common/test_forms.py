"""The shared form pieces, driven from the keyboard: the date field and the discard question."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout

from refdesk.ui.common.forms import DISCARD_QUESTION, DateField, FormDialog, qdate

# The offscreen platform cannot grab the keyboard for the calendar pop-up, nor raise it; harmless here.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (grabbing the keyboard|raise\(\))")

TODAY = dt.date.today()


class Form(FormDialog):
    """A small form: a name, a required date and an optional one between two line edits."""

    def __init__(self, anchor=None):
        super().__init__()
        self.setWindowTitle("Test form")
        self.before = QLineEdit()
        self.before.setAccessibleName("Before")
        self.required = DateField(dt.date(2025, 3, 10), name="Required date")
        self.optional = DateField(name="Closed date", optional=True, empty_text="Not closed", anchor=anchor)
        self.after = QLineEdit()
        self.after.setAccessibleName("After")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.before, self.required, self.optional, self.after, self.buttons):
            layout.addWidget(widget)

    def values(self):
        return (self.before.text(), self.required.value(), self.optional.value(), self.after.text())


@pytest.fixture
def form(qtbot):
    def make(**kwargs) -> Form:
        dialog = Form(**kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return make


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


# --- Tab -------------------------------------------------------------------------------------------------------


def test_tab_leaves_an_empty_optional_date(form, qtbot):
    dialog = form()
    assert dialog.optional.text() == "Not closed" and dialog.optional.value() is None
    focus(qtbot, dialog.required)
    press(qtbot, Qt.Key.Key_Tab)  # not the month of the required date: the next field
    assert dialog.optional.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)  # Qt's own date edit keeps the focus here while it shows "Not closed"
    assert dialog.after.hasFocus()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.optional.hasFocus()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.required.hasFocus()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.before.hasFocus()


def test_tab_leaves_a_filled_date_too(form, qtbot):
    dialog = form()
    dialog.optional.set_value(dt.date(2025, 4, 1))
    focus(qtbot, dialog.optional)
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.after.hasFocus()


# --- stepping, typing and emptying --------------------------------------------------------------------------------


def test_up_in_an_empty_date_gives_today_not_1900(form, qtbot):
    dialog = form()
    focus(qtbot, dialog.optional)
    press(qtbot, Qt.Key.Key_Up)
    assert dialog.optional.value() == TODAY
    press(qtbot, Qt.Key.Key_Up)  # then it steps from there, a day at a time
    assert dialog.optional.value() == TODAY + dt.timedelta(days=1)
    press(qtbot, Qt.Key.Key_Delete)  # Delete empties it again
    assert dialog.optional.value() is None and dialog.optional.text() == "Not closed"
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.optional.value() == TODAY


def test_an_empty_date_steps_from_its_related_date(form, qtbot):
    related = dt.date(2024, 2, 20)
    dialog = form(anchor=lambda: related)
    focus(qtbot, dialog.optional)
    press(qtbot, Qt.Key.Key_Up)
    assert dialog.optional.value() == related


def test_typing_a_day_in_an_empty_date_keeps_the_month_of_today(form, qtbot):
    dialog = form()
    focus(qtbot, dialog.optional)
    qtbot.keyClicks(dialog.optional, "5")
    assert dialog.optional.value() == TODAY.replace(day=5)


def test_a_required_date_cannot_be_emptied(form, qtbot):
    dialog = form()
    focus(qtbot, dialog.required)
    press(qtbot, Qt.Key.Key_Delete)
    assert dialog.required.value() is not None
    with pytest.raises(ValueError):
        dialog.required.set_value(None)


def test_names_and_tips(form):
    dialog = form()
    assert dialog.optional.accessibleName() == "Closed date"
    assert "Alt+Down or F4" in dialog.optional.toolTip() and "Delete" in dialog.optional.toolTip()
    assert "Delete" not in dialog.required.toolTip()


# --- the calendar -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, modifier",
    [(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)],
    ids=["F4", "Alt+Down"],
)
def test_the_keyboard_opens_the_calendar_and_picks_a_day(form, qtbot, key, modifier):
    dialog = form()
    field = dialog.required
    focus(qtbot, field)
    press(qtbot, key, modifier)
    qtbot.waitUntil(field.calendar_is_open, timeout=2000)
    calendar = field.calendarWidget()
    assert calendar.accessibleName() == "Required date: calendar"
    assert QApplication.focusWidget() is not None and calendar.isAncestorOf(QApplication.focusWidget())
    assert calendar.selectedDate() == qdate(dt.date(2025, 3, 10))
    press(qtbot, Qt.Key.Key_Right)  # the next day
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not field.calendar_is_open(), timeout=2000)
    assert field.value() == dt.date(2025, 3, 11)
    assert field.hasFocus()


def test_escape_in_the_calendar_puts_the_date_back(form, qtbot):
    dialog = form()
    field = dialog.required
    focus(qtbot, field)
    press(qtbot, Qt.Key.Key_F4)
    qtbot.waitUntil(field.calendar_is_open, timeout=2000)
    press(qtbot, Qt.Key.Key_Down)  # a week later
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not field.calendar_is_open(), timeout=2000)
    assert field.value() == dt.date(2025, 3, 10)
    assert dialog.isVisible(), "Escape closed the calendar, not the form"


def test_the_calendar_of_an_empty_date_opens_on_today_and_leaves_it_empty_on_escape(form, qtbot):
    dialog = form()
    field = dialog.optional
    focus(qtbot, field)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(field.calendar_is_open, timeout=2000)
    calendar = field.calendarWidget()
    assert calendar.selectedDate() == qdate(TODAY)  # not January 1900
    assert field.value() is None, "only choosing a day fills the field"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not field.calendar_is_open(), timeout=2000)
    assert field.value() is None
    press(qtbot, Qt.Key.Key_F4)
    qtbot.waitUntil(field.calendar_is_open, timeout=2000)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not field.calendar_is_open(), timeout=2000)
    assert field.value() == TODAY


def test_a_read_only_date_opens_no_calendar(form, qtbot):
    dialog = form()
    dialog.required.setReadOnly(True)
    focus(qtbot, dialog.required)
    press(qtbot, Qt.Key.Key_F4)
    assert not dialog.required.calendar_is_open()


# --- "Discard your changes?" ------------------------------------------------------------------------------------


def test_an_unchanged_form_closes_at_once(form, qtbot, message_boxes):
    dialog = form()
    focus(qtbot, dialog.before)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert message_boxes == []


def test_escape_on_a_changed_form_asks_and_keep_editing_is_the_default(form, qtbot, message_boxes):
    dialog = form()
    focus(qtbot, dialog.before)
    qtbot.keyClicks(dialog.before, "Ada")
    press(qtbot, Qt.Key.Key_Escape)  # the question's own Escape: Keep editing
    assert dialog.isVisible() and dialog.before.text() == "Ada"
    (box,) = message_boxes
    assert box.text == DISCARD_QUESTION
    assert sorted(box.buttons) == ["&Discard", "&Keep editing"]
    assert box.default == box.escape == "&Keep editing"

    message_boxes.answers.append("&Discard")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert len(message_boxes) == 2


def test_closing_the_window_of_a_changed_form_asks(form, qtbot, message_boxes):
    dialog = form()
    focus(qtbot, dialog.optional)
    press(qtbot, Qt.Key.Key_Up)  # a date counts as a change too
    message_boxes.answers.append("&Keep editing")
    dialog.close()
    assert dialog.isVisible() and len(message_boxes) == 1
    message_boxes.answers.append("&Discard")
    dialog.close()
    assert not dialog.isVisible()


def test_a_change_undone_by_hand_is_no_change(form, qtbot, message_boxes):
    dialog = form()
    focus(qtbot, dialog.before)
    qtbot.keyClicks(dialog.before, "x")
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and message_boxes == []


def test_saving_a_changed_form_does_not_ask(form, qtbot, message_boxes):
    dialog = form()
    focus(qtbot, dialog.before)
    qtbot.keyClicks(dialog.before, "Ada")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and message_boxes == []


def test_discard_closes_without_asking(form, qtbot, message_boxes):
    dialog = form()
    dialog.before.setText("typed")
    dialog.discard()
    assert not dialog.isVisible() and message_boxes == []


def test_a_form_never_shown_has_nothing_to_lose(qtbot, message_boxes):
    dialog = Form()
    qtbot.addWidget(dialog)
    dialog.before.setText("filled by a test")
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected and message_boxes == []
