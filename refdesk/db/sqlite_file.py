"""The SQLite file itself: is it sound, and a copy of it that is known to be sound.

What opening the database, the backups and the restores share, in the db layer so that
``database.py`` (the copy taken before a schema upgrade) can use it without importing services.

- ``problems(path)``: what SQLite's ``PRAGMA quick_check`` (or, with ``full=True``, the slower
  ``integrity_check``, which also compares every index with its table) finds; ``[]`` when sound.
  Measured on a 82 MB database (10,000 partners, 100,000 referrals): quick_check 0.25–0.55 s
  with the file in the page cache, 1.2 s from a cold disk; integrity_check 3–3.8 s.
- ``write_copy(src, target)``: the online backup API into ``target``'s ``.partial`` (created 0600
  before SQLite writes a byte), the copy checked with quick_check, and only then renamed to
  ``target``.  A copy that fails, or that is not sound, is removed: it never looks like a backup.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

from refdesk import paths

PREFIX = "refdesk-"
SUFFIX = ".db"
PARTIAL = paths.PARTIAL_SUFFIX
MAX_PROBLEMS = 100  # SQLite stops listing after this many
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_CORRUPT, _SQLITE_NOTADB = 5, 6, 11, 26


class Damaged(Exception):
    """The file (or a copy of it) is not sound; ``problems`` are SQLite's own lines."""

    def __init__(self, path: Path, problems: list[str]):
        super().__init__(f"{path}: {len(problems)} problem(s), first: {problems[0] if problems else '?'}")
        self.path = path
        self.problems = problems


def stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S-%f")


def backup_name(now: dt.datetime, kind: str) -> str:
    """``refdesk-YYYYmmdd-HHMMSS-ffffff-KIND.db``: what ``services.backup.list_backups`` lists."""
    return f"{PREFIX}{stamp(now)}-{kind}{SUFFIX}"


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection; *immutable* for a file nobody writes (a backup): no -wal/-shm beside it."""
    uri = f"{path.absolute().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, timeout=5)


def is_damage(exc: BaseException) -> bool:
    """True when an SQLite error means the file is damaged (not locked, not missing)."""
    if getattr(exc, "sqlite_errorcode", None) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def problems(path: Path, *, full: bool = False, immutable: bool = False) -> list[str]:
    """SQLite's findings for the file at *path* (quick_check, or integrity_check with *full*); [] if sound.

    A file so damaged that the check cannot run is one finding.  A locked or unreadable file raises
    ``sqlite3.Error`` / ``OSError``: that says nothing about damage.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        con = connect_read_only(path, immutable=immutable)
        try:
            rows = [row[0] for row in con.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    return [] if rows == ["ok"] else rows


def foreign_key_problems(path: Path) -> list[tuple[str, int | None, str]]:
    """Rows that point to a row that is not there: (table, rowid, the table it points to)."""
    try:
        con = connect_read_only(path)
        try:
            return [(row[0], row[1], row[2]) for row in con.execute("PRAGMA foreign_key_check")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return []  # the page check above already reports this file as damaged
        raise


def copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection, wait: float) -> None:
    """``src.backup(dst)`` that gives up after *wait* seconds of lock contention.

    Python's own loop retries a busy database for ever; the progress callback is
    called on every retry, so it can stop the loop.
    """
    deadline = time.monotonic() + wait

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    src.backup(dst, progress=progress, sleep=0.05)


def copy_file(src_path: Path, dst_path: Path, *, wait: float, immutable_source: bool = False) -> None:
    """Copy one SQLite database into another through the online backup API (one transaction on *dst*)."""
    src = connect_read_only(src_path, immutable=immutable_source)
    try:
        dst = sqlite3.connect(str(dst_path), timeout=5)
        try:
            copy_pages(src, dst, wait)
        finally:
            dst.close()
    finally:
        src.close()


def write_copy(src_path: Path, target: Path, *, wait: float) -> Path:
    """A sound copy of *src_path* at *target* (0600), or an exception and no file at all.

    Raises ``Damaged`` when the copy does not pass quick_check, ``sqlite3.Error`` / ``OSError``
    when it cannot be written.
    """
    with paths.private_output(target) as partial:  # private before a byte is in it; gone if unsound
        copy_file(src_path, partial, wait=wait)
        found = problems(partial, immutable=True)
        if found:
            raise Damaged(target, found)
    return target


STALE_PARTIAL_SECONDS = 60
"""A ``.partial`` copy untouched this long belongs to a backup that was killed (a running one writes
its file continuously and gives up on a lock after a few seconds)."""


def remove_stale_partials(*folders: Path, now: float | None = None) -> list[Path]:
    """Remove what killed backups and restores left behind in *folders*; returns what was removed."""
    now = time.time() if now is None else now
    removed = []
    for folder in folders:
        try:
            leftovers = [p for p in folder.iterdir() if p.name.endswith(PARTIAL) and p.is_file()]
        except OSError:
            continue
        for path in leftovers:
            try:
                if now - path.stat().st_mtime >= STALE_PARTIAL_SECONDS:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue
    return removed
