"""A possible duplicate, side by side: choose each field's value and merge, or say they are not the same.

The partner there first is kept; the one flagged as possibly the same is merged into it
(``services.partners.merge_partners`` with the values chosen), so every email, phone, meeting,
check-in, referral and thank-you of both ends up on one partner.  "Not the same person" clears
the flag (``services.partners.not_the_same``).  Both can be undone (Ctrl+Z).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
FIELD_WORDS = {  # the captions of ``ps.DUPLICATE_FIELDS``, translated where shown (context "DuplicateDialog")
    "name": QT_TRANSLATE_NOOP("DuplicateDialog", "Name"),
    "company": QT_TRANSLATE_NOOP("DuplicateDialog", "Company"),
    "category": QT_TRANSLATE_NOOP("DuplicateDialog", "Category"),
    "website": QT_TRANSLATE_NOOP("DuplicateDialog", "Website"),
    "address": QT_TRANSLATE_NOOP("DuplicateDialog", "Address"),
    "tags": QT_TRANSLATE_NOOP("DuplicateDialog", "Tags"),
    "notes": QT_TRANSLATE_NOOP("DuplicateDialog", "Notes"),
}


def _short(value: str) -> str:
    one_line = " ".join(value.split())
    return one_line if len(one_line) <= SHOWN else one_line[: SHOWN - 1] + "…"


def _who(data: ps.PartnerData) -> str:
    if not data.company:
        return data.name
    return QCoreApplication.translate("DuplicateDialog", "%1 (%2)").replace("%1", data.name).replace("%2", data.company)


def _contacts(data: ps.PartnerData) -> str:
    return "\n".join([e for e, _l in data.emails] + [p for p, _l in data.phones]) or QCoreApplication.translate(
        "DuplicateDialog", "none"
    )


class DuplicateDialog(QDialog):
    """*first*: the partner there first (kept); *second*: the one flagged as possibly the same."""

    def __init__(self, parent, first: ps.PartnerData, second: ps.PartnerData):
        super().__init__(parent)
        self.first, self.second = first, second
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.setMinimumWidth(640)
        self.result_choice = 0
        intro = plain_label(
            self.tr(
                "An import found that %1 may be the same person as %2 (same name or "
                "phone number, but no email address in common). If they are, choose what to keep of each "
                "field and merge: every email address, phone number, meeting, check-in, referral and "
                "thank-you of both ends up on one partner. You can undo either choice (Ctrl+Z)."
            )
            .replace("%1", _who(second))
            .replace("%2", _who(first)),
            selectable=False,
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self._heading(""), 0, 0)
        grid.addWidget(self._heading(self.tr("There first")), 0, 1)
        grid.addWidget(self._heading(self.tr("Possibly the same")), 0, 2)
        self.groups: dict[str, QButtonGroup] = {}
        row = 1
        for name, english in ps.DUPLICATE_FIELDS:
            words = QCoreApplication.translate("DuplicateDialog", FIELD_WORDS.get(name, english))
            mine, theirs = getattr(first, name), getattr(second, name)
            if not mine and not theirs:
                continue
            grid.addWidget(plain_label(words, selectable=False), row, 0, Qt.AlignmentFlag.AlignTop)
            if mine.strip() == theirs.strip() or name in ("tags", "notes"):
                same = mine if mine.strip() == theirs.strip() else f"{_short(mine)} + {_short(theirs)}"
                note = "" if mine.strip() == theirs.strip() else self.tr(" (both kept)")
                label = plain_label(_short(same) + note, selectable=False)
                label.setToolTip(plain_tooltip(same))
                grid.addWidget(label, row, 1, 1, 2)
                row += 1
                continue
            group = QButtonGroup(self)
            for column, value in ((1, mine), (2, theirs)):
                button = QRadioButton(_short(value) if value else self.tr("(empty)"))
                button.setToolTip(plain_tooltip(value or self.tr("Nothing here")))
                button.setAccessibleName(
                    self.tr("%1: %2").replace("%1", words).replace("%2", value or self.tr("empty"))
                )
                button.setProperty("value", value)
                group.addButton(button, column)
                grid.addWidget(button, row, column)
            # what a merge would keep without a choice: the first one's value, unless it is empty
            group.button(1 if mine else 2).setChecked(True)
            self.groups[name] = group
            row += 1
        grid.addWidget(plain_label(self.tr("Emails and phones"), selectable=False), row, 0, Qt.AlignmentFlag.AlignTop)
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
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setToolTip(
            self.tr("Merge %1 into %2, with the values chosen").replace("%1", second.name).replace("%2", first.name)
        )
        self.apart_button = buttons.addButton(self.tr("&Not the same person"), QDialogButtonBox.ButtonRole.ActionRole)
        self.apart_button.setToolTip(self.tr("Keep both partners and stop listing them as possible duplicates"))
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
