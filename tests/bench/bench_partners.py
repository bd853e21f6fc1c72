"""Benchmark the Partners page on a big database.

    python -m refdesk --data-dir /tmp/pbench demo --partners 50000 --referrals 100000
    QT_QPA_PLATFORM=offscreen python tests/bench/bench_partners.py /tmp/pbench

Prints: the list query alone, the first-screenful query, opening the page (build +
first screenful + first paint: the time until real rows are on screen), the time until
the whole list has loaded in the background with every column filled, 100 filter
keystrokes (keystroke → model updated, and → repainted), and scrolling to the bottom
page by page.  Imports this checkout's refdesk, not an installed one.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/pbench")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from refdesk import paths
    from refdesk.db.database import open_database
    from refdesk.services import partners as ps
    from refdesk.ui.application import make_application
    from refdesk.ui.main_window import MainWindow

    url = paths.sqlite_url(folder / paths.DATABASE_FILE)
    open_database(url, backup_dir=folder / "backups")
    make_application()
    times = []
    for _ in range(3):
        t = time.perf_counter()
        rows = ps.list_partners()
        times.append(time.perf_counter() - t)
    print(
        f"list_partners ({len(rows):,} rows): best {min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms"
    )
    from refdesk.ui.common import settings

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
    print(
        f"open page → first paint with rows ({page.model.rowCount()} rows, "
        f"{'rest loading' if page.loading else 'all loaded'}): {(painted - t) * 1000:.0f} ms"
    )
    while page.loading:
        QApplication.processEvents()
        time.sleep(0.001)
    print(
        f"open page → all {page.model.total:,} rows loaded, all columns filled: "
        f"{(time.perf_counter() - t) * 1000:.0f} ms"
    )
    from refdesk.ui.partners import page as partners_page  # imported by the page open above

    times = []
    for _ in range(5):
        t = time.perf_counter()
        first = ps.first_partners(partners_page.FIRST_SCREEN)
        times.append(time.perf_counter() - t)
    print(
        f"first_partners ({len(first)} rows): best {min(times) * 1000:.1f} ms, "
        f"median {statistics.median(times) * 1000:.1f} ms"
    )

    edit = page.filter_edit
    edit.setFocus()
    words = ["mar", "smith", "realtor", "gold", "example.org", "kim", "a", "bennett", "vip", "zz", "ward"]
    keys: list[str] = []
    for word in words:
        keys.extend(word)
        keys.extend(["\b"] * len(word))
    keys = keys[:100]
    model_ms, paint_ms = [], []
    for key in keys:
        t = time.perf_counter()
        if key == "\b":
            QTest.keyClick(edit, Qt.Key.Key_Backspace)
        else:
            QTest.keyClick(edit, key)
        t1 = time.perf_counter()
        page.table.viewport().repaint()
        t2 = time.perf_counter()
        model_ms.append((t1 - t) * 1000)
        paint_ms.append((t2 - t) * 1000)
    print(
        f"filter keystroke → model updated ({len(keys)} keys): median {statistics.median(model_ms):.1f} ms, "
        f"p90 {sorted(model_ms)[int(len(model_ms) * 0.9)]:.1f} ms, max {max(model_ms):.1f} ms"
    )
    print(f"filter keystroke → view repainted: median {statistics.median(paint_ms):.1f} ms, max {max(paint_ms):.1f} ms")

    edit.clear()
    bar = page.table.verticalScrollBar()
    steps = []
    t0 = time.perf_counter()
    while bar.value() < bar.maximum():
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        page.table.viewport().repaint()
        steps.append((time.perf_counter() - t) * 1000)
    total = time.perf_counter() - t0
    print(
        f"scroll to bottom page by page ({len(steps)} pages): total {total:.2f} s, median page "
        f"{statistics.median(steps):.1f} ms, worst {max(steps):.1f} ms"
    )
    t = time.perf_counter()
    page.table.scrollToBottom()
    page.table.viewport().repaint()
    print(f"jump to bottom: {(time.perf_counter() - t) * 1000:.1f} ms")
    t = time.perf_counter()
    page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    print(f"sort by balance: {(time.perf_counter() - t) * 1000:.0f} ms")
    window.close()


if __name__ == "__main__":
    main()
