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
from refdesk.i18n import _, ngettext


def register(add) -> None:
    p = add(
        "import-contacts",
        cmd_import_contacts,
        _("Import contacts from a CSV file (Google, Outlook, LinkedIn, HubSpot, a spreadsheet) or a vCard file."),
    )
    p.add_argument("file", metavar="FILE", help=_("the .csv or .vcf file to import"))
    p.add_argument(
        "--dry-run", action="store_true", help=_("check the file and count what would happen; write nothing")
    )
    p.add_argument("--json", action="store_true", help=_("print one JSON object with the counts and row messages"))
    p.add_argument(
        "--encoding",
        metavar="NAME",
        default="",
        help=_("the file's text encoding (e.g. cp1252, cp1250, utf-8), when RefDesk cannot be sure of it"),
    )
    p.add_argument(
        "--tidy-names",
        action="store_true",
        help=_("re-case names in capitals or lower case and turn “Last, First” round (default: names as written)"),
    )
    p.add_argument(
        "--literal-quotes",
        action="store_true",
        help=_("read a quotation mark that is never closed as a plain character, so the rows after it come in"),
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
            if len(exc.candidates) > 1:
                again = _("Import it again with --encoding {encoding} (or {others}).").format(
                    encoding=exc.candidates[0], others=", ".join(exc.candidates[1:5])
                )
            else:
                again = _("Import it again with --encoding {encoding}.").format(encoding=exc.candidates[0])
            message += " " + again
        elif isinstance(exc, StrayQuote):
            message += " " + _("To read it as a plain character, import it again with --literal-quotes.")
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
    if args.dry_run:
        said = ngettext(
            "Would import {file} ({format}, {encoding}): {rows} row — {counts}.",
            "Would import {file} ({format}, {encoding}): {rows} rows — {counts}.",
            summary.rows,
        )
    else:
        said = ngettext(
            "Imported {file} ({format}, {encoding}): {rows} row — {counts}.",
            "Imported {file} ({format}, {encoding}): {rows} rows — {counts}.",
            summary.rows,
        )
    counts = _("{created}, {merged}, {skipped}, {duplicates}").format(
        created=ngettext("{count} created", "{count} created", summary.created).format(count=summary.created),
        merged=ngettext("{count} merged", "{count} merged", summary.merged).format(count=summary.merged),
        skipped=ngettext("{count} skipped", "{count} skipped", summary.skipped).format(count=summary.skipped),
        duplicates=ngettext(
            "{count} possible duplicate", "{count} possible duplicates", summary.possible_duplicates
        ).format(count=summary.possible_duplicates),
    )
    print(
        said.format(
            file=summary.file,
            format=summary.format_label,
            encoding=summary.encoding_label,
            rows=summary.rows,
            counts=counts,
        )
    )
    for message in summary.errors:
        where = _("row {row}: ").format(row=message.row) if message.row is not None else ""
        print(f"  {where}{message.message}")
    if args.dry_run:
        print(_("Nothing was written (dry run)."))
    return EXIT_OK
