"""What a one-click status asks for: Won asks the value of the business, its currency and the day
it closed, in the same step; Lost (or no connection) and a bad outcome ask what went wrong.

Each is a small ``FormDialog``: Enter saves, Escape cancels (asking first when something was typed),
and a value that cannot be saved (not a number, negative, absurdly large, a currency that is not
three letters) is refused here, beside the field, with the service's own words.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from refdesk.services import formatting
from refdesk.services import referrals as svc
from refdesk.ui.common.forms import DateField, FormDialog, buddy_label, error_label, show_error, text_box


def _buttons(dialog: FormDialog, save: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Save)
    ok.setText(save)
    ok.setToolTip(QCoreApplication.translate("ReasonDialog", "Save (Enter)"))
    ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
        QCoreApplication.translate("ReasonDialog", "Leave the referral as it was (Esc)")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _intro(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)  # names are the user's text
    lab.setWordWrap(True)
    return lab


class WonDialog(FormDialog):
    """Won: the value of the business, its currency and the day it closed."""

    def __init__(self, parent, row: svc.ReferralRow, currency: str):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Referral won"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(420)
        self.value = QLineEdit("" if row.closed_value is None else formatting.number(row.closed_value))
        self.value.setPlaceholderText(self.tr("e.g. 1200"))
        self.value.setAccessibleName(self.tr("Value of the business won"))
        self.value.setToolTip(self.tr("What the business the referral brought is worth (empty: not known yet)"))
        self.currency = QLineEdit(row.currency or currency)
        self.currency.setMaxLength(3)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setToolTip(self.tr("Three-letter currency code, such as USD or EUR"))
        self.currency.setMaximumWidth(self.fontMetrics().horizontalAdvance("WWWW") + 16)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.currency)
        self.closed_date = DateField(
            row.closed_date or max(dt.date.today(), row.date),
            name=self.tr("Closed date"),
            tooltip=self.tr("The day the business was won (today unless you say otherwise)"),
        )
        self.error = error_label()
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Value:"), self.value), value_row)
        form.addRow(buddy_label(self.tr("&Closed on:"), self.closed_date), self.closed_date)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(self.tr("Congratulations! What was the business with %1 worth?").replace("%1", row.prospect))
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Mark &won")))

    def values(self) -> tuple[Decimal | None, str, dt.date]:
        """(value, currency, closed date); ReferralError (with the field) when one cannot be saved."""
        day = self.closed_date.value()
        # the service's own checks, with its words
        value, currency = svc.check_closed(svc.parse_value(self.value.text()), self.currency.text(), day, self.row.date)
        return value, currency, day

    def accept(self) -> None:
        try:
            self.values()
        except svc.ReferralError as exc:
            show_error(self.error, str(exc))
            widget = {"currency": self.currency, "closed_date": self.closed_date}.get(exc.field, self.value)
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
            return
        super().accept()


class ReasonDialog(FormDialog):
    """Lost, no connection or a bad outcome: what went wrong, in the user's words."""

    def __init__(self, parent, title: str, question: str, existing: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(420)
        self.reason = text_box(self.tr("Reason"), 4)
        self.reason.setPlainText(existing)
        self.reason.setPlaceholderText(self.tr("e.g. they chose a cheaper quote; the timing was wrong"))
        self.reason.setToolTip(self.tr("Kept as the referral's outcome feedback (empty: not known)"))
        label = buddy_label(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(question))
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(_buttons(self, "&Save"))

    def text(self) -> str:
        return self.reason.toPlainText().strip()
