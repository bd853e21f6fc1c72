"""Backups of the SQLite database through SQLite's online backup API.

Automatic backups are taken at start-up at most once a day; ``refdesk backup``
and File → Back up now take one at once.  The newest ``KEEP`` are kept.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

KEEP = 10
PREFIX = "refdesk-"
SUFFIX = ".db"


class BackupError(Exception):
    """A backup could not be made; ``str()`` is a sentence for the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: dt.datetime
    size: int
    kind: str  # "auto" or "manual"


def _stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S-%f")


def make_backup(db_path: Path, folder: Path, kind: str = "manual", now: dt.datetime | None = None) -> Path:
    """Copy *db_path* into *folder* consistently (even while it is open) and rotate old copies."""
    now = now or dt.datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / f"{PREFIX}{_stamp(now)}-{kind}{SUFFIX}"
        partial = target.with_suffix(".partial")
        src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        try:
            partial.unlink(missing_ok=True)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass
        raise BackupError(_explain(exc, folder)) from exc
    log.info("backup written: %s", target)
    rotate(folder)
    return target


def _explain(exc: Exception, folder: Path) -> str:
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno == 28 or "full" in text:
        return f"The disk holding {folder} is full, so the backup was not made. Your data is unchanged."
    if isinstance(exc, PermissionError) or "read-only" in text or "readonly" in text:
        return f"RefDesk cannot write to the backup folder {folder}. Your data is unchanged."
    return f"The backup could not be made ({exc}). Your data is unchanged."


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in *folder*, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        parts = path.stem[len(PREFIX) :].split("-")
        try:
            taken = dt.datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        kind = parts[3] if len(parts) > 3 else "manual"
        found.append(BackupInfo(path, taken, path.stat().st_size, kind))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def rotate(folder: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest *keep* backups; returns what was deleted."""
    removed = []
    for info in list_backups(folder)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def daily_backup(db_path: Path, folder: Path, now: dt.datetime | None = None) -> Path | None:
    """Take an automatic backup unless one was already taken today."""
    now = now or dt.datetime.now()
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    for info in list_backups(folder):
        if info.kind == "auto" and info.taken.date() == now.date():
            return None
    return make_backup(db_path, folder, kind="auto", now=now)
