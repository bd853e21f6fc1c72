"""No traceback reaches the user, on any command: a damaged database, for one, gives one line each."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from refdesk import paths
from tests.conftest import run_refdesk

PAGE = 4096


@pytest.fixture(scope="module")
def damaged(tmp_path_factory) -> Path:
    """Demo data with 31 pages in the middle of the file overwritten (the header intact)."""
    folder = tmp_path_factory.mktemp("damaged") / "data"
    made = run_refdesk("--data-dir", str(folder), "demo", "--partners", "200", "--referrals", "2000")
    assert made.returncode == 0, made.stderr
    path = folder / paths.DATABASE_FILE
    pages = path.stat().st_size // PAGE
    rng = random.Random(3)
    with open(path, "r+b") as fh:
        for page in rng.sample(range(pages // 3, 2 * pages // 3), 31):
            fh.seek(page * PAGE)
            fh.write(rng.randbytes(PAGE))
    return folder


def commands(folder: Path, out: Path) -> list[tuple[str, ...]]:
    contacts = out / "contacts.csv"
    contacts.write_text("Name,Email\nAda Lovelace,ada@example.com\n", encoding="utf-8")
    return [
        ("info",),
        ("info", "--json"),
        ("stats",),
        ("referrals", "--due"),
        ("export", str(out / "all.zip")),
        ("checklist", "--pdf", str(out / "thanks.pdf")),
        ("calendar", str(out / "due.ics"), "--json"),
        ("screenshots", str(out / "shots")),
        ("demo", "--partners", "2", "--referrals", "2"),
        ("import-contacts", str(contacts)),
    ]


def test_every_command_on_a_damaged_database_says_so_in_one_line(damaged, tmp_path):
    for args in commands(damaged, tmp_path):
        result = run_refdesk("--data-dir", str(damaged), *args)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert result.returncode in (0, 2), (args, result.returncode, result.stderr)
        if result.returncode == 2:
            assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
    shots = tmp_path / "shots"
    assert not shots.exists() or not os.listdir(shots)  # no half set of pictures


def test_screenshots_on_a_damaged_database(damaged, tmp_path):
    result = run_refdesk("--data-dir", str(damaged), "screenshots", str(tmp_path / "shots"))
    assert result.returncode == 2
    assert result.stderr.startswith("refdesk: No screenshots were written.")
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
