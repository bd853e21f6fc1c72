"""``refdesk import-contacts FILE [--dry-run] [--json] [--encoding NAME] [--literal-quotes] [--tidy-names]``.

Exit 0 when imported (or, with --dry-run, importable); exit 2 when the file is
refused, with the reason on stderr and in the JSON ``errors``.  Nothing is
written with --dry-run or when refused.  A file that is not UTF-8 and whose
encoding is only a guess is refused (exit 2) naming the likely encodings, in the
JSON as ``encoding_candidates``, until ``--encoding`` names one; a quotation mark
that would run several rows into one partner is refused with its line number
until ``--literal-quotes`` says to read it as a plain character.  Names are stored as the
file writes them unless ``--tidy-names`` asks to re-case them and turn "Last, First" round.
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
    p.add_argument(
        "--encoding",
        metavar="NAME",
        default="",
        help="the file's text encoding (e.g. cp1252, cp1250, utf-8), when RefDesk cannot be sure of it",
    )
    p.add_argument(
        "--tidy-names",
        action="store_true",
        help="re-case names in capitals or lower case and turn “Last, First” round (default: names as written)",
    )
    p.add_argument(
        "--literal-quotes",
        action="store_true",
        help="read a quotation mark that is never closed as a plain character, so the rows after it come in",
    )


def cmd_import_contacts(args: argparse.Namespace) -> int:
    from refdesk.services import failures
    from refdesk.services.importer import (
        EncodingUnsure,
        ImportRefused,
        Options,
        StrayQuote,
        analyse,
        refused_summary,
        run_import,
    )

    open_db(location(args))
    try:
        analysis = analyse(args.file, encoding=args.encoding, literal_quotes=args.literal_quotes)
        options = Options(tidy_names=args.tidy_names)
        summary = run_import(args.file, analysis=analysis, options=options, dry_run=args.dry_run)
    except ImportRefused as exc:
        message = str(exc)
        extra: dict = {"format": "", "encoding": ""}
        if isinstance(exc, EncodingUnsure):
            extra["encoding_candidates"] = exc.candidates
            others = f" (or {', '.join(exc.candidates[1:5])})" if len(exc.candidates) > 1 else ""
            message += f" Import it again with --encoding {exc.candidates[0]}{others}."
        elif isinstance(exc, StrayQuote):
            message += " To read it as a plain character, import it again with --literal-quotes."
        if args.json:
            print(json.dumps(refused_summary(args.file, message).to_json() | extra, ensure_ascii=False))
        raise CliProblem(message) from exc
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
