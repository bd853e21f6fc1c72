"""Subcommands added by features.

Each module here defines ``register(add)``; ``add(name, func, help)`` returns the
argparse sub-parser, on which the module declares its options.  ``func(args)``
returns an exit code, and raises ``refdesk.cli.CliProblem`` for a problem the
user can fix (one line on stderr, exit 2).  Keep heavy imports inside ``func``.
"""

from __future__ import annotations

import importlib
import pkgutil


def registrars():
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            yield register
