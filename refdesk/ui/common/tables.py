"""The one table helper: columns declared once, the item models' common part, and the views' set-up.

Every item model in RefDesk derives from ``TableModel``: its ``COLUMNS`` give each column's
title, the header's tooltip, a typical value (the column's starting width) and whether it holds
figures (right-aligned).  ``TableModel.data`` answers the tooltip role itself, so whatever text a
model gives as a tooltip is shown literally (``plain_tooltip``), never as rich text.
``setup_table`` makes the view every list uses: whole rows selected, no editing in place, rows
as tall as the system font needs, and the columns' widths from their typical values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView, QWidget

from refdesk.ui.common.text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """A column; its title and tip are English, marked ``QT_TRANSLATE_NOOP("columns", …)`` where they
    are declared, and shown translated (context ``columns``).

    ``sample`` is a typical value, for the column's starting width: a text, or a function giving the
    widest values as shown now (in the language and formats spoken: a translated status is often
    longer than the English one, a German date longer than an American one).  ``icon``: its cells
    show an icon before the text; ``bold``: some of them are bold."""

    title: str
    tip: str | Callable[[], str] = ""  # the header's tooltip: what the column means (a function: said as it is now)
    sample: str | Callable[[], str | Iterable[str]] = ""
    numeric: bool = False  # figures: right-aligned
    icon: bool = False  # an icon before the text
    bold: bool = False  # some cells bold (an overdue one): measured bold

    def tooltip(self) -> str:
        """The header's tooltip as shown now: translated, or a word of the practice as it is set now."""
        if callable(self.tip):
            return self.tip()
        return QCoreApplication.translate("columns", self.tip) if self.tip else ""

    def samples(self) -> list[str]:
        """The values the column's width is made for, as shown now."""
        found = self.sample() if callable(self.sample) else self.sample
        return [found] if isinstance(found, str) else list(found)


class TableModel(QAbstractTableModel):
    """The common part of RefDesk's item models.  Subclasses set ``COLUMNS`` (or ``self.columns``)
    and implement ``rowCount`` and ``cell(index, role)``; tooltips they give are escaped here."""

    COLUMNS: Sequence[Column] = ()

    @property
    def columns(self) -> Sequence[Column]:
        return self.COLUMNS

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == TOOLTIP:
            return plain_tooltip(self.cell(index, role)) or None
        return self.cell(index, role)

    def cell(self, index: Index, role: int) -> Any:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", column.title)
        if role == TOOLTIP:
            return column.tooltip() or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.numeric else LEFT
        return None

    def alignment(self, column: int) -> int:
        return RIGHT if self.columns[column].numeric else LEFT


def setup_table(
    model: TableModel,
    name: str,
    *,
    view: QTableView | None = None,
    sortable: bool = False,
    multi: bool = False,
    stretch_last: bool = False,
    grid: bool = True,
) -> QTableView:
    """A view over *model* set up the way every RefDesk list is (see the module's docstring)."""
    view = view or QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if multi else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(grid)
    view.setTabKeyNavigation(False)  # Tab leaves the list, as in every other control
    view.setSortingEnabled(sortable)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch_last)
    size_columns(view, model.columns)
    return view


class _RowMenu(QObject):
    """The filter behind ``row_menu``."""

    def __init__(self, view: QTableView, show: Callable[[QModelIndex, QPoint], None]):
        super().__init__(view)
        self.view = view
        self.show = show
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        view = self.view
        if event.reason() == QContextMenuEvent.Reason.Mouse and watched is view.viewport():
            index = view.indexAt(event.pos())
            at = event.globalPos()
        else:  # the Menu key or Shift+F10: the row the keyboard is on
            index = view.currentIndex()
            rect = view.visualRect(index)
            at = view.viewport().mapToGlobal(QPoint(rect.left() + rect.width() // 3, rect.bottom()))
        if index.isValid():
            self.show(index, at)
        return True


def row_menu(view: QTableView, show: Callable[[QModelIndex, QPoint], None]) -> None:
    """Call *show(index, global position)* when the user asks for a list's context menu: for the row
    under the mouse, or, opened from the keyboard (the Menu key, Shift+F10), for the current row.

    (Qt places a keyboard-opened menu by the current cell in the view's coordinates, not its
    viewport's, so ``indexAt`` on that position named the row below the current one.)"""
    _RowMenu(view, show)


def size_columns(view: QTableView, columns: Sequence[Column]) -> None:
    """Each column as wide as its typical values or its title (as shown, translated), whichever is
    wider, with room for the sort arrow and for an icon where the cells have one."""
    metrics = view.fontMetrics()
    bold_font = QFont(view.font())
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    header = view.horizontalHeader()
    title_metrics = header.fontMetrics()
    icon = view.style().pixelMetric(view.style().PixelMetric.PM_SmallIconSize) + 8
    for i, column in enumerate(columns):
        measure = bold if column.bold else metrics
        values = max((measure.horizontalAdvance(text) for text in column.samples()), default=0)
        title = title_metrics.horizontalAdvance(QCoreApplication.translate("columns", column.title)) + 12
        wide = max(values + (icon if column.icon else 0), title)
        header.resizeSection(i, wide + (14 if column.numeric else 24))


class CellEditorDelegate(QStyledItemDelegate):
    """A cell editor that Tab and Shift+Tab leave for the next control (after saving the cell).

    Qt's own delegate opens the next cell's editor on Tab, so a keyboard user could not leave the table.
    Persistent editors (one per row) should take ``Qt.FocusPolicy.ClickFocus``, so Tab passes the table
    instead of stopping at each row (the arrow keys reach a row's editor, and Tab leaves it).
    """

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            mods = event.modifiers()
            if not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                forward = event.key() == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
                view = self.parent() if isinstance(self.parent(), QAbstractItemView) else None
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                if view is not None:
                    view.setFocus(Qt.FocusReason.TabFocusReason)
                    QWidget.focusNextPrevChild(view, forward)
                return True
        return super().eventFilter(editor, event)
