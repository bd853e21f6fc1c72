"""Double-click entry on Windows: ``.pyw`` files run with pythonw.exe, so no console window opens."""

import sys

from refdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
