"""``refdesk demo [--partners N] [--referrals N] [--seed N]``: fill the database with realistic demo data."""

from __future__ import annotations

import argparse
import time

from refdesk.commands.common import EXIT_OK, CliProblem, location, open_db


def register(add) -> None:
    p = add("demo", run, "Fill the database with realistic demo data.")
    p.add_argument("--partners", type=int, default=200, help="how many partners (default 200)")
    p.add_argument("--referrals", type=int, default=2000, help="how many referrals (default 2000)")
    p.add_argument("--seed", type=int, default=1, help="the same seed gives the same data (default 1)")


def run(args: argparse.Namespace) -> int:
    from refdesk.services import demo

    if args.partners < 1 or args.referrals < 0:
        raise CliProblem("--partners must be at least 1 and --referrals at least 0.")
    open_db(location(args))
    started = time.perf_counter()
    summary = demo.generate(partners=args.partners, referrals=args.referrals, seed=args.seed)
    seconds = time.perf_counter() - started
    from refdesk.services.formatting import count, decimal

    print(
        f"Added demo data: {count(summary.partners, 'partner')}, {count(summary.referrals, 'referral')}, "
        f"{count(summary.meetings, 'meeting')}, {count(summary.standing_checks, 'check-in')}, "
        f"{count(summary.thank_yous, 'thank-you')} in {decimal(seconds, 1)} s."
    )
    return EXIT_OK
