"""The exact command-line contract of `refdesk import-contacts`, and a kill mid-import."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_refdesk
from tests.services.importer.generate import write_google_csv

FIXTURES = ROOT / "tests" / "fixtures" / "import"
KEYS = {"format", "encoding", "rows", "created", "merged", "skipped", "possible_duplicates", "errors"}


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_json_contract_and_reimport(data_dir):
    result = run_refdesk("--data-dir", str(data_dir), "import-contacts", str(FIXTURES / "google.csv"), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == KEYS
    assert out["format"] == "google" and out["encoding"] == "utf-8"
    assert (out["rows"], out["created"], out["merged"], out["skipped"], out["possible_duplicates"]) == (5, 4, 0, 1, 0)
    assert out["errors"] == [{"row": 8, "message": "No name, business or email address, so there is nobody to import."}]
    again = json.loads(
        run_refdesk("--data-dir", str(data_dir), "import-contacts", str(FIXTURES / "google.csv"), "--json").stdout
    )
    assert (again["created"], again["merged"], again["skipped"]) == (0, 0, 5)


def test_dry_run_writes_nothing(data_dir):
    run_refdesk("--data-dir", str(data_dir), "info")
    db_file = data_dir / "refdesk.db"
    before = dump(db_file)
    result = run_refdesk(
        "--data-dir", str(data_dir), "import-contacts", str(FIXTURES / "outlook.csv"), "--dry-run", "--json"
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["created"] == 2
    assert dump(db_file) == before
    text = run_refdesk("--data-dir", str(data_dir), "import-contacts", str(FIXTURES / "outlook.csv"), "--dry-run")
    assert text.returncode == 0 and "Would import" in text.stdout and "Nothing was written" in text.stdout


@pytest.mark.parametrize(
    "name",
    [
        "empty.csv",
        "binary.csv",
        "spreadsheet_saved_as_csv.csv",
        "no_usable_columns.csv",
        "header_only.csv",
        "does-not-exist.csv",
    ],
)
def test_refused_exit_2_reason_on_stderr_and_in_json(data_dir, name):
    run_refdesk("--data-dir", str(data_dir), "info")
    before = dump(data_dir / "refdesk.db")
    result = run_refdesk("--data-dir", str(data_dir), "import-contacts", str(FIXTURES / name), "--json")
    assert result.returncode == 2
    out = json.loads(result.stdout)
    assert set(out) == KEYS
    assert out["created"] == 0 and len(out["errors"]) == 1 and out["errors"][0]["row"] is None
    reason = out["errors"][0]["message"]
    assert reason in result.stderr and result.stderr.startswith("refdesk: ")
    plain = run_refdesk("--data-dir", str(data_dir), "import-contacts", str(FIXTURES / name))
    assert plain.returncode == 2 and plain.stdout == "" and reason in plain.stderr
    assert dump(data_dir / "refdesk.db") == before


def test_killed_mid_import_leaves_the_database_as_it_was(data_dir, tmp_path):
    assert run_refdesk("--data-dir", str(data_dir), "demo", "--partners", "50", "--referrals", "100").returncode == 0
    db_file = data_dir / "refdesk.db"
    before = dump(db_file)
    big = write_google_csv(tmp_path / "big.csv", 300_000)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.Popen(
        [sys.executable, "-m", "refdesk", "--data-dir", str(data_dir), "import-contacts", str(big)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wal = Path(str(db_file) + "-wal")
    base = wal.stat().st_size if wal.exists() else 0
    deadline = time.monotonic() + 60
    # the import has started writing once its transaction spills pages into the write-ahead log
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > base + 2_000_000:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the import finished before it could be killed; make the file bigger"
    assert wal.exists() and wal.stat().st_size > base + 2_000_000
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert dump(db_file) == before
    info = json.loads(run_refdesk("--data-dir", str(data_dir), "info", "--json").stdout)
    assert info["counts"]["partners"] == 50 and info["counts"]["imports"] == 0
