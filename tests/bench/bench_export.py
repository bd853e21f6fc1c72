"""Benchmark: ``refdesk export`` against stdlib csv, and ``refdesk referrals --json``'s time and memory.

    python -m refdesk --data-dir /tmp/ebench demo --partners 10000 --referrals 100000 --seed 7
    python tests/bench/bench_export.py /tmp/ebench [--runs 5]

Targets (issue "fast at any size"): the export at most twice ``tests/bench/baseline_export.py``
(``sqlite3`` + ``csv.writer`` writing the same tables into a deflated zip), and ``referrals --json``
streamed, its peak memory flat in the number of referrals.  Each run is a whole process, start to
exit; RefDesk and the baseline alternate, medians of --runs each after one warm-up; peak memory is
the process's maximum resident set (``wait4``).  ``--tree DIR`` times another source tree's RefDesk
and ``--json`` prints the medians as one JSON object: ``tests/bench/ab.py`` compares two trees that way.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def measure(cmd: list[str], env: dict) -> tuple[float, float]:
    """Seconds from start to exit of *cmd*, and its peak resident memory in MiB."""
    started = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        child = subprocess.Popen(cmd, env=env, stdout=sink, stderr=subprocess.PIPE)
        _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{child.stderr.read().decode() if child.stderr else ''}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default="/tmp/ebench")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tree", type=Path, default=ROOT, help="time this source tree's RefDesk")
    parser.add_argument("--json", action="store_true", help="print the medians as one JSON object")
    args = parser.parse_args()
    data = Path(args.data_dir)
    # PYTHONSAFEPATH: the tree on PYTHONPATH is imported, not a checkout that happens to be the working folder
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(args.tree.resolve()), PYTHONSAFEPATH="1")
    with tempfile.TemporaryDirectory(prefix="refdesk-bench-export-") as folder:
        out = Path(folder) / "export.zip"
        refdesk = [sys.executable, "-m", "refdesk", "--data-dir", str(data)]
        commands = {
            "export": refdesk + ["export", str(out)],
            "baseline": [sys.executable, str(HERE / "baseline_export.py"), str(data / "refdesk.db"), str(out)],
            "referrals": refdesk + ["referrals", "--json"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        peaks: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.runs + 1):
            order = list(commands) if run % 2 == 0 else list(reversed(commands))
            for name in order:
                elapsed, peak = measure(commands[name], env)
                if run:  # the first round warms the caches
                    times[name].append(elapsed)
                    peaks[name].append(peak)
    t = {name: statistics.median(values) for name, values in times.items()}
    m = {name: statistics.median(values) for name, values in peaks.items()}
    ratios = statistics.median(a / b for a, b in zip(times["export"], times["baseline"], strict=True))
    if args.json:
        print(
            json.dumps(
                {
                    "export (ms)": t["export"] * 1000,
                    "export / stdlib csv (x100)": ratios * 100,
                    "stdlib csv (ms)": t["baseline"] * 1000,
                    "export peak (MiB)": m["export"],
                    "referrals --json (ms)": t["referrals"] * 1000,
                    "referrals --json peak (MiB)": m["referrals"],
                }
            )
        )
        return
    print(f"{args.runs} runs each, alternating; load average {os.getloadavg()[0]:.2f}")
    print(f"refdesk export:          median {t['export']:6.2f} s, peak {m['export']:5.0f} MiB")
    print(f"stdlib csv (baseline):   median {t['baseline']:6.2f} s, peak {m['baseline']:5.0f} MiB")
    print(f"ratio, median of rounds: {ratios:.2f} (target ≤ 2)")
    print(f"refdesk referrals --json: median {t['referrals']:6.2f} s, peak {m['referrals']:5.0f} MiB")


if __name__ == "__main__":
    main()
