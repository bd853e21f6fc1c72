"""The one conflict dialog: someone else saved the same thing first.

Shown by the one conflict flow (``refdesk/ui/common/edits.py``) for every kind of write, with the
same words everywhere: what they changed, and three choices — reload their version (the
default), overwrite with mine, or keep editing.  For a one-click change (no form on screen) there
is nothing to keep editing: the choices are their version or doing it anyway.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME
from refdesk.services import formatting
from refdesk.services.concurrency import Conflict, Difference
from refdesk.services.vocabulary import field_words, label
from refdesk.ui.common.text import plain_tooltip


def show_value(value) -> str:
    """A field value as the user reads it."""
    if value is None or value == "":
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    if isinstance(value, enum.Enum):
        return label(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictDialog", "Yes")
            if value
            else QCoreApplication.translate("ConflictDialog", "No")
        )
    if isinstance(value, dt.datetime):
        return formatting.date_time(value)
    if isinstance(value, dt.date):
        return formatting.date(value)
    if isinstance(value, Decimal):
        return formatting.number(value)
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


class ConflictDialog(QDialog):
    RELOAD = "reload"
    OVERWRITE = "overwrite"

    def __init__(
        self,
        conflict: Conflict,
        parent: QWidget | None = None,
        *,
        action: str | None = None,
        differences: list[Difference] | None = None,
        can_overwrite: bool = True,
    ):
        super().__init__(parent)
        self.conflict = conflict
        self.choice: str | None = None
        self._one_click = bool(action)
        self.setWindowTitle(self.tr("%1 — Someone else saved this first").replace("%1", APP_NAME))
        self.setAccessibleName(self.tr("Edit conflict"))
        layout = QVBoxLayout(self)

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("What changed"))
        self.table.setRootIsDecorated(False)
        mine = self.tr("What you saw") if action else self.tr("Your version (not saved yet)")
        self.table.setHeaderLabels([self.tr("Field"), self.tr("Their version (saved)"), mine])
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        rows = [
            (c.label, c.theirs, c.mine)  # (said in the language spoken: vocabulary.field_words)
            for c in [*conflict.changes, *(differences or [])]
        ]
        for title, theirs, my_value in rows:
            shown = [title, show_value(theirs), show_value(my_value)]
            item = QTreeWidgetItem(shown)
            for col in (1, 2):
                item.setToolTip(col, plain_tooltip(str(theirs if col == 1 else my_value)))
            self.table.addTopLevelItem(item)
        self.table.setVisible(bool(rows))
        count = max(1, self.table.topLevelItemCount())
        row_h = self.table.sizeHintForRow(0) if self.table.topLevelItemCount() else self.fontMetrics().height()
        self.table.setMaximumHeight(
            self.table.header().sizeHint().height() + min(count, 12) * row_h + 2 * self.table.frameWidth() + 6
        )
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("&Reload their version"))
        self.reload_button.setToolTip(
            self.tr(
                "Show what is saved now; where you both changed a field theirs is kept, your other edits stay on screen"
            )
        )
        self.overwrite_button = QPushButton(self.tr("&Overwrite with mine"))
        self.overwrite_button.setToolTip(
            self.tr("Save your version over theirs; their changes to these fields are lost")
        )
        self.cancel_button = QPushButton(self.tr("Keep &editing"))
        self.cancel_button.setToolTip(self.tr("Close this message and keep your edits on screen, unsaved (Esc)"))
        if action:
            self.reload_button.setToolTip(self.tr("Leave it as they saved it and show their version"))
            self.overwrite_button.setText(self.tr("&Do it anyway"))
            self.overwrite_button.setToolTip(
                self.tr("“%1” on their version, over what they changed").replace("%1", action)
            )
        for button in (self.reload_button, self.overwrite_button, self.cancel_button):
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        if not action:
            buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.overwrite_button.setVisible(bool(can_overwrite))
        self.reload_button.clicked.connect(lambda: self._choose(self.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(self.OVERWRITE))
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

        if conflict.deleted:
            if action:
                text = self.tr(
                    "“%1” was not done: someone else deleted this %2 after your list was "
                    "loaded.\n\nNothing of yours was saved. The list now shows what is saved."
                )
                text = text.replace("%1", action).replace("%2", conflict.what_words)
            else:
                text = self.tr("%1\n\nNothing was saved. Close the item, or keep editing.").replace(
                    "%1", conflict.message()
                )
            self.message.setText(text)
            self.overwrite_button.setEnabled(False)
            self.overwrite_button.setToolTip(self.tr("The item no longer exists, so there is nothing to overwrite"))
            self.reload_button.setText(self.tr("&Close the item") if not action else self.tr("&OK"))
            self.reload_button.setAccessibleName(self.reload_button.text().replace("&", ""))
        elif action:
            text = self.tr(
                "“%1” was not done: someone else changed this %2 after your list was "
                "loaded, and RefDesk does not overwrite their change without asking.\n\n"
                "Nothing of yours was saved. Keep their version (the list shows it), or do it anyway."
            )
            self.message.setText(text.replace("%1", action).replace("%2", conflict.what_words))
        else:
            text = self.tr(
                "%1\n\nNothing was saved yet. Reload to see their version (where you both changed "
                "a field, theirs is kept; your other edits stay on screen), or overwrite to save yours over theirs."
            )
            self.message.setText(text.replace("%1", conflict.message()))
        self.reload_button.setDefault(True)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        if self._one_click:  # Esc on a one-click change: keep their version (there is no form to go back to)
            self.choice = self.RELOAD
        super().reject()


def resolve_conflict(
    parent: QWidget | None,
    conflict: Conflict,
    *,
    action: str | None = None,
    differences: list[Difference] | None = None,
    can_overwrite: object = True,
) -> str | None:
    """Ask the user; returns ConflictDialog.RELOAD, ConflictDialog.OVERWRITE or None (keep editing).

    With *action* (a one-click change, no form on screen), the question is about that action.
    """
    dialog = ConflictDialog(conflict, parent, action=action, differences=differences, can_overwrite=bool(can_overwrite))
    dialog.exec()
    return dialog.choice


def describe_differences(seen, now, fields: Iterable[str]) -> list[Difference]:
    """What someone else changed on a row since the user saw it: each of *fields* (attributes)
    that differs between the row as shown (*seen*) and as saved (*now*)."""
    if seen is None or now is None:
        return []
    out = []
    for name in fields:
        before, after = getattr(seen, name, None), getattr(now, name, None)
        if before != after:
            out.append(Difference(name, field_words(name), after, before))
    return out
