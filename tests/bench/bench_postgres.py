"""Team mode on PostgreSQL vs SQLite: demo generation (bulk inserts) and a few typical queries.

Needs a server: ``URL=$(bash .ci/postgres.sh start)``, then
``REFDESK_TEST_POSTGRES_URL=$URL python tests/bench/bench_postgres.py [--partners N --referrals N --runs N]``.
The PostgreSQL database named in the URL is emptied (schema dropped) before each run.
Prints best and median seconds for each step on each database.
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

import psycopg2

ROOT = Path(__file__).resolve().parents[2]


def reset(url: str) -> None:
    conn = psycopg2.connect(url)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public")
    conn.close()


def run(*args: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "refdesk", *args], check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


QUERIES = """
import time, sys
from refdesk.db.database import open_database
from refdesk.db.models import Referral, Partner, Direction
from peewee import fn
open_database(sys.argv[1])
def t(label, f):
    best = min(_once(f) for _ in range(3))
    print(f"{label}={best:.4f}")
def _once(f):
    s = time.perf_counter(); f(); return time.perf_counter() - s
t("count_by_partner_direction", lambda: list(Referral.select(Referral.partner, Referral.direction, fn.COUNT(Referral.id))
    .group_by(Referral.partner, Referral.direction).tuples()))
t("referrals_per_month", lambda: list(Referral.select(fn.SUBSTR(Referral.date.cast("text"), 1, 7).alias("m"), fn.COUNT(Referral.id))
    .group_by(fn.SUBSTR(Referral.date.cast("text"), 1, 7)).tuples()))
t("first_page_of_referrals", lambda: list(Referral.select().order_by(Referral.date.desc()).limit(200).dicts()))
t("partner_name_search", lambda: list(Partner.select().where(Partner.name.contains("ann")).limit(200).tuples()))
"""


def queries(url: str) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", QUERIES, url], check=True, env=env, cwd=ROOT, capture_output=True, text=True
    ).stdout
    return {k: float(v) for k, v in (line.split("=") for line in out.split())}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partners", type=int, default=10000)
    parser.add_argument("--referrals", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    url = os.environ.get("REFDESK_TEST_POSTGRES_URL")
    if not url:
        print("Set REFDESK_TEST_POSTGRES_URL (bash .ci/postgres.sh start prints one).", file=sys.stderr)
        return 2
    demo = ["demo", "--partners", str(args.partners), "--referrals", str(args.referrals), "--seed", "1"]
    times: dict[str, list[float]] = {"sqlite": [], "postgres": []}
    q: dict[str, dict[str, float]] = {}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            times["sqlite"].append(run("--data-dir", folder, *demo))
            q["sqlite"] = queries(f"sqlite:///{folder}/refdesk.db")
        reset(url)
        times["postgres"].append(run("--data-dir", tempfile.gettempdir(), "--database-url", url, *demo))
        q["postgres"] = queries(url)
    print(f"demo --partners {args.partners} --referrals {args.referrals} (whole process, {args.runs} runs)")
    for name, values in times.items():
        print(f"  {name:<9} best {min(values):6.2f} s   median {statistics.median(values):6.2f} s")
    ratio = min(times["postgres"]) / min(times["sqlite"])
    print(f"  PostgreSQL / SQLite (best): {ratio:.2f}x")
    print("queries on the generated data (best of 3, seconds)")
    for key in q["sqlite"]:
        print(f"  {key:<28} sqlite {q['sqlite'][key]:.4f}   postgres {q['postgres'][key]:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
