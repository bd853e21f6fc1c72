"""``refdesk calendar FILE.ics [--days N] [--json]``: what is due, as a calendar file.

Writes every open follow-up, thank-you due, standing check-in due, meeting next step and
stay-in-touch date of the next N days (default 90), and every overdue one (dated today, marked
overdue), as iCalendar (RFC 5545): one all-day event per item with a stable UID, so importing or
subscribing again updates the events instead of adding copies; an alarm at the reminder time
(the ``reminder_time`` setting, default 09:00).  See ``services/calendar_file.py``.

``--json`` prints ``{"file": path, "events": N, "by_kind": {"follow_up": n, "thank_you": n,
"check_in": n, "next_step": n, "cadence": n}}``.
Exit codes: 0 written, 2 a problem you can fix (bad ``--days``, a file that cannot be written, with
the reason; an unusable database).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from refdesk.commands.common import EXIT_OK, CliProblem, location, open_db
from refdesk.i18n import _, ngettext


def register(add) -> None:
    p = add(
        "calendar",
        run,
        _(
            "Write what is due (follow-ups, thank-yous, check-ins, next steps, stay-in-touch dates) "
            "as an iCalendar file for a calendar app."
        ),
    )
    p.add_argument("file", metavar="FILE.ics", help=_("the calendar file to write (replaced if it exists)"))
    p.add_argument(
        "--days",
        default="90",
        metavar="N",
        help=_("how many days ahead to look, 0 to 730 (default 90); everything overdue is always in"),
    )
    p.add_argument("--json", action="store_true", help=_('print {"file", "events", "by_kind"} as JSON'))


def _days(text: str) -> int:
    from refdesk.services.reminders import MAX_DAYS

    try:
        days = int(str(text).strip())
    except ValueError:
        days = -1
    if not 0 <= days <= MAX_DAYS:
        raise CliProblem(
            _("--days must be a whole number of days from 0 to {high}, not “{value}”.").format(
                high=MAX_DAYS, value=text
            )
        )
    return days


def run(args: argparse.Namespace) -> int:
    from refdesk import preferences
    from refdesk.services import calendar_file, failures, formatting

    days = _days(args.days)
    target = Path(args.file).expanduser().absolute()
    if target.is_dir():
        raise CliProblem(
            _("{path} is a folder; give the name of the calendar file to write, e.g. {example}.").format(
                path=target, example=target / "refdesk.ics"
            )
        )
    if not target.parent.is_dir():
        raise CliProblem(
            _("The folder {folder} does not exist, so {name} cannot be written there.").format(
                folder=target.parent, name=target.name
            )
        )
    open_db(location(args))
    try:
        by_kind = calendar_file.export(target, days=days, alarm=preferences.reminder_time())
    except OSError as exc:
        raise CliProblem(_("Cannot write {path}: {reason}.").format(path=target, reason=failures.reason(exc))) from exc
    events = sum(by_kind.values())
    if args.json:
        print(json.dumps({"file": str(target), "events": events, "by_kind": by_kind}))
    else:
        print(
            ngettext("Wrote {count} reminder to {path}.", "Wrote {count} reminders to {path}.", events).format(
                count=formatting.number(events), path=target
            )
        )
    return EXIT_OK
