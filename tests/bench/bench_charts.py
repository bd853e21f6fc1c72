"""Charts page timings on a big database, in a fresh process each run (so matplotlib is not yet imported).

    python -m refdesk --data-dir /tmp/sbench demo --partners 10000 --referrals 100000
    python tests/bench/bench_charts.py /tmp/sbench [--runs 6]

What each fresh process does, and what is timed:

1. Start-up, not timed: the window opens on the Today page and the event loop runs until
   Today has loaded its lists (it does so just after the window's first paint).  This
   is the state in which a user clicks "Charts"; the check that start-up did not
   import matplotlib is made here.
2. **First paint of the Charts page** (goal <= 1.0 s): from asking for the page until
   the window, with all three charts drawn, has been painted.  That is: importing
   matplotlib, building the page and its figures, the queries, drawing each figure
   and painting the window (``tests/ui/charts/test_page.py`` checks that each figure is drawn once).
   Wall time and the process's CPU time are printed: on a shared, busy machine the
   wall time also counts waiting for a core.
3. **Period changes** (goal <= 100 ms each): a new period chosen, redrawn and painted.
   Split into first visits of a period in a run (its per-partner balances are queried
   and its new names drawn) and returns to one.

The first process is a warm-up (files come into the OS cache) and is not counted; the
rest print best and median.  ``--tree DIR`` times another source tree's RefDesk and ``--json``
prints the medians as one JSON object: ``tests/bench/ab.py`` compares two trees that way.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PERIOD_KEYS = ["24", "all", "12", "24", "12", "all", "12"]

CHILD = r"""
import json, os, sys, time
from pathlib import Path
sys.path.insert(0, os.environ["REFDESK_ROOT"])
from refdesk import paths
from refdesk.ui.application import make_application
from refdesk.db.database import open_database
folder = Path(sys.argv[1])
url = paths.sqlite_url(folder / paths.DATABASE_FILE)
open_database(url, backup_dir=folder / "backups")
app = make_application()
from refdesk.ui.main_window import MainWindow
window = MainWindow(folder, url)
window.resize(1280, 800)
window.show()
app.processEvents()
today = window.pages.get("today")
while today is not None and not today.loaded:  # Today loads its lists after the first paint
    app.processEvents()
app.processEvents()
out = {"matplotlib_at_start": "matplotlib" in sys.modules}
from PySide6.QtCore import QTimer
beats = []
heart = QTimer()
heart.timeout.connect(lambda: beats.append(time.perf_counter()))
heart.start(5)
started, cpu = time.perf_counter(), time.process_time()
beats.append(started)
window.show_page("charts")
app.processEvents()
from PySide6.QtCore import QEventLoop
while "charts" not in window.pages:  # its code may load in the background, the window answering meanwhile
    # waits for the next event as the window's own loop does: spinning here would take the interpreter
    # from the workers importing matplotlib and reading the charts' data
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
app.processEvents()  # laid out and painted: each canvas draws its figure
window.grab()  # anything not yet painted is painted now
out["first_paint"] = time.perf_counter() - started
beats.append(time.perf_counter())
heart.stop()
out["longest_pause"] = max(b - a for a, b in zip(beats, beats[1:]))
out["first_paint_cpu"] = time.process_time() - cpu
page = window.pages["charts"]
changes = []
for key in json.loads(os.environ["REFDESK_PERIODS"]):
    started = time.perf_counter()
    page.set_period(key)
    for panel in page.panels:
        panel.canvas.repaint()
    changes.append(time.perf_counter() - started)
out["period_changes"] = changes
print(json.dumps(out), flush=True)
os._exit(0)  # skip Qt/matplotlib teardown: not what is measured
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default="/tmp/sbench")
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--tree", type=Path, default=ROOT, help="time this source tree's RefDesk")
    parser.add_argument("--json", action="store_true", help="print the medians (ms) as one JSON object")
    parser.add_argument("--no-warm-up", action="store_true", help="count the first process too")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="refdesk-bench-"))
    try:
        return run(args, home)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def run(args: argparse.Namespace, home: Path) -> int:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        REFDESK_ROOT=str(args.tree.resolve()),
        XDG_CONFIG_HOME=str(home / "config"),
        REFDESK_PERIODS=json.dumps(PERIOD_KEYS),
        MPLCONFIGDIR=os.environ.get("MPLCONFIGDIR", str(Path(tempfile.gettempdir()) / "refdesk-bench-mpl")),
    )
    firsts, cpus, changes, at_start, pauses = [], [], [], [], []
    visits: dict[str, list[float]] = {"first visit": [], "return": []}
    for i in range(args.runs):
        result = subprocess.run(
            [sys.executable, "-c", CHILD, args.data_dir], capture_output=True, text=True, env=env, timeout=300
        )
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            return 1
        data = json.loads(result.stdout.strip().splitlines()[-1])
        if i == 0 and args.runs > 1 and not args.no_warm_up:
            print(f"(warm-up run: first paint {data['first_paint'] * 1000:.0f} ms, not counted)")
            continue
        firsts.append(data["first_paint"])
        pauses.append(data["longest_pause"])
        cpus.append(data["first_paint_cpu"])
        changes.extend(data["period_changes"])
        seen = {"12"}  # the page opens on the last 12 months
        for key, took in zip(PERIOD_KEYS, data["period_changes"], strict=True):
            visits["return" if key in seen else "first visit"].append(took)
            seen.add(key)
        at_start.append(data["matplotlib_at_start"])
    if args.json:
        figures = {
            "Charts first paint (incl. matplotlib import)": statistics.median(firsts) * 1000,
            "Charts first paint, CPU time": statistics.median(cpus) * 1000,
            "longest the window did not answer meanwhile": statistics.median(pauses) * 1000,
            "period change redraw": statistics.median(changes) * 1000,
            "period change, first visit": statistics.median(visits["first visit"]) * 1000,
            "period change, return": statistics.median(visits["return"]) * 1000,
        }
        print(json.dumps(figures))
        return 0
    print(f"{len(firsts)} fresh processes counted")
    print(
        f"first paint of Charts (incl. matplotlib import): best {min(firsts) * 1000:.0f} ms, "
        f"median {statistics.median(firsts) * 1000:.0f} ms (goal <= 1000 ms); "
        f"CPU time best {min(cpus) * 1000:.0f} ms, median {statistics.median(cpus) * 1000:.0f} ms"
    )
    print(
        f"longest the window did not answer (timer beats 5 ms apart) meanwhile: median "
        f"{statistics.median(pauses) * 1000:.0f} ms, worst {max(pauses) * 1000:.0f} ms"
    )
    print(
        f"period change redraw: best {min(changes) * 1000:.0f} ms, median {statistics.median(changes) * 1000:.0f} ms,"
        f" worst {max(changes) * 1000:.0f} ms (goal <= 100 ms)"
    )
    for kind, times in visits.items():
        print(
            f"  {kind} of a period: best {min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms,"
            f" worst {max(times) * 1000:.0f} ms ({len(times)} changes)"
        )
    print(f"matplotlib imported at start-up: {any(at_start)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
