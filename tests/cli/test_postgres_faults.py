"""Team mode under faults, on a real PostgreSQL server: the connection cut in the middle of an import,
and ``refdesk demo`` racing an import.  They need ``REFDESK_TEST_POSTGRES_URL`` and skip without it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

psycopg2 = pytest.importorskip("psycopg2")


def contacts_file(folder: Path, rows: int, start: int = 0) -> Path:
    path = folder / f"contacts-{start}.csv"
    lines = ["Name,Email,Company"]
    lines += [f"Contact {i},contact{i}@example.com,Firm {i % 97}" for i in range(start, start + rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start(url: str, data_dir: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), REFDESK_DATABASE_URL=url, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "refdesk", "--data-dir", str(data_dir), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def count(url: str, table: str = "partner") -> int:
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute(f'SELECT count(*) FROM "{table}"')
            return cur.fetchone()[0]
    finally:
        conn.close()


def migrated(url: str, data_dir: Path) -> None:
    from tests.conftest import run_refdesk

    result = run_refdesk("--data-dir", str(data_dir), "--database-url", url, "info")
    assert result.returncode == 0, result.stderr


def test_connection_lost_mid_import_says_nothing_was_imported(postgres_url, tmp_path):
    migrated(postgres_url, tmp_path)
    source = contacts_file(tmp_path, 30_000)
    watcher = psycopg2.connect(postgres_url)
    watcher.autocommit = True
    try:
        proc = start(postgres_url, tmp_path, "import-contacts", str(source))
        killed = None
        deadline = time.monotonic() + 60
        with watcher.cursor() as cur:
            while killed is None and time.monotonic() < deadline and proc.poll() is None:
                # the import holds this lock from its first row to its commit
                cur.execute(
                    "SELECT pid FROM pg_locks WHERE relation = 'partner'::regclass "
                    "AND mode = 'ShareRowExclusiveLock' AND granted"
                )
                row = cur.fetchone()
                if row is None:
                    time.sleep(0.02)
                    continue
                time.sleep(0.2)  # well into the rows
                cur.execute("SELECT pg_terminate_backend(%s)", (row[0],))
                killed = row[0]
        out, err = proc.communicate(timeout=60)
    finally:
        watcher.close()
    assert killed is not None, "the import finished before its connection could be cut"
    assert proc.returncode == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("refdesk: The connection to the server was lost; nothing was imported.")
    assert "Traceback" not in err and "psycopg2" not in err
    assert count(postgres_url) == 0  # rolled back whole
    assert count(postgres_url, "import_batch") == 0


def test_demo_racing_an_import_never_collides_on_ids(postgres_url, tmp_path):
    migrated(postgres_url, tmp_path)
    expected = 0
    for round_ in range(3):
        source = contacts_file(tmp_path, 3000, start=round_ * 10_000)
        importer = start(postgres_url, tmp_path, "import-contacts", str(source))
        demo = start(postgres_url, tmp_path, "demo", "--partners", "300", "--referrals", "600", "--seed", str(round_))
        for proc in (importer, demo):
            out, err = proc.communicate(timeout=180)
            assert proc.returncode == 0, err
            assert "duplicate key" not in err
        expected += 3000 + 300
        assert count(postgres_url) == expected
