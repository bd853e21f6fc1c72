"""Backups of the SQLite database through SQLite's online backup API.

Automatic backups are taken at start-up at most once a day; ``refdesk backup``
and File → Back up now take one at once.  The newest ``KEEP`` are kept.

``restore_backup()`` puts a backup back: it copies the chosen file aside and
checks that copy with SQLite's ``PRAGMA integrity_check`` before anything is
replaced, backs up the current database first (a "safety" copy), and then
writes the backup into the live file through SQLite's backup API, in one
transaction, so a failure half-way (full disk, lock) leaves the current data
as it was.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from refdesk import paths
from refdesk.services import failures

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
    kind: str  # "auto", "manual" or "safety" (taken just before a restore)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())


KIND_LABELS = {"auto": "Automatic", "manual": "Manual", "safety": "Before a restore"}
#: what the backups list counts, table → heading
COUNTED_TABLES = {"partner": "Partners", "referral": "Referrals", "thank_you": "Thank-yous"}


LOCK_WAIT_SECONDS = 5.0
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


def _backup_step(src: sqlite3.Connection, dst: sqlite3.Connection, wait: float | None = None) -> None:
    """``src.backup(dst)`` that gives up after *wait* seconds of lock contention.

    Python's own loop retries a busy database for ever; the progress callback is
    called on every retry, so it can stop the loop.
    """
    deadline = time.monotonic() + (LOCK_WAIT_SECONDS if wait is None else wait)

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    src.backup(dst, progress=progress, sleep=0.05)


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
                _backup_step(src, dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        try:
            partial.unlink(missing_ok=True)  # NameError: it failed before partial was set
        except (OSError, NameError):
            pass
        raise BackupError(_explain(exc, folder)) from exc
    log.info("backup written: %s", target)
    rotate(folder)
    return target


def _explain(exc: Exception, folder: Path) -> str:
    text = str(exc).lower()
    if (
        isinstance(exc, OSError)
        and exc.errno == 28
        or "full" in text
        or failures.is_disk_full(exc)
        or paths.disk_is_full(folder)
    ):
        return f"The disk is full ({folder}), so the backup was not made. Your data is unchanged."
    if isinstance(exc, PermissionError) or "read-only" in text or "readonly" in text:
        return f"RefDesk cannot write to the backup folder {folder}. Your data is unchanged."
    if "locked" in text or "busy" in text:
        return (
            "Another program is using the database, so the backup was not made. Your data is unchanged. "
            "Close the other program (or wait a moment) and try again."
        )
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
        try:
            size = path.stat().st_size
        except OSError:  # removed while we looked
            continue
        found.append(BackupInfo(path, taken, size, kind))
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


# --- looking inside a backup, and restoring one ---------------------------------------------


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that never writes beside the file (no -wal/-shm for a backup)."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True, timeout=5)


def backup_counts(path: Path) -> dict[str, int] | None:
    """Rows per counted table in the backup at *path*, or None if it cannot be read."""
    try:
        con = _open_read_only(path)
        try:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            return {
                t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] if t in tables else 0
                for t in COUNTED_TABLES
            }
        finally:
            con.close()
    except sqlite3.Error as exc:
        log.warning("cannot count rows in %s: %s", path, exc)
        return None


def check_backup(path: Path) -> None:
    """Raise BackupError unless *path* is an intact RefDesk database (PRAGMA integrity_check)."""
    name = path.name
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise BackupError(f"The backup {name} cannot be read: {exc.strerror or exc}.") from exc
    if head != b"SQLite format 3\x00":
        raise BackupError(f"The backup {name} is damaged (it is not an SQLite database). Nothing was changed.")
    try:
        con = _open_read_only(path)
        try:
            result = [row[0] for row in con.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackupError(f"The backup {name} is damaged ({exc}). Nothing was changed.") from exc
    if result != ["ok"]:
        log.warning("integrity check of %s failed: %s", path, result[:5])
        raise BackupError(f"The backup {name} is damaged (SQLite's integrity check failed). Nothing was changed.")
    if not {"partner", "referral"} <= tables:
        raise BackupError(
            f"{name} is not a RefDesk backup (it has no partners or referrals tables). Nothing was changed."
        )


def _copy_sqlite(src_path: Path, dst_path: Path) -> None:
    """Copy one SQLite database into another through the online backup API (one transaction on *dst*)."""
    src = _open_read_only(src_path)
    try:
        dst = sqlite3.connect(str(dst_path), timeout=5)
        try:
            _backup_step(src, dst)
        finally:
            dst.close()
    finally:
        src.close()


def restore_backup(backup: Path, db_path: Path, folder: Path, now: dt.datetime | None = None) -> Path | None:
    """Replace the database at *db_path* with *backup*; returns the safety copy of what was there.

    Close every connection of this process to *db_path* first.  Nothing is replaced
    unless the backup passes the integrity check and the safety copy was written.
    """
    staged = db_path.with_name(f".{db_path.name}.restore.partial")
    try:
        staged.unlink(missing_ok=True)
        # 1. stage a private copy (rotation below may remove the chosen file) and verify that copy
        check_backup(backup)
        try:
            _copy_sqlite(backup, staged)
        except sqlite3.Error as exc:
            raise BackupError(f"The backup {backup.name} is damaged ({exc}). Nothing was changed.") from exc
        check_backup(staged)
        # 2. keep what is there now
        safety = None
        if db_path.exists() and db_path.stat().st_size > 0:
            safety = make_backup(db_path, folder, kind="safety", now=now)
        # 3. write the backup into the live file, in one transaction
        try:
            _copy_sqlite(staged, db_path)
            con = sqlite3.connect(str(db_path), timeout=5)
            try:
                result = [row[0] for row in con.execute("PRAGMA integrity_check")]
            finally:
                con.close()
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(_explain_restore(exc, db_path, safety)) from exc
        if result != ["ok"]:  # pragma: no cover - only a failing disk gets here
            if safety is not None:
                _copy_sqlite(safety, db_path)
            raise BackupError(
                "The restored database did not pass SQLite's integrity check, so the data you had "
                "was put back. Your disk may be failing."
            )
    except OSError as exc:
        raise BackupError(_explain(exc, db_path.parent)) from exc
    finally:
        try:
            staged.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s", staged)
    log.info("restored %s into %s (safety copy %s)", backup, db_path, safety)
    return safety


def _explain_restore(exc: Exception, db_path: Path, safety: Path | None) -> str:
    text = str(exc).lower()
    kept = "Your data is unchanged"
    if safety is not None:
        kept += f" (and a copy of it is in {safety.name})"
    if "locked" in text or "busy" in text:
        return (
            f"Another program is using {db_path.name}, so the backup was not restored. {kept}. Close it and try again."
        )
    if "full" in text or isinstance(exc, OSError) and exc.errno == 28:
        return f"The disk holding {db_path.parent} is full, so the backup was not restored. {kept}."
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return f"{db_path} is read-only, so the backup was not restored. {kept}."
    return f"The backup could not be restored ({exc}). {kept}."


def export_backup(folder: Path, now: dt.datetime | None = None) -> Path:
    """A server database (team mode) cannot be copied as a file: write the portable export instead.

    The zip holds one CSV per table and the JSON file that ``refdesk import-json`` loads back
    (into an empty SQLite or PostgreSQL database).  Kept in *folder* beside the file backups.
    """
    from refdesk.services.export import ExportError, export_all

    now = now or dt.datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(_explain(exc, folder)) from exc
    target = folder / f"{PREFIX}{_stamp(now)}-export.zip"
    try:
        export_all(target, now=now.replace(microsecond=0))
    except ExportError as exc:
        raise BackupError(str(exc)) from exc
    return target
