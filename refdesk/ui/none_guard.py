"""Keep Python's ``None`` alive under PySide6 6.12 on Python < 3.12.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): many bound Qt
methods that return nothing (``QPainter.setPen``, ``QLabel.setText``,
``QObject.setObjectName``…) drop one reference to ``None`` per call.  ``None``
starts with ~5,000 references, so after a few thousand such calls CPython
aborts with "Fatal Python error: none_dealloc" (mid-run, or at exit).  Python
3.12+ makes ``None`` immortal (PEP 683) and is not affected.

``keep_none_alive()`` does by hand what 3.12 does: it gives ``None`` a
reference count so large that it can never reach zero.  A list holding
references would not do: it is freed at exit, and the crash comes back there.
Importing this module calls it once; calling it again is cheap.
"""

from __future__ import annotations

import ctypes
import sys

LOW_WATER = 1 << 30
TOP_UP = 1 << 40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or hasattr(sys, "pypy_version_info"):
        return
    if sys.getrefcount(None) < LOW_WATER:
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(None)).value += TOP_UP


keep_none_alive()
