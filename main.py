"""Double-click entry: opens the RefDesk window.

Arguments work as for the ``refdesk`` command (``python main.py --version``,
``python main.py info``).  On Windows a double-click that opened a console
window for RefDesk alone hides it again.
"""

import sys

from refdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
