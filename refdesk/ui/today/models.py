"""A read-only table model over a short list of rows (the Today page's lists)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from refdesk.ui.common.tables import Column, TableModel

ROW_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class DueColumn(Column):
    """A column that turns any row into its text (and tooltip)."""

    text: Callable[[Any], str] = str
    tip_text: Callable[[Any], str] | None = None
    elastic: bool = True  # may be narrowed (its text cut short with "…") so every column fits
    foreground: Callable[[Any], Any] | None = None  # the text's colour for a row (None: the palette's)


class DueModel(TableModel):
    """Rows are any objects; each column turns a row into text.  ``ROW_ROLE`` gives the row itself."""

    def __init__(self, columns: Sequence[DueColumn], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self.rows: list[Any] = []

    @property
    def columns(self) -> Sequence[DueColumn]:
        return self._columns

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_tip(self, column: int, tip: str) -> None:
        """Column *column*'s header tooltip is *tip* from now on."""
        self._columns[column] = replace(self._columns[column], tip=tip)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def cell(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self._columns):
            return None
        row = self.rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip_text(row) if column.tip_text else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            colour = column.foreground(row)
            return QBrush(colour) if colour is not None else None
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
