"""The interface's one door to the database itself: open and close it, say which it is, give a
worker thread a connection of its own, and check that a team server is still there.

Qt-free.  The window never imports ``refdesk.db``: it comes here.  ``refdesk/ui/team/connect.py``
drives ``check`` and ``probe`` from timers and shows a banner while the server cannot be reached.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from peewee import Database, PeeweeException

from refdesk.db import database as _database
from refdesk.db import sqlite_file
from refdesk.db.database import DatabaseDamaged, DatabaseProblem, close_database, current_path, db, is_postgres
from refdesk.services import credentials

__all__ = [
    "DatabaseDamaged",
    "DatabaseProblem",
    "check",
    "close",
    "current_path",
    "damage",
    "mark_damaged",
    "for_this_thread",
    "is_open",
    "is_server",
    "open",
    "probe",
    "shared_between_threads",
]

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 3


def is_server() -> bool:
    """True when the open database is a team server (PostgreSQL), False for a file."""
    return is_postgres()


def is_open() -> bool:
    return db.obj is not None


def open(url: str, backup_dir: Path | None = None, *, check: bool = False, reading: bool = False) -> Database:
    """Open the database at *url* (migrating it, after a backup into *backup_dir*); ``DatabaseProblem``
    says in plain words why not.  With *check* (to write) an SQLite file is checked for damage first:
    ``DatabaseDamaged`` then says what to do about it.  What killed backups left in *backup_dir* goes.
    *reading*: only to read, so a read-only file (or one on a full disk) opens read-only."""
    global _damage
    _damage = None
    password = None
    parsed = urlparse(url)
    if _database.is_server_url(url) and parsed.password is None and not os.environ.get("PGPASSWORD"):
        password = credentials.get_password(url)  # the keyring's, or the one given this session
    path = _database.sqlite_path(url)
    if backup_dir is not None and path is not None:
        sqlite_file.remove_stale_partials(backup_dir, path.parent)
    try:
        return _database.open_database(url, backup_dir=backup_dir, password=password, check=check, reading=reading)
    except DatabaseDamaged as exc:
        from refdesk.services import integrity

        if backup_dir is not None:
            exc.args = (f"{exc} {integrity.advice(exc.path, backup_dir)}",)
        raise


_damage = None  # the integrity.Report of the open database, once a check found it damaged


def mark_damaged(report) -> None:
    """The open database is damaged (*report*, an ``integrity.Report``): from now on nothing is written
    to it, on any thread, so it stays as it is for a restore or a salvage."""
    global _damage
    _damage = report
    _database.set_query_only(True)
    log.warning("the database %s is damaged; working read-only: %s", report.path, report.problems[:5])


def damage():
    """The ``integrity.Report`` that found the open database damaged, or None."""
    return _damage


def close() -> None:
    close_database()


def shared_between_threads() -> bool:
    """True when another thread can open its own connection to the same data (not an in-memory database)."""
    database = db.obj
    name = str(getattr(database, "database", "") or "")
    return database is not None and bool(name) and ":memory:" not in name and "mode=memory" not in name


@contextmanager
def for_this_thread() -> Iterator[None]:
    """Work done in a thread of its own: it gets its own connection (peewee keeps one per thread),
    closed when the work ends — to the database it started on and, if another was opened meanwhile,
    to that one too.  The application's connection is never touched."""
    started_on = db.obj
    try:
        yield
    finally:
        for database in {id(d): d for d in (started_on, db.obj) if d is not None}.values():
            try:
                database.close()
            except Exception:
                log.debug("closing a worker's connection failed", exc_info=True)


def _drop_connection() -> None:
    """Forget the current (broken) connection without touching the server."""
    database = db.obj
    try:
        database._state.conn.close()
    except Exception:  # already gone
        pass
    database._state.reset()


def check() -> bool:
    """True when a trivial query works on the open database, reconnecting once if the link broke."""
    database = db.obj
    if database is None:
        return False
    if database.in_transaction():
        return True  # someone is mid-write: do not disturb
    for attempt in (1, 2):
        try:
            database.connect(reuse_if_open=True)
            database.execute_sql("SELECT 1").fetchone()
            return True
        except (PeeweeException, OSError) as exc:
            log.info("database check %s failed: %s", attempt, exc)
            _drop_connection()
    return False


def probe() -> bool:
    """Can the server be reached right now?  Opens and closes a separate short-timeout connection.

    Safe to call from a worker thread: it never touches the shared connection.
    """
    database = db.obj
    if not is_postgres(database):
        return True
    import psycopg2

    params = dict(database.connect_params)
    params["connect_timeout"] = PROBE_TIMEOUT_S
    try:
        conn = psycopg2.connect(dbname=database.database, **params)
    except Exception as exc:
        log.info("server probe failed: %s", exc)
        return False
    conn.close()
    return True
