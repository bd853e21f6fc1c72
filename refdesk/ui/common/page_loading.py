"""A page whose code is slow to import (Charts: matplotlib) is imported off the window's thread.

The first time such a page is shown, ``LoadingPanel`` stands in for it (its name, "Loading…", a
busy bar and the busy pointer) while a ``Worker`` imports its module and calls the module's
``preload()`` if it has one (Charts: matplotlib); the window keeps painting and answering
meanwhile (before this, the previous page stayed frozen on screen for the 0.6-1.2 s matplotlib
takes to import).  Building the page itself needs widgets, so it happens afterwards in the
window's thread.  A page may also name a read of what it first shows (``PageSpec.prefetch``): the
same worker runs it after the import, and the page is built from what it read.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from refdesk.ui.common import worker

log = logging.getLogger(__name__)


class LoadingPanel(QWidget):
    """What is shown while a page's code loads: its name, "Loading…" and a busy bar."""

    def __init__(self, title: str):
        super().__init__()
        self.setObjectName("page-loading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        title = QCoreApplication.translate("pages", title)  # the page's name as the window shows it
        self.label = QLabel(self.tr("Loading %1…").replace("%1", title))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: no known end
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(320)
        self.bar.setAccessibleName(self.tr("Loading %1").replace("%1", title))
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.worker: worker.Worker | None = None  # the import (``load``)
        self._on_loaded: Callable[[Any], None] | None = None

    # the worker's results arrive at these methods: once the panel is gone (the window closed), nobody is called
    def _finished(self, prefetched: Any = None) -> None:
        QApplication.restoreOverrideCursor()
        if self._on_loaded is not None:
            self._on_loaded(prefetched)

    def _failed(self, message: str) -> None:
        log.warning("importing a page in the background failed (%s); importing it in the window's thread", message)
        self._finished()

    def wait(self) -> None:
        """Until the import has ended (the window's thread is about to import the same module)."""
        if self.worker is not None:
            self.worker.wait()


def needs_loading(module: str) -> bool:
    """True when *module* is not imported yet and may be imported in a worker thread."""
    return module not in sys.modules and worker.can_run_in_background()


def load(
    panel: LoadingPanel, module: str, on_loaded: Callable[[Any], None], prefetch: Callable[[], Any] | None = None
) -> None:
    """Import *module* in a worker, with the busy pointer meanwhile; then call *on_loaded(prefetched)*,
    unless *panel*, standing in for the page meanwhile, is gone by then.

    *prefetch*, when given, runs in the same worker once the module is imported (a read of what the
    page first shows, so the window's thread does not query while the window waits); *prefetched*
    is what it returned, or None.  (Run at the same time as the import, in a second worker, the
    two took longer together than one after the other: both are mostly Python, holding the
    interpreter in turn.)  If the import fails there, *on_loaded(None)* is called all the same: the
    page is then built the ordinary way, in the window's thread, which reports the problem as any other.
    """
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def work(_job: worker.Worker) -> Any:
        preload = getattr(importlib.import_module(module), "preload", None)
        if callable(preload):
            preload()
        if prefetch is None:
            return None
        try:
            return prefetch()
        except Exception:  # the page reads for itself, and says what went wrong
            log.warning("reading ahead for %s failed; the page reads for itself", module, exc_info=True)
            return None

    panel._on_loaded = on_loaded
    panel.worker = worker.start(work, name="page-import", on_done=panel._finished, on_failed=panel._failed)
