"""Log (or edit) a meeting with a partner."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from refdesk.services import partners as ps
from refdesk.services.vocabulary import MeetingKind, label
from refdesk.ui.common.forms import DateField, FormDialog, buddy_label, error_label, hint, show_error, text_box


class MeetingDialog(FormDialog):
    def __init__(self, parent=None, partner_name: str = "", data: ps.MeetingData | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Meeting with %1").replace("%1", partner_name) if partner_name else self.tr("Meeting")
        )
        self.setMinimumWidth(460)
        self.loaded = data  # the saved version being edited (None: a new meeting)
        self.saver = None  # refdesk.ui.common.edits.FormSaver
        data = data or ps.MeetingData(date=dt.date.today())
        self._id, self._version = data.id, data.version
        self.error = error_label()
        self.date = DateField(data.date, name=self.tr("Meeting date"), tooltip=self.tr("When you met or talked"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of meeting"))
        self.kind.setToolTip(self.tr("One-to-one, coffee, joint client meeting, call or event"))
        for kind in MeetingKind:
            self.kind.addItem(label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.notes = text_box(self.tr("Notes"), 4)
        self.notes.setPlainText(data.notes)
        self.next_step = QLineEdit(data.next_step)
        self.next_step.setAccessibleName(self.tr("Next step"))
        self.next_step.setPlaceholderText(self.tr("e.g. Send them two introductions"))
        self.next_step.setToolTip(self.tr("What you agreed to do next"))
        self.has_next_date = QCheckBox(self.tr("&by"))
        self.has_next_date.setAccessibleName(self.tr("Next step has a date"))
        self.has_next_date.setToolTip(self.tr("Tick to give the next step a date"))
        self.next_date = DateField(
            data.next_step_date or data.date + dt.timedelta(days=14),
            name=self.tr("Next step date"),
            tooltip=self.tr("When the next step is due"),
        )
        self.has_next_date.setChecked(data.next_step_date is not None)
        self.next_date.setEnabled(data.next_step_date is not None)
        self.has_next_date.toggled.connect(self.next_date.setEnabled)
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_next_date)
        row.addWidget(self.next_date)
        row.addStretch(1)

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Date"), self.date), self.date)
        form.addRow(buddy_label(self.tr("&Kind"), self.kind), self.kind)
        form.addRow(buddy_label(self.tr("&Notes"), self.notes), self.notes)
        form.addRow(
            "", hint(self.tr("What you talked about; after a joint client meeting, how it went and what to do better."))
        )
        form.addRow(buddy_label(self.tr("Next &step"), self.next_step), self.next_step)
        form.addRow("", when)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def data(self) -> ps.MeetingData:
        return ps.MeetingData(
            date=self.date.value(),
            kind=self.kind.currentData(),
            notes=self.notes.toPlainText(),
            next_step=self.next_step.text(),
            next_step_date=self.next_date.value() if self.has_next_date.isChecked() else None,
            id=self._id,
            version=self._version,
        )

    collect = data

    def fill(self, data: ps.MeetingData) -> None:
        self._version = data.version
        self.date.set_value(data.date)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.notes.setPlainText(data.notes)
        self.next_step.setText(data.next_step)
        self.has_next_date.setChecked(data.next_step_date is not None)
        if data.next_step_date is not None:
            self.next_date.set_value(data.next_step_date)

    def show_problem(self, text: str, field: str = "") -> None:
        show_error(self.error, text)

    def accept(self) -> None:
        problems = ps.validate_meeting(self.data())
        if problems:
            show_error(self.error, next(iter(problems.values())))
            return
        if self.saver is not None and not self.saver.save(self):
            return
        super().accept()
