"""Logging to a rotating file in the data folder, readable by its owner only (it names people)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from refdesk import paths

_handler: logging.Handler | None = None


def log_file(folder: Path) -> Path:
    return paths.log_dir(folder) / "refdesk.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0600, whatever the umask (older ones are made so too)."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, paths.PRIVATE_FILE_MODE)
        paths.make_private(self.baseFilename)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        """A record that cannot be written (a full disk) is dropped: never a traceback on the user's terminal."""


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
        paths.ensure_data_dir(folder)  # first: a data folder made as the log's parent would follow the umask
        paths.private_folder(path.parent)
        handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:  # a read-only or full disk: records go nowhere, rather than to the user's terminal
        _handler = logging.NullHandler()
        root.addHandler(_handler)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _handler = handler
    return path
