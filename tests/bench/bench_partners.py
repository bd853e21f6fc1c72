"""Benchmark the Partners page on a big database.

    python -m refdesk --data-dir /tmp/pbench demo --partners 50000 --referrals 100000
    QT_QPA_PLATFORM=offscreen python tests/bench/bench_partners.py /tmp/pbench

Prints: the list query alone, the first-screenful query, opening the page (build +
first screenful + first paint: the time until real rows are on screen), the time until
the whole list has loaded in the background with every column filled, 100 filter
keystrokes (keystroke → model updated, and → the window repainted: the event loop runs
until every changed widget, the table's rows among them, has painted; the window's start-up
reminders check has ended first), 40 more while the reminders are read in the background (as
they are 2 s after every change), and scrolling to the bottom page by page (``--scroll-pages N``:
N pages).  Last, the floor under a keystroke's paint: the list's rows repainted, then the same
rows and texts from a bare Python item model (text only).  Imports this checkout's refdesk (or,
with ``--tree``, another tree's: ``tests/bench/ab.py`` compares two).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]

WORDS = ["mar", "smith", "realtor", "gold", "example.org", "kim", "a", "bennett", "vip", "zz", "ward"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default="/tmp/pbench", type=Path)
    parser.add_argument("--tree", type=Path, default=ROOT, help="import RefDesk from this source tree")
    parser.add_argument("--json", action="store_true", help="print the main figures (ms) as one JSON object")
    parser.add_argument("--scroll-pages", type=int, default=0, help="scroll this many pages (default: to the bottom)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree))
    folder = args.data_dir
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from refdesk import paths
    from refdesk.db.database import open_database
    from refdesk.services import partners as ps
    from refdesk.ui.main_window import MainWindow

    try:
        from refdesk.ui.application import make_application
        from refdesk.ui.common import settings
    except ImportError:  # a tree from before the window was regrouped by feature (53ebba5)
        from refdesk.app import make_application  # type: ignore[no-redef]
        from refdesk.ui import settings  # type: ignore[no-redef]

    figures: dict[str, float] = {}
    say = (lambda *_a: None) if args.json else print
    url = paths.sqlite_url(folder / paths.DATABASE_FILE)
    open_database(url, backup_dir=folder / "backups")
    make_application()
    times = []
    for _ in range(3):
        t = time.perf_counter()
        rows = ps.list_partners()
        times.append(time.perf_counter() - t)
    figures["list_partners"] = statistics.median(times) * 1000
    say(
        f"list_partners ({len(rows):,} rows): best {min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms"
    )
    settings.put("window/last_page", "today")  # so the page is built below, not when the window opens
    window = MainWindow(folder, url)
    window.resize(1400, 860)
    window.show_page("today")
    window.show()
    QApplication.processEvents()
    while not window.pages["today"].loaded:  # the start page fills in just after the first paint
        QApplication.processEvents()
    t = time.perf_counter()
    window.show_page("partners")
    page = window.pages["partners"]
    page.repaint()
    QApplication.processEvents()
    painted = time.perf_counter()
    assert page.model.rowCount() > 0 and page.list_stack.currentWidget() is page.table, "no rows painted"
    figures["open page → first rows painted"] = (painted - t) * 1000
    say(
        f"open page → first paint with rows ({page.model.rowCount()} rows, "
        f"{'rest loading' if page.loading else 'all loaded'}): {(painted - t) * 1000:.0f} ms"
    )
    while page.loading:
        QApplication.processEvents()
        time.sleep(0.001)
    figures["open page → all rows loaded"] = (time.perf_counter() - t) * 1000
    say(
        f"open page → all {page.model.total:,} rows loaded, all columns filled: "
        f"{(time.perf_counter() - t) * 1000:.0f} ms"
    )
    try:
        from refdesk.ui.partners.loading import FIRST_SCREEN  # imported by the page open above
    except ImportError:  # before the regrouping
        from refdesk.ui.pages.partners import FIRST_SCREEN  # type: ignore[no-redef]

    times = []
    for _ in range(5):
        t = time.perf_counter()
        first = ps.first_partners(FIRST_SCREEN)
        times.append(time.perf_counter() - t)
    say(
        f"first_partners ({len(first)} rows): best {min(times) * 1000:.1f} ms, "
        f"median {statistics.median(times) * 1000:.1f} ms"
    )

    class Paints(QObject):
        count = 0

        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    reminders = getattr(window, "reminders", None)  # none before the reminders came
    background = reminders is not None and hasattr(reminders, "_reading")

    def reminders_read() -> None:
        """Until the reminders check running in the background (if any) has ended."""
        while reminders._reading:
            QApplication.processEvents()
            time.sleep(0.001)

    if background:  # the window's start-up reminders check, now and to its end, not among the keys below
        reminders.check()
        reminders_read()
    viewport = page.table.viewport()
    paints = Paints()
    viewport.installEventFilter(paints)
    edit = page.filter_edit
    edit.setFocus()
    keys: list[str] = []
    for word in WORDS:
        keys.extend(word)
        keys.extend(["\b"] * len(word))
    keys = keys[:100]
    QApplication.processEvents()
    model_ms, paint_ms = [], []
    for key in keys:
        before = paints.count
        t = time.perf_counter()
        if key == "\b":
            QTest.keyClick(edit, Qt.Key.Key_Backspace)
        else:
            QTest.keyClick(edit, key)
        t1 = time.perf_counter()
        QApplication.processEvents()  # paints what changed: the line edit, the count, the rows
        if paints.count == before and page.list_stack.currentWidget() is page.table:
            viewport.repaint()
        t2 = time.perf_counter()
        model_ms.append((t1 - t) * 1000)
        paint_ms.append((t2 - t) * 1000)
    viewport.removeEventFilter(paints)
    figures["filter keystroke → model updated (median)"] = statistics.median(model_ms)
    figures["filter keystroke → window painted (median)"] = statistics.median(paint_ms)
    figures["filter keystroke → window painted (p90)"] = sorted(paint_ms)[int(len(paint_ms) * 0.9)]
    figures["filter keystroke → window painted (p95)"] = sorted(paint_ms)[int(len(paint_ms) * 0.95)]
    say(
        f"filter keystroke → model updated ({len(keys)} keys): median {statistics.median(model_ms):.1f} ms, "
        f"p90 {sorted(model_ms)[int(len(model_ms) * 0.9)]:.1f} ms, max {max(model_ms):.1f} ms"
    )
    say(
        f"filter keystroke → window painted: median {statistics.median(paint_ms):.1f} ms, "
        f"p90 {sorted(paint_ms)[int(len(paint_ms) * 0.9)]:.1f} ms, max {max(paint_ms):.1f} ms"
    )

    if background:
        # Keystrokes while the reminders are read in the background, as they are 2 s after every
        # change: the window's thread shares the interpreter with that read.
        busy_ms: list[float] = []
        edit.clear()
        cycle = iter(keys * 10)
        while len(busy_ms) < 40:
            reminders_read()  # a check already running: let it end first
            reminders.check()
            while reminders._reading and len(busy_ms) < 40:
                key = next(cycle)
                t = time.perf_counter()
                QTest.keyClick(edit, Qt.Key.Key_Backspace if key == "\b" else key)
                QApplication.processEvents()
                busy_ms.append((time.perf_counter() - t) * 1000)
        reminders_read()  # the last check to its end: the scrolling below is timed without it
        busy_ms.sort()
        figures["filter keystroke while a background read runs (median)"] = statistics.median(busy_ms)
        figures["filter keystroke while a background read runs (p95)"] = busy_ms[int(len(busy_ms) * 0.95)]
        say(
            f"filter keystroke → painted while the reminders are read in the background ({len(busy_ms)} keys): "
            f"median {statistics.median(busy_ms):.1f} ms, p95 {busy_ms[int(len(busy_ms) * 0.95)]:.1f} ms"
        )

    edit.clear()
    bar = page.table.verticalScrollBar()
    steps = []
    t0 = time.perf_counter()
    while bar.value() < bar.maximum() and (not args.scroll_pages or len(steps) < args.scroll_pages):
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        page.table.viewport().repaint()
        steps.append((time.perf_counter() - t) * 1000)
    total = time.perf_counter() - t0
    figures["scroll a page (median)"] = statistics.median(steps)
    say(
        f"scroll down page by page ({len(steps)} pages): total {total:.2f} s, median page "
        f"{statistics.median(steps):.1f} ms, worst {max(steps):.1f} ms"
    )
    t = time.perf_counter()
    page.table.scrollToBottom()
    page.table.viewport().repaint()
    say(f"jump to bottom: {(time.perf_counter() - t) * 1000:.1f} ms")
    t = time.perf_counter()
    page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    figures["sort by balance"] = (time.perf_counter() - t) * 1000
    say(f"sort by balance: {(time.perf_counter() - t) * 1000:.0f} ms")

    # The floor under a keystroke's paint: the same view, rows and texts, from the barest Python model.
    page.table.scrollToTop()
    model = page.table.model()
    shown = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(min(model.rowCount(), 200))
    ]
    ours = repaints(page.table)
    page.table.setModel(bare_model(shown))
    bare = repaints(page.table)
    figures["the list's repaint alone (median)"] = ours
    figures["the same rows from a bare Python item model (median)"] = bare
    say(f"the list's repaint alone: {ours:.1f} ms; the same rows from the barest Python item model: {bare:.1f} ms")
    window.close()
    if args.json:
        print(json.dumps(figures))


def repaints(view, times: int = 40) -> float:
    """The median time (ms) *view*'s rows take to repaint."""
    viewport = view.viewport()
    viewport.repaint()
    spent = []
    for _ in range(times):
        t = time.perf_counter()
        viewport.repaint()
        spent.append((time.perf_counter() - t) * 1000)
    return statistics.median(spent)


def bare_model(texts: list[list[str]]):
    """An item model holding *texts* and nothing else: every role but the text answered with None."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex

    class Bare(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else len(texts)

        def columnCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() or not texts else len(texts[0])

        def data(self, index, role=0):
            return texts[index.row()][index.column()] if role == 0 else None

    return Bare()


if __name__ == "__main__":
    main()
