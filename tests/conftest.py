"""Shared fixtures: a headless Qt, a data folder and a real SQLite file per test."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt or matplotlib: no screen.  The user's folders are replaced in
# pytest_configure, below, by folders inside pytest's own temporary folder.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("REFDESK_DATABASE_URL", None)
os.environ["REFDESK_LOCALE"] = "en_US"  # dates and money as the tests expect them, on any machine
os.environ["REFDESK_LANG"] = "en"  # and the words in English, whatever the machine's language

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
    return subprocess.run(
        [sys.executable, "-m", "refdesk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        **kwargs,
    )


@pytest.fixture(autouse=True)
def _practice_rules():
    """Every test starts and ends with the practice's advised rules, in English, in en_US formats."""
    from refdesk import i18n
    from refdesk.services import formatting, rules

    yield
    rules.reset()
    i18n.install("en")
    formatting.configure("en_US")
    if "PySide6.QtCore" in sys.modules:  # a window started as RefDesk starts sets Qt's locale: the system's again
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale.system())


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    """An empty data folder for this test (also the default through REFDESK_DATA_DIR)."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("REFDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_url(data_dir: Path, db_backend: str, monkeypatch) -> str:
    if db_backend == "postgres":  # team mode: see the block at the end of this file
        url = fresh_postgres_database()
        monkeypatch.setenv("REFDESK_DATABASE_URL", url)  # the CLI, in-process or child, uses it too
        return url
    return paths.sqlite_url(data_dir / paths.DATABASE_FILE)


@pytest.fixture
def db(db_url: str, data_dir: Path):
    """A real, migrated SQLite file in the test's data folder (or a fresh PostgreSQL schema, see below)."""
    handle = database.open_database(db_url, backup_dir=paths.backup_dir(data_dir))
    yield handle
    handle.close()


@pytest.fixture
def recovering_shell(tmp_path: Path, monkeypatch) -> Path:
    """SQLite's ``sqlite3`` program with a ``.recover`` that works, first on PATH (a stand-in)."""
    from tests.damage import fake_recovering_shell

    return fake_recovering_shell(tmp_path, monkeypatch)


@pytest.fixture
def qsettings_clean():
    """Start a UI test with no remembered window state."""
    from refdesk.ui.common import settings

    settings.settings().clear()
    yield
    settings.settings().clear()


@pytest.fixture
def reminders_wait(monkeypatch):
    """The window's reminders check only when a test asks (``window.reminders.check()``), and never
    reach a real notification service on the machine running the tests.  Every window a test opens
    has it (the ``window`` fixture, and every UI test): a check its own timer began would run in the
    background on whichever database the next test opened, and hold it open meanwhile."""
    from refdesk.ui.reminders import watch

    monkeypatch.setattr(watch, "START_DELAY_MS", 3_600_000)
    monkeypatch.setattr(watch, "AFTER_CHANGE_MS", 3_600_000)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/refdesk-tests-no-bus")


@pytest.fixture
def window(qtbot, db, data_dir, db_url, qsettings_clean, reminders_wait):
    """The main window on the test database."""
    from refdesk.ui.main_window import MainWindow

    win = MainWindow(data_dir, db_url)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


# --- Team mode (issue 9): the same tests on a real PostgreSQL server ------------------------------
# With REFDESK_TEST_POSTGRES_URL set (`.ci/postgres.sh start` prints one), every test that uses the
# `db` fixture and no Qt runs twice, as test[sqlite] and test[postgres]; each PostgreSQL run gets an
# empty, freshly migrated schema.  Mark a test `@pytest.mark.sqlite_only` when it needs an SQLite file.
# Without the variable nothing changes.  `postgres_url` gives PostgreSQL-only tests a fresh database.
POSTGRES_URL = os.environ.get("REFDESK_TEST_POSTGRES_URL", "")
_QT_FIXTURES = {"qtbot", "qapp", "window", "qtmodeltester", "qsettings_clean"}


@pytest.hookimpl(trylast=True)  # after pytest's own tmp_path set-up
def pytest_configure(config) -> None:
    """The marker below, and a home for the run.

    Everything a run writes goes inside pytest's temporary folder (``--basetemp``, else
    /tmp/pytest-of-USER/pytest-N, of which pytest keeps the last three): the config and data
    folders, matplotlib's cache, and TMPDIR itself, for this process and every RefDesk it starts
    (Qt puts the single-instance sockets there).  Nothing else is left in /tmp."""
    home = config._tmp_path_factory.getbasetemp() / "session"
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_RUNTIME_DIR"] = str(home / "tmp")
    os.environ["MPLCONFIGDIR"] = str(home / "mpl")
    os.environ["REFDESK_DATA_DIR"] = str(home / "refdesk-data")
    os.environ["TMPDIR"] = str(home / "tmp")
    tempfile.tempdir = None  # gettempdir() looks again, and finds TMPDIR
    config.addinivalue_line("markers", "sqlite_only: needs an SQLite file, so it is not repeated on PostgreSQL")


def _uses_qt(metafunc) -> bool:
    if _QT_FIXTURES & set(metafunc.fixturenames):
        return True
    for value in vars(metafunc.module).values():
        name = getattr(value, "__module__", None) or getattr(value, "__name__", "") or ""
        if isinstance(name, str) and (name.startswith("PySide6") or name.startswith("refdesk.ui")):
            return True
    return False


def pytest_generate_tests(metafunc) -> None:
    if not POSTGRES_URL or "db_backend" not in metafunc.fixturenames or "db" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") or _uses_qt(metafunc):
        return
    metafunc.parametrize("db_backend", ["sqlite", "postgres"], indirect=True)


@pytest.fixture
def db_backend(request) -> str:
    """ "sqlite" unless the test was parametrised onto PostgreSQL."""
    return getattr(request, "param", "sqlite")


def fresh_postgres_database() -> str:
    """Empty the test server's database (drop and recreate its schema); returns its URL.

    Measured on the throwaway server: ~90 ms with the migration that follows in ``open_database``
    (CREATE DATABASE … TEMPLATE took ~120 ms; TRUNCATE ~20 ms but keeps the schema history).
    """
    import psycopg2

    database.close_database()  # a connection left open by the previous test would block DROP SCHEMA
    conn = psycopg2.connect(POSTGRES_URL)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SET lock_timeout = '10s'")
            cur.execute("DROP SCHEMA IF EXISTS public CASCADE")
            cur.execute("CREATE SCHEMA public")
    finally:
        conn.close()
    return POSTGRES_URL


@pytest.fixture
def postgres_url() -> str:
    """A fresh, empty PostgreSQL database (not yet migrated); skips without REFDESK_TEST_POSTGRES_URL."""
    if not POSTGRES_URL:
        pytest.skip("set REFDESK_TEST_POSTGRES_URL (see .ci/postgres.sh) to run PostgreSQL tests")
    url = fresh_postgres_database()
    yield url
    database.close_database()
