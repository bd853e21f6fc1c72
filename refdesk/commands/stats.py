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
- ``next_steps_due``: ``{"total", "items"}``: meetings' next steps not done whose date has come;
  items have ``meeting_id``, ``partner_id``, ``partner_name``, ``step``, ``due_date``, ``overdue`` (bool).
- ``overdue_for_contact``: ``{"total", "items"}``: partners past their stay-in-touch cadence; items
  have ``partner_id``, ``name``, ``company``, ``last_contact`` (date or null: no touch ever),
  ``weeks`` (the cadence) and ``due_date`` (when contact was due).
- ``gone_quiet``: the same as ``overdue_for_contact`` (its earlier name, kept for scripts).

The due lists hold at most 50 items each; ``total`` counts them all.
Exit codes: 0 done, 2 a problem you can fix (bad ``--months``, unusable database).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

from refdesk.commands.common import CliProblem, location, open_db
from refdesk.i18n import _, ngettext

LIST_LIMIT = 50
TEXT_ROWS = 10


def register(add) -> None:
    p = add(
        "stats",
        run,
        _("Show referrals given and received per month, each partner's balance, the one-way streets and what is due."),
    )
    p.add_argument(
        "--months",
        type=int,
        default=12,
        metavar="N",
        help=_("how many calendar months to look back, this one included (default 12)"),
    )
    p.add_argument("--json", action="store_true", help=_("print one JSON object (keys described in the docs)"))


def collect(months: int, today: dt.date | None = None) -> dict:
    """Everything ``refdesk stats`` reports, as plain JSON-ready data."""
    from refdesk.services import due, stats

    today = today or dt.date.today()
    start = stats.window_start(today, months)
    overdue = due.overdue_for_contact(today, limit=LIST_LIMIT).as_dict()
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
        "next_steps_due": due.next_steps_due(today, limit=LIST_LIMIT).as_dict(),
        "overdue_for_contact": overdue,
        "gone_quiet": overdue,
    }


def run(args: argparse.Namespace) -> int:

    if args.months < 1 or args.months > 1200:
        raise CliProblem(_("--months must be a whole number of months from 1 to 1200."))
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
        return "  " + _("… and {count} more").format(count=n(total - shown)) if total > shown else ""

    def _day(iso: str | None, empty: str | None = None) -> str:
        return formatting.date(dt.date.fromisoformat(iso)) if iso else (_("never") if empty is None else empty)

    today = dt.date.fromisoformat(data["today"])
    h = data["headline"]
    owed = _("Thank-yous owed: {count}").format(count=n(h["thanks_owed"]))
    if h["thanks_overdue"]:
        owed += " " + _("({count} overdue)").format(count=n(h["thanks_overdue"]))
    this_month, last_12 = _("This month:"), _("Last 12 months:")
    width = max(len(this_month), len(last_12)) + 2
    given_received = _("given {given}, received {received}")
    out = [
        _("RefDesk statistics for {day}").format(day=formatting.date(today)),
        rules.window_words(today, data["months"]),
        "",
        f"{this_month:<{width}}"
        + given_received.format(given=n(h["given_this_month"]), received=n(h["received_this_month"])),
        f"{last_12:<{width}}"
        + given_received.format(given=n(h["given_12_months"]), received=n(h["received_12_months"])),
        owed,
        "",
    ]
    titles = [_("Month"), _("Given"), _("Received"), _("Balance"), _("Running")]
    table = [
        (
            formatting.month(dt.date.fromisoformat(row["month"] + "-01")),
            n(row["given"]),
            n(row["received"]),
            signed(row["balance"]),
            signed(row["cumulative"]),
        )
        for row in data["monthly"]
    ]
    widths = [max(len(cells[i]) for cells in [titles, *table]) for i in range(len(titles))]
    for cells in [titles, *table]:
        out.append(
            " ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i] + 1) for i, cell in enumerate(cells))
        )

    def partners(title: str, rows: list[dict], empty: str) -> None:
        out.extend(["", title])
        if not rows:
            out.append(f"  {empty}")
        for b in rows[:TEXT_ROWS]:
            retired = " " + _("(retired)") if b["retired"] else ""
            who = f"{b['name']}, {b['company']}" if b["company"] else b["name"]
            figures = _("given {given}, received {received}, balance {balance}").format(
                given=n(b["given"]), received=n(b["received"]), balance=signed(b["balance"])
            )
            out.append(f"  {who}{retired}: {figures}")
        if len(rows) > TEXT_ROWS:
            out.append(_more(len(rows), TEXT_ROWS))

    partners(_("Balance per partner (largest first)"), data["balances"], _("No referrals in this period."))
    partners(
        _("One-way streets: conversations to have"),
        data["one_way_streets"],
        _("None: everyone you refer to gives something back."),
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
        _("Follow-ups due"),
        data["follow_ups_due"],
        lambda f: (
            f"{_day(f['follow_up_date'])}  "
            + (
                _("given to {partner}") if f["direction"] == Direction.GIVEN.value else _("received from {partner}")
            ).format(partner=f["partner_name"])
            + (f" → {f['prospect']}" if f["prospect"] else "")
            + f" ({label(ReferralStatus(f['status']))})"
        ),
        _("Nothing to follow up."),
    )
    due(
        _("Thank-yous owed"),
        data["thanks_owed"],
        lambda t: (
            f"{_day(t['due_date'])}  {t['recipient']} ({label(ThankReason(t['reason']))}, "
            f"{label(ThankStatus(t['status']))})" + ("  " + _("OVERDUE") if t["overdue"] else "")
        ),
        _("All thank-yous sent."),
    )
    due(
        _("Check-ins due"),
        data["check_ins_due"],
        lambda c: (
            _("{name}: last asked {day}").format(name=c["name"], day=_day(c["last_check"]))
            + (
                " " + _("(willingness {score}/10)").format(score=c["last_willingness"])
                if c["last_willingness"] is not None
                else ""
            )
        ),
        ngettext(
            "Everyone was asked where you stand in the last day.",
            "Everyone was asked where you stand in the last {days} days.",
            rules.CHECK_IN_DAYS,
        ).format(days=rules.CHECK_IN_DAYS),
    )
    due(
        _("Next steps due"),
        data["next_steps_due"],
        lambda s: (
            f"{_day(s['due_date'])}  "
            + _("{partner}: {step}").format(partner=s["partner_name"], step=s["step"])
            + ("  " + _("OVERDUE") if s["overdue"] else "")
        ),
        _("No next step due."),
    )
    due(
        _("Overdue for contact"),
        data["overdue_for_contact"],
        lambda q: (
            _("{name}: last contact {day}").format(name=q["name"], day=_day(q["last_contact"]))
            + "; "
            + ngettext("every week, due {day}", "every {weeks} weeks, due {day}", q["weeks"]).format(
                weeks=q["weeks"], day=_day(q["due_date"])
            )
        ),
        _("Everyone heard from you within their stay-in-touch cadence."),
    )
    return "\n".join(out)
