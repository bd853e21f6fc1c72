"""For start-up tests and benchmarks: say when RefDesk's window first paints and when the page on
show has its content, then quit.  Import this module before starting RefDesk in a child process::

    python -c "import tests.paint_probe, sys; from refdesk.cli import main; sys.exit(main(sys.argv[1:]))" ARGS

It prints ``FIRST_PAINT <time>``, ``READY <time>`` and ``FRESH <time>`` (wall clock, seconds) on
standard output: the window's first paint (its frame), the moment the page on show has its content
and has been painted with it (laid out and drawn: what the user sees), and the moment it has been
painted with content read afresh (the same moment, unless the page showed its last known content
first: Today does).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from refdesk.ui.main_window import MainWindow

# How often to look: READY and FRESH are up to this late.  Not every millisecond: this Python code
# would then hold up a page reading its content in the background (they share the interpreter's lock).
POLL_MS = 10


class _Watcher(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.painted = False
        self.ready = False
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            self.poll = QTimer(self, interval=POLL_MS)
            self.poll.timeout.connect(self._check)
            self.poll.start()
        return False

    def _check(self) -> None:
        window = self.window
        page = window.pages.get(window.current_key())
        loaded = page is None or getattr(page, "loaded", True)  # its content read afresh
        if not window.started or not (loaded or getattr(page, "shown", False)):  # shown: its last known content
            return
        fresh = loaded
        if self.ready and not fresh:
            return
        for _ in range(2):  # the new content laid out (nested layouts ask again), then drawn
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        window.repaint()
        if not self.ready:
            self.ready = True
            print(f"READY {time.time():.6f}", flush=True)

        if fresh:
            self.poll.stop()
            print(f"FRESH {time.time():.6f}", flush=True)
            QApplication.quit()


_show = MainWindow.show


def _show_and_watch(self) -> None:
    self._paint_probe = _Watcher(self)
    _show(self)


MainWindow.show = _show_and_watch
