"""``refdesk info [--json]``: the data folder, the database, its schema version and row counts."""

from __future__ import annotations

import argparse
import json

from refdesk import __version__
from refdesk.commands.common import EXIT_OK, location, open_db
from refdesk.i18n import N_, _
from refdesk.services import formatting

COUNTS = {
    "partners": N_("Partners:"),
    "referrals": N_("Referrals:"),
    "meetings": N_("Meetings:"),
    "standing_checks": N_("Standing checks:"),
    "thank_yous": N_("Thank-yous:"),
    "imports": N_("Imports:"),
}
"""The words for each count of ``services.info.row_counts()`` (a count not here shows its key)."""


def register(add) -> None:
    p = add("info", run, _("Show the data folder, database, schema version and row counts."))
    p.add_argument("--json", action="store_true", help=_("print one JSON object"))


def run(args: argparse.Namespace) -> int:
    from refdesk.services.info import row_counts, schema

    loc = location(args)
    database = open_db(loc)
    info = {
        "version": __version__,
        "data_dir": str(loc.data_dir),
        **schema(loc.url, database),
        "counts": row_counts(),
    }
    if args.json:
        print(json.dumps(info, indent=2))
        return EXIT_OK
    lines = [
        (_("Data folder:"), info["data_dir"]),
        (_("Database:"), info["database"]),
        (_("Schema version:"), str(info["schema_version"])),
        *((_(COUNTS.get(name, name)), formatting.number(count)) for name, count in info["counts"].items()),
    ]
    width = max(len(title) for title, _value in lines) + 2
    print(f"RefDesk {info['version']}")
    for title, value in lines:
        print(f"{title:<{width}}{value}")
    return EXIT_OK
