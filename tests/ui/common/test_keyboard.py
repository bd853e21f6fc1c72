"""Every dialog RefDesk has, from the keyboard: unique Alt+letters that go to their own field, and Tab
and Shift+Tab through every control once, in both directions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
    QWidget,
)

from tests.ui.common.dialogs import DIALOGS, collisions, mnemonic, mnemonics, open_dialog, tab_cycle

# the offscreen platform cannot size native windows to their hints (see pyproject.toml)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAMES = list(DIALOGS)


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.accessibleName() or text})"


def is_control(widget: QWidget, dialog: QWidget) -> bool:
    """A control the keyboard user must be able to reach with Tab."""
    if not (widget.isVisibleTo(dialog) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
        return False
    if not isinstance(
        widget,
        (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView, QSlider, QTabBar),
    ):
        return False
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)):  # the line edit of a combo or date field
        return False
    if isinstance(widget, QAbstractButton) and isinstance(parent, QTabBar):  # the tab bar's scroll arrows
        return False
    if isinstance(widget, QRadioButton) and not widget.isChecked():
        # Tab reaches the chosen one of a group; the arrow keys choose another
        group = widget.group()
        siblings = group.buttons() if group is not None else []
        if any(s.isChecked() for s in siblings):
            return False
    return True


@pytest.mark.parametrize("name", NAMES)
def test_no_two_alt_letters_collide(window, qtbot, name):
    dialog = open_dialog(qtbot, window, name)
    assert mnemonics(dialog), "a dialog without a single Alt+letter"
    assert collisions(dialog) == {}


@pytest.mark.parametrize("name", NAMES)
def test_every_labels_alt_letter_goes_to_its_own_field(window, qtbot, name):
    dialog = open_dialog(qtbot, window, name)
    labels = [(letter, w) for letter, _text, w in mnemonics(dialog) if isinstance(w, QLabel)]
    for letter, label in labels:
        buddy = label.buddy()
        assert buddy is not None, f"“{label.text()}” shows an Alt+letter that goes nowhere"
        assert buddy.focusPolicy() != Qt.FocusPolicy.NoFocus, f"“{label.text()}” goes to {describe(buddy)}"
        qtbot.keyClick(dialog, Qt.Key(Qt.Key.Key_A + ord(letter) - ord("a")), Qt.KeyboardModifier.AltModifier)
        focused = QApplication.focusWidget()
        target = buddy.focusProxy() or buddy
        assert focused is target or target.isAncestorOf(focused), (
            f"Alt+{letter.upper()} (“{label.text()}”) went to {describe(focused)}, not {describe(buddy)}"
        )


@pytest.mark.parametrize("name", NAMES)
def test_tab_and_shift_tab_reach_every_control_once(window, qtbot, name):
    dialog = open_dialog(qtbot, window, name)
    start = QApplication.focusWidget()
    assert start is not None and dialog.isAncestorOf(start), f"the dialog opens with the focus on {describe(start)}"
    forward = tab_cycle(qtbot, dialog, start)
    assert len(forward) == len(set(forward)), "Tab is stuck: " + " → ".join(describe(w) for w in forward)
    expected = {w for w in dialog.findChildren(QWidget) if is_control(w, dialog)}
    missing = [describe(w) for w in expected - set(forward)]
    assert not missing, f"Tab never reaches {missing}"
    backward = tab_cycle(qtbot, dialog, start, backwards=True)
    assert backward == [start, *reversed(forward[1:])], "Shift+Tab does not walk back the way Tab came"


def test_the_referral_dialog_tabs_in_reading_order(window, qtbot):
    dialog = open_dialog(qtbot, window, "referral: new")
    forward = tab_cycle(qtbot, dialog, dialog.date)
    d = dialog
    assert forward == [
        d.date,
        d.given,
        d.partner,
        d.prospect_is_partner,
        d.prospect_name,
        d.prospect_contact,
        d.prospect_need,
        d.recommendation,
        d.first_contact,
        d.follow_up,
        d.follow_up_done,
        d.notes,
        d.status,
        d.closed_value,
        d.currency,
        d.closed_date,  # empty ("Not closed"): Tab used to stop here for good
        d.outcome,
        d.feedback,
        d.partner_told,
        d.partner_thanked,  # a referral given: the day each party thanked me
        d.prospect_thanked,
        *[w for w in forward if w in d.buttons.buttons()],
    ]
    assert len([w for w in forward if w in d.buttons.buttons()]) == 2


def test_alt_o_goes_to_the_outcome_in_the_referral_dialog(window, qtbot):
    dialog = open_dialog(qtbot, window, "referral: new")
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert dialog.outcome.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.prospect_name.hasFocus()


def test_mnemonic_reading():
    assert mnemonic("Closed d&ate:") == "a"
    assert mnemonic("Fish && chips") is None
    assert mnemonic("R&&D &budget") == "b"
