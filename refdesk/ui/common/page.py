"""What every page in the main window has in common."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    """A page of the main window.

    Subclasses set ``key`` and ``title``; ``refresh()`` reloads from the
    database and is called when the page is shown after data changed.
    """

    key = ""
    title = ""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.events = window.events
        self.undo_stack = window.undo_stack
        self.setObjectName(f"page-{self.key}")
        self.setAccessibleName(self.title)

    def refresh(self) -> None:
        """Reload what the page shows."""

    def show_item(self, item_id) -> None:
        """Select a partner/referral/… the window was asked to show."""


class PlaceholderPage(Page):
    """A page whose feature has not been built yet: one honest sentence, no fake data."""

    sentence = ""

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(self.sentence)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
