"""The command line: ``refdesk`` opens the window; ``refdesk SUBCOMMAND`` works without a screen.

Exit codes: 0 done; 2 a problem the user can fix (bad database, bad file),
with one line on stderr; 1 an unexpected error (logged).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from refdesk import __version__, paths
from refdesk.commands.common import EXIT_ERROR, EXIT_OK, EXIT_PROBLEM, CliProblem, add_common
from refdesk.i18n import N_, _, ngettext

log = logging.getLogger(__name__)

ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
)
"""argparse's own words ("usage:", "options", its errors) in RefDesk's catalogue: argparse asks
gettext for them, and speaks RefDesk's language once ``_speak_argparse()`` has pointed it here."""


def _speak_argparse() -> None:
    """Let argparse's own words come from RefDesk's catalogue (argparse looks them up as it prints)."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="refdesk",
        description=_(
            "RefDesk keeps your referral partners, the referrals you give and receive, "
            "and the thank-yous you owe. With no subcommand it opens the window."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"RefDesk {__version__}", help=_("show RefDesk's version and exit")
    )
    add_common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    def add(name: str, func, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_common(p, suppress=True)
        p.set_defaults(func=func)
        return p

    if with_commands:
        from refdesk.commands import registrars

        for register in registrars():
            register(add)
    return parser


def _global_options(argv: list[str]) -> tuple[argparse.Namespace, bool]:
    """The global options in *argv* (``--lang`` wherever it is), and True when it holds nothing
    else: the window opens, no subcommand module is needed."""
    globals_only = argparse.ArgumentParser(add_help=False)
    add_common(globals_only, suppress=False)
    known, rest = globals_only.parse_known_args(argv)
    return known, not rest


def _opens_window(argv: list[str]) -> bool:
    """True when *argv* holds only global options: the window opens, no subcommand module is needed."""
    return _global_options(argv)[1]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    known, opens_window = _global_options(argv)
    from refdesk import preferences

    # The language first: the help (``--lang de --help``) and argparse's errors speak it too.
    language, warning = preferences.apply(preferences.read(), lang=known.lang)
    if warning:
        print(f"refdesk: {warning}", file=sys.stderr)
    _speak_argparse()
    # Opening the window (no subcommand) skips importing every subcommand: start-up stays quick.
    parser = build_parser(with_commands=not opens_window)
    args = parser.parse_args(argv)
    if known.lang:
        os.environ["REFDESK_LANG"] = language  # the window, and screenshots, speak it too
    if args.command is None:
        from refdesk.app import main as gui_main

        return gui_main(args)
    from refdesk.logs import setup_logging

    setup_logging(paths.data_dir(args.data_dir), console=False)
    from refdesk.services import failures
    from refdesk.services.instance import DatabaseInUse, command_lock

    try:
        with command_lock(args):  # writers never share a database file with the window unknowingly
            code = args.func(args)
            sys.stdout.flush()  # here, so that a reader gone away is seen below, not at exit
            return code
    except (CliProblem, DatabaseInUse) as exc:
        print(f"refdesk: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("refdesk: " + _("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader has seen enough (`refdesk stats | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python exits
        return EXIT_OK
    except Exception as exc:  # last resort: a message, never a bare traceback
        explained = failures.explain(exc)
        if explained:  # a full disk, a lock, a read-only folder: not a bug
            log.warning("%s failed: %s", args.command, exc)
            print(f"refdesk: {explained}", file=sys.stderr)
            return EXIT_PROBLEM
        log.exception("unexpected error in %s", args.command)
        print("refdesk: " + _("unexpected error: {error} (details in the log file)").format(error=exc), file=sys.stderr)
        return EXIT_ERROR
