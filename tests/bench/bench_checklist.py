"""Benchmark: the thank-you checklist PDF at 1,000, 10,000 and 70,000 notes, as a user's whole process.

Targets (issue "fast at any size"): linear in the number of notes, 1,000 notes ≤ 1 s and all of a
70,000-note database ≤ 15 s, start (``refdesk checklist --pdf FILE --status all``) to exit.  Each
size gets a database of its own (built once per run, in a temporary folder removed afterwards);
each command is run --runs times and the median is kept (wall clock, and CPU: user + system).  Also
prints the microseconds per note, which stay flat when the growth is linear.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_checklist.py [--runs 3] [--sizes 1000,10000,70000]

``--tree DIR`` times another source tree's RefDesk (the databases are built by this checkout) and
``--json`` prints the medians (ms) as one JSON object: ``tests/bench/ab.py`` compares two trees that way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from refdesk.db.bulk import insert_rows  # noqa: E402
from refdesk.db.database import db, open_database  # noqa: E402
from refdesk.db.models import Partner, Referral, ThankYou  # noqa: E402

STATUSES = ("owed", "written", "sent")
STREETS = ("Maple Street", "Oak Avenue", "Harbour Road", "Kingsway", "Rue des Lilas", "Old Mill Lane")


def fill(count: int, status: str | None = "owed", first: int = 1) -> None:
    """*count* partners, each with one received referral and one thank-you (*status*, or a mix if None)."""
    start = dt.date.today() - dt.timedelta(days=60)
    with db.atomic():
        insert_rows(
            Partner,
            [Partner.id, Partner.name, Partner.company, Partner.address],
            [
                (
                    first + i,
                    f"Partner {i:05d}",
                    f"Company {i % 300}",
                    f"{i} {STREETS[i % len(STREETS)]}\nSuite {i % 40}\nSpringfield, IL 6270{i % 10}",
                )
                for i in range(count)
            ],
        )
        insert_rows(
            Referral,
            [
                Referral.id,
                Referral.date,
                Referral.direction,
                Referral.partner,
                Referral.prospect_name,
                Referral.prospect_need,
                Referral.closed_value,
                Referral.currency,
            ],
            [
                (
                    first + i,
                    start.isoformat(),
                    "received",
                    first + i,
                    f"Prospect {i}",
                    "office move across town with storage for three months" if i % 4 == 0 else "home move",
                    4200 if i % 5 == 0 else None,
                    "USD",
                )
                for i in range(count)
            ],
        )
        insert_rows(
            ThankYou,
            [
                ThankYou.id,
                ThankYou.partner,
                ThankYou.referral,
                ThankYou.reason,
                ThankYou.method,
                ThankYou.due_date,
                ThankYou.status,
            ],
            [
                (
                    first + i,
                    first + i,
                    first + i,
                    "closed_business" if i % 5 == 0 else "referral_received",
                    "handwritten_card" if i % 3 else "email",
                    (start + dt.timedelta(days=i % 90)).isoformat(),
                    status or STATUSES[i % 3],
                )
                for i in range(count)
            ],
        )


def command_ms(tree: Path, data: Path, pdf: Path) -> tuple[float, float]:
    """Milliseconds of one ``refdesk checklist --pdf`` process of *tree*, start to exit, and its CPU time."""
    # PYTHONSAFEPATH: the tree on PYTHONPATH is imported, not a checkout that happens to be the working folder
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree), PYTHONSAFEPATH="1")
    cmd = [sys.executable, "-m", "refdesk", "--data-dir", str(data), "checklist", "--pdf", str(pdf), "--status", "all"]
    started = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = (time.perf_counter() - started) * 1000
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return elapsed, (usage.ru_utime + usage.ru_stime) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="1000,10000,70000")
    parser.add_argument("--tree", type=Path, default=ROOT, help="time this source tree's RefDesk")
    parser.add_argument("--json", action="store_true", help="print the medians (ms) as one JSON object")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="refdesk-bench-checklist-") as folder:
        for size in sizes:
            data = Path(folder) / f"n{size}"
            data.mkdir()
            open_database(f"sqlite:///{data}/refdesk.db")
            fill(size, None)
            db.close()
            pdf = Path(folder) / f"checklist-{size}.pdf"
            command_ms(args.tree.resolve(), data, pdf)  # warm-up: compiled modules, fonts, the file cache
            runs = [command_ms(args.tree.resolve(), data, pdf) for _ in range(args.runs)]
            median = statistics.median(wall for wall, _cpu in runs)
            cpu = statistics.median(cpu for _wall, cpu in runs)
            figures[f"checklist PDF, {size:,} notes (ms)"] = median
            figures[f"  CPU, {size:,} notes (ms)"] = cpu
            figures[f"  per note, {size:,} notes (µs)"] = median / size * 1000
            if not args.json:
                target = " (target ≤ 1,000 ms)" if size == 1000 else " (target ≤ 15,000 ms)" if size >= 70000 else ""
                print(
                    f"refdesk checklist --pdf, {size:>6,} notes: median {median:8.0f} ms{target}, CPU {cpu:8.0f} ms, "
                    f"{median / size * 1000:.0f} µs a note, {pdf.stat().st_size / 1024:.0f} KiB"
                )
    print(json.dumps(figures) if args.json else f"load average: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
