"""What RefDesk's dialogs share: one date field, the small form helpers, and the
"Discard your changes?" question when a changed form is closed.

The date field
    ``DateField`` is the only date widget in RefDesk's dialogs and filters. Tab and
    Shift+Tab always move to the next or previous control (the day, month and year are
    reached with Left and Right, and changed with Up and Down or by typing); Alt+Down
    and F4 open the calendar; an optional field may be empty, shows a word such as
    "Not closed", steps from today (or from the date the caller says) when Up or Down
    is pressed, and Delete empties it again.

The discard question
    ``FormDialog`` remembers the form's values when it is first shown (``form_values()``,
    by default the dialog's own ``data()`` / ``collect()`` / ``values()``). Escape, Cancel
    or closing the window on a form whose values differ asks "Discard your changes?"
    (Keep editing is the default); an unchanged form closes at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from refdesk.ui.common import appearance

DATE_FORMAT = "d MMM yyyy"
"""How a date field shows its date: the month as a word, so 3/4 never reads as 4 March in one country and
3 April in another."""
NO_DATE = QDate(1900, 1, 1)
"""The value an empty optional date field holds (its minimum, shown as its empty text); never a real date."""


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


# --- small helpers for labels and boxes ---------------------------------------------------------------------


def error_label() -> QLabel:
    """A label for input problems: plain text, with a warning sign so colour is not the only signal."""
    lab = QLabel()
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    lab.setObjectName("error")
    lab.setStyleSheet(f"QLabel#error {{ color: {appearance.error_colour().name()}; font-weight: bold; }}")
    lab.setAccessibleName(QCoreApplication.translate("forms", "Problem"))
    lab.hide()
    return lab


def show_error(lab: QLabel, text: str) -> None:
    lab.setText(f"⚠ {text}")
    lab.setVisible(bool(text))


def hint(text: str) -> QLabel:
    """A smaller, quieter line of explanation under a field (plain text)."""
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    lab.setForegroundRole(lab.foregroundRole())
    font = lab.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    lab.setFont(font)
    pal = lab.palette()
    pal.setColor(lab.foregroundRole(), pal.color(pal.ColorRole.PlaceholderText))
    lab.setPalette(pal)
    return lab


def text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of plain text; Tab leaves it (Ctrl+Tab types no tab either: notes need none)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A field's label; its Alt+letter (the letter after ``&``) goes to *buddy*."""
    widget = QLabel(text)
    widget.setBuddy(buddy)
    return widget


