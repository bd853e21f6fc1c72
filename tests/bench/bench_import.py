"""Benchmark: a 100,000-row Google Contacts CSV through RefDesk's importer (de-duplication on)
against the standard library's csv + sqlite3.executemany loading the same rows in one transaction.

The figure the issues ask for is the ratio RefDesk / baseline (target: at most 2).  Each measurement runs
in its own child process, so peak RSS is that of one import.  The baseline loads name, company, emails and
phones of every row into the same (migrated) RefDesk schema with explicit ids.

    python tests/bench/bench_import.py [ROWS] [RUNS]

A/B: --against DIR also imports with the ``refdesk`` package found in DIR (another version of the source,
for instance ``git archive COMMIT refdesk | tar -x -C DIR``), alternating A and B in every round
(base, A, B, then base, B, A …) and printing the medians; --source DIR takes A from DIR as well (default:
this checkout).  The machine's speed swings from minute to minute, so compare ratios to the baseline run
in the same round, and medians over several rounds; when the clock times run well above the CPU times,
other programs are competing for the processor and the CPU figures are the ones to trust.
"""

from __future__ import annotations

import argparse
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
import refdesk
print(time.perf_counter() - started, u.ru_maxrss, summary.created, u.ru_utime + u.ru_stime - cpu0,
      refdesk.__file__)
"""


def child(script: str, csv_path: Path, db_file: Path, source: Path = ROOT) -> tuple[float, int, int, float]:
    env = dict(os.environ, PYTHONPATH=str(source))
    out = subprocess.run(
        [sys.executable, "-c", script, str(csv_path), str(db_file)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=source,  # "-c" puts the working folder first on sys.path
    ).stdout.split()
    if len(out) > 4 and not Path(out[4]).resolve().is_relative_to(source.resolve()):
        raise SystemExit(f"the import ran {out[4]}, not the refdesk package in {source}")
    return float(out[0]), int(out[1]), int(out[2]), float(out[3])


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench_import.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("rows", nargs="?", type=int, default=100_000, help="rows in the file (default 100,000)")
    parser.add_argument("runs", nargs="?", type=int, default=3, help="rounds (default 3)")
    parser.add_argument("--source", type=Path, default=ROOT, help="where A's refdesk package is (default: here)")
    parser.add_argument("--against", type=Path, help="where B's refdesk package is: alternate A and B")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = arguments(argv)
    rows, runs = args.rows, args.runs
    sources = {"A": args.source}
    if args.against is not None:
        sources["B"] = args.against
    for source in sources.values():
        if not (source / "refdesk" / "__init__.py").is_file():
            raise SystemExit(f"{source} holds no refdesk package")
    from tests.services.importer.generate import write_google_csv

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv_path = write_google_csv(tmp / "google.csv", rows)
        print(f"file: {rows:,} rows, {csv_path.stat().st_size / 1e6:.1f} MB")
        base_times: list[float] = []
        times: dict[str, list[float]] = {k: [] for k in sources}
        ratios: dict[str, list[float]] = {k: [] for k in sources}
        cpu_ratios: dict[str, list[float]] = {k: [] for k in sources}
        rss: dict[str, list[int]] = {k: [] for k in sources}
        for i in range(runs):
            base = child(BASELINE, csv_path, tmp / f"base{i}.db")
            base_times.append(base[0])
            order = list(sources) if i % 2 == 0 else list(reversed(sources))
            shown = [f"run {i + 1}: stdlib csv+executemany {base[0]:.2f} s (peak RSS {base[1] / 1024:.0f} MB)"]
            for key in order:
                ours = child(REFDESK, csv_path, tmp / f"{key}{i}.db", sources[key])
                assert ours[2] == rows, ours
                times[key].append(ours[0])
                ratios[key].append(ours[0] / base[0])
                cpu_ratios[key].append(ours[3] / base[3])
                rss[key].append(ours[1])
                name = "refdesk import" if len(sources) == 1 else f"{key}"
                shown.append(
                    f"{name} {ours[0]:.2f} s (peak RSS {ours[1] / 1024:.0f} MB); ratio {ours[0] / base[0]:.2f} "
                    f"(CPU time {base[3]:.2f} s vs {ours[3]:.2f} s, ratio {ours[3] / base[3]:.2f})"
                )
            print("; ".join(shown), flush=True)
            for used in tmp.glob("*.db*"):  # the round's databases: disk space for the next round
                used.unlink()
        result: dict = {"rows": rows, "runs": runs, "baseline_s_median": round(statistics.median(base_times), 2)}
        for key in sources:
            prefix = "" if len(sources) == 1 else f"{key}_"
            result.update(
                {
                    f"{prefix}import_s_best": round(min(times[key]), 2),
                    f"{prefix}import_s_median": round(statistics.median(times[key]), 2),
                    f"{prefix}ratio_best": round(min(ratios[key]), 2),
                    f"{prefix}ratio_median": round(statistics.median(ratios[key]), 2),
                    f"{prefix}cpu_ratio_median": round(statistics.median(cpu_ratios[key]), 2),
                    f"{prefix}import_peak_rss_mb": round(max(rss[key]) / 1024),
                }
            )
        if len(sources) == 2:
            per_round = [b / a for a, b in zip(ratios["A"], ratios["B"], strict=True)]
            # how much slower B is than A: the median of the rounds' B/A, and the ratio of the median ratios
            result["B_vs_A_median_pct"] = round(100 * (statistics.median(per_round) - 1), 1)
            result["B_vs_A_of_medians_pct"] = round(
                100 * (statistics.median(ratios["B"]) / statistics.median(ratios["A"]) - 1), 1
            )
            # CPU time: steadier than the clock when other programs compete for the processor
            per_round_cpu = [b / a for a, b in zip(cpu_ratios["A"], cpu_ratios["B"], strict=True)]
            result["B_vs_A_cpu_median_pct"] = round(100 * (statistics.median(per_round_cpu) - 1), 1)
        print(json.dumps(result))


if __name__ == "__main__":
    main()
