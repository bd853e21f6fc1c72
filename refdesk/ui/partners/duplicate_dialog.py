"""A possible duplicate, side by side: choose each field's value and merge, or say they are not the same.

The partner there first is kept; the one flagged as possibly the same is merged into it
(``services.partners.merge_partners`` with the values chosen), so every email, phone, meeting,
check-in, referral and thank-you of both ends up on one partner.  "Not the same person" clears
the flag (``services.partners.not_the_same``).  Both can be undone (Ctrl+Z).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from refdesk.services import partners as ps
from refdesk.ui.common.text import plain_label, plain_tooltip

MERGE = 1
NOT_THE_SAME = 2
SHOWN = 80  # characters of a long value shown on its button (the whole value is its tooltip)


def _short(value: str) -> str:
    one_line = " ".join(value.split())
    return one_line if len(one_line) <= SHOWN else one_line[: SHOWN - 1] + "…"


def _who(data: ps.PartnerData) -> str:
    return f"{data.name} ({data.company})" if data.company else data.name


def _contacts(data: ps.PartnerData) -> str:
    return "\n".join([e for e, _l in data.emails] + [p for p, _l in data.phones]) or "none"


class DuplicateDialog(QDialog):
    """*first*: the partner there first (kept); *second*: the one flagged as possibly the same."""

    def __init__(self, parent, first: ps.PartnerData, second: ps.PartnerData):
        super().__init__(parent)
        self.first, self.second = first, second
        self.setWindowTitle("Possible duplicate")
        self.setMinimumWidth(640)
        self.result_choice = 0
        intro = plain_label(
            f"An import found that {_who(second)} may be the same person as {_who(first)} (same name or "
            "phone number, but no email address in common). If they are, choose what to keep of each "
            "field and merge: every email address, phone number, meeting, check-in, referral and "
            "thank-you of both ends up on one partner. You can undo either choice (Ctrl+Z).",
            selectable=False,
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self._heading(""), 0, 0)
        grid.addWidget(self._heading("There first"), 0, 1)
        grid.addWidget(self._heading("Possibly the same"), 0, 2)
        self.groups: dict[str, QButtonGroup] = {}
        row = 1
        for name, words in ps.DUPLICATE_FIELDS:
            mine, theirs = getattr(first, name), getattr(second, name)
            if not mine and not theirs:
                continue
            grid.addWidget(plain_label(words, selectable=False), row, 0, Qt.AlignmentFlag.AlignTop)
            if mine.strip() == theirs.strip() or name in ("tags", "notes"):
                same = mine if mine.strip() == theirs.strip() else f"{_short(mine)} + {_short(theirs)}"
                note = "" if mine.strip() == theirs.strip() else " (both kept)"
                label = plain_label(_short(same) + note, selectable=False)
                label.setToolTip(plain_tooltip(same))
                grid.addWidget(label, row, 1, 1, 2)
                row += 1
                continue
            group = QButtonGroup(self)
            for column, value in ((1, mine), (2, theirs)):
                button = QRadioButton(_short(value) if value else "(empty)")
                button.setToolTip(plain_tooltip(value or "Nothing here"))
                button.setAccessibleName(f"{words}: {value or 'empty'}")
                button.setProperty("value", value)
                group.addButton(button, column)
                grid.addWidget(button, row, column)
            # what a merge would keep without a choice: the first one's value, unless it is empty
            group.button(1 if mine else 2).setChecked(True)
            self.groups[name] = group
            row += 1
        grid.addWidget(plain_label("Emails and phones", selectable=False), row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(plain_label(_contacts(first), selectable=False), row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(plain_label(_contacts(second), selectable=False), row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton("&Merge", QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setToolTip(f"Merge {second.name} into {first.name}, with the values chosen")
        self.apart_button = buttons.addButton("&Not the same person", QDialogButtonBox.ButtonRole.ActionRole)
        self.apart_button.setToolTip("Keep both partners and stop listing them as possible duplicates")
        self.merge_button.clicked.connect(lambda: self._finish(MERGE))
        self.apart_button.clicked.connect(lambda: self._finish(NOT_THE_SAME))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.merge_button.setDefault(True)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = plain_label(text, selectable=False)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _finish(self, choice: int) -> None:
        self.result_choice = choice
        self.accept()

    def chosen(self) -> dict[str, str]:
        """The value chosen for each field the two differ in (field → value)."""
        return {name: group.checkedButton().property("value") for name, group in self.groups.items()}

    def choose(self, name: str, side: int) -> None:
        """Pick *side* (1: there first, 2: possibly the same) for field *name*, as a click would."""
        self.groups[name].button(side).setChecked(True)
