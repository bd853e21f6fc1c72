"""The Charts page: renders offscreen, holds the expected numbers, follows the controls and exports."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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
    Referral.create(
        date=_month(0), direction=R, partner=ben, status=ReferralStatus.WON, closed_value=1200, closed_date=_month(0)
    )
    Referral.create(date=_month(-2), direction=R, partner=ben)
    Referral.create(date=_month(-2), direction=R, partner=ben)
    Referral.create(date=_month(-20), direction=G, partner=cleo)  # only in "24 months" and "all"
    return {"amara": amara, "ben": ben, "cleo": cleo}


def _charts(window):
    window.show_page("charts")
    return window.page("charts")  # built now even if its code was still loading


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
    page.given_received.canvas.draw()
    ticks = [t.get_text() for t in page.given_received.balance_axes.get_xticklabels() if t.get_visible()]
    assert str(TODAY.year) in " ".join(ticks)  # the year is always on the month axis
    labels = [t.get_text() for t in page.given_received.axes.get_legend().get_texts()]
    assert labels == ["Given", "Received", f"{TODAY:%b} so far"]  # the running balance: its own panel, below
    assert page.given_received.balance_title.get_text().startswith("Running balance (given − received")
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
    numbers = [t.get_text() for t in page.balance.numbers if t.get_visible()]
    assert page.balance.bars() == {"Amara Okafor  +3": 3, "Ben Smith  −3": -3}
    assert shown == [("Ben Smith", 0), ("Amara Okafor", 1)]  # drawn bottom-up: the first row sits on top
    assert numbers == ["−3", "+3"]
    assert page.balance.less_bars.get_hatch()  # "they give more" is hatched, not only another colour
    page.set_period("all")
    assert "Cleo Retired (retired)" in [t.get_text() for t in page.balance.labels if t.get_visible()]
    page.show_item(data["ben"].id)
    assert page.partner.currentText().startswith("Ben Smith")
    assert page.balance.heading.text() == "Running balance with Ben Smith · Smith Lending"
    page.balance.canvas.draw()
    ticks = [t.get_text() for t in page.balance.axes.get_yticklabels()]
    assert ticks and all(t.lstrip("−-").isdigit() for t in ticks)  # numbers, not partner names
    assert not any(t.get_visible() for t in page.balance.labels)
    assert min(page.balance.step_line.get_ydata()) == -3
    assert not page.balance.more_bars.get_visible()
    given, received = _bars(page.given_received)
    assert sum(given) == 0 and sum(received) == 3
    value_given, value_received = page.value.drawn()
    assert max(value_received) == 1200 and max(value_given) == 0
    page.partner.setCurrentIndex(0)  # back to everyone ("all time"): the bars again
    assert page.balance.bars() == {"Amara Okafor  +3": 3, "Ben Smith  −3": -3, "Cleo Retired (retired)  +1": 1}


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
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "SVG image (*.svg)"))
    )
    page.value.export_button.click()
    svg = tmp_path / "value.svg"
    assert saved == [str(svg)] and "<svg" in svg.read_text()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "bal.png"), "PNG image (*.png)"))
    )
    page.balance.export_button.click()
    assert (tmp_path / "bal.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    page.given_received.export_button.click()  # cancelled: nothing happens
    assert len(saved) == 1


def test_a_saved_chart_is_announced_private_and_the_next_opens_in_its_folder(
    data, window, tmp_path, monkeypatch, qsettings_clean
):
    page = _charts(window)
    folder = tmp_path / "charts"
    folder.mkdir()
    started = []

    def ask(parent, caption, start, *args):
        started.append(start)
        return str(folder / "balance.png"), "PNG image (*.png)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    page.balance.export_button.click()
    saved = folder / "balance.png"
    assert saved.read_bytes()[:4] == b"\x89PNG"
    assert str(saved) in window.statusBar().currentMessage()
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600  # it names partners
    page.value.export_button.click()
    assert Path(started[1]).parent == folder  # the folder last saved to, with this chart's name
    assert Path(started[1]).name == page.value.default_name()


def test_the_custom_range_uses_the_date_field(data, window, qtbot):
    from refdesk.ui.common.forms import DateField

    page = _charts(window)
    page.set_period("custom")
    assert isinstance(page.date_from, DateField) and isinstance(page.date_to, DateField)
    assert page.date_from.accessibleName() == "From date" and page.date_to.accessibleName() == "To date"
    page.date_from.setFocus()
    qtbot.keyClick(page.date_from, Qt.Key.Key_Tab)
    assert page.date_to.hasFocus(), "Tab goes from one date to the other, not into the month"


def test_controls_have_accessible_names(data, window):
    page = _charts(window)
    for widget in (page.period, page.partner, page.date_from, page.date_to, *(p.export_button for p in page.panels)):
        assert widget.accessibleName()
        assert widget.toolTip()


def _child_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_start_up_does_not_import_matplotlib():
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import refdesk.app"],
        capture_output=True,
        text=True,
        env=_child_env(),
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "refdesk.app" in result.stderr  # importtime did report
    assert "matplotlib" not in result.stderr


def test_window_on_today_does_not_import_matplotlib_and_charts_load_without_freezing_it(tmp_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from refdesk import paths\n"
        "from refdesk.app import open_startup_database\nfrom refdesk.ui.application import make_application\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "url = paths.sqlite_url(folder / paths.DATABASE_FILE)\n"
        "assert open_startup_database(folder, url) is None\n"
        "app = make_application()\n"
        "from refdesk.ui.main_window import MainWindow\n"
        "w = MainWindow(folder, url); w.show(); w.show_page('today'); app.processEvents()\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported'\n"
        "from PySide6.QtCore import Qt, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "ticks = []\n"
        "timer = QTimer(); timer.timeout.connect(lambda: ticks.append(1)); timer.start(10)\n"
        "w.show_page('charts')\n"
        "panel = w.stack.currentWidget()\n"
        "assert panel is w.loading['charts'] and 'Loading Charts' in panel.label.text(), panel\n"
        "assert QApplication.overrideCursor().shape() == Qt.CursorShape.BusyCursor\n"
        "import time; deadline = time.monotonic() + 50\n"
        "while 'charts' not in w.pages and time.monotonic() < deadline: app.processEvents()\n"
        "assert 'matplotlib' in sys.modules\n"
        "assert w.stack.currentWidget() is w.pages['charts'] and not w.loading\n"
        "assert QApplication.overrideCursor() is None\n"
        "assert len(ticks) >= 3, ticks  # the window kept answering while matplotlib loaded\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_child_env(), cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_month_ticks_are_few_round_and_carry_the_year():
    from refdesk.ui.charts.ticks import month_ticks

    months = stats.month_list(dt.date(2025, 12, 1), dt.date(2026, 11, 1))
    positions, labels = month_ticks(months)
    assert labels == ["Jan 2026", "Mar", "May", "Jul", "Sep", "Nov"]  # every other month, January with its year
    assert [months[i] for i in positions] == ["2026-01", "2026-03", "2026-05", "2026-07", "2026-09", "2026-11"]
    long = stats.month_list(dt.date(2015, 3, 1), dt.date(2026, 6, 1))
    positions, labels = month_ticks(long)
    assert 3 <= len(labels) <= 7  # whole years only, each a January with its year
    assert all(label.startswith("Jan ") and label[4:].isdigit() for label in labels), labels
    _positions, labels = month_ticks(["2026-03", "2026-04"])
    assert labels == ["Mar 2026", "Apr"]  # the first label carries the year
    assert month_ticks([]) == ([], [])


def test_long_periods_are_drawn_as_lines(db, window):
    partner = Partner.create(name="Long Standing")
    for months_ago in range(40):
        Referral.create(date=_month(-months_ago), direction=Direction.GIVEN, partner=partner)
    page = _charts(window)
    page.set_period("all")
    chart = page.given_received
    assert chart.given_line.get_visible() and not chart.given_bars.get_visible()
    given, received = chart.bar_heights()
    assert len(given) == 40 and set(given) == {1} and set(received) == {0}
    labels = [t.get_text() for t in chart.axes.get_legend().get_texts()]
    assert labels == ["Given", "Received", f"{TODAY:%b} so far"]
    page.set_period("12")
    assert chart.given_bars.get_visible() and not chart.given_line.get_visible()
    assert chart.bar_heights()[0] == [1] * 12


def test_a_period_with_nothing_says_so_and_recovers(data, window):
    page = _charts(window)
    page.set_period("custom")
    page.date_from.setDate(dt.date(2001, 1, 1))
    page.date_to.setDate(dt.date(2001, 3, 31))
    assert _bars(page.given_received) == ([0, 0, 0], [0, 0, 0])  # the months are there, with nothing in them
    for panel in (page.balance, page.value):
        assert panel.message.get_visible() and panel.message.get_text()
    assert not any(t.get_visible() for t in (*page.balance.labels, *page.balance.numbers))
    assert not page.value.given_line.get_visible()
    page.set_period("12")
    assert not any(panel.message.get_visible() for panel in page.panels)
    assert _bars(page.given_received)[0][-1] == 3
    assert page.balance.bars() == {"Amara Okafor  +3": 3, "Ben Smith  −3": -3}
    page.given_received.canvas.draw()  # the axes draw again after the message
    assert page.given_received.axes.get_yticklabels()


def test_partner_box_lists_partners_with_referrals_and_follows_changes(data, window, qtmodeltester):
    page = _charts(window)
    texts = [page.choices.index(i).data() for i in range(page.choices.rowCount())]
    assert texts == ["All partners", "Amara Okafor · Okafor Realty", "Ben Smith · Smith Lending", "Cleo Retired"]
    qtmodeltester.check(page.choices)
    dora = Partner.create(name="Dora New")
    Referral.create(date=TODAY, direction=Direction.GIVEN, partner=dora)
    window.events.data_changed.emit("referrals")
    assert page.choices.rowCount() == 5
    page.show_item(dora.id)
    assert page.partner.currentText() == "Dora New"
    assert page.balance.heading.text() == "Running balance with Dora New"


def test_a_charted_partner_that_is_gone_falls_back_to_everyone(data, window):
    page = _charts(window)
    page.show_item(data["ben"].id)
    assert page.partner.currentText().startswith("Ben Smith")
    data["ben"].delete_instance()  # with their referrals
    window.events.data_changed.emit("partners")
    assert page.partner.currentData() is None and page.partner.currentText() == "All partners"
    assert page.balance.heading.text() == "Balance per partner (top 15)"
    assert page.balance.bars() == {"Amara Okafor  +3": 3}


def test_periods_shown_before_are_read_again_when_data_changes(data, window, monkeypatch):
    page = _charts(window)
    page.set_period("all")
    assert page.balance.bars()["Cleo Retired (retired)  +1"] == 1
    page.set_period("12")
    calls = []
    real = stats.partner_balances
    monkeypatch.setattr(stats, "partner_balances", lambda *a, **k: calls.append(1) or real(*a, **k))
    page.set_period("all")  # shown before: from what was read then
    assert not calls
    Referral.create(date=_month(-20), direction=Direction.RECEIVED, partner=data["cleo"])
    window.events.data_changed.emit("referrals")
    page.set_period("12")
    page.set_period("all")  # read again, not taken from before the change
    assert calls
    assert page.balance.bars()["Cleo Retired (retired)  0"] == 0  # +1 given, now 1 received too


def test_each_chart_is_drawn_once_when_the_page_opens(data, window, qtbot, monkeypatch):
    from refdesk.ui.charts.canvas import ChartCanvas

    drawn = []
    draw = ChartCanvas.draw
    monkeypatch.setattr(ChartCanvas, "draw", lambda canvas: drawn.append(canvas) or draw(canvas))
    page = _charts(window)

    def draws():
        return [sum(canvas is panel.canvas for canvas in drawn) for panel in page.panels]

    qtbot.waitUntil(lambda: all(draws()))
    window.grab()
    assert draws() == [1, 1, 1]
    page.set_period("24")
    window.grab()
    assert draws() == [2, 2, 2]


def test_matplotlib_is_loaded_without_its_docstrings_and_put_back():
    code = (
        "import PySide6.QtWidgets\n"
        "from refdesk.ui.charts.loading import load_matplotlib\n"
        "load_matplotlib()\n"
        "import matplotlib.artist as martist\n"
        "from matplotlib.lines import Line2D\n"
        "from matplotlib.figure import Figure\n"
        "assert martist.kwdoc(Line2D).startswith('Properties:') and 'linewidth' in martist.kwdoc(Line2D)\n"
        "assert 'not built in RefDesk' in Line2D.set.__doc__\n"
        "line = Line2D([0, 1], [0, 1])\n"
        "line.set(color='red', lw=4)\n"
        "assert line.get_color() == 'red' and line.get_linewidth() == 4\n"
        "try:\n"
        "    line.set(colour='red')\n"
        "except AttributeError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('unknown property accepted')\n"
        "class Mine(Line2D):\n"
        "    pass\n"
        "assert 'linewidth' in Mine.set.__doc__  # matplotlib's own docstrings again after the import\n"
        "Figure().add_subplot().plot([1, 2])\n"
        "print('ok')\n"
    )
    env = _child_env()
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


_DRAW = (
    "import hashlib, sys\n"
    "import PySide6.QtWidgets\n"
    "if sys.argv[1] == 'refdesk':\n"
    "    from refdesk.ui.charts.loading import load_matplotlib\n"
    "    load_matplotlib()\n"
    "from matplotlib.backends.backend_agg import FigureCanvasAgg\n"
    "from matplotlib.figure import Figure\n"
    "figure = Figure(figsize=(4, 3), dpi=80)\n"
    "FigureCanvasAgg(figure)\n"
    "ax = figure.add_subplot()\n"
    "ax.bar([0, 1, 2], [3, -1, 2], color='#E69F00', hatch='///', label='Given')\n"
    "ax.plot([0, 1, 2], [1, 2, 0], lw=2, label='Balance')\n"
    "ax.set(title='Given vs received', xlabel='Month', ylabel='Referrals')\n"
    "ax.legend()\n"
    "figure.canvas.draw()\n"
    "print(hashlib.sha256(bytes(figure.canvas.buffer_rgba())).hexdigest())\n"
)


def test_matplotlib_loaded_without_its_docstrings_draws_the_same():
    drawn = [
        subprocess.run(
            [sys.executable, "-c", _DRAW, how], capture_output=True, text=True, env=_child_env(), cwd=ROOT, timeout=120
        )
        for how in ("refdesk", "plain")
    ]
    assert all(result.returncode == 0 for result in drawn), [result.stderr for result in drawn]
    assert drawn[0].stdout == drawn[1].stdout
