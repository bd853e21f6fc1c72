"""``python -m refdesk``: the command line (no arguments opens the window)."""

import sys

from refdesk.cli import main

sys.exit(main())
