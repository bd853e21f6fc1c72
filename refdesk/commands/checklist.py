"""``refdesk checklist --pdf FILE [--status owed|written|all] [--page-size A4|Letter]``.

Writes the printable thank-you checklist (the same document as File → Print
thank-you checklist…) to a PDF, without a screen.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from refdesk import paths
from refdesk.commands.common import EXIT_OK, CliProblem, location, open_db
from refdesk.services import failures

STATUSES = ("owed", "written", "all")
PAGE_SIZES = ("A4", "Letter")


def _page_size(text: str) -> str:
    for size in PAGE_SIZES:
        if text.lower() == size.lower():
            return size
    raise argparse.ArgumentTypeError(f"invalid page size {text!r} (choose A4 or Letter)")


def register(add) -> None:
    p = add("checklist", cmd_checklist, "Write the printable thank-you checklist to a PDF file.")
    p.add_argument("--pdf", metavar="FILE", required=True, help="the PDF file to write (replaced if it exists)")
    p.add_argument(
        "--status",
        choices=STATUSES,
        default="owed",
        help="which notes to list: owed (default), written (not yet sent) or all",
    )
    p.add_argument(
        "--page-size",
        type=_page_size,
        default=None,
        metavar="A4|Letter",
        help="paper size (default: Letter in the US and Canada, otherwise A4, from the system locale)",
    )


def _check_target(path: Path) -> bool:
    """Refuse a path that cannot be written before doing any work; True if the file already existed."""

    if path.is_dir():
        raise CliProblem(f"{path} is a folder; give a file name for the PDF, e.g. {path / 'thank-yous.pdf'}.")
    folder = path.parent
    if not folder.is_dir():
        raise CliProblem(f"The folder {folder} does not exist, so {path.name} cannot be written there.")
    existed = path.exists()
    probe = paths.partial_path(path)  # the name the PDF is written under, owner-only, before it replaces FILE
    try:
        probe.unlink(missing_ok=True)
        paths.create_private(probe)
        probe.unlink()
    except OSError as exc:
        raise CliProblem(f"Cannot write {path}: {failures.reason(exc)}.") from exc
    return existed


def cmd_checklist(args: argparse.Namespace) -> int:

    target = Path(args.pdf).expanduser()
    _check_target(target)
    return _write(args, target)


def _write(args: argparse.Namespace, target: Path) -> int:

    open_db(location(args))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from refdesk.services.checklist import build_checklist
    from refdesk.ui.common import settings
    from refdesk.ui.thanks import printing

    app = QGuiApplication.instance() or QGuiApplication(["refdesk"])  # noqa: F841 - fonts need an application
    page_size = args.page_size or printing.default_page_size()
    from refdesk.services import formatting

    formatting.configure(currency=settings.get("money/currency"))
    checklist = build_checklist(args.status)
    try:
        document = printing.write_pdf(checklist, target, page_size)
    except printing.PrintProblem as exc:
        raise CliProblem(str(exc)) from exc
    pages = len(document.pages)
    notes = checklist.total
    print(
        f"Wrote {target}: {notes} note{'s' if notes != 1 else ''} on {pages} {page_size} "
        f"page{'s' if pages != 1 else ''}."
    )
    return EXIT_OK
