"""Qt item models over the services' rows, and how tables behave on the keyboard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QWidget


def column_header(
    section: int, orientation: Qt.Orientation, role: int, titles: Sequence[str], tips: Sequence[str]
) -> str | None:
    """``headerData`` for a table whose columns each have a title and a tooltip."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(titles):
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return titles[section]
    if role == Qt.ItemDataRole.ToolTipRole:
        return tips[section]
    return None


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
