"""``refdesk export FILE.zip``: everything in one zip (a CSV per table and a JSON file)."""

from __future__ import annotations

import argparse
from pathlib import Path

from refdesk.commands.common import CliProblem, location, open_db
from refdesk.i18n import _, ngettext
from refdesk.services import formatting


def _rows(table: str, n: int) -> str:
    """*n* rows of *table* (as ``table_counts()`` names it), in words: "3 partners"."""
    words = {
        "import_batch": ngettext("{count} import", "{count} imports", n),
        "partner": ngettext("{count} partner", "{count} partners", n),
        "partner_email": ngettext("{count} email address", "{count} email addresses", n),
        "partner_phone": ngettext("{count} phone number", "{count} phone numbers", n),
        "meeting": ngettext("{count} meeting", "{count} meetings", n),
        "standing_check": ngettext("{count} check-in", "{count} check-ins", n),
        "referral": ngettext("{count} referral", "{count} referrals", n),
        "thank_you": ngettext("{count} thank-you", "{count} thank-yous", n),
    }
    return words.get(table, "{count} " + table.replace("_", " ")).format(count=formatting.number(n))


def cmd_export(args: argparse.Namespace) -> int:
    from refdesk.services.export import ExportError, export_all

    target = Path(args.file).expanduser()
    if target.is_dir():
        raise CliProblem(
            _("{path} is a folder; give the name of the zip file to write, e.g. {example}").format(
                path=target, example=target / "refdesk.zip"
            )
        )
    if not target.parent.is_dir():
        raise CliProblem(_("The folder {folder} does not exist.").format(folder=target.parent))
    open_db(location(args))
    try:
        counts = export_all(target)
    except ExportError as exc:
        raise CliProblem(str(exc)) from exc
    summary = ", ".join(_rows(name, n) for name, n in counts.items() if n)
    print(
        _("Exported to {path}: {summary}.").format(path=target, summary=summary or _("no rows (the database is empty)"))
    )
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    from refdesk.services.export import ExportError, import_json

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliProblem(_("{path} does not exist.").format(path=source))
    open_db(location(args))
    try:
        counts = import_json(source)
    except ExportError as exc:
        raise CliProblem(str(exc)) from exc
    rows = sum(counts.values())
    print(
        ngettext("Loaded {count} row from {path}.", "Loaded {count} rows from {path}.", rows).format(
            count=rows, path=source
        )
    )
    return 0


def register(add) -> None:
    p = add(
        "export",
        cmd_export,
        _("Write all data to a zip file: one CSV per table for spreadsheets, and one JSON file of everything."),
    )
    p.add_argument("file", metavar="FILE.zip", help=_("the zip file to write (replaced if it exists)"))
    p.set_defaults(database_access="read")
    p = add(
        "import-json",
        cmd_import_json,
        _("Load an export (the zip or its JSON file) into an EMPTY database, keeping every id."),
    )
    p.add_argument("file", metavar="FILE", help=_("a zip written by `refdesk export`, or the JSON file inside it"))
    p.set_defaults(database_access="write")
