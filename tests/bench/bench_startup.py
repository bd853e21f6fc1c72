"""Start-up benchmark: launch to first painted main window, against a bare Qt + peewee baseline.

Builds a 10,000-partner / 100,000-referral database with ``refdesk demo`` (once,
cached in /tmp), then alternates the two programs, median of N runs each.
Target: RefDesk / baseline ≤ 1.3.  RefDesk paints its window frame (menus, navigation, status bar)
first and builds the page on show just after; the time until the Today page has its content is
printed too.

    python tests/bench/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

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


def timed(cmd: list[str], env: dict, ready: list[float] | None = None) -> float:
    """Seconds from launching *cmd* to its first paint (it prints the wall-clock time of that paint).

    RefDesk also prints READY when the page on show has its content; that delay goes to *ready*."""
    start = time.time()
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    stamps = {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if line[:1].isupper()}
    if ready is not None and "READY" in stamps:
        ready.append(stamps["READY"] - start)
    return stamps["FIRST_PAINT"] - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", default=str(Path(tempfile.gettempdir()) / "refdesk-bench-startup"))
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users have compiled .pyc files; the warm-up run writes them
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="refdesk-bench-config-")
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
        )
    probe = "import sys, tests.paint_probe; from refdesk.cli import main; sys.exit(main(sys.argv[1:]))"
    refdesk = [sys.executable, "-c", probe, "--data-dir", str(data)]
    baseline = [sys.executable, "-c", BASELINE, str(db_file)]
    app_env = env
    timed(refdesk, app_env)  # warm caches; takes the day's automatic backup
    timed(baseline, env)
    ours, bare, ready = [], [], []
    for _ in range(args.runs):
        ours.append(timed(refdesk, app_env, ready))
        bare.append(timed(baseline, env))
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    print(f"runs: {args.runs} each, alternating")
    print(
        f"RefDesk launch → first painted window: median {m_ours * 1000:.0f} ms "
        f"(min {min(ours) * 1000:.0f}, max {max(ours) * 1000:.0f})"
    )
    print(
        f"bare QApplication + QMainWindow + one peewee query: median {m_bare * 1000:.0f} ms "
        f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})"
    )
    print(
        f"RefDesk launch → Today page filled in (after the first paint): median "
        f"{statistics.median(ready) * 1000:.0f} ms (min {min(ready) * 1000:.0f}, max {max(ready) * 1000:.0f})"
    )
    ratio = m_ours / m_bare
    print(f"ratio: {ratio:.2f} (target ≤ 1.3) {'OK' if ratio <= 1.3 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
