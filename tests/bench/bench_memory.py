"""Benchmark: RefDesk's memory once every page has been opened, against a bare Qt + peewee window.

    python -m refdesk --data-dir DATA_DIR demo --partners 10000 --referrals 100000
    python tests/bench/bench_memory.py DATA_DIR [--runs 5]

Target (issue "fast at any size"): at most 150 MiB.  Each run is a fresh process: the main window
opens offscreen on DATA_DIR's database on the Today page, then shows every page in turn (the order
of the navigation), waiting on each until it has its content (Today its lists, Partners its whole
list, Referrals and Thanks their first rows, Charts its figures) and has been painted; its peak
resident set (``wait4``'s ``ru_maxrss``) is the figure.  Alternates with the baseline of
``bench_startup.py`` (``QApplication`` + ``QMainWindow`` + one peewee query, first paint), medians
of --runs each after one warm-up round.  A third program, the same bare window showing three
matplotlib figures on its Qt canvas (as the Charts page does), says what the fixed stack needs
before any of RefDesk's own code: the floor under the target.  ``--tree DIR`` measures another source tree's RefDesk and
``--json`` prints the medians as one JSON object: ``tests/bench/ab.py`` compares two trees that way.
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from bench_startup import BASELINE  # noqa: E402

CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
sys.path.insert(0, os.environ["REFDESK_ROOT"])
from refdesk import paths
from refdesk.ui.application import make_application
from refdesk.db.database import open_database
folder = Path(sys.argv[1])
url = paths.sqlite_url(folder / paths.DATABASE_FILE)
open_database(url, backup_dir=folder / "backups")
app = make_application()
from refdesk.ui.main_window import PAGES, MainWindow
window = MainWindow(folder, url)
window.resize(1280, 800)
window.show()

def wait(done, what):
    end = time.perf_counter() + 300
    while not done():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() > end:
            raise SystemExit(f"{what}: not filled in 300 s")

def filled(key):
    page = window.pages.get(key)
    if page is None or window.stack.currentWidget() is not page:
        return False  # its code is still loading
    if key == "today":
        return page.loaded
    if key == "partners":
        return page.model.rowCount() > 0 and not page.loading
    model = getattr(page, "model", None)
    return model is None or model.rowCount() > 0

wait(lambda: window.started, "the window")
peaks = {}
for spec in PAGES:
    window.show_page(spec.key)
    wait(lambda: filled(spec.key), spec.key)
    app.processEvents()
    window.grab()  # laid out and painted with its content
    peaks[spec.key] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(peaks), flush=True)
os._exit(0)  # skip Qt teardown: not what is measured
"""

# The baseline's window showing three matplotlib figures on the Qt canvas: Charts' stack alone.
CHARTS_FLOOR = BASELINE.replace(
    "win.show()",
    """from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QVBoxLayout, QWidget
box = QWidget()
layout = QVBoxLayout(box)
for _ in range(3):
    figure = Figure()
    axes = figure.add_subplot()
    axes.bar(range(24), range(24))
    axes.plot(range(24), range(24, 0, -1))
    layout.addWidget(FigureCanvasQTAgg(figure))
win.setCentralWidget(box)
win.show()""",
)


def peak(cmd: list[str], env: dict, home: Path) -> tuple[float, str]:
    """Peak resident memory (MiB) of *cmd*, start to exit (``wait4``), and what it printed."""
    with open(home / "out", "w+") as out, open(home / "err", "w+") as err:
        child = subprocess.Popen(cmd, env=env, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(child.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"failed: {cmd[0]} {cmd[1]} …\n{err.read()}")
        out.seek(0)
        return usage.ru_maxrss / 1024, out.read()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tree", type=Path, default=ROOT, help="measure this source tree's RefDesk")
    parser.add_argument("--json", action="store_true", help="print the medians (MiB) as one JSON object")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="refdesk-bench-memory-"))
    try:
        run(args, home)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def run(args: argparse.Namespace, home: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        REFDESK_ROOT=str(args.tree.resolve()),
        PYTHONPATH=str(args.tree.resolve()),
        PYTHONSAFEPATH="1",  # the tree on PYTHONPATH is imported, not the working folder
        XDG_CONFIG_HOME=str(home / "config"),  # a fresh window: Today first, default sizes
        MPLCONFIGDIR=os.environ.get("MPLCONFIGDIR", str(home / "mpl")),
    )
    commands = {
        "refdesk": [sys.executable, "-c", CHILD, str(args.data_dir)],
        "baseline": [sys.executable, "-c", BASELINE, str(args.data_dir / "refdesk.db")],
        "charts floor": [sys.executable, "-c", CHARTS_FLOOR, str(args.data_dir / "refdesk.db")],
    }
    peaks: dict[str, list[float]] = {name: [] for name in commands}
    pages: dict[str, list[float]] = {}
    for run_ in range(args.runs + 1):
        order = list(commands) if run_ % 2 == 0 else list(reversed(commands))
        for name in order:
            mib, out = peak(commands[name], env, home)
            if not run_:
                continue  # the first round warms the caches
            peaks[name].append(mib)
            if name == "refdesk":
                for key, value in json.loads(out.strip().splitlines()[-1]).items():
                    pages.setdefault(key, []).append(value)
    m = {name: statistics.median(values) for name, values in peaks.items()}
    figures = {
        "every page opened, peak RSS (MiB)": m["refdesk"],
        "bare Qt + peewee window, peak RSS (MiB)": m["baseline"],
        "the same + 3 matplotlib figures, peak RSS (MiB)": m["charts floor"],
    }
    figures.update({f"  after {key} (MiB)": statistics.median(values) for key, values in pages.items()})
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{args.runs} runs each, alternating; load average {os.getloadavg()[0]:.2f}")
    for figure, value in figures.items():
        print(f"{figure:48} {value:6.0f}")
    print(f"target: every page opened ≤ 150 MiB: {'OK' if m['refdesk'] <= 150 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