def stacked(*widgets: QWidget) -> QWidget:
    """*widgets* one above the other, as one field (a box of its own: a wrapped line gets its true height)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return box


def fit_to_form(widget: QLabel) -> None:
    """*widget* wraps its words within the width the other fields give it, never widening the dialog."""
    widget.setWordWrap(True)
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)


def dim(widget: QLabel) -> None:
    """*widget*'s words in a quieter colour: the palette's disabled text, a little darker, still readable."""
    widget.setForegroundRole(widget.foregroundRole())
    palette = widget.palette()
    palette.setColor(
        widget.foregroundRole(), palette.color(palette.ColorGroup.Disabled, palette.ColorRole.Text).darker(130)
    )
    widget.setPalette(palette)


def explanation(text: str) -> QLabel:
    """A dim line under a choice, lined up with the choice's words: as wide as the fields, however long
    the sentence (it wraps), so that no language makes the dialog too wide for a small screen."""
    explain = QLabel(text)
    explain.setTextFormat(Qt.TextFormat.PlainText)
    explain.setIndent(22)
    fit_to_form(explain)
    dim(explain)
    return explain


def tab_order_of(box: QDialogButtonBox) -> list[QAbstractButton]:
    """The buttons of *box* in the order Tab reaches them (the platform's order, as laid out)."""
    buttons = set(box.buttons())
    order: list[QAbstractButton] = []
    widget = box.nextInFocusChain()
    while buttons and widget is not None and widget is not box:
        if widget in buttons:
            buttons.discard(widget)
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


# --- the date field ---------------------------------------------------------------------------------------------


class DateField(QDateEdit):
    """A date, typed or picked from a calendar; optionally empty.

    *name* is the accessible name (what a screen reader says); *tooltip* what a pointer shows.
    With *optional*, ``value()`` is None while the field shows *empty_text*; Up, Down, typing or
    the calendar then start from *anchor()* (default: today), and Delete empties the field.
    """

    def __init__(
        self,
        value: dt.date | None = None,
        *,
        name: str,
        tooltip: str = "",
        optional: bool = False,
        empty_text: str = QT_TRANSLATE_NOOP("forms", "Not set"),
        anchor: Callable[[], dt.date] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._optional = optional
        self._anchor = anchor
        self._before_calendar = QDate()
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setAccessibleName(name)
        empty_text = QCoreApplication.translate("forms", empty_text)
        keys = QCoreApplication.translate("forms", "Alt+Down or F4 opens the calendar")
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(empty_text)
            keys += QCoreApplication.translate("forms", "; Delete empties it")
            self.setAccessibleDescription(
                QCoreApplication.translate("forms", "Optional; “%1” when empty").replace("%1", empty_text)
            )
        self.setToolTip(f"{tooltip} ({keys})" if tooltip else keys[0].upper() + keys[1:])
        widest = max(
            self.fontMetrics().horizontalAdvance(text) for text in ("30 September 2025", "28 May 2025", empty_text)
        )
        self.setMinimumWidth(widest + 8 * self.fontMetrics().averageCharWidth())
        self.set_value(value if value is not None or optional else dt.date.today())

    # --- the value ---------------------------------------------------------------------------------------

    @property
    def optional(self) -> bool:
        return self._optional

    def value(self) -> dt.date | None:
        """The date shown, or None when an optional field is empty."""
        if self.is_empty():
            return None
        return pydate(self.date())

    def set_value(self, day: dt.date | None) -> None:
        if day is None and not self._optional:
            raise ValueError(
                QCoreApplication.translate("forms", "%1 needs a date").replace("%1", self.accessibleName())
            )
        self.setDate(NO_DATE if day is None else qdate(day))

    def is_empty(self) -> bool:
        return self._optional and self.date() == NO_DATE

    def anchor(self) -> dt.date:
        """Where an empty field starts from: the caller's related date, else today."""
        day = self._anchor() if self._anchor is not None else None
        return day or dt.date.today()

    def _fill_from_anchor(self) -> None:
        self.set_value(self.anchor())
        self.setSelectedSection(QDateTimeEdit.Section.DaySection)

    # --- the keyboard --------------------------------------------------------------------------------------

    def focusNextPrevChild(self, forward: bool) -> bool:
        # QDateTimeEdit moves between day, month and year on Tab, and with its empty text shown it
        # swallows Tab altogether: Tab must leave the field like every other one.
        return QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        alt = mods == Qt.KeyboardModifier.AltModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if (key == Qt.Key.Key_F4 and plain) or (key == Qt.Key.Key_Down and alt):
            self.open_calendar()
            event.accept()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            self.focusNextPrevChild(forward)
            event.accept()
            return
        if self._optional and key == Qt.Key.Key_Delete and plain and not self.isReadOnly():
            self.set_value(None)
            event.accept()
            return
        if self.is_empty() and not self.isReadOnly() and event.text().isdigit() and plain:
            self._fill_from_anchor()  # typing a day starts from the anchor's month and year
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.is_empty():  # Up or Down in an empty field: the anchor (today), not 2 January 1900
            self._fill_from_anchor()
            return
        super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.is_empty():
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return super().stepEnabled()

    # --- the calendar -------------------------------------------------------------------------------------

    def calendar(self) -> QCalendarWidget:
        """The pop-up calendar (made on first use)."""
        calendar = self.calendarWidget()
        if not calendar.accessibleName():
            calendar.setAccessibleName(
                QCoreApplication.translate("forms", "%1: calendar").replace("%1", self.accessibleName())
            )
            calendar.setToolTip(
                QCoreApplication.translate(
                    "forms",
                    "Arrow keys choose the day, Ctrl+Page Up and Page Down the month; Enter takes it, Esc puts the date back",
                )
            )
            calendar.window().installEventFilter(self)
        return calendar

    def calendar_is_open(self) -> bool:
        calendar = self.calendarWidget()
        return calendar is not None and calendar.window().isVisible()

    def eventFilter(self, watched, event) -> bool:
        # Esc in the calendar puts back the date the field had when it opened (the calendar
        # changes the field as the arrow keys move): an empty field stays empty.
        calendar = self.calendarWidget()
        if calendar is not None and watched is calendar.window():
            if event.type() == QEvent.Type.Show:
                self._before_calendar = self.date()
            elif event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Cancel):
                self.setDate(self._before_calendar)
        return super().eventFilter(watched, event)

    def open_calendar(self) -> bool:
        """Show the calendar under the field with the keyboard in it; False when the field is read-only."""
        if not self.isEnabled() or self.isReadOnly():
            return False
        calendar = self.calendar()
        popup = calendar.window()
        calendar.setDateRange(self.minimumDate(), self.maximumDate())
        calendar.setSelectedDate(self.date())  # the popup takes the field's date (it also remembers it for Esc)
        self._calendar_from_anchor()
        popup.adjustSize()
        popup.move(self._calendar_position(popup.sizeHint().width(), popup.sizeHint().height()))
        popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return True

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)  # the arrow opens Qt's own popup
        if self.calendar_is_open():
            self._calendar_from_anchor()

    def _calendar_from_anchor(self) -> None:
        """An empty field's calendar opens on the anchor date, while the field stays empty until one is chosen."""
        if not self.is_empty():
            return
        calendar = self.calendar()
        calendar.blockSignals(True)  # the popup would copy the date into the field at once
        try:
            calendar.setSelectedDate(qdate(self.anchor()))
        finally:
            calendar.blockSignals(False)

    def _calendar_position(self, width: int, height: int) -> QPoint:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        below = self.mapToGlobal(self.rect().bottomRight() if rtl else self.rect().bottomLeft())
        above = self.mapToGlobal(self.rect().topLeft())
        x = below.x() - width if rtl else below.x()
        y = below.y()
        screen = QGuiApplication.screenAt(below) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            x = max(area.left(), min(x, area.right() - width))
            if y + height > area.bottom():
                y = above.y() - height
            y = max(area.top(), min(y, area.bottom() - height))
        return QPoint(x, y)


