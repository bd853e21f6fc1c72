"""Logging to a rotating file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from refdesk import paths

_handler: logging.Handler | None = None


def log_file(folder: Path) -> Path:
    return paths.log_dir(folder) / "refdesk.log"


def setup_logging(folder: Path, *, console: bool = False) -> Path | None:
    """Send log records to ``logs/refdesk.log`` (1 MB × 5); returns its path, or None if unwritable."""
    global _handler
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if console:
        root.addHandler(logging.StreamHandler())
    path = log_file(folder)
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _handler = handler
    return path
