"""Benchmark opening each page (Today, Partners, Referrals, Thanks) on SQLite and on PostgreSQL.

    python -m refdesk --data-dir /tmp/pages-sqlite demo --partners 10000 --referrals 100000
    python -m refdesk --database-url postgresql://…/bench demo --partners 10000 --referrals 100000
    QT_QPA_PLATFORM=offscreen python tests/bench/bench_pages.py /tmp/pages-sqlite [postgresql://…/bench] [--runs N]

Each run builds a fresh main window (start page Today, or Thanks when Today itself is measured),
waits for the start page to be filled, then times: click the page → page built and painted with its
first rows on screen ("first rows"); for Partners also → the whole list loaded in the background
("all rows").  Today counts when its lists are filled and painted.  Prints best / median per page
and database.  Targets (issues 3–5, 9: the same as on SQLite): first rows ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PAGES = ("today", "partners", "referrals", "thanks")
TARGET_MS = 300


def _ready(key: str, page) -> bool:
    if key == "today":
        return page.loaded
    return page.model.rowCount() > 0


def _wait(predicate, timeout: float = 60.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + timeout
    while not predicate():
        QApplication.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("page did not fill in time")
        time.sleep(0.0005)


def open_once(folder: Path, url: str, key: str) -> tuple[float, float | None]:
    """(ms until the page shows its first rows, ms until a background load finished or None)."""
    from PySide6.QtWidgets import QApplication

    from refdesk.ui.common import settings
    from refdesk.ui.main_window import MainWindow

    start = "thanks" if key == "today" else "today"
    settings.put("window/last_page", start)
    window = MainWindow(folder, url)
    window.resize(1400, 860)
    window.show()
    window.show_page(start)
    QApplication.processEvents()
    _wait(lambda: start in window.pages and _ready(start, window.pages[start]))
    QApplication.processEvents()
    t = time.perf_counter()
    window.show_page(key)
    page = window.pages[key]
    page.repaint()
    QApplication.processEvents()
    _wait(lambda: _ready(key, page))
    page.repaint()
    first = time.perf_counter() - t
    full = None
    if getattr(page, "loading", False):
        _wait(lambda: not page.loading)
        full = time.perf_counter() - t
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return first * 1000, None if full is None else full * 1000


def measure(folder: Path, url: str, runs: int) -> dict[str, tuple[list[float], list[float]]]:
    from refdesk.db.database import close_database, open_database

    open_database(url, backup_dir=folder / "backups")
    results: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in PAGES}
    for _ in range(runs):
        for key in PAGES:
            first, full = open_once(folder, url, key)
            results[key][0].append(first)
            if full is not None:
                results[key][1].append(full)
    close_database()
    return results


def report(name: str, results: dict[str, tuple[list[float], list[float]]]) -> None:
    for key, (first, full) in results.items():
        verdict = "ok" if statistics.median(first) <= TARGET_MS else "OVER"
        line = (
            f"{name:10} {key:10} first rows: best {min(first):6.0f} ms, median {statistics.median(first):6.0f} ms"
            f"  [{verdict} ≤{TARGET_MS}]"
        )
        if full:
            line += f"; all rows: best {min(full):6.0f} ms, median {statistics.median(full):6.0f} ms"
        print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path, help="data folder holding the SQLite demo database")
    parser.add_argument("postgres_url", nargs="?", help="a PostgreSQL database filled with the same demo")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from refdesk import paths
    from refdesk.ui.application import make_application

    make_application()
    print(f"{args.runs} runs per page; Python {sys.version.split()[0]}, load {os.getloadavg()[0]:.1f}", flush=True)
    sqlite = paths.sqlite_url(args.folder / paths.DATABASE_FILE)
    report("sqlite", measure(args.folder, sqlite, args.runs))
    if args.postgres_url:
        with tempfile.TemporaryDirectory() as tmp:
            report("postgresql", measure(Path(tmp), args.postgres_url, args.runs))


if __name__ == "__main__":
    main()
