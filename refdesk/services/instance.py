"""One RefDesk at a time per database file: an OS file lock beside the database.

``refdesk.db.lock`` sits next to ``refdesk.db``.  The RefDesk window holds an
exclusive lock on it for as long as it has that database open, and so does
every command-line run that writes (``refdesk demo``, ``refdesk import-json``
and other commands that do not declare themselves readers).  A second writer
finds the lock taken and says who holds it, instead of writing the same file
unknowingly.  Reading commands (``info``, ``export``, ``backup``, ``stats``…)
take no lock: SQLite's WAL mode lets them read safely while the window writes.

The lock is ``flock`` on POSIX and ``msvcrt.locking`` on Windows; the operating
system drops it when the process ends, even on a crash, so it never goes
stale.  The file itself stays (removing it would open a race) and holds a
line of JSON about the holder for the message.  A server database
(PostgreSQL) is shared on purpose and is not locked.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import json
import logging
import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from refdesk.i18n import _

log = logging.getLogger(__name__)

#: commands that only read the database, so they run while the window is open
READING_COMMANDS = {"info", "backup", "check", "export", "stats", "checklist", "screenshots", "referrals", "calendar"}
_WIN_LOCK_OFFSET = 1 << 20  # Windows locks are mandatory: lock a byte far past the holder text


@dataclass(frozen=True)
class Holder:
    pid: int
    kind: str  # "window" or "command"
    command: str = ""
    host: str = ""
    since: str = ""

    def describe(self) -> str:
        if self.kind == "window":
            return _("the RefDesk window (process {pid})").format(pid=self.pid)
        return _("the command `refdesk {command}` (process {pid})").format(command=self.command, pid=self.pid)


class DatabaseInUse(Exception):
    """Another RefDesk holds the lock; ``str()`` is a sentence for the user."""

    def __init__(self, db_path: Path, holder: Holder | None, for_window: bool = True):
        self.db_path = db_path
        self.holder = holder
        who = holder.describe() if holder else _("another RefDesk")
        if holder is not None and holder.kind == "command":
            advice = _("Wait for it to finish, then try again.")
        elif for_window:
            advice = _("Switch to it from the task bar, or close it and try again.")
        else:
            advice = _("Close the RefDesk window first (File → Quit), then try again.")
        super().__init__(
            _(
                "The database {path} is already in use by {who}, so RefDesk did not open it a second "
                "time (two programs writing one file could lose changes). {advice}"
            ).format(path=db_path, who=who, advice=advice)
        )


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def read_holder(db_path: Path) -> Holder | None:
    """Who holds (or last held) the lock on *db_path*, from the lock file."""
    try:
        with open(lock_path(db_path), encoding="utf-8") as fh:
            data = json.loads(fh.readline() or "null")
        return Holder(**data) if isinstance(data, dict) else None
    except (OSError, ValueError, TypeError):
        return None


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            return False
        raise
    return True


class InstanceLock:
    """An exclusive lock on *db_path* for this process; ``acquire()`` raises DatabaseInUse."""

    def __init__(self, db_path: Path, kind: str = "window", command: str = ""):
        self.db_path = Path(db_path).absolute()
        self.kind = kind
        self.command = command
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; False if the lock file cannot be made (a read-only folder: nothing can write there)."""
        if self._fd is not None:
            return True
        path = lock_path(self.db_path)
        writable = True
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except FileNotFoundError:
            return False
        except PermissionError:
            writable = False
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                log.warning("cannot create the lock file %s; opening without it", path)
                return False
        except OSError as exc:  # read-only file system, …
            log.warning("cannot create the lock file %s (%s); opening without it", path, exc)
            return False
        try:
            locked = _try_lock(fd)
        except OSError:
            os.close(fd)
            log.warning("the file system of %s does not support locks", path)
            return False
        if not locked:
            os.close(fd)
            raise DatabaseInUse(self.db_path, read_holder(self.db_path), for_window=self.kind == "window")
        self._fd = fd
        if writable:
            holder = Holder(
                os.getpid(),
                self.kind,
                self.command,
                socket.gethostname(),
                dt.datetime.now().isoformat(timespec="seconds"),
            )
            try:
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, (json.dumps(holder.__dict__) + "\n").encode("utf-8"))
            except OSError:
                log.warning("cannot note the lock holder in %s", path)
        log.info("locked %s for this %s", self.db_path, self.kind)
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if sys.platform == "win32":  # pragma: no cover
                import msvcrt

                os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _command_db_path(args: argparse.Namespace) -> Path | None:
    from refdesk import paths
    from refdesk.db.database import sqlite_path

    folder = paths.data_dir(getattr(args, "data_dir", None))
    return sqlite_path(paths.database_url(folder, getattr(args, "database_url", None)))


@contextlib.contextmanager
def command_lock(args: argparse.Namespace) -> Iterator[InstanceLock | None]:
    """Hold the database lock while a writing subcommand runs (readers and server databases run freely).

    A subcommand declares what it does with ``parser.set_defaults(database_access="none" | "read" |
    "write")``; undeclared commands count as writers unless listed in READING_COMMANDS.
    """
    access = getattr(args, "database_access", None)
    if access is None:
        access = "read" if getattr(args, "command", None) in READING_COMMANDS else "write"
    path = _command_db_path(args) if access == "write" else None
    if path is None:
        yield None
        return
    lock = InstanceLock(path, kind="command", command=args.command)
    lock.acquire()
    try:
        yield lock
    finally:
        lock.release()
