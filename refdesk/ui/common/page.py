"""What every page of the main window has in common, and what it may ask of the window."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from refdesk.ui.common.events import AppEvents

HEADING_SCALE = 1.5  # every page heading is this much bigger than the text, and bold
SUBHEADING_SCALE = 1.2


class Window(Protocol):
    """What a page needs from the main window, and all it uses of it."""

    events: AppEvents  # app-wide signals
    undo_stack: QUndoStack  # Edit → Undo / Redo (through refdesk.ui.common.edits)
    actions: dict[str, QAction]  # the window's declared actions (refdesk/ui/actions.py), by key

    def statusBar(self) -> QStatusBar: ...

    def show_page(self, key: str, item: Any = None) -> None: ...


def heading(text: str = "", scale: float = HEADING_SCALE) -> QLabel:
    """A page (or section) heading: one size for every page, following the system font."""
    from PySide6.QtCore import Qt

    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class Page(QWidget):
    """A page of the main window.

    Subclasses set ``key`` and ``title``; ``refresh()`` reloads from the database and is called
    when the page is shown after data changed; ``show_item()`` selects what the window was asked
    to show.
    """

    key = ""
    title = ""

    def __init__(self, window: Window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.events = window.events
        self.undo_stack = window.undo_stack
        self.setObjectName(f"page-{self.key}")
        self.setAccessibleName(QCoreApplication.translate("pages", self.title))

    def refresh(self) -> None:
        """Reload what the page shows."""

    def show_item(self, item_id) -> None:
        """Select a partner/referral/… the window was asked to show."""

    def tell(self, text: str) -> None:
        """A short message in the status bar (and the log)."""
        from refdesk.ui.common.edits import tell

        tell(self.window_, text)
