"""Record (or edit) a standing check-in: where do I stand with this partner?"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from refdesk.services import partners as ps
from refdesk.services.vocabulary import Comfort, label
from refdesk.ui.common.forms import (
    DateField,
    FormDialog,
    buddy_label,
    error_label,
    hint,
    qdate,
    show_error,
    text_box,
)
from refdesk.ui.help.guide import with_help


class CheckInDialog(FormDialog):
    def __init__(self, parent=None, partner_name: str = "", data: ps.CheckInData | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Check-in with %1").replace("%1", partner_name) if partner_name else self.tr("Standing check-in")
        )
        self.setMinimumWidth(460)
        self.loaded = data  # the saved version being edited (None: a new check-in)
        self.saver = None  # refdesk.ui.common.edits.FormSaver
        data = data or ps.CheckInData(date=dt.date.today(), willingness=5, comfort=Comfort.WOULD_RECOMMEND)
        self._id, self._version = data.id, data.version
        self.error = error_label()
        intro = QLabel(
            self.tr(
                "Ask them, on purpose, where you stand: how willing are they to refer you, and how far would they go?"
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.date = DateField(
            data.date, name=self.tr("Check-in date"), tooltip=self.tr("When you asked them (not in the future)")
        )
        self.date.setMaximumDate(qdate(dt.date.today()))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(self.tr("Willingness to refer (slider)"))
        self.slider.setToolTip(self.tr("0: would never refer you. 10: already looking for people to send you"))
        self.willingness = QSpinBox()
        self.willingness.setRange(0, 10)
        self.willingness.setSuffix(" / 10")
        self.willingness.setAccessibleName(self.tr("Willingness to refer, 0 to 10"))
        self.willingness.setToolTip(self.tr("Their answer, 0 to 10 (Up and Down change it)"))
        self.slider.valueChanged.connect(self.willingness.setValue)
        self.willingness.valueChanged.connect(self.slider.setValue)
        self.willingness.setValue(data.willingness)
        score = QWidget()
        row = QHBoxLayout(score)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.willingness)
        self.comfort = QComboBox()
        self.comfort.setAccessibleName(self.tr("Comfort"))
        self.comfort.setToolTip(self.tr("How far they would go: not refer, recommend you, or introduce you in person"))
        for comfort in Comfort:
            self.comfort.addItem(label(comfort), comfort)
        self.comfort.setCurrentIndex(self.comfort.findData(data.comfort))
        self.notes = text_box(self.tr("Notes"), 3)
        self.notes.setPlainText(data.notes)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Date"), self.date), self.date)
        form.addRow(
            buddy_label(self.tr("&Willingness"), self.slider), with_help(score, "willingness")
        )  # Alt+W goes to the slider, not its row
        form.addRow("", hint(self.tr("0: would never refer you. 10: already looking for people to send you.")))
        form.addRow(buddy_label(self.tr("&Comfort"), self.comfort), with_help(self.comfort, "comfort"))
        form.addRow(
            "", hint(self.tr("Recommend: they tell people to call you. Introduce: they connect you in person."))
        )
        form.addRow(buddy_label(self.tr("&Notes"), self.notes), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def data(self) -> ps.CheckInData:
        return ps.CheckInData(
            date=self.date.value(),
            willingness=self.willingness.value(),
            comfort=self.comfort.currentData(),
            notes=self.notes.toPlainText(),
            id=self._id,
            version=self._version,
        )

    collect = data

    def fill(self, data: ps.CheckInData) -> None:
        self._version = data.version
        self.date.set_value(data.date)
        self.willingness.setValue(data.willingness)
        self.comfort.setCurrentIndex(self.comfort.findData(data.comfort))
        self.notes.setPlainText(data.notes)

    def show_problem(self, text: str, field: str = "") -> None:
        show_error(self.error, text)

    def accept(self) -> None:
        problems = ps.validate_checkin(self.data())
        if problems:
            show_error(self.error, next(iter(problems.values())))
            return
        if self.saver is not None and not self.saver.save(self):
            return
        super().accept()
