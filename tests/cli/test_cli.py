"""The command line: info, demo, backup, screenshots, and clear errors."""

from __future__ import annotations

import json

from refdesk import paths
from refdesk.cli import main
from tests.conftest import run_refdesk


def test_info_json_on_a_new_data_folder(tmp_path, capsys):
    folder = tmp_path / "fresh"
    assert main(["--data-dir", str(folder), "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["data_dir"] == str(folder)
    assert info["database"] == str(folder / paths.DATABASE_FILE)
    assert info["schema_version"] == info["latest_schema_version"] >= 1
    assert info["counts"]["partners"] == 0
    assert set(info["counts"]) >= {"partners", "referrals", "meetings", "standing_checks", "thank_yous", "imports"}


def test_demo_then_info_counts(tmp_path, capsys):
    folder = str(tmp_path / "d")
    assert main(["--data-dir", folder, "demo", "--partners", "30", "--referrals", "120", "--seed", "3"]) == 0
    assert "30 partners, 120 referrals" in capsys.readouterr().out
    assert main(["--data-dir", folder, "info", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert counts["partners"] == 30 and counts["referrals"] == 120


def test_backup_writes_a_file_in_the_backups_folder(tmp_path, capsys):
    folder = tmp_path / "b"
    assert main(["--data-dir", str(folder), "demo", "--partners", "5", "--referrals", "5"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "backup"]) == 0
    out = capsys.readouterr().out
    backups = list((folder / "backups").glob("refdesk-*.db"))
    assert len(backups) == 1 and str(backups[0]) in out


def test_bad_database_is_one_line_on_stderr_and_exit_2(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("shopping list: milk, eggs\n")
    result = run_refdesk("--database-url", paths.sqlite_url(bad), "info")
    assert result.returncode == 2
    assert result.stderr.startswith("refdesk: ") and "not a RefDesk database" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert bad.read_text() == "shopping list: milk, eggs\n"


def test_missing_folder_in_database_url(tmp_path):
    result = run_refdesk("--database-url", paths.sqlite_url(tmp_path / "no" / "such" / "x.db"), "info")
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_unknown_database_scheme(tmp_path, capsys):
    assert main(["--database-url", "oracle://somewhere/db", "info"]) == 2
    assert "cannot use the database URL" in capsys.readouterr().err


def test_demo_rejects_nonsense_counts(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "demo", "--partners", "0"]) == 2
    assert "--partners" in capsys.readouterr().err


def test_version():
    result = run_refdesk("--version")
    assert result.returncode == 0 and result.stdout.startswith("RefDesk ")


def test_screenshots_one_png_per_page(tmp_path):
    folder = tmp_path / "s"
    assert run_refdesk("--data-dir", str(folder), "demo", "--partners", "20", "--referrals", "80").returncode == 0
    out = tmp_path / "shots"
    result = run_refdesk("--data-dir", str(folder), "screenshots", str(out))
    assert result.returncode == 0, result.stderr
    pngs = sorted(p.name for p in out.glob("*.png"))
    assert pngs == ["01-today.png", "02-partners.png", "03-referrals.png", "04-thanks.png", "05-charts.png"]
    for name in pngs:
        data = (out / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    assert _has_colour(out / "05-charts.png", (0xE6, 0x9F, 0x00))  # the charts' bars, not "Loading Charts…"


def _has_colour(path, rgb) -> bool:
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(path))
    want = QColor(*rgb)
    return any(image.pixelColor(x, y) == want for y in range(0, image.height(), 3) for x in range(0, image.width(), 3))


def test_backup_of_a_server_database_is_a_portable_export(postgres_url, tmp_path, capsys):
    """Team mode: `refdesk backup` on PostgreSQL writes the JSON export, which loads back into PostgreSQL."""
    from refdesk.db import database
    from refdesk.db.models import Partner, Referral

    folder = tmp_path / "data"
    assert (
        main(
            ["--data-dir", str(folder), "--database-url", postgres_url, "demo", "--partners", "12", "--referrals", "40"]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "--database-url", postgres_url, "backup"]) == 0
    out = capsys.readouterr().out
    assert "portable export" in out
    [export] = list((folder / "backups").glob("refdesk-*-export.zip"))
    assert str(export) in out
    names = sorted(p.name for p in Partner.select())
    database.close_database()
    from tests.conftest import fresh_postgres_database

    empty = fresh_postgres_database()
    assert main(["--data-dir", str(folder), "--database-url", empty, "import-json", str(export)]) == 0
    assert sorted(p.name for p in Partner.select()) == names
    assert Referral.select().count() == 40
    Partner.create(name="Added after the restore")  # ids continue after the restored ones


def test_only_global_options_open_the_window():
    from refdesk.cli import _opens_window

    assert _opens_window([])
    assert _opens_window(["--data-dir", "/tmp/x", "--database-url", "sqlite:///x.db"])
    assert not _opens_window(["info"])
    assert not _opens_window(["--data-dir", "/tmp/x", "stats", "--json"])
    assert not _opens_window(["--version"]) and not _opens_window(["--help"]) and not _opens_window(["--bogus"])


def test_a_reader_that_stops_early_is_not_an_error(tmp_path):
    """`refdesk stats | head -1`: RefDesk stops quietly when the reader has gone, whatever the command."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    folder = str(tmp_path / "d")
    assert run_refdesk("--data-dir", folder, "demo", "--partners", "30", "--referrals", "3000").returncode == 0
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for command in ("stats", "referrals"):  # a short output (written at the end) and a long one
        read, write = os.pipe()
        os.close(read)  # nobody reads: every write fails with "broken pipe"
        try:
            result = subprocess.run(
                [sys.executable, "-m", "refdesk", "--data-dir", folder, command],
                stdout=write,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
                timeout=120,
            )
        finally:
            os.close(write)
        assert (command, result.returncode, result.stderr) == (command, 0, "")
