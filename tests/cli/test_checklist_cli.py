"""``refdesk checklist --pdf FILE [--status owed|written|all] [--page-size A4|Letter]``: the exact contract."""

from __future__ import annotations

import os

from pypdf import PdfReader

from refdesk.db.models import ThankStatus
from tests.conftest import run_refdesk
from tests.services.thanks_data import TODAY, partner, referral, thank


def _text(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


def _data(db):
    ann = partner("Ann Lee", address="1 Main St\nSpringfield")
    thank(ann, referral(ann, "Jane Doe", "kitchen remodel"), due=TODAY)
    thank(partner("<b>Bob</b>"), due=TODAY)
    thank(partner("Wanda Written"), due=TODAY, status=ThankStatus.WRITTEN)
    thank(partner("Sam Sent"), due=TODAY, status=ThankStatus.SENT)
    db.close()


def test_default_lists_owed_notes_on_a4(db, data_dir, tmp_path, monkeypatch):
    _data(db)
    out = tmp_path / "owed.pdf"
    monkeypatch.setenv("REFDESK_LOCALE", "en_GB")  # the paper of the locale's country (A4 here)
    result = run_refdesk("checklist", "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "2 notes on 1 A4 page" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")
    reader = PdfReader(str(out))
    assert [round(float(v)) for v in reader.pages[0].mediabox.upper_right] == [595, 842]
    [text] = _text(out)
    assert "Ann Lee" in text and "<b>Bob</b>" in text
    assert "for referring Jane Doe — kitchen remodel" in text
    assert "Wanda Written" not in text and "Sam Sent" not in text


def test_status_and_page_size_options(db, data_dir, tmp_path):
    _data(db)
    written = tmp_path / "written.pdf"
    result = run_refdesk("checklist", "--pdf", str(written), "--status", "written", "--page-size", "Letter")
    assert result.returncode == 0, result.stderr
    assert [round(float(v)) for v in PdfReader(str(written)).pages[0].mediabox.upper_right] == [612, 792]
    [text] = _text(written)
    assert "Wanda Written" in text and "Ann Lee" not in text
    everything = tmp_path / "all.pdf"
    assert run_refdesk("checklist", "--pdf", str(everything), "--status", "all").returncode == 0
    [text] = _text(everything)
    assert all(name in text for name in ("Ann Lee", "<b>Bob</b>", "Wanda Written", "Sam Sent"))
    assert text.index("Ann Lee") < text.index("Wanda Written") < text.index("Sam Sent")


def test_nothing_to_list_writes_one_page_saying_so(data_dir, tmp_path):
    out = tmp_path / "empty.pdf"
    result = run_refdesk("checklist", "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    pages = _text(out)
    assert len(pages) == 1
    assert "No thank-you notes to write" in pages[0]


def test_bad_path_exits_2_with_one_line(data_dir, tmp_path):
    for target in (tmp_path / "missing" / "x.pdf", tmp_path):
        result = run_refdesk("checklist", "--pdf", str(target))
        assert result.returncode == 2
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("refdesk: ")
    assert not (tmp_path / "missing").exists()


def test_read_only_file_exits_2(data_dir, tmp_path):
    out = tmp_path / "locked.pdf"
    out.write_bytes(b"old")
    out.chmod(0o444)
    if os.access(out, os.W_OK):  # running as root: permissions do not stop us
        return
    result = run_refdesk("checklist", "--pdf", str(out))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == b"old"


def test_bad_options_are_refused_by_argparse(data_dir, tmp_path):
    out = tmp_path / "x.pdf"
    assert run_refdesk("checklist", "--pdf", str(out), "--status", "sent").returncode == 2
    assert run_refdesk("checklist", "--pdf", str(out), "--page-size", "A5").returncode == 2
    assert run_refdesk("checklist").returncode == 2
    assert not out.exists()


def test_runs_without_a_display(db, data_dir, tmp_path):
    _data(db)
    import subprocess
    import sys

    from tests.conftest import ROOT

    # not through run_refdesk, which sets QT_QPA_PLATFORM: the command must choose offscreen itself
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(ROOT)
    out = tmp_path / "headless.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "refdesk", "checklist", "--pdf", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000


def test_the_paper_follows_the_locale_then_the_settings(db, data_dir, tmp_path, monkeypatch, qsettings_clean):
    from refdesk.ui.common import settings

    _data(db)
    out = tmp_path / "owed.pdf"
    monkeypatch.setenv("REFDESK_LOCALE", "en_US")
    assert "on 1 Letter page" in run_refdesk("checklist", "--pdf", str(out)).stdout
    monkeypatch.setenv("REFDESK_LOCALE", "de_DE")
    assert "on 1 A4 page" in run_refdesk("checklist", "--pdf", str(out)).stdout
    settings.put("checklist/page_size", "Letter")  # Edit → Settings… → Checklist paper
    settings.settings().sync()
    assert "on 1 Letter page" in run_refdesk("checklist", "--pdf", str(out)).stdout
    assert "on 1 A4 page" in run_refdesk("checklist", "--pdf", str(out), "--page-size", "A4").stdout
