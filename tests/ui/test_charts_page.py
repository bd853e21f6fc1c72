"""The Charts page: renders offscreen, holds the expected numbers, follows the controls and exports."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QFileDialog

from refdesk.db.models import Direction, Partner, Referral, ReferralStatus, Stage
from refdesk.services import stats
from tests.conftest import ROOT

TODAY = dt.date.today()


def _month(offset: int) -> dt.date:
    return stats.add_months(TODAY, offset)


@pytest.fixture
def data(db):
    amara = Partner.create(name="Amara Okafor", company="Okafor Realty")
    ben = Partner.create(name="Ben Smith", company="Smith Lending")
    cleo = Partner.create(name="Cleo Retired", stage=Stage.RETIRED)
    G, R = Direction.GIVEN, Direction.RECEIVED
    for _ in range(3):
        Referral.create(date=_month(0), direction=G, partner=amara)
    Referral.create(date=_month(0), direction=R, partner=ben, status=ReferralStatus.WON, closed_value=1200,
                    closed_date=_month(0))
    Referral.create(date=_month(-2), direction=R, partner=ben)
    Referral.create(date=_month(-2), direction=R, partner=ben)
    Referral.create(date=_month(-20), direction=G, partner=cleo)  # only in "24 months" and "all"
    return {"amara": amara, "ben": ben, "cleo": cleo}


def _charts(window):
    window.show_page("charts")
    return window.pages["charts"]


def _bars(panel):
    """Given and received per month, read back from the bars drawn."""
    assert panel.given_bars.get_visible() and not panel.given_line.get_visible()
    return panel.bar_heights()


def test_given_vs_received_holds_the_months(data, window):
    page = _charts(window)
    assert page.stack.currentIndex() == 0
    given, received = _bars(page.given_received)
    assert len(given) == 12  # months with nothing are zeros
    assert given[-1] == 3 and received[-1] == 1
    assert received[-3] == 2 and sum(given) == 3 and sum(received) == 3
    running = page.given_received.running.get_ydata()
    assert list(running)[-1] == 0  # 3 given, 3 received over the window
    ticks = [t.get_text() for t in page.given_received.axes.get_xticklabels()]
    assert str(TODAY.year) in " ".join(ticks)  # the year is always on the month axis
    labels = [t.get_text() for t in page.given_received.axes.get_legend().get_texts()]
    assert labels == ["Given", "Received", "Running balance (given − received)"]
    assert page.given_received.axes.get_ylabel() == "Referrals"


def test_period_change_redraws(data, window):
    page = _charts(window)
    page.set_period("24")
    given, _ = _bars(page.given_received)
    assert len(given) == 24 and sum(given) == 4
    page.set_period("all")
    given, _ = _bars(page.given_received)
    assert len(given) == 21 and given[0] == 1
    page.set_period("custom")
    assert page.date_from.isVisible()
    start = _month(-2)
    page.date_from.setDate(start)
    page.date_to.setDate(TODAY)
    given, received = _bars(page.given_received)
    assert len(given) == 3 and received == [2, 0, 1]
    page.set_period("12")
    assert not page.date_from.isVisible()


def test_balance_chart_top_partners_and_one_partner(data, window):
    page = _charts(window)
    shown = [(t.get_text(), t.get_position()[1]) for t in page.balance.labels if t.get_visible()]
    assert page.balance.bars() == {"Amara Okafor  +3": 3, "Ben Smith  -3": -3}
    assert shown == [("Ben Smith  -3", 0), ("Amara Okafor  +3", 1)]  # drawn bottom-up: the first row sits on top
    assert page.balance.less_bars.get_hatch()  # "they give more" is hatched, not only another colour
    page.set_period("all")
    assert "Cleo Retired (retired)  +1" in [t.get_text() for t in page.balance.labels if t.get_visible()]
    page.show_item(data["ben"].id)
    assert page.partner.currentText().startswith("Ben Smith")
    assert page.balance.heading.text() == "Running balance with Ben Smith"
    page.balance.canvas.draw()
    ticks = [t.get_text() for t in page.balance.axes.get_yticklabels()]
    assert ticks and all(t.lstrip("−-").isdigit() for t in ticks)  # numbers, not partner names
    assert not any(t.get_visible() for t in page.balance.labels)
    assert min(page.balance.step_line.get_ydata()) == -3
    assert not page.balance.more_bars.get_visible()
    given, received = _bars(page.given_received)
    assert sum(given) == 0 and sum(received) == 3
    assert max(page.value.received_line.get_ydata()) == 1200 and max(page.value.given_line.get_ydata()) == 0
    page.partner.setCurrentIndex(0)  # back to everyone ("all time"): the bars again
    assert page.balance.bars() == {"Amara Okafor  +3": 3, "Ben Smith  -3": -3, "Cleo Retired (retired)  +1": 1}


def test_updates_when_data_changes(data, window):
    page = _charts(window)
    Referral.create(date=TODAY, direction=Direction.RECEIVED, partner=data["amara"])
    window.events.data_changed.emit("referrals")
    _, received = _bars(page.given_received)
    assert received[-1] == 2


def test_empty_state_says_what_to_do(window):
    page = _charts(window)
    assert page.stack.currentIndex() == 1
    assert "Referrals page" in page.empty_text.text()
    page.go_referrals.click()
    assert window.current_key() == "referrals"


def test_export_png_and_svg(data, window, tmp_path, monkeypatch):
    page = _charts(window)
    saved = []
    page.value.exported.connect(saved.append)
    target = tmp_path / "value"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "SVG image (*.svg)")))
    page.value.export_button.click()
    svg = tmp_path / "value.svg"
    assert saved == [str(svg)] and "<svg" in svg.read_text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "bal.png"), "PNG image (*.png)")))
    page.balance.export_button.click()
    assert (tmp_path / "bal.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    page.given_received.export_button.click()  # cancelled: nothing happens
    assert len(saved) == 1


def test_controls_have_accessible_names(data, window):
    page = _charts(window)
    for widget in (page.period, page.partner, page.date_from, page.date_to,
                   *(p.export_button for p in page.panels)):
        assert widget.accessibleName()
        assert widget.toolTip()


def _child_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_start_up_does_not_import_matplotlib():
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", "import refdesk.app"], capture_output=True,
                            text=True, env=_child_env(), cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "refdesk.app" in result.stderr  # importtime did report
    assert "matplotlib" not in result.stderr


def test_window_on_today_does_not_import_matplotlib(tmp_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from refdesk import paths\n"
        "from refdesk.app import make_application, open_startup_database\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "url = paths.sqlite_url(folder / paths.DATABASE_FILE)\n"
        "assert open_startup_database(folder, url) is None\n"
        "app = make_application()\n"
        "from refdesk.ui.main_window import MainWindow\n"
        "w = MainWindow(folder, url); w.show(); w.show_page('today'); app.processEvents()\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported'\n"
        "w.show_page('charts'); app.processEvents()\n"
        "assert 'matplotlib' in sys.modules\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_child_env(),
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
