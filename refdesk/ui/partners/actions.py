"""File → New partner… (Ctrl+N): works from every page and from the welcome panel."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle


def install(window) -> None:
    action = QAction("&New partner…", window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    tip = "Add someone who sends you work, or could (Ctrl+N)"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
    action.triggered.connect(window.add_first_partner)  # leaves the welcome panel, shows Partners, opens the form
    window.action_new_partner = action
    window.add_file_action(action)
