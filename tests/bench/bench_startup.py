"""Start-up benchmark: launch to first painted main window, against a bare Qt + peewee baseline.

Builds a 10,000-partner / 100,000-referral database with ``refdesk demo`` (once,
cached in /tmp), then alternates the two programs, median of N runs each.
Target: RefDesk / baseline ≤ 1.3.  RefDesk paints its window frame (menus, navigation, status bar)
first and builds the page on show just after; the time until the Today page has its content is
printed too.

    python tests/bench/bench_startup.py [--runs 7] [--first-of-day]

"Today page filled in" is the time until the Today page has its lists and has been painted with
them (``tests/paint_probe.py``).  ``--tree DIR`` times another source tree's RefDesk with this
checkout's probe, and ``--json`` prints the medians as one JSON object: ``tests/bench/ab.py``
compares two trees that way.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "paint_probe.py"

BASELINE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import peewee
app = QApplication(sys.argv)
db = peewee.SqliteDatabase(sys.argv[1])
db.connect()
db.execute_sql("SELECT COUNT(*) FROM partner").fetchone()
win = QMainWindow()
win.resize(1180, 760)
class W(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
w = W()
win.installEventFilter(w)
win.show()
app.exec()
"""


def timed(cmd: list[str], env: dict, ready: list[float] | None = None, fresh: list[float] | None = None) -> float:
    """Seconds from launching *cmd* to its first paint (it prints the wall-clock time of that paint).

    RefDesk also prints READY when the page on show has its content; that delay goes to *ready*."""
    start = time.time()
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    stamps = {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if line[:1].isupper()}
    if ready is not None and "READY" in stamps:
        ready.append(stamps["READY"] - start)
    if fresh is not None:
        fresh.append(stamps.get("FRESH", stamps.get("READY", 0.0)) - start)
    return stamps["FIRST_PAINT"] - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", default=str(Path(tempfile.gettempdir()) / "refdesk-bench-startup"))
    parser.add_argument("--tree", type=Path, default=ROOT, help="start RefDesk from this source tree")
    parser.add_argument("--json", action="store_true", help="print the medians (ms) as one JSON object")
    parser.add_argument("--no-baseline", action="store_true", help="time RefDesk only")
    parser.add_argument("--no-warm-up", action="store_true", help="count the first launch too")
    parser.add_argument(
        "--first-of-day",
        action="store_true",
        help="remove the day's automatic backup and the last Today shown before each launch, so each one "
        "takes the backup and reads Today before showing it (the first start of a day)",
    )
    args = parser.parse_args()
    config = tempfile.mkdtemp(prefix="refdesk-bench-config-")
    try:
        run(args, config)
    finally:
        shutil.rmtree(config, ignore_errors=True)


def run(args: argparse.Namespace, config: str) -> None:
    # PYTHONSAFEPATH: the tree on PYTHONPATH is imported, not a checkout that happens to be the working folder
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(args.tree.resolve()), PYTHONSAFEPATH="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users have compiled .pyc files; the warm-up run writes them
    env["XDG_CONFIG_HOME"] = config
    data = Path(args.data_dir)
    db_file = data / "refdesk.db"
    if not db_file.exists():
        print("building the 10,000 / 100,000 demo database…", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "refdesk",
                "--data-dir",
                str(data),
                "demo",
                "--partners",
                "10000",
                "--referrals",
                "100000",
            ],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL if args.json else None,
        )
    # This checkout's probe, whichever tree RefDesk comes from.
    probe = (
        f"import runpy, sys; runpy.run_path({str(PROBE)!r}, run_name='paint_probe'); "
        "from refdesk.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    refdesk = [sys.executable, "-c", probe, "--data-dir", str(data)]
    baseline = [sys.executable, "-c", BASELINE, str(db_file)]
    if not args.no_warm_up:
        timed(refdesk, env)  # warm caches; takes the day's automatic backup
        if not args.no_baseline:
            timed(baseline, env)
    ours, bare, ready, fresh = [], [], [], []
    for _ in range(args.runs):
        if args.first_of_day:  # no backup of the day yet, and no Today shown that day to show at once
            for backup in (data / "backups").glob("*-auto.db"):
                backup.unlink()
            (data / "today-last.pickle").unlink(missing_ok=True)
        ours.append(timed(refdesk, env, ready, fresh))
        if not args.no_baseline:
            bare.append(timed(baseline, env))
    m_ours, m_ready, m_fresh = statistics.median(ours), statistics.median(ready), statistics.median(fresh)
    if args.json:
        figures = {
            "launch → first paint (frame)": m_ours * 1000,
            "launch → Today painted with its lists": m_ready * 1000,
            "launch → Today painted with its lists read afresh": m_fresh * 1000,
        }
        if bare:
            figures["bare Qt + peewee → first paint"] = statistics.median(bare) * 1000
        print(json.dumps(figures))
        return
    print(f"runs: {args.runs} each, alternating")
    print(
        f"RefDesk launch → first painted window: median {m_ours * 1000:.0f} ms "
        f"(min {min(ours) * 1000:.0f}, max {max(ours) * 1000:.0f})"
    )
    print(
        f"RefDesk launch → Today page filled in and painted (after the first paint): median "
        f"{m_ready * 1000:.0f} ms (min {min(ready) * 1000:.0f}, max {max(ready) * 1000:.0f})"
    )
    print(
        f"RefDesk launch → Today painted with its lists read afresh (the same, unless it showed the last "
        f"known Today first): median {m_fresh * 1000:.0f} ms (min {min(fresh) * 1000:.0f}, max {max(fresh) * 1000:.0f})"
    )
    if not bare:
        return
    m_bare = statistics.median(bare)
    print(
        f"bare QApplication + QMainWindow + one peewee query: median {m_bare * 1000:.0f} ms "
        f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})"
    )
    ratio = m_ours / m_bare
    print(f"ratio: {ratio:.2f} (target ≤ 1.3) {'OK' if ratio <= 1.3 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
