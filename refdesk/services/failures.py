"""Plain words for the ways a save can fail that are not RefDesk's fault.

A full disk, a read-only folder, a database locked by another program or a
damaged file reach the user as a sentence that says what happened, that what
was saved before is safe, and what to do.  SQLite rolls back the failed
transaction, so "nothing already saved is lost" holds for every one of them.
"""

from __future__ import annotations

import errno
import sqlite3

from peewee import PeeweeException

SAVED_IS_SAFE = "Everything saved before is safe."


def explain(exc: BaseException) -> str | None:
    """A sentence for a storage failure, or None if *exc* is not one.

    Looks down the exception chain too: when SQLite has already rolled back after a
    full disk, peewee's own rollback fails ("no transaction is active") and the
    real cause is that error's context.
    """
    seen = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        sentence = _explain_one(current)
        if sentence:
            return sentence
        current = current.__cause__ or current.__context__
    return None


def _explain_one(exc: BaseException) -> str | None:
    if not isinstance(exc, (sqlite3.Error, PeeweeException, OSError)):
        return None
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "disk is full" in text or "database or disk is full" in text:
        return f"The disk is full, so the last change was not saved. {SAVED_IS_SAFE} Free some space and try again."
    if ("readonly" in text or "read-only" in text) and _damaged():
        return (
            "The database is damaged, so RefDesk opened it read-only and the change was not saved. "
            "Restore a sound backup (the banner at the top of the window offers the newest one)."
        )
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return (
            f"The data folder is read-only, so the last change was not saved. {SAVED_IS_SAFE} "
            "Check the folder's permissions, or open a copy of the database somewhere you can write to."
        )
    if "locked" in text or "busy" in text:
        return (
            f"Another program is holding the database locked, so the last change was not saved. "
            f"{SAVED_IS_SAFE} Close the other program (or wait a moment) and try again."
        )
    if "malformed" in text or "not a database" in text or "disk i/o error" in text:
        return (
            "The database file could not be read or written (it may be damaged, or the disk failing). "
            "Restore a recent backup with File → Backups…."
        )
    return None


def _damaged() -> bool:
    """True when a check found the open database damaged (so it is open read-only)."""
    from refdesk.services import connection

    return connection.damage() is not None
