"""A banner across the top of the window: a warning in plain words and the buttons that deal with it.

The team server's "cannot be reached" (``ui/team/connect.py``) and the damaged database's
(``ui/backups/health.py``) are both one of these; ``place()`` stacks them above the pages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from refdesk.ui.common import icons

COLUMN = "banner-column"


class Banner(QFrame):
    """Hidden until ``show_text()``; its text is plain and wraps, its buttons sit on the right."""

    def __init__(self, name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), pal.color(pal.ColorRole.ToolTipBase))
        pal.setColor(self.foregroundRole(), pal.color(pal.ColorRole.ToolTipText))
        self.setPalette(pal)
        self.row = QHBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(icons.icon("warning").pixmap(24, 24))
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addWidget(self.text, 1)
        self.hide()

    def add_button(self, text: str, tip: str, slot: Callable[[], object] | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        if slot is not None:
            button.clicked.connect(slot)
        self.row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return button

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.show()


def place(window, banner: Banner) -> None:
    """Put *banner* at the top of *window*, above the pages (and below any banner placed before)."""
    central = window.centralWidget()
    if central is None or central.objectName() != COLUMN:
        container = QWidget()
        container.setObjectName(COLUMN)
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if central is not None:
            window.takeCentralWidget()
            column.addWidget(central, 1)
        window.setCentralWidget(container)
        central = container
    layout = central.layout()
    layout.insertWidget(layout.count() - 1, banner)
