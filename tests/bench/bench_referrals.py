"""Benchmark: the Referrals page on a big database.

    python -m refdesk --data-dir /tmp/rbench demo --partners 10000 --referrals 100000
    python tests/bench/bench_referrals.py /tmp/rbench

Targets (issue 4): opening the page ≤ 300 ms; a filter change ≤ 50 ms.  "table" is the
time until the table holds its first rows; "+count" adds the match count shown above it
(computed right after the rows are shown) and the repaint.  Best and median of several runs.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/rbench")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from refdesk import paths
    from refdesk.db.database import open_database
    from refdesk.db.models import Direction, Referral, ReferralStatus

    url = paths.sqlite_url(folder / paths.DATABASE_FILE)
    open_database(url)
    count = Referral.select().count()
    app = QApplication.instance() or QApplication([])
    from refdesk.ui.main_window import MainWindow
    from refdesk.ui.referrals.models import PARTNER
    from refdesk.ui.referrals.page import ReferralsPage

    window = MainWindow(folder, url)
    window.resize(1280, 800)
    window.show_page("today")
    window.show()
    app.processEvents()
    print(f"{count:,} referrals in {folder}")

    def measure(name, action, runs=5):
        table, full = [], []
        for _ in range(runs):
            start = time.perf_counter()
            action()
            table.append(time.perf_counter() - start)
            app.processEvents()  # the deferred count and the repaint
            full.append(time.perf_counter() - start)
        print(
            f"{name:<36} table best {min(table) * 1000:6.1f} ms  median {statistics.median(table) * 1000:6.1f} ms"
            f"   +count best {min(full) * 1000:6.1f} ms  median {statistics.median(full) * 1000:6.1f} ms"
        )

    pages = []

    def open_page():
        page = ReferralsPage(window)
        page.resize(1100, 700)
        page.show()
        page.table.viewport().repaint()
        pages.append(page)

    measure("open the page", open_page)
    page = pages[-1]
    for old in pages[:-1]:
        old.deleteLater()
    app.processEvents()

    def cycle(setter, values):
        state = {"i": 0}

        def run():
            setter(values[state["i"] % len(values)])
            state["i"] += 1

        return run

    def combo(box):
        return lambda data: box.setCurrentIndex(box.findData(data))

    measure("direction filter (given/received)", cycle(combo(page.direction), [Direction.GIVEN, Direction.RECEIVED]))
    page.direction.setCurrentIndex(0)
    measure("status filter (won/contacted)", cycle(combo(page.status), [ReferralStatus.WON, ReferralStatus.CONTACTED]))
    measure("status filter (follow-up due/open)", cycle(combo(page.status), ["due", "open"]))
    page.status.setCurrentIndex(0)
    measure("period filter (90/30 days)", cycle(combo(page.period), [90, 30]))
    page.period.setCurrentIndex(0)
    labels = page.filter_bar.partner_model.stringList()
    measure("partner filter", cycle(page.partner.setText, [labels[len(labels) // 2], labels[10]]))
    page.partner.clear()

    def search(word):
        page.search.blockSignals(True)
        page.search.setText(word)
        page.search.blockSignals(False)
        page.apply_filters()

    measure("text search (after typing pause)", cycle(search, ["smith", "garcia", "piano", "zzzz-no-match"]), 8)
    page.clear_filters()
    measure(
        "sort by partner (asc/desc)",
        cycle(
            lambda order: page.table.sortByColumn(PARTNER, order),
            [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder],
        ),
    )
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def scroll():
        page.table.scrollToBottom()  # fetches the next batch

    measure("scroll down (fetch next 200 rows)", scroll)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
