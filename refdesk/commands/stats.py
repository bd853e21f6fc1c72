"""``refdesk stats [--months N] [--json]``: is each partnership a two-way street, and what is due.

Text output is for reading; ``--json`` prints one object for scripts, with these keys:

- ``today``: the date the figures are for (``YYYY-MM-DD``).
- ``months``: the window, in calendar months (this month so far and the N-1 before it).
- ``window``: ``{"start", "end"}`` dates of that window.
- ``headline``: ``given_this_month``, ``received_this_month``, ``given_12_months``,
  ``received_12_months``, ``thanks_owed``, ``thanks_overdue`` (integers).
- ``monthly``: one object per month of the window, oldest first, months with nothing as zeros:
  ``month`` (``YYYY-MM``), ``given``, ``received``, ``balance`` (given − received),
  ``cumulative`` (running balance from the window's first month).
- ``balances``: every partner with a referral in the window, largest imbalance first:
  ``partner_id``, ``name``, ``company``, ``given``, ``received``, ``balance``, ``retired``.
- ``one_way_streets``: up to 10 partners (not retired) given to more than they gave back
  over the window, most lopsided first; same keys as ``balances``.
- ``follow_ups_due``: ``{"total", "items"}``; items have ``referral_id``, ``partner_id``,
  ``partner_name``, ``direction``, ``prospect``, ``date``, ``follow_up_date``, ``status``.
- ``thanks_owed``: ``{"total", "overdue", "items"}``; items have ``thank_id``, ``partner_id``
  (null for a non-partner), ``recipient``, ``reason``, ``amount`` (number or null),
  ``due_date``, ``status``, ``overdue`` (bool), ``referral_id``.
- ``check_ins_due``: ``{"total", "items"}``; items have ``partner_id``, ``name``, ``company``,
  ``last_check`` (date or null), ``last_willingness`` (0–10 or null).
- ``gone_quiet``: ``{"total", "items"}``; items have ``partner_id``, ``name``, ``company``,
  ``last_contact`` (date or null).

The due lists hold at most 50 items each; ``total`` counts them all.
Exit codes: 0 done, 2 a problem you can fix (bad ``--months``, unusable database).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

from refdesk.commands.common import CliProblem, location, open_db

LIST_LIMIT = 50
TEXT_ROWS = 10


def register(add) -> None:
    p = add(
        "stats",
        run,
        "Show referrals given and received per month, each partner's balance, the one-way streets and what is due.",
    )
    p.add_argument(
        "--months",
        type=int,
        default=12,
        metavar="N",
        help="how many calendar months to look back, this one included (default 12)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object (keys described in the docs)")


def collect(months: int, today: dt.date | None = None) -> dict:
    """Everything ``refdesk stats`` reports, as plain JSON-ready data."""
    from refdesk.services import due, stats

    today = today or dt.date.today()
    start = stats.window_start(today, months)
    return {
        "today": today.isoformat(),
        "months": months,
        "window": {"start": start.isoformat(), "end": today.isoformat()},
        "headline": stats.headline(today).as_dict(),
        "monthly": [row.as_dict() for row in stats.monthly(start, today, today=today)],
        "balances": [b.as_dict() for b in stats.partner_balances(months, today)],
        "one_way_streets": [b.as_dict() for b in stats.one_way_streets(months, today)],
        "follow_ups_due": due.follow_ups_due(today, LIST_LIMIT).as_dict(),
        "thanks_owed": due.thanks_owed(today, LIST_LIMIT).as_dict(),
        "check_ins_due": due.check_ins_due(today, limit=LIST_LIMIT).as_dict(),
        "gone_quiet": due.gone_quiet(today, limit=LIST_LIMIT).as_dict(),
    }


def run(args: argparse.Namespace) -> int:

    if args.months < 1 or args.months > 1200:
        raise CliProblem("--months must be a whole number of months from 1 to 1200.")
    open_db(location(args))
    data = collect(args.months)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(render_text(data))
    return 0


def render_text(data: dict) -> str:
    """The report for reading, in the user's formats and words (``--json`` keeps ISO dates and raw values)."""
    from refdesk.services import formatting, rules
    from refdesk.services.vocabulary import Direction, ReferralStatus, ThankReason, ThankStatus, label

    n, signed = formatting.number, formatting.signed

    def _more(total: int, shown: int) -> str:
        return f"  … and {n(total - shown)} more" if total > shown else ""

    def _day(iso: str | None, empty: str = "never") -> str:
        return formatting.date(dt.date.fromisoformat(iso)) if iso else empty

    today = dt.date.fromisoformat(data["today"])
    h = data["headline"]
    owed = f"Thank-yous owed: {n(h['thanks_owed'])}" + (
        f" ({n(h['thanks_overdue'])} overdue)" if h["thanks_overdue"] else ""
    )
    out = [
        f"RefDesk statistics for {formatting.date(today)}",
        f"Counted {rules.window_phrase(data['months'])}: {_day(data['window']['start'])} to {formatting.date(today)}.",
        "",
        f"This month:      given {n(h['given_this_month'])}, received {n(h['received_this_month'])}",
        f"Last 12 months:  given {n(h['given_12_months'])}, received {n(h['received_12_months'])}",
        owed,
        "",
        f"{'Month':<9} {'Given':>6} {'Received':>9} {'Balance':>8} {'Running':>8}",
    ]
    for row in data["monthly"]:
        month = formatting.month(dt.date.fromisoformat(row["month"] + "-01"))
        out.append(
            f"{month:<9} {n(row['given']):>6} {n(row['received']):>9} "
            f"{signed(row['balance']):>8} {signed(row['cumulative']):>8}"
        )

    def partners(title: str, rows: list[dict], empty: str) -> None:
        out.extend(["", title])
        if not rows:
            out.append(f"  {empty}")
        for b in rows[:TEXT_ROWS]:
            retired = " (retired)" if b["retired"] else ""
            who = f"{b['name']}, {b['company']}" if b["company"] else b["name"]
            out.append(
                f"  {who}{retired}: given {n(b['given'])}, received {n(b['received'])}, balance {signed(b['balance'])}"
            )
        if len(rows) > TEXT_ROWS:
            out.append(_more(len(rows), TEXT_ROWS))

    partners("Balance per partner (largest first)", data["balances"], "No referrals in this period.")
    partners(
        "One-way streets: conversations to have",
        data["one_way_streets"],
        "None: everyone you refer to gives something back.",
    )

    def due(title: str, block: dict, line, empty: str) -> None:
        out.extend(["", f"{title}: {n(block['total'])}"])
        if not block["items"]:
            out.append(f"  {empty}")
        for item in block["items"][:TEXT_ROWS]:
            out.append(f"  {line(item)}")
        if block["total"] > TEXT_ROWS:
            out.append(_more(block["total"], min(TEXT_ROWS, len(block["items"]))))

    due(
        "Follow-ups due",
        data["follow_ups_due"],
        lambda f: (
            f"{_day(f['follow_up_date'])}  "
            + ("given to " if f["direction"] == Direction.GIVEN.value else "received from ")
            + f["partner_name"]
            + (f" → {f['prospect']}" if f["prospect"] else "")
            + f" ({label(ReferralStatus(f['status']))})"
        ),
        "Nothing to follow up.",
    )
    due(
        "Thank-yous owed",
        data["thanks_owed"],
        lambda t: (
            f"{_day(t['due_date'])}  {t['recipient']} ({label(ThankReason(t['reason']))}, "
            f"{label(ThankStatus(t['status']))})" + ("  OVERDUE" if t["overdue"] else "")
        ),
        "All thank-yous sent.",
    )
    due(
        "Check-ins due",
        data["check_ins_due"],
        lambda c: (
            f"{c['name']}: last asked {_day(c['last_check'])}"
            + (f" (willingness {c['last_willingness']}/10)" if c["last_willingness"] is not None else "")
        ),
        f"Everyone was asked where you stand in the last {rules.CHECK_IN_DAYS} days.",
    )
    due(
        f"Gone quiet ({rules.QUIET_DAYS} days without contact)",
        data["gone_quiet"],
        lambda q: f"{q['name']}: last contact {_day(q['last_contact'])}",
        "No one has gone quiet.",
    )
    return "\n".join(out)
