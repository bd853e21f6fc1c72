"""Qt item models over the services' rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt


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
