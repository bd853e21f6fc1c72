"""Write RefDesk's man page (refdesk.1, roff) from the command line's own --help texts.

    python resources/packaging/manpage.py > refdesk.1

Every option and subcommand comes from ``refdesk.cli.build_parser()``, so the page says what
``refdesk --help`` and ``refdesk SUBCOMMAND --help`` say.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from refdesk import __version__  # noqa: E402
from refdesk.cli import build_parser  # noqa: E402


def roff(text: str) -> str:
    """Plain text made safe for roff: backslashes, dashes and leading dots or quotes."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + line) if line.startswith((".", "'")) else line for line in text.splitlines())


def option_lines(parser: argparse.ArgumentParser, skip: frozenset[str] = frozenset()) -> list[str]:
    """The options of *parser*, less those in *skip* (the global ones, told once above)."""
    lines = []
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        if set(action.option_strings) & skip:
            continue
        if action.option_strings:
            names = ", ".join(f"\\fB{roff(o)}\\fR" for o in action.option_strings)
            if action.nargs != 0:
                names += f" \\fI{roff(action.metavar or action.dest.upper())}\\fR"
        else:
            names = f"\\fI{roff(action.metavar or action.dest)}\\fR"
        help_text = (action.help or "") % {"default": action.default, "prog": parser.prog}
        lines += [".TP", names, roff(help_text)]
    return lines


GLOBAL = frozenset({"-h", "--help", "--data-dir", "--database-url"})


def manpage() -> str:
    parser = build_parser()
    today = dt.date.today().isoformat()
    out = [
        f'.TH REFDESK 1 "{today}" "RefDesk {__version__}" "User Commands"',
        ".SH NAME",
        "refdesk \\- keep referral partners, the referrals you give and receive, and the thank\\-yous you owe",
        ".SH SYNOPSIS",
        "\\fBrefdesk\\fR [\\fIOPTIONS\\fR]",
        ".br",
        "\\fBrefdesk\\fR [\\fIOPTIONS\\fR] \\fISUBCOMMAND\\fR [\\fIARGUMENTS\\fR]",
        ".SH DESCRIPTION",
        roff(parser.description or ""),
        ".PP",
        "The window's Help menu holds a guide (F1) that explains the practice RefDesk follows.",
        ".SH OPTIONS",
        *option_lines(parser),
        ".SH SUBCOMMANDS",
    ]
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        usage = " ".join(command.format_usage().removeprefix("usage: ").split())
        out += [f".SS {roff(name)}", roff(command.description or ""), ".PP", f"\\fB{roff(usage)}\\fR"]
        out += option_lines(command, skip=GLOBAL)
    out += [
        ".SH EXIT STATUS",
        "0 when done; 2 for a problem you can fix (a bad database or file), with one line on standard error; "
        "1 for an unexpected error (written to the log).",
        ".SH FILES",
        ".TP",
        "\\fI~/.local/share/RefDesk/\\fR",
        "The data folder: the database, its daily backups and the logs (\\fB\\-\\-data\\-dir\\fR chooses another). "
        "Removing the package leaves it alone.",
    ]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(manpage())
