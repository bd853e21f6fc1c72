"""``refdesk checklist --pdf FILE [--status owed|written|all] [--page-size A4|Letter]
[--labels L7160|5160 | --envelopes C6|DL] [--json]``.

Writes the printable thank-you checklist (the same document as File → Print
thank-you checklist…) to a PDF, without a screen; with ``--labels``, mailing labels for the
notes listed (Avery L7160 on A4, or Avery 5160 on Letter) instead; with ``--envelopes``, one
C6 or DL envelope per note.  Labels and envelopes are printed for the listed notes that have a
postal address, exactly as stored; the others are left out, and named.

``--json`` prints one JSON object, whose keys ``JSON_KEYS`` describes (the epilog of ``--help``).
Exit 0 when the PDF was written; 2 with one line on stderr for a problem.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from refdesk import paths
from refdesk.commands.common import EXIT_OK, CliProblem, location, open_db
from refdesk.i18n import N_, _, ngettext
from refdesk.services import failures

JSON_KEYS = N_(
    "--json prints one JSON object instead of the sentence:\n"
    "\n"
    "file\n"
    "    the PDF written (its absolute path)\n"
    "notes\n"
    "    for the checklist, the number of notes listed; with --labels or --envelopes, the\n"
    "    number of labels or envelopes printed (one per listed note that has a postal address)\n"
    "without_address\n"
    '    [{"id": int, "to": str}]: for the checklist, the listed notes going by post (a card or a\n'
    "    gift) with no postal address on file; with --labels or --envelopes, every listed note\n"
    "    left out for want of an address\n"
    "pages\n"
    "    the number of pages in the PDF\n"
    "\n"
    "Exit 0 when the PDF was written; 2 with one line on stderr for a problem.\n"
)
"""The keys of ``--json`` (keys and codes are never translated, what they mean is)."""

STATUSES = ("owed", "written", "all")
PAGE_SIZES = ("A4", "Letter")
SHEETS = ("L7160", "5160")
ENVELOPES = ("C6", "DL")


def _choice(options: tuple[str, ...], what: str):
    def parse(text: str) -> str:
        for option in options:
            if text.lower() == option.lower():
                return option
        raise argparse.ArgumentTypeError(
            _("invalid {what} “{value}” (choose {choices})").format(
                what=_(what), value=text, choices=" | ".join(options)
            )
        )

    return parse


def _page_size(text: str) -> str:
    for size in PAGE_SIZES:
        if text.lower() == size.lower():
            return size
    raise argparse.ArgumentTypeError(_("invalid page size “{value}” (choose A4 or Letter)").format(value=text))


def register(add) -> None:
    p = add("checklist", cmd_checklist, _("Write the printable thank-you checklist to a PDF file."))
    p.add_argument("--pdf", metavar="FILE", required=True, help=_("the PDF file to write (replaced if it exists)"))
    p.add_argument(
        "--status",
        choices=STATUSES,
        default="owed",
        help=_("which notes to list: owed (default), written (not yet sent) or all"),
    )
    p.add_argument(
        "--page-size",
        type=_page_size,
        default=None,
        metavar="A4|Letter",
        help=_("paper size (default: Letter in the US and Canada, otherwise A4, from the system locale)"),
    )
    form = p.add_mutually_exclusive_group()
    form.add_argument(
        "--labels",
        type=_choice(SHEETS, N_("label sheet")),
        metavar="L7160|5160",
        help=_("mailing labels for the notes listed instead: Avery L7160 (A4) or 5160 (Letter)"),
    )
    form.add_argument(
        "--envelopes",
        type=_choice(ENVELOPES, N_("envelope size")),
        metavar="C6|DL",
        help=_("one envelope per note listed instead: C6 or DL"),
    )
    p.add_argument("--json", action="store_true", help=_("print one JSON object (file, notes, without_address, pages)"))
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = _(JSON_KEYS)


def _check_target(path: Path) -> bool:
    """Refuse a path that cannot be written before doing any work; True if the file already existed."""

    if path.is_dir():
        raise CliProblem(
            _("{path} is a folder; give a file name for the PDF, e.g. {example}.").format(
                path=path, example=path / "thank-yous.pdf"
            )
        )
    folder = path.parent
    if not folder.is_dir():
        raise CliProblem(
            _("The folder {folder} does not exist, so {name} cannot be written there.").format(
                folder=folder, name=path.name
            )
        )
    existed = path.exists()
    probe = paths.partial_path(path)  # the name the PDF is written under, owner-only, before it replaces FILE
    try:
        probe.unlink(missing_ok=True)
        paths.create_private(probe)
        probe.unlink()
    except OSError as exc:
        raise CliProblem(_("Cannot write {path}: {reason}.").format(path=path, reason=failures.reason(exc))) from exc
    return existed


def cmd_checklist(args: argparse.Namespace) -> int:

    target = Path(args.pdf).expanduser()
    _check_target(target)
    return _write(args, target)


def _write(args: argparse.Namespace, target: Path) -> int:

    if args.page_size and (args.labels or args.envelopes):
        raise CliProblem(
            _(
                "--page-size is for the checklist: a label sheet has its own paper (L7160 is A4, 5160 is Letter), "
                "and an envelope is its own size."
            )
        )
    open_db(location(args))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from refdesk.services import formatting, mailing, thanks
    from refdesk.services.checklist import build_checklist, statuses
    from refdesk.ui.common import settings
    from refdesk.ui.thanks import printing

    app = QGuiApplication.instance() or QGuiApplication(["refdesk"])  # noqa: F841 - fonts need an application
    # the formats, currency and rules are the settings' already (cli.main); the paper too, unless asked
    listed = thanks.list_thank_yous(statuses(args.status))  # read once, for the checklist and the warning
    post = mailing.mailing(args.status, rows=listed)
    if args.labels or args.envelopes:
        from refdesk.ui.thanks import labels

        try:
            pages = labels.write_pdf(post.addressed, target, labels=args.labels or "", envelopes=args.envelopes or "")
        except printing.PrintProblem as exc:
            raise CliProblem(str(exc)) from exc
        notes, left_out = len(post.addressed), post.without_address
        if args.labels:
            made = ngettext("{count} {kind} label", "{count} {kind} labels", notes)
        else:
            made = ngettext("{count} {kind} envelope", "{count} {kind} envelopes", notes)
        made = made.format(count=notes, kind=args.labels or args.envelopes)
        on = ngettext("{count} page", "{count} pages", pages).format(count=pages)
        sentence = _("Wrote {path}: {made} on {pages}").format(path=target, made=made, pages=on)
        if left_out:
            sentence += ngettext(
                "; {count} note left out, with no postal address",
                "; {count} notes left out, with no postal address",
                len(left_out),
            ).format(count=len(left_out))
    else:
        from PySide6.QtCore import QLocale

        locale = QLocale(str(formatting.current_locale()))
        page_size = args.page_size or settings.get("checklist/page_size") or printing.default_page_size(locale)
        checklist = build_checklist(args.status, rows=listed)
        try:
            document = printing.write_pdf(checklist, target, page_size)
        except printing.PrintProblem as exc:
            raise CliProblem(str(exc)) from exc
        pages, notes, left_out = len(document.pages), checklist.total, post.to_post
        made = ngettext("{count} note", "{count} notes", notes).format(count=notes)
        on = ngettext("{count} {size} page", "{count} {size} pages", pages).format(count=pages, size=page_size)
        sentence = _("Wrote {path}: {made} on {pages}").format(path=target, made=made, pages=on)
        if left_out:
            sentence += _("; {count} to post with no postal address").format(count=len(left_out))
    if args.json:
        doc = {
            "file": str(target.resolve()),
            "notes": notes,
            "without_address": [{"id": a.id, "to": a.to} for a in left_out],
            "pages": pages,
        }
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print(sentence + ".")
    return EXIT_OK
