"""Team mode on a real PostgreSQL server: clear messages, migrations once, passwords from the keyring.

These need ``REFDESK_TEST_POSTGRES_URL`` (``.ci/postgres.sh start`` prints one) and skip without it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from urllib.parse import urlparse, urlunparse

import pytest

from refdesk.db import database
from refdesk.db.database import DatabaseProblem, latest_schema_version, open_database, schema_version
from refdesk.db.models import ALL_MODELS, Partner
from tests.conftest import ROOT, run_refdesk


def _with(
    url: str, *, password: str | None = "", port: int | None = None, name: str | None = None, user: str | None = None
) -> str:
    p = urlparse(url)
    user = user if user is not None else p.username
    auth = user + (f":{password}" if password else "") if password is not None else user
    host = f"{p.hostname}:{port or p.port}"
    return urlunparse((p.scheme, f"{auth}@{host}", f"/{name}" if name else p.path, "", "", ""))


def test_a_fresh_server_database_is_migrated(postgres_url):
    handle = open_database(postgres_url)
    assert schema_version(handle) == latest_schema_version()
    assert all(model.table_exists() for model in ALL_MODELS)
    Partner.create(name="On the server")
    handle.close()
    handle = open_database(postgres_url)  # a second client: nothing to migrate, data there
    assert [p.name for p in Partner.select()] == ["On the server"]


def test_server_that_is_down_says_so(postgres_url):
    with pytest.raises(DatabaseProblem, match="cannot reach the database server 127.0.0.1:1\\b"):
        open_database(_with(postgres_url, port=1, password=urlparse(postgres_url).password))


def test_wrong_password_says_so_without_showing_it(postgres_url):
    with pytest.raises(DatabaseProblem) as info:
        open_database(_with(postgres_url, password="not-the-password"))
    assert "did not accept the user name refdesk with that password" in str(info.value)
    assert "not-the-password" not in str(info.value)


def test_missing_database_says_so(postgres_url):
    with pytest.raises(DatabaseProblem, match="has no database called no_such_db"):
        open_database(_with(postgres_url, name="no_such_db", password=urlparse(postgres_url).password))


def test_cli_reports_a_server_problem_in_one_line(postgres_url, tmp_path):
    result = run_refdesk("--data-dir", str(tmp_path), "--database-url", _with(postgres_url, port=1), "info")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "cannot reach the database server" in result.stderr


def test_password_comes_from_the_keyring_when_the_url_has_none(postgres_url, monkeypatch):
    from refdesk.services import credentials

    bare = _with(postgres_url, password=None)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setattr(credentials, "get_password", lambda url: urlparse(postgres_url).password)
    from refdesk.services import connection

    handle = connection.open(bare)  # the keyring is asked by the service; the database layer takes the password
    assert schema_version(handle) == latest_schema_version()
    assert "refdesk-test" not in database.describe(bare)


START_TOGETHER = """
import sys, time
from refdesk.db.database import open_database, schema_version
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
db = open_database(sys.argv[1])
print(schema_version(db))
"""


def test_clients_starting_together_migrate_once(postgres_url):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.time() + 1.5  # every process imported and waiting before the go
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", START_TOGETHER, postgres_url, str(start)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [err for _, err in results]
    assert {out.strip() for out, _ in results} == {str(latest_schema_version())}
    handle = open_database(postgres_url)
    rows = handle.execute_sql('SELECT name, COUNT(*) FROM "schema_migration" GROUP BY name').fetchall()
    assert len(rows) == latest_schema_version() and all(count == 1 for _, count in rows)


def test_demo_and_info_on_the_server(postgres_url, tmp_path):
    """The command line on PostgreSQL (tests/cli covers the same commands on SQLite)."""
    import json

    demo = run_refdesk(
        "--data-dir",
        str(tmp_path),
        "--database-url",
        postgres_url,
        "demo",
        "--partners",
        "30",
        "--referrals",
        "200",
        "--seed",
        "3",
    )
    assert demo.returncode == 0, demo.stderr
    info = run_refdesk("--data-dir", str(tmp_path), "--database-url", postgres_url, "info", "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["counts"]["partners"] == 30 and data["counts"]["referrals"] == 200
    assert "refdesk-test" not in info.stdout  # the password never appears


def test_bulk_load_is_vacuumed_visible_even_when_the_server_commits_asynchronously(postgres_url):
    """After the demo's load, every referral page is all-visible, so statistics use index-only scans.

    The test server runs with ``synchronous_commit = off`` (as some servers do): unless the commits
    before it wait for the disk, the vacuum straight after the load cannot mark the new pages.
    """
    from refdesk.services import demo

    handle = open_database(postgres_url)
    assert handle.execute_sql("SHOW synchronous_commit").fetchone()[0] == "off"  # what this test is about
    demo.generate(partners=60, referrals=2000)
    pages, visible = handle.execute_sql(
        "SELECT relpages, relallvisible FROM pg_class WHERE relname = 'referral'"
    ).fetchone()
    assert pages > 10
    assert visible == pages


def test_restoring_an_export_onto_the_server_leaves_it_ready_for_the_statistics(postgres_url, tmp_path):
    """Moving a big SQLite database to the team server: after the load, the planner knows the data."""
    from refdesk import paths
    from refdesk.services import demo
    from refdesk.services.export import export_all, import_json

    local = open_database(paths.sqlite_url(tmp_path / "refdesk.db"))
    demo.generate(partners=60, referrals=2000)
    export_all(tmp_path / "export.zip")
    local.close()
    handle = open_database(postgres_url)
    loaded = import_json(tmp_path / "export.zip")
    assert loaded["referral"] == 2000
    pages, visible, analysed = handle.execute_sql(
        "SELECT c.relpages, c.relallvisible, s.last_analyze IS NOT NULL FROM pg_class c "
        "JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.relname = 'referral'"
    ).fetchone()
    assert pages > 10 and visible == pages and analysed
