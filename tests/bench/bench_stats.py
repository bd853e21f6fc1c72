"""Time every statistics query on a big database.

    python -m refdesk --data-dir /tmp/sbench demo --partners 10000 --referrals 100000
    python tests/bench/bench_stats.py /tmp/sbench [--repeat 7]

    # team mode: the same on a PostgreSQL server (.ci/postgres.sh start prints a URL)
    python -m refdesk --database-url URL demo --partners 10000 --referrals 100000
    python tests/bench/bench_stats.py --database-url URL

Prints, for the database measured, the best and median milliseconds per query (each
query run --repeat times after one warm-up run); the goal is a median <= 50 ms each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from refdesk import paths  # noqa: E402
from refdesk.db.database import describe, open_database  # noqa: E402
from refdesk.db.models import Partner, Referral  # noqa: E402
from refdesk.services import stats  # noqa: E402

LIMIT_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default="/tmp/sbench")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--database-url", help="measure on this database instead (e.g. PostgreSQL, team mode)")
    args = parser.parse_args()
    folder = Path(args.data_dir)
    url = args.database_url or paths.sqlite_url(folder / paths.DATABASE_FILE)
    open_database(url, backup_dir=folder / "backups")
    pid = stats.one_way_streets()[0].partner_id
    queries = {
        "monthly (12 months)": lambda: stats.monthly(stats.window_start(stats.dt.date.today(), 12)),
        "monthly (all)": lambda: stats.monthly(),
        "monthly (one partner, all)": lambda: stats.monthly(partner_id=pid),
        # One query, its months added up by quarter and by year in Python (as a caller does it).
        "monthly (all) + roll_up quarter, year": lambda: [stats.roll_up(rows, by)
                                                           for rows in [stats.monthly()]
                                                           for by in ("quarter", "year")],
        "closed_value_monthly (all)": lambda: stats.closed_value_monthly(),
        "closed_value_monthly (12 months)": lambda: stats.closed_value_monthly(
            stats.window_start(stats.dt.date.today(), 12)),
        "partner_balances (12 months, top 15)": lambda: stats.partner_balances(limit=15),
        "partner_balances (12 months, all)": lambda: stats.partner_balances(),
        "one_way_streets": lambda: stats.one_way_streets(),
        "gone_quiet": lambda: stats.gone_quiet(),
        "check_ins_due": lambda: stats.check_ins_due(),
        "follow_ups_due": lambda: stats.follow_ups_due(),
        "thanks_owed": lambda: stats.thanks_owed(),
        "headline": lambda: stats.headline(),
        "partner_choices": lambda: stats.partner_choices(),
        "data_range": lambda: stats.data_range(),
    }
    worst = 0.0
    print(f"database: {describe(url)} ({Partner.select().count()} partners, {Referral.select().count()} referrals)")
    print(f"{'query':40} {'best ms':>8} {'median ms':>10}")
    for name, func in queries.items():
        func()  # warm-up: caches, prepared plans
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            func()
            times.append((time.perf_counter() - started) * 1000)
        best, median = min(times), statistics.median(times)
        worst = max(worst, median)
        flag = "" if median <= LIMIT_MS else "  <-- over 50 ms"
        print(f"{name:40} {best:8.1f} {median:10.1f}{flag}")
    print(f"slowest median: {worst:.1f} ms (limit {LIMIT_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
