"""``refdesk screenshots DIR [--width W] [--height H]``: one PNG per page of the main window (offscreen)."""

from __future__ import annotations

import argparse
from pathlib import Path

from refdesk.commands.common import EXIT_OK, CliProblem, location, open_db
from refdesk.i18n import _


def register(add) -> None:
    p = add("screenshots", run, _("Save one PNG per page of the main window (offscreen)."))
    p.add_argument("dir", metavar="DIR", help=_("folder for the PNG files"))
    p.add_argument("--width", type=int, default=1280)
    p.add_argument("--height", type=int, default=800)


def run(args: argparse.Namespace) -> int:
    loc = location(args)
    open_db(loc)
    from refdesk.ui.screenshots import ScreenshotsFailed, save_screenshots

    out = Path(args.dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliProblem(_("Cannot create {path}: {reason}").format(path=out, reason=exc.strerror or exc)) from exc
    try:
        saved = save_screenshots(loc, out, width=args.width, height=args.height)
    except ScreenshotsFailed as exc:
        raise CliProblem(str(exc)) from exc
    for path in saved:
        print(path)
    return EXIT_OK
