"""``refdesk import-contacts FILE [--dry-run] [--json]``.

Exit 0 when imported (or, with --dry-run, importable); exit 2 when the file is
refused, with the reason on stderr and in the JSON ``errors``.  Nothing is
written with --dry-run or when refused.
"""

from __future__ import annotations

import argparse
import json

from refdesk.commands.common import EXIT_OK, CliProblem, location, open_db


def register(add) -> None:
    p = add(
        "import-contacts",
        cmd_import_contacts,
        "Import contacts from a CSV file (Google, Outlook, LinkedIn, HubSpot, a spreadsheet) or a vCard file.",
    )
    p.add_argument("file", metavar="FILE", help="the .csv or .vcf file to import")
    p.add_argument("--dry-run", action="store_true", help="check the file and count what would happen; write nothing")
    p.add_argument("--json", action="store_true", help="print one JSON object with the counts and row messages")


def cmd_import_contacts(args: argparse.Namespace) -> int:
    from refdesk.services import failures
    from refdesk.services.importer import ImportRefused, refused_summary, run_import

    open_db(location(args))
    try:
        summary = run_import(args.file, dry_run=args.dry_run)
    except ImportRefused as exc:
        if args.json:
            print(json.dumps(refused_summary(args.file, str(exc)).to_json() | {"format": "", "encoding": ""}))
        raise CliProblem(str(exc)) from exc
    except Exception as exc:
        message = failures.import_failed(exc)  # the import is one transaction, rolled back whole
        if message is None:
            raise
        if args.json:
            print(json.dumps(refused_summary(args.file, message).to_json() | {"format": "", "encoding": ""}))
        raise CliProblem(message) from exc
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False))
        return EXIT_OK
    verb = "Would import" if args.dry_run else "Imported"
    print(
        f"{verb} {summary.file} ({summary.format_label}, {summary.encoding_label}): {summary.rows} rows — "
        f"{summary.created} created, {summary.merged} merged, {summary.skipped} skipped, "
        f"{summary.possible_duplicates} possible duplicates."
    )
    for message in summary.errors:
        where = f"row {message.row}: " if message.row is not None else ""
        print(f"  {where}{message.message}")
    if args.dry_run:
        print("Nothing was written (dry run).")
    return EXIT_OK
