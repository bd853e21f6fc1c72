"""The import wizard's tables: the column mapping, the preview's rows and the possible duplicates,
and the drop-downs that edit them.

The models derive from the one table helper (``TableModel``), so whatever a file holds is shown as
the characters typed, tooltips included.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox

from refdesk.i18n import _
from refdesk.services.importer import TARGETS, Mapping, RowOutcome
from refdesk.ui.common.tables import CellEditorDelegate, Column, TableModel

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
EDIT = Qt.ItemDataRole.EditRole
ACTION_WORDS = {
    "create": QT_TRANSLATE_NOOP("OutcomeModel", "New partner"),
    "merge": "",
    "skip": QT_TRANSLATE_NOOP("OutcomeModel", "Skipped"),
    "duplicate": "",
}


class MappingModel(TableModel):
    """The file's columns, an example value and where each goes; the last column is editable."""

    COLUMN, EXAMPLE, TARGET = range(3)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("columns", "Column in the file"),
            QT_TRANSLATE_NOOP("columns", "The column's name in the file"),
            "E-mail 1 - Value",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Example"),
            QT_TRANSLATE_NOOP("columns", "A value from the first rows of the file"),
            "amara.okafor@example.com",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Import as"),
            QT_TRANSLATE_NOOP("columns", "Where RefDesk puts the column's values"),
            "Business (company)",
        ),
    )

    def __init__(self, mapping: Mapping, samples: list[list[str]], parent=None):
        super().__init__(parent)
        self.mapping = mapping
        self.samples = samples

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.mapping.columns)

    def example(self, row: int) -> str:
        for sample in self.samples:
            if row < len(sample) and sample[row].strip():
                value = " ".join(sample[row].split())
                return value if len(value) <= 60 else value[:57] + "…"
        return ""

    def cell(self, index: Index, role: int):
        if not index.isValid():
            return None
        column = self.mapping.columns[index.row()]
        if role in (DISPLAY, TOOLTIP):
            if index.column() == self.COLUMN:
                return column.header or f"(column {column.index + 1} has no name)"
            if index.column() == self.EXAMPLE:
                return self.example(index.row()) or (
                    QCoreApplication.translate("MappingModel", "(empty)") if role == DISPLAY else None
                )
            return column.target_label
        if role == EDIT and index.column() == self.TARGET:
            return column.target
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.EXAMPLE and not self.example(index.row()):
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def flags(self, index: Index):
        base = super().flags(index)
        if index.isValid() and index.column() == self.TARGET:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value, role: int = EDIT) -> bool:
        if not index.isValid() or index.column() != self.TARGET or role != EDIT:
            return False
        if value not in TARGETS:
            return False
        self.mapping.set_target(index.row(), value)
        self.dataChanged.emit(index, index)
        return True


