"""Where RefDesk keeps its files.

The data folder comes from ``--data-dir``, else ``REFDESK_DATA_DIR``, else the
platform's user data folder (platformdirs).  The database is ``refdesk.db`` in
it unless ``--database-url`` / ``REFDESK_DATABASE_URL`` name another one.

Private files: everything RefDesk writes holds people's details, so the data folder and its
folders are made owner-only (0700) and every file owner-only (0600), whatever the umask.
``private_output`` / ``private_file`` are the one way to write such a file: under a temporary
name beside it, created 0600, renamed over it only once written whole, so a full disk or a
crash leaves the file that was there untouched and no half-written one.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlparse

import platformdirs

from refdesk import APP_NAME

DATABASE_FILE = "refdesk.db"
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
PARTIAL_SUFFIX = ".partial"
FULL_DISK_BYTES = 1 << 20  # under 1 MB free, a write that fails failed for want of room

log = logging.getLogger(__name__)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder (not created here)."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("REFDESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def database_url(folder: Path, override: str | None = None) -> str:
    """The database URL: the override, ``REFDESK_DATABASE_URL``, or SQLite in *folder*."""
    url = override or os.environ.get("REFDESK_DATABASE_URL")
    if url:
        return url
    return sqlite_url(folder / DATABASE_FILE)


def sqlite_url(path: Path) -> str:
    return "sqlite:///" + str(Path(path).absolute())


def backup_dir(folder: Path) -> Path:
    return folder / "backups"


def log_dir(folder: Path) -> Path:
    return folder / "logs"


def ensure_data_dir(folder: Path) -> Path:
    """Create the data folder owner-only (0700) if it is missing; one that holds a RefDesk database and
    was left open to others by an older RefDesk is closed to them (left as it is where not allowed)."""
    private_folder(folder)
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(folder.stat().st_mode)
        ours = (folder / DATABASE_FILE).is_file() and folder.resolve() != Path.home().resolve()
        if os.name == "posix" and ours and mode & 0o077 and folder.stat().st_uid == os.getuid():
            os.chmod(folder, mode & PRIVATE_FOLDER_MODE)  # others' bits go; a read-only folder stays so
            log.info("made the data folder %s private (was %o)", folder, mode)
    return folder


# --- private files --------------------------------------------------------------------------------


def private_folder(folder: Path) -> Path:
    """Create *folder* and its missing parents, the folder itself owner-only (0700) whatever the umask."""
    folder = Path(folder)
    made = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    if made:
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_FOLDER_MODE)
    return folder


def make_private(path: Path | str) -> None:
    """Only the user may read *path* (0600); quietly a no-op where that cannot be set."""
    try:
        os.chmod(path, PRIVATE_FILE_MODE)
    except OSError as exc:
        log.warning("could not make %s private: %s", path, exc)


def create_private(path: Path | str) -> None:
    """Create *path* as a new, empty owner-only file (raises ``FileExistsError`` if it is there)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    make_private(path)  # the umask can only take bits away, but a file system may not keep the mode


def partial_path(path: Path) -> Path:
    """The temporary name *path* is written under: ``NAME.partial`` beside it."""
    return path.with_name(path.name + PARTIAL_SUFFIX)


@contextlib.contextmanager
def private_output(path: Path | str) -> Iterator[Path]:
    """Write *path* owner-only and whole: yields the temporary name to write (by name, as Qt's PDF and
    image writers do, or with ``open``), already created 0600; renamed over *path* when the block ends,
    removed when it raises.  A full disk or a crash never leaves half a file, nor harms the one there."""
    path = Path(path)
    if path.exists() and not os.access(path, os.W_OK):  # replacing it would get round its protection
        raise PermissionError(errno.EACCES, "Permission denied (the file is read-only)", str(path))
    partial = partial_path(path)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()  # left by a run that was killed
    create_private(partial)
    try:
        yield partial
        make_private(partial)  # a writer that replaced the file rather than filling it
        _sync(partial)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


@contextlib.contextmanager
def private_file(path: Path | str, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """``open(path, mode)`` for a file that holds people's details: see ``private_output``."""
    with private_output(path) as partial, open(partial, mode, **kwargs) as fh:
        yield fh


def disk_is_full(folder: Path | str) -> bool:
    """True when the disk holding *folder* (or its nearest existing parent) has next to no room left.

    SQLite, libpng and Qt's PDF writer often say only "I/O error" or "write error" on a full disk."""
    folder = Path(folder)
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < FULL_DISK_BYTES
    except OSError:
        return False


def _sync(path: Path) -> None:
    """Put *path* on the disk before it replaces another file (a full disk shows up here, not later)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # a file system that cannot sync
            raise
    finally:
        os.close(fd)


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or None for other databases."""
    parsed = urlparse(url)
    if parsed.scheme not in ("sqlite", "sqliteext"):
        return None
    path = unquote(parsed.path)
    # sqlite:////abs/file.db -> "//abs/file.db"; sqlite:///rel.db -> "/rel.db"
    if path.startswith("//"):
        return Path(path[1:])
    return Path(path[1:] if path.startswith("/") else path).absolute()


def describe(url: str) -> str:
    """A short name for the database, without any password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    parsed = urlparse(url)
    host = parsed.hostname or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    user = f"{parsed.username}@" if parsed.username else ""
    return f"{parsed.scheme}://{user}{host}{port}{parsed.path}"
