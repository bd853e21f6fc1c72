"""``refdesk demo [--partners N] [--referrals N] [--seed N]``: fill the database with realistic demo data."""

from __future__ import annotations

import argparse
import time

from refdesk.commands.common import EXIT_OK, CliProblem, location, open_db
from refdesk.i18n import _, ngettext


def register(add) -> None:
    p = add("demo", run, _("Fill the database with realistic demo data."))
    p.add_argument("--partners", type=int, default=200, help=_("how many partners (default 200)"))
    p.add_argument("--referrals", type=int, default=2000, help=_("how many referrals (default 2000)"))
    p.add_argument("--seed", type=int, default=1, help=_("the same seed gives the same data (default 1)"))


def run(args: argparse.Namespace) -> int:
    from refdesk.services import demo

    if args.partners < 1 or args.referrals < 0:
        raise CliProblem(_("--partners must be at least 1 and --referrals at least 0."))
    open_db(location(args))
    started = time.perf_counter()
    summary = demo.generate(partners=args.partners, referrals=args.referrals, seed=args.seed)
    seconds = time.perf_counter() - started
    from refdesk.services.formatting import decimal, number

    print(
        _("Added demo data: {partners}, {referrals}, {meetings}, {checks}, {thanks} in {seconds} s.").format(
            partners=ngettext("{count} partner", "{count} partners", summary.partners).format(
                count=number(summary.partners)
            ),
            referrals=ngettext("{count} referral", "{count} referrals", summary.referrals).format(
                count=number(summary.referrals)
            ),
            meetings=ngettext("{count} meeting", "{count} meetings", summary.meetings).format(
                count=number(summary.meetings)
            ),
            checks=ngettext("{count} check-in", "{count} check-ins", summary.standing_checks).format(
                count=number(summary.standing_checks)
            ),
            thanks=ngettext("{count} thank-you", "{count} thank-yous", summary.thank_yous).format(
                count=number(summary.thank_yous)
            ),
            seconds=decimal(seconds, 1),
        )
    )
    return EXIT_OK
