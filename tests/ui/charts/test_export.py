"""Exporting a chart: the image says what it is, whose and when; the user is told where it went; only they can read it."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from refdesk.db.models import Direction, Partner, Referral
from refdesk.services import stats

TODAY = dt.date.today()


@pytest.fixture
def data(db):
    ben = Partner.create(name="Ben Smith", company="Smith Lending")
    Referral.create(date=TODAY, direction=Direction.GIVEN, partner=ben)
    Referral.create(date=stats.add_months(TODAY, -2), direction=Direction.RECEIVED, partner=ben)
    return {"ben": ben}


@pytest.fixture
def loose_umask():
    """A umask that would let everyone read new files."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _save_as(monkeypatch, path, chosen="PNG image (*.png)") -> list[str]:
    """Answer the file dialog with *path*; the default names it offered."""
    offered: list[str] = []

    def dialog(_parent, _caption, default, _filters):
        offered.append(default)
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return offered


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _period() -> str:
    first = stats.window_start(TODAY, 12)
    return f"Last 12 months ({first.strftime('%b %Y')} – {TODAY.strftime('%b')} {TODAY.day}, {TODAY.year})"


def test_svg_carries_title_partner_and_period_and_only_the_user_reads_it(
    data, window, tmp_path, monkeypatch, loose_umask
):
    window.show_page("charts")
    page = window.page("charts")  # built now even if its code was still loading
    page.show_item(data["ben"].id)
    target = tmp_path / "ben"
    offered = _save_as(monkeypatch, target, "SVG image (*.svg)")
    saved = []
    page.balance.exported.connect(saved.append)
    page.balance.export_button.click()
    svg = tmp_path / "ben.svg"
    assert saved == [str(svg)]
    first = stats.window_start(TODAY, 12)
    assert os.path.basename(offered[0]) == (
        f"refdesk-balance-ben-smith-smith-lending-{first.isoformat()[:7]}-to-{TODAY.isoformat()[:7]}.png"
    )
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text
    assert ">Running balance with Ben Smith · Smith Lending</text>" in text  # the title, as text
    assert f">Ben Smith · Smith Lending · {_period()}</text>" in text  # whose, and which months
    assert "<dc:title>Running balance with Ben Smith · Smith Lending</dc:title>" in text
    assert _mode(svg) == 0o600
    message = window.statusBar().currentMessage()
    assert str(svg.resolve()) in message  # the user is told where it went, in full
    assert not page.balance.figure.texts  # the title is on the export, not added to the chart on screen
    assert page.balance._margins["top"] == 1.8  # the margins on screen: as they were
    assert not list(tmp_path.glob(".*part"))  # no temporary file left behind


def test_png_has_the_title_in_it_and_replaces_a_readable_file_with_a_private_one(
    data, window, tmp_path, monkeypatch, loose_umask
):
    from PIL import Image

    window.show_page("charts")
    page = window.page("charts")  # built now even if its code was still loading
    target = tmp_path / "given.png"
    target.write_bytes(b"old")
    target.chmod(0o644)
    _save_as(monkeypatch, target)
    page.given_received.export_button.click()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert _mode(target) == 0o600
    with Image.open(target) as image:
        assert image.text["Title"] == "Referrals given and received per month"
        assert image.text["Description"] == f"All partners · {_period()}"
        width, height = image.size
    chart = page.given_received
    shown = chart.canvas.get_width_height()
    assert abs(width - shown[0] * 150 / chart.figure.dpi) <= 1  # the chart as shown, at 150 dpi …
    heading = 3.6 * chart.theme.font_size * 150 / 72  # … and taller by the title's lines
    assert abs(height - (shown[1] * 150 / chart.figure.dpi + heading)) <= 1
    assert tuple(chart.figure.get_size_inches() * chart.figure.dpi) == shown  # the chart on screen: as it was
    assert str(target.resolve()) in window.statusBar().currentMessage()


def test_a_failed_export_says_so_and_leaves_nothing(data, window, tmp_path, monkeypatch):
    window.show_page("charts")
    page = window.page("charts")  # built now even if its code was still loading
    _save_as(monkeypatch, tmp_path / "missing" / "value.png")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: warnings.append(args[2])))
    saved = []
    page.value.exported.connect(saved.append)
    page.value.export_button.click()
    assert saved == [] and len(warnings) == 1 and "could not be saved" in warnings[0]
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]  # the test's data folder only
    assert not page.value.figure.texts
