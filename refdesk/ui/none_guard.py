"""Keep Python's ``None`` alive under PySide6 6.12 on Python < 3.12.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): many bound Qt
methods that return nothing (``QPainter.setPen``, ``QLabel.setText``,
``QObject.setObjectName``…) drop one reference to ``None`` per call.  ``None``
starts with ~5,000 references, so after a few thousand such calls CPython
aborts with "Fatal Python error: none_dealloc" (mid-run, or at exit).  Python
3.12+ makes ``None`` immortal and is not affected.

``keep_none_alive()`` holds extra references (a list of ``None``, 8 MB per
million) whenever the count runs low.  Call it before work that makes many
Qt calls (printing a long checklist, filling a big table).
"""

from __future__ import annotations

import sys

_KEPT: list[None] = []
LOW_WATER = 500_000
TOP_UP = 1_000_000


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return
    if sys.getrefcount(None) < LOW_WATER:
        _KEPT.extend([None] * TOP_UP)


keep_none_alive()
