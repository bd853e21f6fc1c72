"""Entry point of the PyInstaller bundle: the full command line (no arguments opens the window).

A windowed bundle on Windows has no console, so ``sys.stdout``/``sys.stderr``
are None there; ``--version`` and subcommands then write into the void
instead of failing.
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115

from refdesk.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
