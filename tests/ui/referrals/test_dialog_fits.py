"""The dialogs of the Referrals and Thank-yous pages fit a small screen (1024×768, less the taskbar and
the title bar: 1000×740) in English, German and Spanish, and show every word they hold: no label,
button or list box is narrower than its text, at the default font and at a 1.25× larger one."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QToolButton, QWidget

from tests.ui.common.dialogs import DIALOGS, seed
from tests.ui.test_languages import speaking

SCREEN = (1000, 740)
NAMES = [
    "referral: new",
    "referral: prospect is a partner",
    "referral: editing",
    "referral won",
    "referral lost: why",
    "thank-you: new",
    "thank-you: change",
]


@contextlib.contextmanager
def font_scaled(scale: float):
    """The application's font *scale* times larger while the block runs (as a user's larger font would be)."""
    app = QApplication.instance()
    normal = app.font()
    larger = app.font()
    larger.setPointSizeF(normal.pointSizeF() * scale)
    app.setFont(larger)
    try:
        yield
    finally:
        app.setFont(normal)


def _shown_text(widget: QLabel | QAbstractButton) -> str:
    """The text as drawn: an Alt letter's "&" is not drawn ("&&" is one "&")."""
    text = widget.text()
    if isinstance(widget, QAbstractButton) or widget.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def clipped(dialog: QWidget) -> list[str]:
    """What the shown *dialog* cuts off: labels, buttons, list boxes and empty fields' hints narrower (or lower)
    than their text."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        where = f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"
        if isinstance(widget, QLabel) and widget.text() and widget.textFormat() == Qt.TextFormat.PlainText:
            room = widget.contentsRect()
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height():
                    found.append(f"{where}: {widget.text()!r} needs {need} px of height, has {widget.height()}")
            else:
                metrics = widget.fontMetrics()
                indent = max(widget.indent(), 0)
                need = max(metrics.horizontalAdvance(line) for line in _shown_text(widget).split("\n")) + indent
                if need > room.width():
                    found.append(f"{where}: {widget.text()!r} needs {need} px, has {room.width()}")
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton) and widget.text():
            if widget.sizeHint().width() > widget.width():
                found.append(f"{where}: {widget.text()!r} needs {widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.placeholderText()) + 8  # the frame and margins
            if need > widget.width():
                found.append(f"{where}: {widget.placeholderText()!r} needs {need} px, has {widget.width()}")
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            if widget.sizeHint().width() > widget.width():  # wide enough for its longest choice
                found.append(f"{where}: needs {widget.sizeHint().width()} px, has {widget.width()}")
    return found


def _open(qtbot, window, name: str) -> QWidget:
    dialog = DIALOGS[name](window, seed())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("name", NAMES)
def test_the_dialog_fits_a_small_screen_and_cuts_no_word_off(qtbot, window, db, lang, name):
    with speaking(lang):
        dialog = _open(qtbot, window, name)
        width, height = SCREEN
        for what, size in (
            ("size hint", dialog.sizeHint()),
            ("minimum size", dialog.minimumSizeHint()),
            ("size shown", dialog.size()),
        ):
            assert size.width() <= width and size.height() <= height, f"{name} ({lang}): {what} {size.toTuple()}"
        assert clipped(dialog) == []


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_larger_font_cuts_no_word_off(qtbot, window, db, lang):
    with font_scaled(1.25), speaking(lang):
        for name in NAMES:
            dialog = _open(qtbot, window, name)
            assert clipped(dialog) == [], name
            dialog.close()


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_explanations_wrap_instead_of_widening_the_referral_dialog(qtbot, window, db, lang):
    """The type and first-contact sentences and "I introduced A to B" wrap within the fields' width; the
    direction's two choices are one above the other; the first contact's sentence follows the choice."""
    with speaking(lang):
        dialog = _open(qtbot, window, "referral: new")
        assert dialog.received.y() > dialog.given.y()
        assert dialog.first_contact_explained.wordWrap()
        for index in range(dialog.first_contact.count()):
            dialog.first_contact.setCurrentIndex(index)
            tip = dialog.first_contact.itemData(index, Qt.ItemDataRole.ToolTipRole)
            assert dialog.first_contact_explained.text() == tip != ""
            assert dialog.first_contact.accessibleDescription() == tip
            assert clipped(dialog) == []
        dialog.partner.setText("Someone Quite New With A Long Business Name")  # "… will be added as a new partner"
        assert dialog.partner_hint.isVisibleTo(dialog)
        qtbot.waitUntil(lambda: clipped(dialog) == [], timeout=2000)
        assert dialog.width() <= SCREEN[0] and dialog.minimumSizeHint().width() <= SCREEN[0]


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_print_previews_of_the_thank_yous_fit_a_small_screen(qtbot, window, db, lang):
    """The checklist, label and envelope previews take the window's size (at most): on a small screen's
    window they fit, and they can shrink further without cutting a word off."""
    from refdesk.ui.thanks.checklist import ChecklistPreview, make_printer
    from refdesk.ui.thanks.mail_print import MailPreview

    window.resize(*SCREEN)
    with speaking(lang):
        for build in (
            lambda: ChecklistPreview(window, make_printer()),
            lambda: MailPreview(window, "labels", []),
            lambda: MailPreview(window, "envelopes", []),
        ):
            dialog = build()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            for size in (dialog.size(), dialog.minimumSizeHint()):
                assert size.width() <= SCREEN[0] and size.height() <= SCREEN[1], (dialog.windowTitle(), size)
            assert clipped(dialog) == []
            dialog.close()
