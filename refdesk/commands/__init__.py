"""The subcommands, one module each, in the order ``refdesk --help`` lists them.

Each module defines ``register(add)``; ``add(name, run, help)`` returns the argparse sub-parser, on
which the module declares its options.  ``run(args)`` returns an exit code and raises
``refdesk.commands.common.CliProblem`` for a problem the user can fix (one line on stderr, exit 2).
Keep heavy imports inside ``run``: ``refdesk --help`` imports every module here.
"""

from __future__ import annotations

import importlib

COMMANDS = (
    "info",
    "demo",
    "backup",
    "check",
    "screenshots",
    "checklist",
    "calendar",
    "export",
    "import_contacts",
    "install_desktop_entry",
    "referrals",
    "stats",
)


def registrars():
    for name in COMMANDS:
        yield importlib.import_module(f"{__name__}.{name}").register
