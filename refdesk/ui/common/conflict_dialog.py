"""Explains an edit conflict (someone else saved the same row) and offers Reload or Overwrite.

Use from any page that saves with ``refdesk.services.concurrency.save_checked``::

    try:
        save_checked(partner, loaded_version, original=loaded)
    except Conflict as conflict:
        choice = resolve_conflict(self, conflict)
        if choice == ConflictDialog.OVERWRITE:
            overwrite(partner, conflict)
        elif choice == ConflictDialog.RELOAD:
            self.show_partner(reload(partner))   # their version (the pages keep my edits to other fields)
        # None: the user cancelled, keep the form as it is (nothing typed is lost)
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME
from refdesk.db.models import label
from refdesk.services.concurrency import Conflict


def show_value(value) -> str:
    """A field value as the user reads it."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, enum.Enum):
        return label(value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


class ConflictDialog(QDialog):
    RELOAD = "reload"
    OVERWRITE = "overwrite"

    def __init__(self, conflict: Conflict, parent: QWidget | None = None):
        super().__init__(parent)
        self.conflict = conflict
        self.choice: str | None = None
        self.setWindowTitle(f"{APP_NAME} — Someone else saved this first")
        self.setAccessibleName("Edit conflict")
        layout = QVBoxLayout(self)

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.table = QTreeWidget()
        self.table.setAccessibleName("What changed")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(["Field", "Their version (saved)", "Your version (not saved yet)"])
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        for change in conflict.changes:
            item = QTreeWidgetItem([change.label, show_value(change.theirs), show_value(change.mine)])
            for col in (1, 2):
                item.setToolTip(col, str(change.theirs if col == 1 else change.mine))
            self.table.addTopLevelItem(item)
        self.table.setVisible(bool(conflict.changes))
        rows = max(1, self.table.topLevelItemCount())
        row_h = self.table.sizeHintForRow(0) if self.table.topLevelItemCount() else self.fontMetrics().height()
        self.table.setMaximumHeight(
            self.table.header().sizeHint().height() + min(rows, 12) * row_h + 2 * self.table.frameWidth() + 6
        )
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox()
        self.reload_button = QPushButton("&Reload their version")
        self.reload_button.setToolTip(
            "Show what is saved now; where you both changed a field theirs is kept, your other edits stay on screen"
        )
        self.overwrite_button = QPushButton("&Overwrite with mine")
        self.overwrite_button.setToolTip("Save your version over theirs; their changes to these fields are lost")
        self.cancel_button = QPushButton("Keep &editing")
        self.cancel_button.setToolTip("Close this message and keep your edits on screen, unsaved (Esc)")
        for button in (self.reload_button, self.overwrite_button, self.cancel_button):
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.clicked.connect(lambda: self._choose(self.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(self.OVERWRITE))
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

        if conflict.deleted:
            self.message.setText(
                f"{conflict.message()}\n\nYou can save your version as it is shown again "
                "by adding it anew, or close this message."
            )
            self.overwrite_button.setEnabled(False)
            self.overwrite_button.setToolTip("The item no longer exists, so there is nothing to overwrite")
            self.reload_button.setText("&Close the item")
            self.reload_button.setAccessibleName("Close the item")
        else:
            self.message.setText(
                f"{conflict.message()}\n\nNothing was saved yet. Reload to see their version (where you both changed "
                "a field, theirs is kept; your other edits stay on screen), or overwrite to save yours over theirs."
            )
        self.reload_button.setDefault(True)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def resolve_conflict(parent: QWidget | None, conflict: Conflict) -> str | None:
    """Ask the user; returns ConflictDialog.RELOAD, ConflictDialog.OVERWRITE or None (keep editing)."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.choice


def describe_differences(seen, now, fields: dict[str, str]) -> list[str]:
    """ "Status: Passed → Won" for each of *fields* (attribute → label) that differs between two rows."""
    if seen is None or now is None:
        return []
    lines = []
    for name, title in fields.items():
        before, after = getattr(seen, name, None), getattr(now, name, None)
        if before != after:
            lines.append(f"{title}: {show_value(before)} → {show_value(after)}")
    return lines


def quick_conflict_text(conflict: Conflict, action: str, differences: list[str] | None = None) -> str:
    """What a refused quick action tells the user: nothing was done, why, and what to do now."""
    what = conflict.model.__name__.lower().replace("thankyou", "thank-you")
    if conflict.deleted:
        return (
            f"“{action}” was not done: someone else deleted this {what} after your list was loaded.\n\n"
            "The list has been reloaded."
        )
    text = (
        f"“{action}” was not done: someone else changed this {what} after your list was loaded, "
        "and RefDesk does not overwrite their change without asking."
    )
    if differences:
        text += "\n\nWhat they changed:\n" + "\n".join(f"• {line}" for line in differences)
    return text + (
        "\n\nNothing of yours was saved. The list now shows their version: check it, then do it "
        "again if it still applies."
    )


def explain_quick_conflict(
    parent: QWidget | None, conflict: Conflict, action: str, differences: list[str] | None = None
) -> None:
    """Tell the user a one-click change was refused because someone else changed the row meanwhile."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        f"{APP_NAME}: changed by someone else",
        quick_conflict_text(conflict, action, differences),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are the user's text, never markup
    box.exec()
