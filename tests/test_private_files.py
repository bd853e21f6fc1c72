"""Private by default: the data folder and its folders 0700, and every file RefDesk writes with people's
details in it (database, log, backups, export, checklist, labels, envelopes and conversations PDFs,
screenshots, charts)
0600, whatever the umask; each written whole or not at all (``paths.private_output``)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from refdesk import paths
from tests.conftest import run_refdesk

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
UMASKS = [0o000, 0o022]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=UMASKS, ids=lambda m: f"umask{m:03o}")
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_private_output_is_owner_only_and_whole(tmp_path, umask):
    target = tmp_path / "list.csv"
    with paths.private_file(target, "w", encoding="utf-8") as fh:
        fh.write("Ada Lovelace\n")
    assert mode(target) == 0o600 and target.read_text(encoding="utf-8") == "Ada Lovelace\n"
    # a failure half-way (a full disk, a crash in the writer) leaves the file that was there, and no partial
    with pytest.raises(OSError), paths.private_file(target, "w", encoding="utf-8") as fh:
        fh.write("half")
        raise OSError(28, "No space left on device")
    assert target.read_text(encoding="utf-8") == "Ada Lovelace\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]


def test_a_loose_file_is_replaced_by_a_private_one(tmp_path, umask):
    target = tmp_path / "old.pdf"
    target.write_text("names")
    target.chmod(0o666)
    with paths.private_output(target) as partial:
        partial.write_bytes(b"%PDF")  # a writer that opens the file by name, as Qt's do
    assert mode(target) == 0o600 and target.read_bytes() == b"%PDF"
    paths.make_private(target)
    assert mode(target) == 0o600


def test_private_folder_whatever_the_umask(tmp_path, umask):
    folder = paths.private_folder(tmp_path / "a" / "b")
    assert mode(folder) == 0o700


def test_data_folder_made_open_by_an_older_refdesk_is_closed(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o755)
    paths.ensure_data_dir(folder)
    assert mode(folder) == 0o755  # not (yet) a RefDesk data folder: a folder of the user's, left alone
    (folder / paths.DATABASE_FILE).touch()
    paths.ensure_data_dir(folder)
    assert mode(folder) == 0o700
    folder.chmod(0o555)  # read-only on purpose: it stays read-only, closed to others
    paths.ensure_data_dir(folder)
    assert mode(folder) == 0o500
    folder.chmod(0o700)


def test_a_read_only_file_is_not_replaced(tmp_path):
    from tests.read_only import read_only

    target = tmp_path / "kept.pdf"
    target.write_text("mine")
    with read_only(target), pytest.raises(PermissionError), paths.private_output(target) as partial:
        partial.write_text("new")
    assert target.read_text() == "mine" and not paths.partial_path(target).exists()


@pytest.mark.parametrize("mask", UMASKS, ids=lambda m: f"umask{m:03o}")
def test_every_file_written_is_private(tmp_path, mask):
    """The commands, each in a process of its own under *mask*: everything they write is owner-only."""
    data = tmp_path / "new" / "data"  # a new folder, with a parent RefDesk makes too
    out = tmp_path / "out"
    out.mkdir()

    def run(*args: str):
        result = run_refdesk("--data-dir", str(data), *args, preexec_fn=lambda: os.umask(mask))
        assert result.returncode == 0, (args, result.stderr)
        return result

    run("demo", "--partners", "4", "--referrals", "12")
    run("backup")
    run("export", str(out / "all.zip"))
    run("checklist", "--pdf", str(out / "thanks.pdf"), "--status", "all")
    run("checklist", "--pdf", str(out / "labels.pdf"), "--status", "all", "--labels", "L7160")
    run("checklist", "--pdf", str(out / "envelopes.pdf"), "--status", "all", "--envelopes", "DL")
    run("screenshots", str(out / "shots"))
    assert mode(data) == 0o700
    for folder in (data / "logs", data / "backups"):
        assert mode(folder) == 0o700, folder
    files = [p for p in data.rglob("*") if p.is_file()] + [p for p in out.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {
        "refdesk.db",
        "refdesk.log",
        "all.zip",
        "thanks.pdf",
        "labels.pdf",
        "envelopes.pdf",
        "01-today.png",
    } <= names
    loose = {str(p.relative_to(tmp_path)): oct(mode(p)) for p in files if mode(p) != 0o600}
    assert loose == {}
    assert not [p for p in files if p.name.endswith(paths.PARTIAL_SUFFIX)]


def test_conversations_pdf_is_private_under_umask_000(window, tmp_path):
    old = os.umask(0)
    try:
        window.show_page("today")
        path = window.pages["today"].save_conversations_pdf(tmp_path / "talk.pdf")
    finally:
        os.umask(old)
    assert mode(path) == 0o600
    assert path.read_bytes().startswith(b"%PDF")
