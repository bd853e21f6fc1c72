"""Run work just after a window's first paint, so RefDesk appears at once and fills in a moment later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls *callback* once, from the event loop, after *window* has painted for the first time.

    If the window is already on screen the callback runs on the next turn of the event loop.  A
    window that never paints (started minimised, or on another workspace) gets it after
    ``FALLBACK_MS`` all the same, so nothing waits for the user to look at it.
    """

    FALLBACK_MS = 500

    def __init__(self, window: QWidget, callback: Callable[[], None]):
        super().__init__(window)
        self._window, self._callback = window, callback
        self._fired = False
        window.installEventFilter(self)
        if window.isVisible() and not window.visibleRegion().isEmpty():  # already on screen
            self._fire()
        else:
            QTimer.singleShot(self.FALLBACK_MS, self, self._fire)

    def eventFilter(self, obj, event) -> bool:
        if obj is self._window and event.type() == QEvent.Type.Paint:
            self._fire()
        return False

    def _fire(self) -> None:
        if self._fired:
            return
        self._fired = True
        self._window.removeEventFilter(self)
        QTimer.singleShot(0, self._callback)
