"""The one database handle, and its life: open, check, migrate, close.

``db`` is a ``DatabaseProxy``; models bind to it and ``open_database()``
points it at a real database.  SQLite is the default (a file in the data
folder); any peewee database URL works, so a team can share PostgreSQL.
Problems a user can meet (a locked, read-only, corrupt or missing file, a
database from a newer RefDesk) are raised as ``DatabaseProblem`` with a
message in plain words.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlparse

from peewee import Database, DatabaseProxy, OperationalError, PeeweeException, PostgresqlDatabase, SqliteDatabase

from refdesk.db import sqlite_file
from refdesk.i18n import _, ngettext
from refdesk.paths import create_private, describe, disk_is_full, sqlite_path

log = logging.getLogger(__name__)

db = DatabaseProxy()

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000
CACHE_SIZE = -8000
"""SQLite's page cache of a connection, 8 MB (each worker has one): 284 → 219 MiB with every page open."""
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "normal",
    "cache_size": CACHE_SIZE,
}
BULK_CACHE_SIZE = -32000
"""The page cache of a connection loading many rows (an import): 32 MB keeps the indexes it writes in memory."""
# PostgreSQL advisory lock key so two clients never migrate at the same time.
MIGRATION_LOCK_KEY = 0x52454644


class DatabaseProblem(Exception):
    """A database cannot be used; ``str()`` is a sentence for the user."""


class DatabaseDamaged(DatabaseProblem):
    """SQLite's quick check found the file damaged; ``problems`` are its own lines."""

    def __init__(self, path: Path, problems: list[str]):
        many = (
            _("damage it could not read past")
            if len(problems) == 1 and sqlite_file.is_damage(Exception(problems[0]))
            else ngettext("{count} problem", "{count} problems", len(problems)).format(count=len(problems))
        )
        super().__init__(
            _(
                "The database {path} is damaged (SQLite's check found {problems}), so RefDesk will not write to it."
            ).format(path=path, problems=many)
        )
        self.path = path
        self.problems = problems


def migration_names() -> list[str]:
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py"))


def latest_schema_version() -> int:
    return len(migration_names())


HISTORY_TABLE = "schema_migration"  # playhouse.migrations' history of applied migrations


def applied_migrations(database: Database | None = None) -> set[str]:
    """Names of the migrations applied to *database* (read directly: no migration machinery at start-up)."""
    database = database or db.obj
    if not database.table_exists(HISTORY_TABLE):
        return set()
    return {row[0] for row in database.execute_sql(f'SELECT name FROM "{HISTORY_TABLE}"')}


def schema_version(database: Database | None = None) -> int:
    """How many migrations the open database has applied."""
    return len(applied_migrations(database))


def is_read_only(path: Path) -> bool:
    """True when the database file at *path* is there but cannot be changed (the file or its folder is
    read-only: permissions, a read-only disk, an immutable file).  Root is refused only by the last two."""
    return path.is_file() and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK))


def _check_sqlite_file(path: Path, read_only: bool = False) -> bool:
    """Refuse paths we cannot use before SQLite makes a mess; True if the file is new.

    *read_only*: the file is to be read only, so a read-only file or folder is no problem."""
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseProblem(
            _("The folder {folder} does not exist, so the database {name} cannot be opened there.").format(
                folder=folder, name=path.name
            )
        )
    if path.is_dir():
        raise DatabaseProblem(_("{path} is a folder, not a RefDesk database file.").format(path=path))
    if path.exists():
        if not os.access(path, os.R_OK):
            raise DatabaseProblem(_("RefDesk is not allowed to read {path}.").format(path=path))
        if not read_only and (not os.access(path, os.W_OK) or not os.access(folder, os.W_OK)):
            raise DatabaseProblem(
                _(
                    "The database {path} is read-only (or its folder is), so RefDesk cannot save changes there. "
                    "Copy it somewhere you can write to, or change its permissions."
                ).format(path=path)
            )
        with open(path, "rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise DatabaseProblem(
                _("{path} is not a RefDesk database (it is not an SQLite file, or it is damaged).").format(path=path)
            )
        return path.stat().st_size == 0
    if not os.access(folder, os.W_OK):
        raise DatabaseProblem(
            _("The folder {folder} is read-only, so RefDesk cannot create its database there.").format(folder=folder)
        )
    create_private(path)  # owner-only before SQLite opens it
    return True


def _disk_full_at(url: str) -> bool:
    """True when the disk holding the SQLite file of *url* is full (SQLite often says only "disk I/O
    error" when it cannot grow its WAL index there)."""
    path = sqlite_path(url)
    return path is not None and disk_is_full(path.parent)


