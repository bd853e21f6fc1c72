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

from refdesk import paths
from refdesk.i18n import _


def saved_is_safe() -> str:
    """'Everything saved before is safe.', in the language spoken."""
    return _("Everything saved before is safe.")


def disk_full() -> str:
    """'the disk is full', as ``reason`` says it, in the language spoken."""
    return _("the disk is full")


def is_disk_full(exc: BaseException) -> bool:
    """True when *exc*, or an error in its chain, says the disk is full; or says "disk I/O error" (as
    SQLite does when it cannot grow its files) while the disk holding the open database is full."""
    io_error = False
    for error in _chain(exc):
        text = str(error).lower()
        if getattr(error, "errno", None) == errno.ENOSPC or "disk is full" in text or "no space left" in text:
            return True
        io_error = io_error or "disk i/o error" in text
    return io_error and _database_disk_full()


def _database_disk_full() -> bool:
    from refdesk.services import connection

    try:
        path = connection.current_path()
    except Exception:  # no database open: not known to be full
        return False
    return path is not None and paths.disk_is_full(path.parent)


def reason(exc: BaseException) -> str:
    """A few words for why a file could not be written: "the disk is full", "permission denied"…"""
    if is_disk_full(exc):
        return disk_full()
    code = getattr(exc, "errno", None)
    if code == errno.EROFS:
        return _("the disk is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return _("permission denied")
    return (getattr(exc, "strerror", None) or str(exc)).rstrip(".")


# What the PostgreSQL driver says when the connection goes mid-way (the server stopped or was restarted,
# the network dropped, an administrator ended the session).
_CONNECTION_LOST = (
    "server closed the connection",
    "connection already closed",
    "terminating connection",
    "connection not open",
    "could not receive data from server",
    "could not send data to server",
    "ssl connection has been closed",
    "lost synchronization with server",
    "no connection to the server",
)


def connection_lost_sentence() -> str:
    """What to say when the database server's connection went mid-way through a save."""
    return _(
        "The connection to the database server was lost, so the last change was not saved. "
        "{saved_is_safe} Check that the server is running and that this computer can reach it, then try again."
    ).format(saved_is_safe=saved_is_safe())


def import_failed(exc: BaseException) -> str | None:
    """What to say when an import (one transaction, rolled back whole) failed for a reason that is not
    RefDesk's: the server's connection lost, a full disk; None for anything else."""
    if connection_lost(exc):
        return _(
            "The connection to the server was lost; nothing was imported. Check that the server is running "
            "and that this computer can reach it, then import the file again."
        )
    if is_disk_full(exc):
        return _("The disk is full; nothing was imported. Free some space, then import the file again.")
    return None


def connection_lost(exc: BaseException) -> bool:
    """True when *exc*, or an error in its chain, is the database server's connection going away."""
    return any(any(words in str(error).lower() for words in _CONNECTION_LOST) for error in _chain(exc))


def _chain(exc: BaseException):
    seen = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def explain(exc: BaseException) -> str | None:
    """A sentence for a storage failure, or None if *exc* is not one.

    Looks down the exception chain too: when SQLite has already rolled back after a
    full disk, peewee's own rollback fails ("no transaction is active") and the
    real cause is that error's context.
    """
    if is_disk_full(exc):  # first: a full disk also makes SQLite say "disk I/O error" or "no transaction"
        return _explain_one(OSError(errno.ENOSPC, "disk is full"))
    if connection_lost(exc):  # the rollback that follows fails too ("connection already closed")
        return connection_lost_sentence()
    for current in _chain(exc):
        sentence = _explain_one(current)
        if sentence:
            return sentence
    return None


def _explain_one(exc: BaseException) -> str | None:
    if not isinstance(exc, (sqlite3.Error, PeeweeException, OSError)):
        return None
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "disk is full" in text or "database or disk is full" in text:
        return _(
            "The disk is full, so the last change was not saved. {saved_is_safe} Free some space and try again."
        ).format(saved_is_safe=saved_is_safe())
    if ("readonly" in text or "read-only" in text) and _damaged():
        return _(
            "The database is damaged, so RefDesk opened it read-only and the change was not saved. "
            "Restore a sound backup (the banner at the top of the window offers the newest one)."
        )
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return _(
            "The data folder is read-only, so the last change was not saved. {saved_is_safe} "
            "Check the folder's permissions, or open a copy of the database somewhere you can write to."
        ).format(saved_is_safe=saved_is_safe())
    if "locked" in text or "busy" in text:
        return _(
            "Another program is holding the database locked, so the last change was not saved. "
            "{saved_is_safe} Close the other program (or wait a moment) and try again."
        ).format(saved_is_safe=saved_is_safe())
    if "malformed" in text or "not a database" in text or "disk i/o error" in text:
        return _(
            "The database file could not be read or written (it may be damaged, or the disk failing). "
            "Restore a recent backup with File → Backups…."
        )
    return None


def _damaged() -> bool:
    """True when a check found the open database damaged (so it is open read-only)."""
    from refdesk.services import connection

    return connection.damage() is not None
