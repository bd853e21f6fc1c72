"""Is the team database server still there?  Check, probe from a worker thread, reconnect.

Qt-free; ``refdesk/ui/team/connect.py`` drives these from timers and shows a
banner while the server cannot be reached.
"""

from __future__ import annotations

import logging

from peewee import PeeweeException, PostgresqlDatabase

from refdesk.db.database import db

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 3


def is_server() -> bool:
    return isinstance(db.obj, PostgresqlDatabase)


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
    if not isinstance(database, PostgresqlDatabase):
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
