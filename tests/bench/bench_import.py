"""Benchmark: a 100,000-row Google Contacts CSV through `refdesk import-contacts` (de-duplication on)
against the standard library's csv + sqlite3.executemany loading the same rows in one transaction.

Run: python tests/bench/bench_import.py [ROWS] [REPEATS]
Each measurement runs in its own child process, so peak RSS is that of one import.  The baseline loads
name, company, emails and phones of every row into the same (migrated) RefDesk schema with explicit ids.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BASELINE = r"""
import csv, sqlite3, sys, time, resource
from refdesk.db.database import open_database
path, db_file = sys.argv[1], sys.argv[2]
open_database("sqlite:///" + db_file).close()
u0 = resource.getrusage(resource.RUSAGE_SELF)
cpu0 = u0.ru_utime + u0.ru_stime
started = time.perf_counter()
con = sqlite3.connect(db_file, isolation_level=None)
con.execute("PRAGMA journal_mode=wal"); con.execute("PRAGMA synchronous=normal"); con.execute("PRAGMA foreign_keys=1")
con.execute("BEGIN")
partners, emails, phones = [], [], []
now = "2024-01-01 00:00:00"
with open(path, encoding="utf-8", newline="") as fh:
    reader = csv.reader(fh)
    header = next(reader)
    f, l, c, e, p = (header.index(h) for h in ("First Name", "Last Name", "Organization Name", "E-mail 1 - Value",
                                                "Phone 1 - Value"))
    for i, row in enumerate(reader, 1):
        partners.append((i, f"{row[f]} {row[l]}", row[c], now, now))
        for n, email in enumerate(row[e].split(" ::: ")):
            emails.append((i, email.lower(), n, now, now))
        phones.append((i, row[p], 0, now, now))
con.executemany('INSERT INTO partner (id, name, company, created_at, updated_at, version, category, website, address,'
                ' notes, tags, ideal_referral, what_to_tell, wants_from_me, want_from_them, experience, stage,'
                ' retired_reason, source) VALUES (?, ?, ?, ?, ?, 1, "", "", "", "", "", "", "", "", "", "",'
                ' "visibility", "", "import")', partners)
con.executemany('INSERT INTO partner_email (partner_id, email, position, created_at, updated_at, version, label)'
                ' VALUES (?, ?, ?, ?, ?, 1, "")', emails)
con.executemany('INSERT INTO partner_phone (partner_id, phone, position, created_at, updated_at, version, label)'
                ' VALUES (?, ?, ?, ?, ?, 1, "")', phones)
con.execute("COMMIT")
u = resource.getrusage(resource.RUSAGE_SELF)
print(time.perf_counter() - started, u.ru_maxrss, len(partners), u.ru_utime + u.ru_stime - cpu0)
"""

REFDESK = r"""
import sys, time, resource
from refdesk.db.database import open_database
from refdesk.services.importer import run_import
path, db_file = sys.argv[1], sys.argv[2]
open_database("sqlite:///" + db_file)
u0 = resource.getrusage(resource.RUSAGE_SELF)
cpu0 = u0.ru_utime + u0.ru_stime
started = time.perf_counter()
summary = run_import(path)
u = resource.getrusage(resource.RUSAGE_SELF)
print(time.perf_counter() - started, u.ru_maxrss, summary.created, u.ru_utime + u.ru_stime - cpu0)
"""


def child(script: str, csv_path: Path, db_file: Path) -> tuple[float, int, int, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", script, str(csv_path), str(db_file)], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    return float(out[0]), int(out[1]), int(out[2]), float(out[3])


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    from tests.services.importer.generate import write_google_csv

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv_path = write_google_csv(tmp / "google.csv", rows)
        print(f"file: {rows:,} rows, {csv_path.stat().st_size / 1e6:.1f} MB")
        ratios, cpu_ratios, base_times, ours_times, rss = [], [], [], [], []
        for i in range(repeats):
            base = child(BASELINE, csv_path, tmp / f"base{i}.db")
            ours = child(REFDESK, csv_path, tmp / f"ours{i}.db")
            assert ours[2] == rows, ours
            base_times.append(base[0])
            ours_times.append(ours[0])
            ratios.append(ours[0] / base[0])
            cpu_ratios.append(ours[3] / base[3])
            rss.append(ours[1])
            print(
                f"run {i + 1}: stdlib csv+executemany {base[0]:.2f} s (peak RSS {base[1] / 1024:.0f} MB); "
                f"refdesk import {ours[0]:.2f} s (peak RSS {ours[1] / 1024:.0f} MB); ratio {ours[0] / base[0]:.2f} "
                f"(CPU time {base[3]:.2f} s vs {ours[3]:.2f} s, ratio {ours[3] / base[3]:.2f})"
            )
        print(
            json.dumps(
                {
                    "rows": rows,
                    "baseline_s_best": round(min(base_times), 2),
                    "import_s_best": round(min(ours_times), 2),
                    "ratio_best": round(min(ratios), 2),
                    "ratio_median": round(statistics.median(ratios), 2),
                    "cpu_ratio_best": round(min(cpu_ratios), 2),
                    "cpu_ratio_median": round(statistics.median(cpu_ratios), 2),
                    "import_peak_rss_mb": round(max(rss) / 1024),
                }
            )
        )


if __name__ == "__main__":
    main()
