"""Where RefDesk keeps its files.

The data folder comes from ``--data-dir``, else ``REFDESK_DATA_DIR``, else the
platform's user data folder (platformdirs).  The database is ``refdesk.db`` in
it unless ``--database-url`` / ``REFDESK_DATABASE_URL`` name another one.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

import platformdirs

from refdesk import APP_NAME

DATABASE_FILE = "refdesk.db"


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
    """Create the data folder (owner-only) if it is missing."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


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
