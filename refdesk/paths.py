"""Where RefDesk keeps its files.

The data folder comes from ``--data-dir``, else ``REFDESK_DATA_DIR``, else the
platform's user data folder (platformdirs).  The database is ``refdesk.db`` in
it unless ``--database-url`` / ``REFDESK_DATABASE_URL`` name another one.
"""

from __future__ import annotations

import os
from pathlib import Path

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
