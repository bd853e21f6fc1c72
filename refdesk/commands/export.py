"""``refdesk export FILE.zip``: everything in one zip (a CSV per table and a JSON file)."""

from __future__ import annotations

import argparse
from pathlib import Path

from refdesk.commands.common import CliProblem, location, open_db


def cmd_export(args: argparse.Namespace) -> int:
    from refdesk.services.export import ExportError, export_all

    target = Path(args.file).expanduser()
    if target.is_dir():
        raise CliProblem(f"{target} is a folder; give the name of the zip file to write, e.g. {target / 'refdesk.zip'}")
    if not target.parent.is_dir():
        raise CliProblem(f"The folder {target.parent} does not exist.")
    open_db(location(args))
    try:
        counts = export_all(target)
    except ExportError as exc:
        raise CliProblem(str(exc)) from exc
    summary = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items() if n)
    print(f"Exported to {target}: {summary or 'no rows (the database is empty)'}.")
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    from refdesk.services.export import ExportError, import_json

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliProblem(f"{source} does not exist.")
    open_db(location(args))
    try:
        counts = import_json(source)
    except ExportError as exc:
        raise CliProblem(str(exc)) from exc
    print(f"Loaded {sum(counts.values())} rows from {source}.")
    return 0


def register(add) -> None:
    p = add(
        "export",
        cmd_export,
        "Write all data to a zip file: one CSV per table for spreadsheets, and one JSON file of everything.",
    )
    p.add_argument("file", metavar="FILE.zip", help="the zip file to write (replaced if it exists)")
    p.set_defaults(database_access="read")
    p = add(
        "import-json",
        cmd_import_json,
        "Load an export (the zip or its JSON file) into an EMPTY database, keeping every id.",
    )
    p.add_argument("file", metavar="FILE", help="a zip written by `refdesk export`, or the JSON file inside it")
    p.set_defaults(database_access="write")
