"""``refdesk referrals [--due] [--direction given|received] [--json]``: the referral log, for scripts and review.

Newest first.  ``--due`` lists only referrals whose follow-up is due (oldest follow-up first):
its date has come, it is not confirmed, and the status is still passed or contacted (or the
outcome was bad).  Exit 0 (also when nothing matches); 2 with one line on stderr for a problem.

``--json`` prints one JSON object, whose keys ``JSON_KEYS`` describes (the epilog of ``--help``).
Choice values are the stored codes, not translated labels, so scripts can rely on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile

from refdesk.commands.common import EXIT_OK, CliProblem, location, open_db
from refdesk.i18n import N_, _, ngettext

JSON_KEYS = N_(
    "--json prints one JSON object:\n"
    "\n"
    "today\n"
    '    the date the "due" rule was applied for (YYYY-MM-DD)\n'
    "filters\n"
    '    {"due": bool, "direction": "given" | "received" | null}\n'
    "count\n"
    "    the number of referrals listed\n"
    "referrals\n"
    "    a list of objects, one per referral, with these keys:\n"
    "\n"
    '    id (int), date (YYYY-MM-DD), direction ("given"/"received"),\n'
    "    partner_id (int), partner (name), prospect (name), prospect_partner_id\n"
    "    (int, or null when the prospect is not a partner), prospect_need,\n"
    '    type ("recommendation"/"introduction"), first_contact ("partner"/"prospect"/"me"),\n'
    '    status ("passed"/"contacted"/"meeting"/"won"/"lost"/"no_connection"),\n'
    "    follow_up_date (YYYY-MM-DD or null), follow_up_done (bool: connection confirmed),\n"
    "    follow_up_due (bool), follow_up_overdue (bool: due before today),\n"
    '    closed_value (string with two decimals, e.g. "1200.00", or null), currency (ISO code or ""),\n'
    '    closed_date (YYYY-MM-DD or null), outcome ("good"/"neutral"/"bad" or null),\n'
    "    outcome_feedback, partner_told (bool), partner_thanked_date and prospect_thanked_date\n"
    "    (YYYY-MM-DD, or null until that party thanked me for a referral I gave), notes.\n"
    "\n"
    "Choice values are the stored codes above, not translated labels, so scripts can rely on them.\n"
)
"""The keys of ``--json`` (keys and codes are never translated, what they mean is)."""

DIRECTIONS = ("given", "received")


def register(add) -> None:
    p = add("referrals", run, _("List referrals given and received (newest first), or those with a follow-up due."))
    p.add_argument("--due", action="store_true", help=_("only referrals whose follow-up is due"))
    p.add_argument("--direction", metavar="given|received", help=_("only referrals given, or only received"))
    p.add_argument("--json", action="store_true", help=_("print one JSON object (keys below)"))
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = _(JSON_KEYS)


def _row_json(row, today: dt.date) -> dict:
    def day(value):
        return value.isoformat() if value else None

    return {
        "id": row.id,
        "date": day(row.date),
        "direction": row.direction.value,
        "partner_id": row.partner_id,
        "partner": row.partner,
        "prospect": row.prospect,
        "prospect_partner_id": row.prospect_partner_id,
        "prospect_need": row.prospect_need,
        "type": row.type.value,
        "first_contact": row.first_contact.value,
        "status": row.status.value,
        "follow_up_date": day(row.follow_up_date),
        "follow_up_done": row.follow_up_done,
        "follow_up_due": row.follow_up_due(today),
        "follow_up_overdue": row.follow_up_overdue(today),
        "closed_value": f"{row.closed_value:.2f}" if row.closed_value is not None else None,
        "currency": row.currency,
        "closed_date": day(row.closed_date),
        "outcome": row.outcome.value if row.outcome else None,
        "outcome_feedback": row.outcome_feedback,
        "partner_told": row.partner_told,
        "partner_thanked_date": day(row.partner_thanked_date),
        "prospect_thanked_date": day(row.prospect_thanked_date),
        "notes": row.notes,
    }


def _text_line(row, today: dt.date) -> str:
    """One referral for reading, in the user's formats (``--json`` keeps ISO dates and plain amounts)."""
    from refdesk.services import formatting
    from refdesk.services.vocabulary import label

    arrow = "→" if row.direction.value == "given" else "←"
    follow = ""
    if row.follow_up_due(today):
        when = formatting.date(row.follow_up_date)
        if row.follow_up_overdue(today):
            follow = _("follow up {date} (overdue)").format(date=when)
        else:
            follow = _("follow up {date}").format(date=when)
    value = formatting.money(row.closed_value, row.currency)
    parts = [
        f"{formatting.date(row.date):<12}",
        f"{arrow} {label(row.direction):<8}",
        f"{row.partner[:28]:<28}",
        f"{row.prospect[:24]:<24}",
        f"{label(row.status):<13}",
        follow,
        value,
    ]
    return f"#{row.id:<6} " + "  ".join(parts).rstrip()


def run(args) -> int:

    direction = None
    if args.direction is not None:
        value = args.direction.strip().lower()
        if value not in DIRECTIONS:
            raise CliProblem(
                _("--direction must be 'given' or 'received', not '{value}'.").format(value=args.direction)
            )
        from refdesk.services.vocabulary import Direction

        direction = Direction(value)
    open_db(location(args))
    from refdesk.services import referrals as service

    today = dt.date.today()
    flt = service.ReferralFilter(direction=direction, due_only=args.due)
    if args.due:
        rows = iter(service.due_follow_ups(today))
        rows = (r for r in rows if direction is None or r.direction is direction)
    else:
        rows = service.iter_referrals(flt, today=today)
    _print(args, rows, today, direction)  # a reader gone away (`| head`) is not an error: see cli.main
    return EXIT_OK


def _print(args, rows, today: dt.date, direction) -> None:
    from refdesk.services import formatting

    out = sys.stdout
    if args.json:
        _print_json(out, rows, today, {"due": args.due, "direction": direction and direction.value})
        return
    count = 0
    for row in rows:
        out.write(_text_line(row, today) + "\n")
        count += 1
    n = formatting.number(count)
    if args.due:
        said = ngettext("{n} referral with a follow-up due.", "{n} referrals with a follow-up due.", count)
        none = _("No referrals with a follow-up due.")
    else:
        said = ngettext("{n} referral.", "{n} referrals.", count)
        none = _("No referrals.")
    out.write((said.format(n=n) if count else none) + "\n")
    out.flush()


def _print_json(out, rows, today: dt.date, filters: dict) -> None:
    """The same bytes as ``json.dumps(document, indent=2)``, with memory flat in the number of rows.

    Each referral is encoded as it is read and kept in an unnamed temporary file (gone when
    closed, even if the command is interrupted) until the count that comes before the list is known.
    """
    count = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for row in rows:
            text = json.dumps(_row_json(row, today), indent=2, ensure_ascii=False)
            spool.write((",\n    " if count else "\n    ") + text.replace("\n", "\n    "))
            count += 1
        head = json.dumps({"today": today.isoformat(), "filters": filters, "count": count}, indent=2)
        out.write(head[:-2] + ',\n  "referrals": [')
        spool.seek(0)
        shutil.copyfileobj(spool, out)
        out.write("\n  ]\n}\n" if count else "]\n}\n")
    out.flush()