def _wal_holds_data(path: Path) -> bool:
    """True when *path*'s write-ahead log holds changes not yet in the file (opening it immutable would miss them)."""
    try:
        return Path(str(path) + "-wal").stat().st_size > 0
    except OSError:
        return False


def _explain(exc: Exception, url: str) -> DatabaseProblem:
    text = str(exc).lower()
    where = describe(url)
    if getattr(exc, "errno", None) == errno.ENOSPC or ("disk" in text and "full" in text) or _disk_full_at(url):
        return DatabaseProblem(
            _(
                "The database {where} cannot be opened: the disk is full. Free some space and try again; "
                "nothing was changed."
            ).format(where=where)
        )
    if "locked" in text or "busy" in text:
        return DatabaseProblem(
            _(
                "The database {where} is locked by another program (perhaps another RefDesk). Close it and try again."
            ).format(where=where)
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseProblem(
            _("The database {where} is read-only, so RefDesk cannot save changes there.").format(where=where)
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseProblem(
            _(
                "The database {where} is damaged and cannot be opened. "
                "Restore a backup from the backups folder (File → Backups…)."
            ).format(where=where)
        )
    if "unable to open" in text:
        return DatabaseProblem(
            _("The database {where} cannot be opened (check the folder exists and is writable).").format(where=where)
        )
    return DatabaseProblem(_("The database {where} cannot be used: {error}").format(where=where, error=exc))


def connect_read_only(path: Path) -> SqliteDatabase:
    """The SQLite file at *path*, opened for reading only and connected.

    SQLite's ``mode=ro`` needs the WAL index (``-shm``) beside the file, or to be able to make it;
    in a read-only folder (or on a full disk) after a clean close there is none, and the file is
    opened ``immutable`` instead: nothing can write it there, so there is nothing to watch for.
    """
    pragmas = {k: v for k, v in SQLITE_PRAGMAS.items() if k not in ("journal_mode", "synchronous")}
    base = Path(path).absolute().as_uri() + "?mode=ro"
    for uri in (base, base + "&immutable=1"):
        database = SqliteDatabase(uri, uri=True, pragmas=pragmas, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            database.connect()
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
            return database
        except (PeeweeException, sqlite3.Error) as exc:
            text = str(exc).lower()
            if ("unable to open" not in text and "disk i/o error" not in text) or "immutable" in uri:
                raise
            database.close()
    raise AssertionError("unreachable")


def connect_url(url: str, *, password: str | None = None) -> Database:
    """A peewee database for *url*, with RefDesk's SQLite settings, not yet migrated.

    *password*: for a server URL that has none of its own (the caller looks it up in the keyring).
    """
    path = sqlite_path(url)
    if path is not None:
        return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
    from playhouse.db_url import connect

    try:
        if is_server_url(url):  # team mode (issue 9)
            return connect(url, **_server_options(url, password))
        return connect(url)
    except Exception as exc:  # unknown scheme, missing driver
        raise DatabaseProblem(
            _("RefDesk cannot use the database URL {url}: {error}").format(url=describe(url), error=exc)
        ) from exc


# --- team mode (issue 9): PostgreSQL ------------------------------------------------------------
SERVER_SCHEMES = ("postgres", "postgresql", "postgresext", "postgresqlext")
CONNECT_TIMEOUT_S = 8  # an unreachable server fails in seconds, not after TCP's minutes


def is_server_url(url: str) -> bool:
    return urlparse(url).scheme in SERVER_SCHEMES


def _server_options(url: str, password: str | None) -> dict:
    """Extra connection settings for a server URL: a connect timeout, and the password passed in."""
    parsed = urlparse(url)
    options: dict = {}
    if "connect_timeout" not in parsed.query:
        options["connect_timeout"] = CONNECT_TIMEOUT_S
    if parsed.password is None and password:
        options["password"] = password
    return options


def _explain_server(exc: Exception, url: str) -> DatabaseProblem:
    """A sentence for what went wrong reaching a PostgreSQL server."""
    text = str(exc)
    low = text.lower()
    parsed = urlparse(url)
    server = f"{parsed.hostname or 'localhost'}:{parsed.port or 5432}"
    user = unquote(parsed.username or "") or _("(your login name)")
    name = unquote(parsed.path.lstrip("/")) or user
    if (
        "password authentication failed" in low
        or "no password supplied" in low
        or ("role" in low and "does not exist" in low)
    ):
        return DatabaseProblem(
            _(
                "The database server {server} did not accept the user name {user} with that password. "
                "Check both and try again."
            ).format(server=server, user=user)
        )
    if "database" in low and "does not exist" in low:
        return DatabaseProblem(
            _(
                "The database server {server} has no database called {name}. Check the name, "
                "or ask whoever looks after the server to create it."
            ).format(server=server, name=name)
        )
    if "permission denied" in low:
        return DatabaseProblem(
            _(
                "The user {user} is not allowed to use the database {name} on {server}. "
                "Ask whoever looks after the server for access."
            ).format(user=user, name=name, server=server)
        )
    if any(
        s in low
        for s in (
            "could not connect",
            "connection refused",
            "timeout expired",
            "could not translate",
            "server closed the connection",
            "no route to host",
            "network is unreachable",
            "connection already closed",
            "terminating connection",
        )
    ):
        return DatabaseProblem(
            _(
                "RefDesk cannot reach the database server {server}. Check that the server is running and that "
                "this computer can reach it (network, VPN), then try again."
            ).format(server=server)
        )
    return DatabaseProblem(
        _("The database {where} cannot be used: {error}").format(where=describe(url), error=text.strip())
    )


def open_database(
    url: str,
    *,
    backup_dir: Path | None = None,
    migrate: bool = True,
    password: str | None = None,
    check: bool = False,
    reading: bool = False,
    _read_only: bool = False,
) -> Database:
    """Open *url*, bind the models to it and bring its schema up to date.

    *password* is used for a server URL that carries none.
    Before any migration of an existing SQLite file, the file is checked (``PRAGMA quick_check``)
    and copied into *backup_dir*; with *check* (opening it to write) it is checked in any case.
    A damaged file raises ``DatabaseDamaged`` and is not migrated.  A database written by a newer
    RefDesk is left untouched.
    *reading*: the caller only reads, so a read-only SQLite file, or one on a full disk, is opened
    read-only instead of being refused.
    """
    path = sqlite_path(url)
    read_only = _read_only or (reading and path is not None and is_read_only(path))
    try:
        is_new = _check_sqlite_file(path, read_only) if path is not None else False
    except OSError as exc:  # a full disk when creating the file, a folder that vanished
        raise _explain(exc, url) from exc
    database: Database
    try:
        database = connect_read_only(path) if read_only and path is not None else connect_url(url, password=password)
    except (PeeweeException, sqlite3.Error) as exc:
        raise _explain(exc, url) from exc
    try:
        database.connect(reuse_if_open=True)
        if path is not None:
            database.execute_sql("PRAGMA schema_version").fetchone()  # reads the header: corrupt files fail here
        applied = applied_migrations(database)
        known = set(migration_names())
        unknown = applied - known
        if unknown:
            raise DatabaseProblem(
                _(
                    "The database {where} was written by a newer version of RefDesk "
                    "(schema {schema}, this version knows {known}). "
                    "Update RefDesk to open it; the file has not been changed."
                ).format(where=describe(url), schema=len(applied), known=len(known))
            )
        pending = known - applied
        if pending and read_only and not is_new:
            raise DatabaseProblem(
                _(
                    "The database {where} is read-only and was written by an older RefDesk (schema "
                    "{schema}, this version knows {known}), so it cannot be brought up to date here. "
                    "Copy it somewhere you can write to and open it there once."
                ).format(where=describe(url), schema=len(applied), known=len(known))
            )
        upgrading = bool(pending and migrate and applied and path is not None and not is_new)
        if path is not None and not is_new and (check or upgrading):
            found = sqlite_file.problems(path)
            if found:
                raise DatabaseDamaged(path, found)
        if pending and migrate:
            if upgrading and path is not None:
                _copy_aside(path, backup_dir or path.parent)
            _migrate(database)
    except DatabaseProblem:
        database.close()
        raise
    except sqlite_file.Damaged as exc:
        database.close()
        raise DatabaseProblem(
            _(
                "The copy of {where} taken before upgrading it did not pass SQLite's check, so the "
                "database was not upgraded and is unchanged. The disk may be failing: copy your data elsewhere."
            ).format(where=describe(url))
        ) from exc
    except (PeeweeException, sqlite3.Error, OSError) as exc:
        try:
            database.close()
        except PeeweeException:  # a broken server connection cannot be closed cleanly
            pass
        if reading and path is not None and not read_only and not is_new and _disk_full_at(url):
            # SQLite cannot make its WAL index on a full disk; a reader can do without (nothing is written)
            if not _wal_holds_data(path):
                log.warning("the disk holding %s is full: opening it read-only", path)
                return open_database(url, backup_dir=backup_dir, migrate=migrate, reading=True, _read_only=True)
        raise (_explain_server(exc, url) if is_server_url(url) else _explain(exc, url)) from exc
    db.initialize(database)
    log.info("opened %s (schema %s%s)", describe(url), latest_schema_version(), ", read-only" if read_only else "")
    return database


def _migrate(database: Database) -> None:
    from playhouse.migrations import Runner

    runner = Runner(database, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)
    if isinstance(database, SqliteDatabase):
        # IMMEDIATE takes the write lock first, so two processes never migrate at once.
        with database.atomic("IMMEDIATE"):
            runner.up()
    else:
        with database.atomic():
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
            runner.up()


def _copy_aside(path: Path, folder: Path) -> Path:
    """Copy the database aside before migrating it: a checked backup of kind "upgrade", which the
    Backups dialog lists and can restore (online backup, so WAL content is included)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / sqlite_file.backup_name(dt.datetime.now(), "upgrade")
    sqlite_file.write_copy(path, target, wait=BUSY_TIMEOUT_MS / 1000)
    log.info("copied %s to %s before migrating", path, target)
    return target


def set_query_only(on: bool = True) -> None:
    """Refuse every write on the open SQLite database, on this connection and on every one opened
    after it (workers' threads too): how a damaged file is kept as it is while it is looked at."""
    database = db.obj
    if isinstance(database, SqliteDatabase):
        database.pragma("query_only", 1 if on else 0, permanent=True)


# A load of this many rows or more (an import, an export loaded back) refreshes the statistics after it.
REFRESH_AFTER = 1000


def refresh_statistics(tables: Sequence[str] = ()) -> None:
    """After a bulk load: let the query planner see the new data (PostgreSQL plans badly until then).

    With *tables* (after an import), those tables are analysed outright: on SQLite before 3.46,
    ``PRAGMA optimize`` only analyses tables the planner has already used on this connection, which right
    after a bulk load is none of them. ``analysis_limit`` keeps that to a quick sample of each index.

    On PostgreSQL (*tables*, or all of RefDesk's), outside a transaction the tables are also
    vacuumed: that marks the new rows all-visible, so the statistics can count from the covering
    indexes alone (index-only scans) instead of waiting for the server's autovacuum.

    The vacuum can only mark rows whose commit is on disk.  A server run with
    ``synchronous_commit = off`` (as some are, and as the test server is) acknowledges commits
    before writing them, and the analyse of each table is such a commit too; so here every commit
    waits for the disk, starting with an empty one that takes the load's commit along with it.
    """
    if is_sqlite():
        if tables:
            db.execute_sql("PRAGMA analysis_limit = 1000")
            for table in tables:
                db.execute_sql(f'ANALYZE "{table}"')
        db.execute_sql("PRAGMA optimize")
        return
    names = ", ".join(f'"{name}"' for name in (tables or db.get_tables()))
    if not names:
        db.execute_sql("ANALYZE")
    elif db.in_transaction():
        db.execute_sql(f"ANALYZE {names}")
    else:
        db.execute_sql("SET synchronous_commit = on")
        try:
            with db.atomic():
                db.execute_sql("SELECT txid_current()")  # a transaction id, so its commit is written
            db.execute_sql(f"VACUUM (ANALYZE) {names}")
        finally:
            db.execute_sql("RESET synchronous_commit")


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()


def is_sqlite(database: Database | None = None) -> bool:
    """True when *database* (by default the open one) is an SQLite file: the one test of the dialect."""
    return isinstance(database if database is not None else db.obj, SqliteDatabase)


def is_postgres(database: Database | None = None) -> bool:
    """True when *database* (by default the open one) is a PostgreSQL server."""
    return isinstance(database if database is not None else db.obj, PostgresqlDatabase)


def current_path() -> Path | None:
    """The SQLite file in use, or None for a server database."""
    if is_sqlite():
        name = str(db.obj.database)
        if name.startswith("file:"):  # opened read-only, by URI
            return Path(unquote(urlparse(name).path))
        return Path(name)
    return None


__all__ = [
    "DatabaseDamaged",
    "DatabaseProblem",
    "OperationalError",
    "close_database",
    "connect_url",
    "current_path",
    "db",
    "describe",
    "is_server_url",
    "is_postgres",
    "is_sqlite",
    "latest_schema_version",
    "open_database",
    "schema_version",
    "sqlite_path",
]
