"""Log or edit a referral: who, which way, the prospect, the follow-up, and later its progress.

The whole dialog works from the keyboard: Tab through the fields, arrow keys in
the choice groups, Alt+letter to a field, Alt+Down or F4 for a date's calendar,
Enter saves (Ctrl+Enter from the notes), Escape cancels (asking first when
something was typed).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from refdesk.services import formatting, rules, vocabulary
from refdesk.services import referrals as svc
from refdesk.services.referrals import ReferralData, ReferralError
from refdesk.services.vocabulary import Direction, FirstContact, Outcome, ReferralStatus, ReferralType, label
from refdesk.ui.common.forms import DateField, FormDialog, buddy_label, dim, explanation, fit_to_form, stacked
from refdesk.ui.help.guide import with_help


class PartnerPicker(QLineEdit):
    """Type part of a partner's name or company; the completer offers matches."""

    partner_changed = Signal(object)  # the chosen partner id, or None

    def __init__(self, choices: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self._ids: dict[str, int] = {text: pid for pid, text in choices}  # services.partners.partner_choices
        self._labels: dict[int, str] = {pid: text for pid, text in choices}
        labels = [text for _pid, text in choices]
        completer = QCompleter(QStringListModel(labels, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.textChanged.connect(lambda _t: self.partner_changed.emit(self.partner_id()))

    def partner_id(self) -> int | None:
        text = self.text().strip()
        if text in self._ids:
            return self._ids[text]
        # a bare name that matches exactly one partner
        matches = [pid for label_, pid in self._ids.items() if label_.split(" · ")[0].lower() == text.lower()]
        return matches[0] if len(matches) == 1 else None

    def set_partner(self, partner_id: int | None) -> None:
        self.setText(self._labels.get(partner_id, "") if partner_id is not None else "")


class ReferralDialog(FormDialog):
    """Log a referral, or edit one.  Save goes through ``saver`` (``refdesk.ui.common.edits.FormSaver``):
    a value that cannot be saved keeps the dialog open with the reason beside the field, and a
    referral someone else saved meanwhile brings up the one conflict question (their version,
    mine over theirs, or keep editing), losing nothing typed.  Escape, Cancel or closing the window
    asks before throwing typed changes away (``FormDialog``)."""

    def __init__(
        self,
        parent,
        choices: list[tuple[int, str]],
        data: ReferralData | None = None,
        editing: bool = False,
        currency: str = "USD",
    ):
        super().__init__(parent)
        self.saver = None  # refdesk.ui.common.edits.FormSaver: Save saves through it
        self._editing = editing
        self.loaded: ReferralData | None = data if editing else None  # the saved version being edited
        self._currency = currency
        self.setWindowTitle(self.tr("Edit referral") if editing else self.tr("Log referral"))
        self.setObjectName("referral-dialog")
        self.setAccessibleName(self.windowTitle())
        self._follow_up_touched = editing

        # --- the referral -----------------------------------------------------------------
        self.date = DateField(name=self.tr("Referral date"), tooltip=self.tr("When you gave or received the referral"))
        self.date.setMaximumWidth(self.date.minimumWidth())

        self.given = QRadioButton(self.tr("I &gave it to a partner"))
        self.received = QRadioButton(self.tr("I r&eceived it from a partner"))
        self.given.setToolTip(self.tr("You sent work to the partner"))
        self.received.setToolTip(self.tr("The partner sent work to you (a thank-you will be owed)"))
        self.direction_group = QButtonGroup(self)
        for i, button in enumerate((self.given, self.received)):
            self.direction_group.addButton(button, i)
            button.setAccessibleName(button.text().replace("&", ""))
        direction_box = stacked(self.given, self.received)  # side by side: too wide in German

        self.partner = PartnerPicker(choices)
        self.partner.setPlaceholderText(self.tr("Type a partner's name…"))
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.setToolTip(self.tr("Start typing a name or company; a new name adds a new partner when you save"))
        self.partner_hint = QLabel()
        self.partner_hint.setTextFormat(Qt.TextFormat.PlainText)
        fit_to_form(self.partner_hint)
        dim(self.partner_hint)
        self.partner.partner_changed.connect(self._update_partner_hint)

        self.prospect_is_partner = QCheckBox(self.tr("The prospect is one of &my partners"))
        self.prospect_is_partner.setAccessibleName(self.tr("The prospect is one of my partners"))
        self.prospect_is_partner.setToolTip(self.tr("Tick when you connected two of your partners with each other"))
        prospect_box = stacked(self.prospect_is_partner, explanation(self.tr("“I introduced A to B”")))
        self.prospect_partner = PartnerPicker(choices)
        self.prospect_partner.setPlaceholderText(self.tr("Type the partner you introduced…"))
        self.prospect_partner.setAccessibleName(self.tr("Prospect partner"))
        self.prospect_partner.setToolTip(self.tr("The partner you introduced (type part of the name)"))
        self.prospect_name = QLineEdit()
        self.prospect_name.setPlaceholderText(self.tr("Who was referred"))
        self.prospect_name.setAccessibleName(self.tr("Prospect name"))
        self.prospect_name.setToolTip(self.tr("The person or business that was referred"))
        self.prospect_contact = QLineEdit()
        self.prospect_contact.setPlaceholderText(self.tr("Phone or email"))
        self.prospect_contact.setAccessibleName(self.tr("Prospect contact details"))
        self.prospect_contact.setToolTip(self.tr("How to reach the prospect"))
        self.prospect_need = QLineEdit()
        self.prospect_need.setPlaceholderText(self.tr("What they need, e.g. an office move in May"))
        self.prospect_need.setAccessibleName(self.tr("What the prospect needs"))
        self.prospect_need.setToolTip(self.tr("What the prospect needs, in a few words"))
        # the example in full: the longest of the fields' hints, the one the field column is sized by
        self.prospect_need.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.prospect_need.placeholderText()) + 24
        )
        self.prospect_is_partner.toggled.connect(self._update_prospect)

        self.recommendation = QRadioButton(self.tr("&Recommendation"))
        self.introduction = QRadioButton(self.tr("&Introduction"))
        self.type_group = QButtonGroup(self)
        type_box = QVBoxLayout()
        type_box.setSpacing(2)
        for i, (button, kind) in enumerate(
            ((self.recommendation, ReferralType.RECOMMENDATION), (self.introduction, ReferralType.INTRODUCTION))
        ):
            self.type_group.addButton(button, i)
            button.setToolTip(vocabulary.explanation(kind))
            button.setAccessibleName(label(kind))
            button.setAccessibleDescription(vocabulary.explanation(kind))
            type_box.addWidget(button)
            type_box.addWidget(explanation(vocabulary.explanation(kind)))

        # the choice in a word, what it means on the line below (as for the type): the sentences side by side
        # made the dialog too wide for a small screen
        self.first_contact = QComboBox()
        for choice in FirstContact:
            self.first_contact.addItem(label(choice), choice)
            self.first_contact.setItemData(
                self.first_contact.count() - 1, vocabulary.explanation(choice), Qt.ItemDataRole.ToolTipRole
            )
        self.first_contact.setAccessibleName(self.tr("Who makes first contact"))
        self.first_contact.setToolTip(self.tr("It works best when the partner makes the first call"))
        self.first_contact_explained = explanation("")
        self.first_contact_explained.setIndent(0)
        self.first_contact.currentIndexChanged.connect(self._update_first_contact)
        first_contact_box = stacked(with_help(self.first_contact, "first_contact"), self.first_contact_explained)

        self.follow_up = DateField(
            name=self.tr("Follow-up date"),
            tooltip=self.tr("When to check with both parties that the connection was made (default: two days)"),
        )
        self.follow_up.dateChanged.connect(self._follow_up_edited)
        self.follow_up_done = QCheckBox(self.tr("Connection &confirmed"))
        self.follow_up_done.setToolTip(
            self.tr("Tick when both parties have confirmed they talked: the follow-up is done")
        )
        self.follow_up_done.setAccessibleName(self.tr("Connection confirmed"))
        # the follow-up in the same words as the referral list's column (services.referrals.follow_up_words)
        self.follow_up_state = QLabel()
        self.follow_up_state.setTextFormat(Qt.TextFormat.PlainText)
        self.follow_up_state.setAccessibleName(self.tr("Follow-up state"))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_state)
        follow_row.addStretch(1)
        follow_box = QVBoxLayout()  # "Connection confirmed" below the date: all three in a row are too wide
        follow_box.setSpacing(2)
        follow_box.addLayout(follow_row)
        follow_box.addWidget(self.follow_up_done)
        self.date.dateChanged.connect(self._date_edited)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setToolTip(self.tr("Anything worth remembering (Tab leaves the box, Ctrl+Enter saves)"))
        self.notes.setPlaceholderText(self.tr("Anything worth remembering"))
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        left = QGroupBox(self.tr("The referral"))
        form = QFormLayout(left)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Date:"), self.date), self.date)
        form.addRow(self._label(self.tr("Direction:"), self.given), direction_box)  # I &gave / I r&eceived
        form.addRow(self._label(self.tr("&Partner:"), self.partner), stacked(self.partner, self.partner_hint))
        form.addRow("", prospect_box)
        # one of the two is shown at a time, so they share Alt+T (Alt+O is the Outcome's)
        self.prospect_partner_label = self._label(self.tr("Prospec&t:"), self.prospect_partner)
        form.addRow(self.prospect_partner_label, self.prospect_partner)
        self.prospect_name_label = self._label(self.tr("Prospec&t:"), self.prospect_name)
        form.addRow(self.prospect_name_label, self.prospect_name)
        self.prospect_contact_label = self._label(self.tr("P&hone or email:"), self.prospect_contact)
        form.addRow(self.prospect_contact_label, self.prospect_contact)
        form.addRow(self._label(self.tr("What they &want:"), self.prospect_need), self.prospect_need)
        form.addRow(self._label(self.tr("Type:"), self.recommendation), with_help(type_box, "type"))
        form.addRow(
            self._label(self.tr("&First contact by:"), self.first_contact),
            first_contact_box,
        )
        form.addRow(self._label(self.tr("Follow &up on:"), self.follow_up), with_help(follow_box, "follow_up"))
        form.addRow(self._label(self.tr("&Notes:"), self.notes), self.notes)
        form.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))
        self._form = form

        # --- progress ---------------------------------------------------------------------
        self.status = QComboBox()
        for status in ReferralStatus:
            self.status.addItem(label(status), status)
        self.status.setAccessibleName(self.tr("Status"))
        self.closed_value = QLineEdit()
        self.closed_value.setPlaceholderText(self.tr("e.g. 1200"))
        self.closed_value.setAccessibleName(self.tr("Closed value"))
        self.closed_value.setToolTip(self.tr("The value of the business the referral brought"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setToolTip(self.tr("Three-letter currency code (the default is in the settings)"))
        self.currency.setMaximumWidth(self.fontMetrics().horizontalAdvance("WWWW") + 16)
        value_row = QHBoxLayout()
        value_row.addWidget(self.closed_value, 1)
        value_row.addWidget(self.currency)
        self.closed_date = DateField(
            name=self.tr("Closed date"),
            tooltip=self.tr("When the business was won (set automatically when the status becomes Won)"),
            optional=True,
            empty_text=self.tr("Not closed"),
            anchor=lambda: max(dt.date.today(), self.date.value()),
        )
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Not known yet"), None)
        for outcome in Outcome:
            self.outcome.addItem(label(outcome), outcome)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setToolTip(self.tr("A bad outcome adds a follow-up tomorrow to find out what went wrong"))
        self.feedback = QPlainTextEdit()
        self.feedback.setTabChangesFocus(True)
        self.feedback.setAccessibleName(self.tr("Outcome feedback"))
        self.feedback.setToolTip(self.tr("What the prospect or partner said about how it went"))
        self.feedback.setPlaceholderText(self.tr("What the prospect or partner said"))
        self.feedback.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.partner_told = QCheckBox(self.tr("Partner to&ld of the outcome"))
        self.partner_told.setAccessibleName(self.tr("Partner told of the outcome"))
        self.partner_told.setToolTip(self.tr("Tick when you have let the partner know how it went"))
        # a referral I gave: the day each party thanked me ("a thank you from both parties")
        anchor = lambda: max(dt.date.today(), self.date.value())  # noqa: E731
        self.partner_thanked = DateField(
            name=self.tr("Partner thanked me on"),
            tooltip=self.tr("The day the partner thanked you for this referral (empty: not yet)"),
            optional=True,
            empty_text=self.tr("Not yet"),
            anchor=anchor,
        )
        self.prospect_thanked = DateField(
            name=self.tr("Prospect thanked me on"),
            tooltip=self.tr("The day the prospect thanked you for this referral (empty: not yet)"),
            optional=True,
            empty_text=self.tr("Not yet"),
            anchor=anchor,
        )

        right = QGroupBox(self.tr("Progress"))
        pform = QFormLayout(right)
        pform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        pform.addRow(self._label(self.tr("&Status:"), self.status), with_help(self.status, "status"))
        pform.addRow(self._label(self.tr("Closed &value:"), self.closed_value), value_row)
        pform.addRow(self._label(self.tr("Closed d&ate:"), self.closed_date), self.closed_date)
        pform.addRow(self._label(self.tr("&Outcome:"), self.outcome), self.outcome)
        pform.addRow(self._label(self.tr("Feed&back:"), self.feedback), self.feedback)
        pform.addRow("", self.partner_told)
        self.partner_thanked_label = self._label(self.tr("Than&ked by partner:"), self.partner_thanked)
        pform.addRow(self.partner_thanked_label, self.partner_thanked)
        self.prospect_thanked_label = self._label(self.tr("Thanked b&y prospect:"), self.prospect_thanked)
        pform.addRow(self.prospect_thanked_label, self.prospect_thanked)
        self.given.toggled.connect(self._update_thanked)
        pform.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))
        rules = QLabel(
            self.tr(
                "A received referral adds a thank-you to write. Won business you received adds a second "
                "one, with its value."
            )
        )
        rules.setTextFormat(Qt.TextFormat.PlainText)
        fit_to_form(rules)
        dim(rules)
        pform.addRow(rules)

        # --- message and buttons ----------------------------------------------------------
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel#error { color: #9b1c0c; font-weight: bold; }")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save") if editing else self.tr("Save referral"))
        self.save_button.setToolTip(self.tr("Save (Enter or Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Close without saving (Esc)"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.try_save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.try_save)

        columns = QHBoxLayout()
        columns.addWidget(left, 3)
        columns.addWidget(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        chain = [
            self.date,
            self.given,
            self.received,
            self.partner,
            self.prospect_is_partner,
            self.prospect_partner,
            self.prospect_name,
            self.prospect_contact,
            self.prospect_need,
            self.recommendation,
            self.introduction,
            self.first_contact,
            self.follow_up,
            self.follow_up_done,
            self.notes,
            self.status,
            self.closed_value,
            self.currency,
            self.closed_date,
            self.outcome,
            self.feedback,
            self.partner_told,
            self.partner_thanked,
            self.prospect_thanked,
            self.save_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._load(data or ReferralData(date=dt.date.today()))
        for signal in (
            self.status.currentIndexChanged,
            self.outcome.currentIndexChanged,
            self.follow_up_done.toggled,
            self.follow_up.dateChanged,
            self.date.dateChanged,
        ):
            signal.connect(self._update_follow_up_state)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.outcome.currentIndexChanged.connect(self._outcome_chosen)
        self._update_follow_up_state()
        self._update_first_contact()
        self._first_focus = self.status if editing else self.partner
        self.resize(max(self.sizeHint().width(), 900), self.sizeHint().height())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_focus is not None:
            self._first_focus.setFocus(Qt.FocusReason.OtherFocusReason)
            self._first_focus = None

    def event(self, event) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            # a line shown or reworded (the new-partner hint, a problem, another choice's explanation) wraps:
            # Qt does not grow a window for wrapped lines, so the dialog grows itself rather than squeeze them
            need = self.heightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)
        return handled

    # --- helpers --------------------------------------------------------------------------

    _label = staticmethod(buddy_label)

    def _update_partner_hint(self, partner_id) -> None:
        text = self.partner.text().strip()
        if partner_id is None and text:
            self.partner_hint.setText(
                self.tr(
                    "“%1” is not one of your partners yet: it will be added as a new partner when you save."
                ).replace("%1", text)
            )
        else:
            self.partner_hint.setText("")
        self.partner_hint.setVisible(bool(self.partner_hint.text()))

    def _update_prospect(self, is_partner: bool) -> None:
        for widget in (self.prospect_partner, self.prospect_partner_label):
            widget.setVisible(is_partner)
        for widget in (
            self.prospect_name,
            self.prospect_name_label,
            self.prospect_contact,
            self.prospect_contact_label,
        ):
            widget.setVisible(not is_partner)

    def _update_first_contact(self, *_args) -> None:
        choice = self.first_contact.currentData()
        self.first_contact_explained.setText(vocabulary.explanation(choice) if choice is not None else "")
        self.first_contact.setAccessibleDescription(self.first_contact_explained.text())

    def _update_follow_up_state(self, *_args) -> None:
        """The follow-up as the list will show it once saved: the same words, from the same rule."""
        status, outcome, done = self.status.currentData(), self.outcome.currentData(), self.follow_up_done.isChecked()
        follow = self.follow_up.value()
        pending = svc.is_pending(status, outcome, done, follow)
        words = svc.follow_up_words(follow, done, pending, dt.date.today())
        self.follow_up_state.setText(words)
        if follow is not None and not done and not pending:  # "Not needed"
            tip = self.tr("The referral is at “%1”: there is no connection left to check.").replace("%1", label(status))
        elif outcome is Outcome.BAD and pending:
            tip = self.tr("A bad outcome: find out what went wrong on the follow-up date.")
        else:
            tip = self.tr("The follow-up as the referral list shows it")
        self.follow_up_state.setToolTip(tip)
        self.follow_up.setEnabled(pending or done)

    def _status_chosen(self, _index: int) -> None:
        """Won asks for the value and the date (today unless set); lost asks why."""
        status = self.status.currentData()
        if status is ReferralStatus.WON:
            if self.closed_date.value() is None:
                self.closed_date.set_value(max(dt.date.today(), self.date.value()))
            self.closed_value.setPlaceholderText(self.tr("The value of the business won"))
            self.closed_value.setFocus()
        elif status in (ReferralStatus.LOST, ReferralStatus.NO_CONNECTION):
            self.feedback.setPlaceholderText(self.tr("Why did it not work out?"))
            self.feedback.setFocus()

    def _outcome_chosen(self, _index: int) -> None:
        if self.outcome.currentData() is Outcome.BAD:
            self.feedback.setPlaceholderText(self.tr("What went wrong?"))
            self.feedback.setFocus()

    def _update_thanked(self, given: bool) -> None:
        """Thanks I get are recorded on referrals I give; on a received one, I owe the thank-you."""
        for widget in (
            self.partner_thanked,
            self.partner_thanked_label,
            self.prospect_thanked,
            self.prospect_thanked_label,
        ):
            widget.setVisible(given)

    def _date_edited(self, value) -> None:
        if not self._follow_up_touched:
            self.follow_up.blockSignals(True)
            self.follow_up.setDate(value.addDays(rules.FOLLOW_UP_DAYS))
            self.follow_up.blockSignals(False)

    def _follow_up_edited(self, _value) -> None:
        self._follow_up_touched = True

    def _load(self, data: ReferralData) -> None:
        self.date.set_value(data.date)
        (self.received if data.direction is Direction.RECEIVED else self.given).setChecked(True)
        self.partner.set_partner(data.partner_id)
        if data.partner_id is None and data.new_partner_name:
            self.partner.setText(data.new_partner_name)
        self._update_partner_hint(self.partner.partner_id())
        self.prospect_is_partner.setChecked(data.prospect_partner_id is not None)
        self.prospect_partner.set_partner(data.prospect_partner_id)
        self._update_prospect(data.prospect_partner_id is not None)
        self.prospect_name.setText(data.prospect_name)
        self.prospect_contact.setText(data.prospect_contact)
        self.prospect_need.setText(data.prospect_need)
        (self.introduction if data.type is ReferralType.INTRODUCTION else self.recommendation).setChecked(True)
        self.first_contact.setCurrentIndex(self.first_contact.findData(data.first_contact))
        self.follow_up.blockSignals(True)
        follow = data.follow_up_date or rules.follow_up_date(data.date)
        self.follow_up.set_value(follow)
        self.follow_up.blockSignals(False)
        self.follow_up_done.setChecked(data.follow_up_done)
        self.notes.setPlainText(data.notes)
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.closed_value.setText("" if data.closed_value is None else formatting.number(data.closed_value))
        self.currency.setText(data.currency or self._currency)
        self.closed_date.set_value(data.closed_date)
        self.outcome.setCurrentIndex(self.outcome.findData(data.outcome) if data.outcome else 0)
        self.feedback.setPlainText(data.outcome_feedback)
        self.partner_told.setChecked(data.partner_told)
        self._told_date = data.partner_told_date
        self.partner_thanked.set_value(data.partner_thanked_date)
        self.prospect_thanked.set_value(data.prospect_thanked_date)
        self._update_thanked(data.direction is Direction.GIVEN)

    def collect(self) -> ReferralData:
        """The typed values; ReferralError (with the field) for a value that cannot be read."""
        partner_id = self.partner.partner_id()
        prospect_partner = self.prospect_partner.partner_id() if self.prospect_is_partner.isChecked() else None
        if self.prospect_is_partner.isChecked() and prospect_partner is None:
            raise ReferralError(
                self.tr(
                    "Choose the partner you introduced from the list, or untick “The prospect is one of my partners”."
                ),
                "prospect",
            )
        return ReferralData(
            date=self.date.value(),
            direction=Direction.RECEIVED if self.received.isChecked() else Direction.GIVEN,
            partner_id=partner_id,
            new_partner_name="" if partner_id is not None else self.partner.text().strip(),
            prospect_partner_id=prospect_partner,
            prospect_name="" if prospect_partner else self.prospect_name.text(),
            prospect_contact="" if prospect_partner else self.prospect_contact.text(),
            prospect_need=self.prospect_need.text(),
            type=ReferralType.INTRODUCTION if self.introduction.isChecked() else ReferralType.RECOMMENDATION,
            first_contact=self.first_contact.currentData(),
            follow_up_date=self.follow_up.value(),
            follow_up_done=self.follow_up_done.isChecked(),
            status=self.status.currentData(),
            closed_value=svc.parse_value(self.closed_value.text()),
            currency=self.currency.text(),
            closed_date=self.closed_date.value(),
            outcome=self.outcome.currentData(),
            outcome_feedback=self.feedback.toPlainText(),
            partner_told=self.partner_told.isChecked(),
            partner_told_date=self._told_date if self.partner_told.isChecked() else None,
            partner_thanked_date=self.partner_thanked.value() if self.given.isChecked() else None,
            prospect_thanked_date=self.prospect_thanked.value() if self.given.isChecked() else None,
            notes=self.notes.toPlainText(),
            version=self.loaded.version if self.loaded is not None else None,
        )

    def _widget_for(self, field: str) -> QWidget | None:
        return {
            "date": self.date,
            "partner": self.partner,
            "prospect": (self.prospect_partner if self.prospect_is_partner.isChecked() else self.prospect_name),
            "follow_up_date": self.follow_up,
            "closed_value": self.closed_value,
            "currency": self.currency,
            "closed_date": self.closed_date,
            "partner_thanked_date": self.partner_thanked,
            "prospect_thanked_date": self.prospect_thanked,
        }.get(field)

    def show_problem(self, message: str, field: str = "") -> None:
        self.error.setText(f"⚠ {message}")
        self.error.show()
        widget = self._widget_for(field)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    fill = _load

    def try_save(self) -> None:
        """Save (Ctrl+Enter): through the saver, which keeps the dialog open when it cannot."""
        if self.saver is None:
            try:
                self.collect()
            except ReferralError as exc:
                self.show_problem(str(exc), exc.field)
                return
            self.accept()
        elif self.saver.save(self):
            self.accept()
