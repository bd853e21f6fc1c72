"""Shared fixtures: a headless Qt, a data folder and a real SQLite file per test."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt or matplotlib: no screen, and nothing written to the user's folders.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="refdesk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_SESSION_HOME / "data")
os.environ["MPLCONFIGDIR"] = str(_SESSION_HOME / "mpl")
os.environ.pop("REFDESK_DATABASE_URL", None)
os.environ["REFDESK_DATA_DIR"] = str(_SESSION_HOME / "refdesk-data")

import subprocess  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402

from refdesk import paths  # noqa: E402
from refdesk.db import database  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def run_refdesk(*args: str, env: dict | None = None, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """Run ``python -m refdesk ARGS`` in a child process on this checkout's code."""
    full_env = dict(os.environ if env is None else env)
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run([sys.executable, "-m", "refdesk", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, **kwargs)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    """An empty data folder for this test (also the default through REFDESK_DATA_DIR)."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("REFDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_url(data_dir: Path) -> str:
    return paths.sqlite_url(data_dir / paths.DATABASE_FILE)


@pytest.fixture
def db(db_url: str, data_dir: Path):
    """A real, migrated SQLite file in the test's data folder."""
    handle = database.open_database(db_url, backup_dir=paths.backup_dir(data_dir))
    yield handle
    handle.close()


@pytest.fixture
def qsettings_clean():
    """Start a UI test with no remembered window state."""
    from refdesk.ui import settings

    settings.settings().clear()
    yield
    settings.settings().clear()


@pytest.fixture
def window(qtbot, db, data_dir, db_url, qsettings_clean):
    """The main window on the test database."""
    from refdesk.ui.main_window import MainWindow

    win = MainWindow(data_dir, db_url)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
