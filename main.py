"""Double-click entry: opens the RefDesk window."""

import sys

from refdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
