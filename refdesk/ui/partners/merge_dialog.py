"""Merge a duplicate partner into the selected one: everything of the duplicate moves over, nothing is lost."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from refdesk.services import partners as ps
from refdesk.ui.common.forms import error_label, show_error

MAX_MATCHES = 50


def describe(row: ps.PartnerRow) -> str:
    extra = ", ".join(x for x in (row[ps.COL_COMPANY], row[ps.COL_CATEGORY]) if x)
    if not extra:
        return row[ps.COL_NAME]
    return QCoreApplication.translate("MergeDialog", "%1 (%2)").replace("%1", row[ps.COL_NAME]).replace("%2", extra)


class MergeDialog(QDialog):
    """Pick the duplicate to fold into *keep*."""

    def __init__(self, parent, keep: ps.PartnerRow, rows: Sequence[ps.PartnerRow]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge partners"))
        self.setMinimumSize(520, 420)
        self.keep = keep
        self._rows = [r for r in rows if r[ps.COL_ID] != keep[ps.COL_ID]]
        intro = QLabel(
            self.tr(
                "Keep %1 and merge a duplicate into it. Every email, phone, meeting, "
                "check-in, referral and thank-you of the duplicate moves over; empty details are filled "
                "in and notes are joined. Then the duplicate is removed. You can undo this (Ctrl+Z)."
            ).replace("%1", describe(keep))
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.error = error_label()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to find the duplicate: name, company, email…"))
        self.search.setAccessibleName(self.tr("Find the duplicate"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Partners to merge"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._update)
        self.matches.itemDoubleClicked.connect(lambda _item: self.accept())
        first_word = keep[ps.COL_NAME].split()[-1] if keep[ps.COL_NAME].split() else ""
        self.search.setText(first_word)
        self.search.selectAll()

    def _update(self, text: str) -> None:
        found = ps.filter_rows(self._rows, text, show_retired=True)[:MAX_MATCHES]
        self.matches.clear()
        for row in found:
            item = QListWidgetItem(describe(row))
            item.setData(Qt.ItemDataRole.UserRole, row[ps.COL_ID])
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)

    def other_id(self) -> int | None:
        item = self.matches.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def accept(self) -> None:
        if self.other_id() is None:
            show_error(self.error, self.tr("Choose the duplicate to merge (type part of its name above)."))
            self.search.setFocus()
            return
        super().accept()