class TargetDelegate(CellEditorDelegate):
    """A drop-down of the places a column can go."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setAccessibleName(
            QCoreApplication.translate("TargetDelegate", "Import column %1 as").replace(
                "%1", str(index.siblingAtColumn(0).data())
            )
        )
        combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab passes the table, not each row
        for key, text in TARGETS.items():
            combo.addItem(_(text), key)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index):
        position = editor.findData(index.data(EDIT))
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), EDIT)


class OutcomeModel(TableModel):
    """Rows of the preview (or possible duplicates) and what happens to each."""

    ROW, NAME, BUSINESS, EMAIL, PHONE, WHAT = range(6)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("columns", "Row"),
            QT_TRANSLATE_NOOP("columns", "The row's line in the file"),
            "99999",
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Name"),
            QT_TRANSLATE_NOOP("columns", "The name the partner gets"),
            "Amara Okafor",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Business"),
            QT_TRANSLATE_NOOP("columns", "The partner's business"),
            "Bright Sparks Electric",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Email"),
            QT_TRANSLATE_NOOP("columns", "The row's email addresses"),
            "amara@brightsparks.example",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Phone"),
            QT_TRANSLATE_NOOP("columns", "The row's phone numbers"),
            "+1 555 010 2233",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "What happens"),
            QT_TRANSLATE_NOOP("columns", "New partner, merged into one you have, or skipped (and why)"),
            "New partner",
        ),
    )

    def __init__(self, outcomes: list[RowOutcome] | None = None, parent=None):
        super().__init__(parent)
        self.outcomes = list(outcomes or [])

    def set_outcomes(self, outcomes: list[RowOutcome]) -> None:
        self.beginResetModel()
        self.outcomes = list(outcomes)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.outcomes)

    def cell(self, index: Index, role: int):
        if not index.isValid():
            return None
        o = self.outcomes[index.row()]
        if role in (DISPLAY, TOOLTIP):
            word = ACTION_WORDS.get(o.action, o.action)
            word = QCoreApplication.translate("OutcomeModel", word) if word else word
            what = f"{word}: {o.message}" if word and o.message else (word or o.message)
            if o.tidied:
                what = (
                    QCoreApplication.translate("OutcomeModel", "%1 (tidied, the name would be “%2”)")
                    .replace("%2", o.tidied)
                    .replace("%1", what)
                    if what
                    else QCoreApplication.translate("OutcomeModel", "Tidied: “%1”").replace("%1", o.tidied)
                )
            values = (str(o.row), o.name, o.company, o.emails, o.phones, what)
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return None


class DuplicateModel(OutcomeModel):
    """Possible duplicates with the user's decision for each (an editable last column)."""

    LOOKS_LIKE, DECISION = 4, 5
    COLUMNS = (
        *OutcomeModel.COLUMNS[:4],
        Column(
            QT_TRANSLATE_NOOP("columns", "Looks like"),
            QT_TRANSLATE_NOOP("columns", "The partner this row may be, and why"),
            "“Amara Okafor” (same phone number).",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Decision"),
            QT_TRANSLATE_NOOP("columns", "What to do with the row"),
            "Import, mark as duplicate",
        ),
    )
    CHOICES = (
        ("flag", QT_TRANSLATE_NOOP("DuplicateModel", "Import, mark as duplicate")),
        ("separate", QT_TRANSLATE_NOOP("DuplicateModel", "Import, a different person")),
        ("merge", QT_TRANSLATE_NOOP("DuplicateModel", "Merge into that partner")),
        ("skip", QT_TRANSLATE_NOOP("DuplicateModel", "Don't import")),
    )

    def __init__(self, parent=None):
        super().__init__(None, parent)
        self.decisions: dict[int, str] = {}

    def set_outcomes(self, outcomes: list[RowOutcome]) -> None:
        super().set_outcomes(outcomes)
        self.decisions = {}

    def cell(self, index: Index, role: int):
        if not index.isValid():
            return None
        o = self.outcomes[index.row()]
        if index.column() == self.LOOKS_LIKE and role in (DISPLAY, TOOLTIP):
            return o.message.removeprefix("Possible duplicate of ")
        if index.column() == self.DECISION:
            choice = self.decisions.get(o.row, "flag")
            if role == EDIT:
                return choice
            if role in (DISPLAY, TOOLTIP):
                return QCoreApplication.translate("DuplicateModel", dict(self.CHOICES)[choice])
        return super().cell(index, role)

    def flags(self, index: Index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == self.DECISION else base

    def setData(self, index: Index, value, role: int = EDIT) -> bool:
        if not index.isValid() or index.column() != self.DECISION or value not in dict(self.CHOICES):
            return False
        self.decisions[self.outcomes[index.row()].row] = value
        self.dataChanged.emit(index, index)
        return True

    def options_decisions(self) -> dict[int, str | int]:
        out: dict[int, str | int] = {}
        by_row = {o.row: o for o in self.outcomes}
        for row, choice in self.decisions.items():
            if choice == "merge" and by_row[row].match_id is not None:
                out[row] = by_row[row].match_id
            elif choice in ("separate", "skip"):
                out[row] = choice
        return out


class DecisionDelegate(CellEditorDelegate):
    """A drop-down of what to do with a possible duplicate."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setAccessibleName(
            QCoreApplication.translate("DecisionDelegate", "Decision for row %1").replace(
                "%1", str(index.siblingAtColumn(0).data())
            )
        )
        combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab passes the table, not each row
        for key, text in DuplicateModel.CHOICES:
            combo.addItem(QCoreApplication.translate("DuplicateModel", text), key)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), EDIT)
