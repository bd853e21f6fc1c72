"""The one background worker: its result, progress, errors and cancelling come back in the window's
thread, and it reads the database through a connection of its own."""

from __future__ import annotations

import threading

from refdesk.db.models import Partner
from refdesk.ui.common import worker


def _finished(qtbot, job: worker.Worker) -> None:
    qtbot.waitUntil(lambda: job not in worker._RUNNING, timeout=10000)


def test_the_result_and_progress_arrive_in_the_windows_thread(db, qapp, qtbot):
    Partner.create(name="Ann Lee")
    arrived, steps, where = [], [], []

    def work(job: worker.Worker):
        where.append(threading.current_thread() is threading.main_thread())
        for done in range(1, 4):
            job.report(done, 3)
        return [p.name for p in Partner.select()]  # the database, through the worker's own connection

    def done(result) -> None:
        where.append(threading.current_thread() is threading.main_thread())
        arrived.append(result)

    job = worker.start(work, name="test", on_done=done, on_progress=lambda d, t: steps.append((d, t)))
    _finished(qtbot, job)
    qtbot.waitUntil(lambda: bool(arrived))
    assert arrived == [["Ann Lee"]]
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert where == [False, True]  # worked in the background, reported in the window's thread


def test_an_error_comes_back_as_a_sentence_and_cancelling_as_cancelled(db, qapp, qtbot):
    failed, cancelled = [], []

    def broken(_job):
        raise OSError(28, "No space left on device")

    job = worker.start(broken, on_failed=failed.append)
    _finished(qtbot, job)
    qtbot.waitUntil(lambda: bool(failed))
    assert failed[0].startswith("The disk is full") and "Errno" not in failed[0]  # in plain words

    gate = threading.Event()

    def waits(job: worker.Worker):
        gate.wait(5)
        if job.is_cancelled():
            raise worker.Cancelled
        return "finished anyway"

    done: list = []
    job = worker.start(waits, on_done=done.append, on_cancelled=lambda: cancelled.append(True))
    job.cancel()
    gate.set()
    _finished(qtbot, job)
    qtbot.waitUntil(lambda: bool(cancelled))
    assert done == []
