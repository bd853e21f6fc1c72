"""``refdesk info [--json]``: the data folder, the database, its schema version and row counts."""

from __future__ import annotations

import argparse
import json

from refdesk import __version__
from refdesk.commands.common import EXIT_OK, location, open_db


def register(add) -> None:
    p = add("info", run, "Show the data folder, database, schema version and row counts.")
    p.add_argument("--json", action="store_true", help="print one JSON object")


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
    else:
        print(f"RefDesk {info['version']}")
        print(f"Data folder:      {info['data_dir']}")
        print(f"Database:         {info['database']}")
        print(f"Schema version:   {info['schema_version']}")
        for name, count in info["counts"].items():
            print(f"{name.replace('_', ' ').capitalize() + ':':<18}{count}")
    return EXIT_OK
