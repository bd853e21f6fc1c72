"""Add a thank-you by hand (to a partner or a named person), or change one: due date, method, what for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from refdesk.services import rules
from refdesk.services.thanks import ThankRow
from refdesk.services.vocabulary import ThankMethod, ThankReason, ThankStatus, label
from refdesk.ui.common.forms import DateField, FormDialog
from refdesk.ui.thanks.draft import DraftBox, ask_after_mail


def values_of(row: ThankRow) -> dict:
    """What the dialog edits of a listed thank-you (and its version): for "Reload their version"."""
    values = {"due_date": row.due_date, "method": row.method, "version": row.version}
    if row.reason_kind is ThankReason.OTHER:
        values["note"] = row.note
    return values


class ThankYouDialog(FormDialog):
    """Add a thank-you, or change one.  ``values()`` gives what the user chose; Save goes through
    ``saver`` (``refdesk.ui.common.edits.FormSaver``), which keeps the dialog open when it cannot.
    Escape or Cancel on a changed form asks before discarding it (``FormDialog``)."""

    def __init__(
        self,
        parent: QWidget | None,
        partners: list[tuple[int, str]],
        existing: ThankRow | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.existing = existing
        self.saver = None
        self.loaded = values_of(existing) if existing is not None else None
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("Change thank-you") if existing else self.tr("Add a thank-you"))
        self.setObjectName("thank-you-dialog")
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)

        who = QWidget()
        grid = QGridLayout(who)
        grid.setContentsMargins(0, 0, 0, 0)
        self.to_partner = QRadioButton(self.tr("A &partner:"))
        self.to_person = QRadioButton(self.tr("&Someone else:"))
        for radio in (self.to_partner, self.to_person):
            radio.setAccessibleName(radio.text().replace("&", "").rstrip(":"))
        self.to_partner.setToolTip(self.tr("Thank one of your partners"))
        self.to_person.setToolTip(self.tr("Thank someone who is not one of your partners"))
        group = QButtonGroup(self)
        group.addButton(self.to_partner)
        group.addButton(self.to_person)
        self.partner = QComboBox()
        self.partner.setEditable(True)
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.setToolTip(self.tr("Type part of a name to find the partner"))
        self.partner.lineEdit().setPlaceholderText(self.tr("Type to search your partners"))
        # wide enough for that hint in full, in any language (the box is sized by its choices otherwise)
        option = QStyleOptionComboBox()
        self.partner.initStyleOption(option)
        words = QSize(self.fontMetrics().horizontalAdvance(self.partner.lineEdit().placeholderText()) + 8, 0)
        self.partner.setMinimumWidth(
            self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, words, self.partner).width()
        )
        for pid, text in partners:  # services.partners.partner_choices
            self.partner.addItem(text, pid)
        completer = QCompleter(self.partner.model(), self.partner)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.partner.setCompleter(completer)
        self.partner.setCurrentIndex(-1)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the person to thank"))
        self.name.setPlaceholderText(self.tr("e.g. Jane Doe"))
        self.name.setMaxLength(255)
        self.name.setToolTip(self.tr("The name of the person to thank"))
        grid.addWidget(self.to_partner, 0, 0)
        grid.addWidget(self.partner, 0, 1)
        grid.addWidget(self.to_person, 1, 0)
        grid.addWidget(self.name, 1, 1)
        grid.setColumnStretch(1, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if existing is None:
            form.addRow(QLabel(self.tr("To:")), who)
        else:
            recipient = QLabel(existing.recipient)
            recipient.setTextFormat(Qt.TextFormat.PlainText)
            recipient.setAccessibleName(self.tr("Recipient"))
            form.addRow(self.tr("To:"), recipient)
            who.hide()
        self.what_for = QLineEdit()
        self.what_for.setAccessibleName(self.tr("What the thank-you is for"))
        self.what_for.setPlaceholderText(self.tr("e.g. for hosting the chapter lunch"))
        self.what_for.setToolTip(self.tr("What you are thanking them for"))
        self.reason_label = QLabel()
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.setAccessibleName(self.tr("Reason"))
        if existing is not None and existing.reason_kind is not ThankReason.OTHER:
            self.reason_label.setText(existing.reason)
            form.addRow(self.tr("For:"), self.reason_label)
            self.what_for.hide()
        else:
            form.addRow(self.tr("&For:"), self.what_for)
            self.what_for.setText(existing.note if existing else "")
        self.due = DateField(
            existing.due_date if existing else rules.thank_you_due(today),
            name=self.tr("Due date"),
            tooltip=self.tr("When the thank-you should go out"),
        )
        form.addRow(self.tr("&Due:"), self.due)
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Method"))
        self.method.setToolTip(self.tr("A handwritten card goes a long way"))
        for method in ThankMethod:
            self.method.addItem(label(method), method)
        self.method.setCurrentIndex(self.method.findData(existing.method if existing else ThankMethod.CARD))
        form.addRow(self.tr("&Method:"), self.method)

        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setStyleSheet("color: palette(bright-text); background: #b00020; padding: 4px;")
        self.problem.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if existing else self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout.addLayout(form)
        # a thank-you being changed: its note drafted from a template, to copy or email (ui/thanks/draft.py)
        self.draft: DraftBox | None = None
        self.mark: Callable[[ThankStatus], bool] | None = None  # the page marks it written / sent
        if existing is not None:
            self.draft = DraftBox(existing, self)
            self.draft.mail_opened.connect(self._mail_opened)
            layout.addWidget(self.draft)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.to_partner.toggled.connect(self._sync)
        self.partner.activated.connect(lambda _i: self.to_partner.setChecked(True))
        self.name.textEdited.connect(lambda _t: self.to_person.setChecked(True))
        (self.to_partner if partners else self.to_person).setChecked(True)
        self.to_partner.setEnabled(bool(partners))
        self._sync()
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())

    def _mail_opened(self, _url: str) -> None:
        """The mail window is open: offer to mark the note sent (or written) in one click."""
        if self.mark is None or self.existing is None or self.existing.status is ThankStatus.SENT:
            return
        status = ask_after_mail(self, self.existing.recipient)
        if status is None or not self.mark(status):
            return
        if not self.is_changed():
            self.done(QDialog.DialogCode.Accepted)  # nothing else to save
            return
        # the rest of what was typed is still to save: against the version the mark left
        fetch = self.saver.fetch if self.saver is not None else None
        now = fetch() if fetch is not None else None
        if now is not None and self.loaded is not None:
            self.loaded["version"] = now["version"]

    def _sync(self) -> None:
        self.partner.setEnabled(self.to_partner.isChecked())
        self.name.setEnabled(self.to_person.isChecked())

    def choose_partner(self, partner_id: int) -> None:
        index = self.partner.findData(partner_id)
        if index >= 0:
            self.partner.setCurrentIndex(index)
            self.to_partner.setChecked(True)

    def _partner_id(self) -> int | None:
        text = self.partner.currentText().strip()
        index = self.partner.currentIndex()
        if index >= 0 and self.partner.itemText(index) == text:
            return self.partner.itemData(index)
        exact = self.partner.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.partner.itemData(exact) if exact >= 0 else None

    def values(self) -> dict:
        values = {
            "due_date": self.due.value(),
            "method": self.method.currentData(),
        }
        if self.what_for.isVisibleTo(self) or self.existing is None:
            values["note"] = self.what_for.text().strip()
        if self.existing is None:
            if self.to_partner.isChecked():
                values["partner_id"] = self._partner_id()
                values["recipient_name"] = ""
            else:
                values["partner_id"] = None
                values["recipient_name"] = " ".join(self.name.text().split())
        return values

    collect = values

    def fill(self, values: dict) -> None:
        self.due.set_value(values["due_date"])
        self.method.setCurrentIndex(self.method.findData(values["method"]))
        if "note" in values:
            self.what_for.setText(values["note"])

    def show_problem(self, text: str, field: str = "") -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        if self.existing is None:
            values = self.values()
            if self.to_partner.isChecked() and values["partner_id"] is None:
                self.show_problem(
                    self.tr(
                        "Choose a partner from the list (type part of the name), or choose “Someone else” and type a name."
                    )
                )
                self.partner.setFocus()
                return
            if self.to_person.isChecked() and not values["recipient_name"]:
                self.show_problem(self.tr("Type the name of the person to thank."))
                self.name.setFocus()
                return
        if self.saver is not None and not self.saver.save(self):
            return
        super().accept()
