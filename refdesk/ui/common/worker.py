"""The one way to do work in the background: a ``Worker`` thread.

Long work (an import, an export, the big partner list, a server probe, the charts' first
read) runs in a ``Worker``: its own database connection (``connection.for_this_thread``),
cancel, progress, a result or an error message, reported by signal in the window's thread.
The work never touches widgets.  Start one with ``start()``, which keeps it alive until it
has finished (a thread destroyed while it runs would end the program)::

    start(lambda job: export_all(path, progress=job.report, cancelled=job.is_cancelled),
          on_done=self._exported, on_failed=self._failed, on_progress=self._progress)
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal

from refdesk.services import connection, failures

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by work that noticed ``job.is_cancelled()`` (services may raise their own kind too)."""


def _explain(exc: Exception) -> str:
    return failures.explain(exc) or QCoreApplication.translate("Worker", "%1 (details are in the log file)").replace(
        "%1", str(exc)
    )


class Worker(QThread):
    """Runs ``work(job)`` once, in a thread of its own; *job* is this worker."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the work's result
    failed = Signal(str)  # a sentence for the user
    cancelled = Signal()

    def __init__(
        self,
        work: Callable[[Worker], Any],
        *,
        name: str = "worker",
        explain: Callable[[Exception], str] = _explain,
        cancelled_by: tuple[type[BaseException], ...] = (),
    ):
        super().__init__()  # no parent: it may outlive the page that started it (see _RUNNING)
        self.setObjectName(name)
        self.work = work
        self.explain = explain
        self.cancelled_by = (Cancelled, *cancelled_by)
        self.result: Any = None
        self.error: str | None = None

    def run(self) -> None:
        threading.current_thread().name = f"refdesk-{self.objectName()}"  # in logs and tracebacks
        with connection.for_this_thread():
            try:
                self.result = self.work(self)
            except self.cancelled_by:
                self.cancelled.emit()
            except Exception as exc:  # reported to the window, with the log
                log.exception("%s failed", self.objectName())
                self.error = self.explain(exc)
                self.failed.emit(self.error)
            else:
                self.succeeded.emit(self.result)

    # what the work calls
    def report(self, done: int, total: int) -> None:
        self.progressed.emit(int(done), int(total))

    def is_cancelled(self) -> bool:
        return self.isInterruptionRequested()

    # what the window calls
    def cancel(self) -> None:
        self.requestInterruption()


_RUNNING: set[Worker] = set()


def start(
    work: Callable[[Worker], Any],
    *,
    name: str = "worker",
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    explain: Callable[[Exception], str] = _explain,
    cancelled_by: tuple[type[BaseException], ...] = (),
) -> Worker:
    """A started ``Worker`` for *work*; the slots are connected before it starts (a quick job must
    not report to nobody).  Slots that are methods of a widget stop being called once it is deleted."""
    worker = Worker(work, name=name, explain=explain, cancelled_by=cancelled_by)
    for signal, slot in (
        (worker.succeeded, on_done),
        (worker.failed, on_failed),
        (worker.progressed, on_progress),
        (worker.cancelled, on_cancelled),
    ):
        if slot is not None:
            signal.connect(slot)
    worker.finished.connect(lambda: _RUNNING.discard(worker))
    _RUNNING.add(worker)
    worker.start()
    return worker


def can_run_in_background() -> bool:
    """False for an in-memory database, which another thread cannot see: then work runs in place."""
    return connection.shared_between_threads()


@atexit.register
def _wait_for_workers() -> None:
    for worker in list(_RUNNING):
        worker.cancel()
        worker.wait()
    _RUNNING.clear()