# --- "Discard your changes?" ------------------------------------------------------------------------------------

DISCARD_QUESTION = QT_TRANSLATE_NOOP("forms", "Discard your changes?")


def ask_discard(parent: QWidget) -> bool:
    """Ask whether to throw the typed changes away; True for Discard. Keep editing is the default (and Esc)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.windowTitle() or "RefDesk")
    box.setTextFormat(Qt.TextFormat.PlainText)
    question = QCoreApplication.translate("forms", DISCARD_QUESTION)
    box.setText(question)
    box.setInformativeText(QCoreApplication.translate("forms", "What you typed in this form has not been saved."))
    discard = box.addButton(QCoreApplication.translate("forms", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("forms", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    discard.setToolTip(QCoreApplication.translate("forms", "Close the form and lose what you typed"))
    keep.setToolTip(QCoreApplication.translate("forms", "Go back to the form (Esc)"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAccessibleName(question)
    box.exec()
    return box.clickedButton() is discard


def _widget_state(widget: QWidget) -> tuple:
    """What the user can change in *widget*'s input controls, for dialogs whose values cannot be read."""
    state = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLineEdit):
            state.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            state.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            state.append((child.currentIndex(), child.currentText()))
        elif isinstance(child, QAbstractButton) and child.isCheckable():
            state.append(child.isChecked())
        elif isinstance(child, QDateEdit):
            state.append(child.date().toString(Qt.DateFormat.ISODate))
        elif isinstance(child, (QAbstractSpinBox, QSlider)):
            state.append(child.text() if isinstance(child, QAbstractSpinBox) else child.value())
    return tuple(state)


_UNSET = object()


class FormDialog(QDialog):
    """A dialog that asks before throwing a changed form away (Escape, Cancel, closing the window).

    ``form_values()`` gives the form's values; by default the first of the dialog's ``data()``,
    ``collect()`` or ``values()`` methods (a value that cannot be read counts as the widgets' state).
    They are remembered when the dialog is first shown; ``mark_unchanged()`` remembers them anew.
    ``discard()`` closes without asking (for "close the item" choices made elsewhere).
    """

    def form_values(self):
        for name in ("data", "collect", "values"):
            method = getattr(self, name, None)
            if callable(method):
                return method()
        return _widget_state(self)

    def _values_now(self):
        try:
            return self.form_values()
        except Exception:  # a value being typed that cannot be read yet (e.g. "12,,5"): compare the widgets
            return ("unreadable", _widget_state(self))

    def mark_unchanged(self) -> None:
        self._opened_with = self._values_now()

    def is_changed(self) -> bool:
        opened = getattr(self, "_opened_with", _UNSET)
        if opened is _UNSET:  # never shown: there is nothing the user could lose
            return False
        return self._values_now() != opened

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_opened_with", _UNSET) is _UNSET:
            self.mark_unchanged()

    def reject(self) -> None:
        if self.isVisible() and self.is_changed() and not ask_discard(self):
            return
        super().reject()

    def discard(self) -> None:
        """Close as cancelled, without asking."""
        QDialog.reject(self)
