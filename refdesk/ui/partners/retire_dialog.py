"""Retire a partner, with a reason (never a silent delete)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from refdesk.ui.common.forms import error_label, show_error

REASONS = [  # offered translated (context "RetireDialog"); what is chosen is saved as shown
    QT_TRANSLATE_NOOP("RetireDialog", "Retired from the business"),
    QT_TRANSLATE_NOOP("RetireDialog", "Moved away"),
    QT_TRANSLATE_NOOP("RetireDialog", "Clients had a bad experience"),
    QT_TRANSLATE_NOOP("RetireDialog", "Never reciprocated"),
    QT_TRANSLATE_NOOP("RetireDialog", "Joined a competitor"),
]


class RetireDialog(QDialog):
    def __init__(self, parent=None, partner_name: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retire partner"))
        self.setMinimumWidth(420)
        text = QLabel(
            self.tr(
                "Retire %1? They stay in RefDesk with their history, hidden from the list "
                "unless you tick “Show retired”. Why are you retiring them?"
            ).replace("%1", partner_name)
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.error = error_label()
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([QCoreApplication.translate("RetireDialog", reason) for reason in REASONS])
        self.reason.setCurrentText("")
        self.reason.lineEdit().setPlaceholderText(self.tr("Choose or type a reason"))
        self.reason.setAccessibleName(self.tr("Reason for retiring"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.retire_button = buttons.addButton(self.tr("&Retire"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.error)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    def reason_text(self) -> str:
        return self.reason.currentText().strip()

    def accept(self) -> None:
        if not self.reason_text():
            show_error(self.error, self.tr("Say why this partner is retired, so you remember later."))
            self.reason.setFocus()
            return
        super().accept()
