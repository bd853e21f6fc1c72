"""Time every statistics query on a big database.

    python -m refdesk --data-dir /tmp/sbench demo --partners 10000 --referrals 100000
    python tests/bench/bench_stats.py /tmp/sbench [--repeat 7]

    # team mode: the same on a PostgreSQL server (.ci/postgres.sh start prints a URL)
    python -m refdesk --database-url URL demo --partners 10000 --referrals 100000
    python tests/bench/bench_stats.py --database-url URL

    # both, query by query (each query's runs on one, then on the other), with the ratio: seconds
    # apart, so a comparison the machine's changing speed hardly skews
    python tests/bench/bench_stats.py /tmp/sbench --database-url URL --both

Prints, for the database measured, the best and median milliseconds per query (each
query run --repeat times after one warm-up run); the goal is a median <= 50 ms each.
It also times a fixed pure-Python loop before and after: this machine's speed varies by up
to 2x from one minute to the next, and the probe shows which kind of minute it was.  Last, the
whole ``refdesk stats --json`` command (a process of its own, start to exit) and the statistics it
collects (``commands.stats.collect``, in this process).

``--tree DIR`` measures another source tree's RefDesk and ``--json`` prints the medians as one
JSON object: ``tests/bench/ab.py`` compares two trees that way.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default="/tmp/sbench")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--tree", type=Path, default=ROOT, help="measure this source tree's RefDesk")
    parser.add_argument("--json", action="store_true", help="print the medians (ms) as one JSON object")
    parser.add_argument("--database-url", help="measure on this database instead (e.g. PostgreSQL, team mode)")
    parser.add_argument(
        "--both",
        action="store_true",
        help="with --database-url: measure it and the SQLite file of data_dir, query by query",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    from refdesk import paths
    from refdesk.commands.stats import collect
    from refdesk.db.database import db, describe, open_database
    from refdesk.db.models import Partner, Referral
    from refdesk.services import due, stats
    from refdesk.services.partners import partner_choices

    say = (lambda *_a: None) if args.json else print
    folder = Path(args.data_dir)
    sqlite_url = paths.sqlite_url(folder / paths.DATABASE_FILE)
    urls = [args.database_url or sqlite_url]
    if args.both and args.database_url:
        urls.append(sqlite_url)
    handles = [open_database(url, backup_dir=folder / "backups") for url in urls]
    pid = stats.one_way_streets()[0].partner_id
    queries = {
        "monthly (12 months)": lambda: stats.monthly(stats.window_start(stats.dt.date.today(), 12)),
        "monthly (all)": lambda: stats.monthly(),
        "monthly (one partner, all)": lambda: stats.monthly(partner_id=pid),
        # One query, its months added up by quarter and by year in Python (as a caller does it).
        "monthly (all) + roll_up quarter, year": lambda: [
            stats.roll_up(rows, by) for rows in [stats.monthly()] for by in ("quarter", "year")
        ],
        "closed_value_monthly (all)": lambda: stats.closed_value_monthly(),
        "closed_value_monthly (12 months)": lambda: stats.closed_value_monthly(
            stats.window_start(stats.dt.date.today(), 12)
        ),
        "partner_balances (12 months, top 15)": lambda: stats.partner_balances(limit=15),
        "partner_balances (12 months, all)": lambda: stats.partner_balances(),
        "one_way_streets": lambda: stats.one_way_streets(),
        "overdue_for_contact": lambda: due.overdue_for_contact(),
        "cadence_state (all partners)": lambda: due.cadence_state(),
        "next_steps_due": lambda: due.next_steps_due(),
        "upcoming (7 days, first 50)": lambda: due.upcoming(),
        "check_ins_due": lambda: due.check_ins_due(),
        "follow_ups_due": lambda: due.follow_ups_due(),
        "thanks_owed": lambda: due.thanks_owed(),
        "headline": lambda: stats.headline(),
        "partner_choices": lambda: partner_choices(with_referrals=True),
        "data_range": lambda: stats.data_range(),
        "refdesk stats: collect (12 months)": lambda: collect(12),
    }
    say(f"CPU probe (pure Python loop), best / median ms: {cpu_probe()}")
    for handle, url in zip(handles, urls, strict=True):
        db.initialize(handle)
        say(f"database: {describe(url)} ({Partner.select().count()} partners, {Referral.select().count()} referrals)")
    times: dict[tuple[str, int], list[float]] = {}
    for name, func in queries.items():
        # Each database runs its repeats in a row: alternating call by call made the second one up to
        # 1.7x slower (each evicts the other's data from the CPU caches), which is not how RefDesk runs.
        for i, handle in enumerate(handles):
            db.initialize(handle)
            func()  # warm-up: caches, prepared plans
            for _ in range(args.repeat):
                started = time.perf_counter()
                func()
                times.setdefault((name, i), []).append((time.perf_counter() - started) * 1000)
    labels = ["server" if "postgres" in url else "sqlite" for url in urls] if len(urls) > 1 else [""]
    head = "".join(f" {label + ' best':>12} {label + ' median':>14}" for label in labels)
    say(f"{'query':40}{head}" + ("   ratio of medians" if len(urls) > 1 else ""))
    worst = [0.0] * len(urls)
    for name in queries:
        whole = name.startswith("refdesk stats")  # many queries, not one: not held to the limit
        cells, medians = "", []
        for i in range(len(urls)):
            best, median = min(times[name, i]), statistics.median(times[name, i])
            if not whole:
                worst[i] = max(worst[i], median)
            medians.append(median)
            cells += f" {best:12.1f} {median:14.1f}"
        ratio = f"   {medians[0] / medians[1]:.2f}" if len(urls) > 1 else ""
        flag = "" if max(medians) <= LIMIT_MS or whole else "  <-- over 50 ms"
        say(f"{name:40}{cells}{ratio}{flag}")
    say(f"CPU probe (pure Python loop), best / median ms: {cpu_probe()}")
    say("slowest median: " + ", ".join(f"{w:.1f} ms" for w in worst) + f" (limit {LIMIT_MS:.0f} ms)")
    command = command_times(args.tree.resolve(), folder, args.database_url, max(3, args.repeat // 2))
    say(
        f"refdesk stats --json, the whole command: best {min(command):.0f} ms, median {statistics.median(command):.0f} ms"
    )
    if args.json:
        figures = {name: statistics.median(times[name, 0]) for name in queries}
        figures["all queries above, medians added"] = (
            sum(figures.values()) - figures["refdesk stats: collect (12 months)"]
        )
        figures["refdesk stats --json (whole process)"] = statistics.median(command)
        print(json.dumps(figures))
    return 0


def command_times(tree: Path, folder: Path, url: str | None, runs: int) -> list[float]:
    """Milliseconds from starting ``refdesk stats --json`` to its exit, *runs* times after one warm-up."""
    where = ["--database-url", url] if url else ["--data-dir", str(folder)]
    cmd = [sys.executable, "-m", "refdesk", *where, "stats", "--json"]
    env = dict(os.environ, PYTHONPATH=str(tree))
    times = []
    for i in range(runs + 1):
        started = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        if i:
            times.append((time.perf_counter() - started) * 1000)
    return times


def cpu_probe() -> str:
    times = []
    for _ in range(20):
        started = time.perf_counter()
        sum(i * i for i in range(100_000))
        times.append((time.perf_counter() - started) * 1000)
    return f"{min(times):.1f} / {statistics.median(times):.1f}"


if __name__ == "__main__":
    raise SystemExit(main())
