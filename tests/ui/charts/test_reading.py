"""Reading the charts: month labels, the month in progress, values on hover and without a mouse, number
formats, the one-partner steps and the partner filter, on the real page over a real SQLite file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from refdesk.db.models import Direction, Partner, Referral, ReferralStatus
from refdesk.services import stats
from refdesk.ui.charts.shapes import rect_sizes
from refdesk.ui.common.text import plain_tooltip

TODAY = dt.date.today()
G, R = Direction.GIVEN, Direction.RECEIVED


def _month(offset: int) -> dt.date:
    return stats.add_months(TODAY, offset)


def _label(day: dt.date, year: bool = True) -> str:
    return day.strftime("%b %Y" if year else "%b")  # what en_US should read, worked out another way


@pytest.fixture
def data(db):
    amara = Partner.create(name="Amara Okafor", company="Okafor Realty")
    ben = Partner.create(name="Ben Smith", company="Smith Lending")
    for _ in range(3):
        Referral.create(date=_month(0), direction=G, partner=amara)
    Referral.create(date=_month(-1), direction=G, partner=amara)
    Referral.create(date=_month(-2), direction=R, partner=ben, status=ReferralStatus.WON, closed_value=1200)
    Referral.create(date=_month(-2), direction=R, partner=ben)
    return {"amara": amara, "ben": ben}


def _charts(window):
    window.show_page("charts")
    return window.page("charts")  # built now even if its code was still loading


def _tick_labels(axis) -> list[str]:
    axis.figure.canvas.draw()
    return [t.get_text() for t in axis.get_ticklabels() if t.get_visible() and t.get_text()]


def _hover(qtbot, panel, ax, x: float, y: float) -> str:
    """Move the mouse over data point (x, y) of *ax* on the panel's canvas; the tooltip's text (shown
    as the characters it holds, never as rich text)."""
    panel.canvas.draw()
    px, py = ax.transData.transform((x, y))
    ratio = panel.canvas.device_pixel_ratio or 1
    point = QPoint(round(px / ratio), round(panel.canvas.height() - py / ratio))
    qtbot.mouseMove(panel.canvas, point)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == plain_tooltip(panel.hover))
    return panel.hover


# --- month labels -----------------------------------------------------------------------------------------


def test_every_month_label_names_its_month_and_january_its_year(data, window):
    page = _charts(window)
    page.set_period("custom")
    page.date_from.setDate(dt.date(2025, 11, 1))
    page.date_to.setDate(dt.date(2026, 4, 30))
    labels = _tick_labels(page.given_received.balance_axes.xaxis)
    assert labels == ["Nov 2025", "Dec", "Jan 2026", "Feb", "Mar", "Apr"]  # not "2026"
    assert not _tick_labels(page.given_received.axes.xaxis)  # the bars above share the months, unlabelled
    page.set_period("custom")
    page.date_from.setDate(dt.date(2014, 3, 1))
    labels = _tick_labels(page.given_received.balance_axes.xaxis)
    assert labels and all(label.startswith("Jan ") for label in labels), (
        labels
    )  # whole years: each January with its year


# --- the month in progress --------------------------------------------------------------------------------


def test_the_month_in_progress_is_marked_so_far(data, window):
    page = _charts(window)
    chart = page.given_received
    assert chart.partial == 11  # the last of the 12 months
    given, received = chart.bar_heights()
    assert given[-1] == 3 and len(given) == 12
    # Its bars are drawn apart from the others: lighter, in a dashed outline.
    assert [h for *_x, h in _sizes(chart.given_bars)] == given[:-1]
    assert [h for *_x, h in _sizes(chart.given_partial)] == [3]
    assert chart.given_partial.get_facecolor()[3] < 0.5 < chart.given_bars.get_facecolor()[3]
    assert chart.given_partial.get_linestyle() == "--"
    # Shaded on both panels, and said in words above it.
    assert all(band.get_visible() and band.get_x() == 10.5 for band in chart._bands)
    so_far = f"{_label(TODAY, year=False)} so far"  # "Dec so far", in the legend beside the shading's colour
    assert [t.get_text() for t in chart.axes.get_legend().get_texts()] == ["Given", "Received", so_far]
    assert page.value.partial == 11 and so_far in [t.get_text() for t in page.value.axes.get_legend().get_texts()]
    assert page.value.given_partial.get_linestyle() == ":"  # the last stretch of the line is dotted
    assert "so far" in chart.canvas.accessibleDescription()
    # A period that ends before this month has nothing in progress.
    page.set_period("custom")
    page.date_from.setDate(_month(-5))
    page.date_to.setDate(_month(-1))
    assert chart.partial is None and not any(band.get_visible() for band in chart._bands)
    assert [t.get_text() for t in chart.axes.get_legend().get_texts()] == ["Given", "Received"]
    assert len(page.value.axes.get_legend().get_texts()) == 2
    assert chart.bar_heights()[0] == [0, 0, 0, 0, 1]


def _sizes(patch):
    return [(x0, x1, y1 - y0) for x0, x1, y0, y1 in rect_sizes(patch.get_path())]


# --- values on hover --------------------------------------------------------------------------------------


# The offscreen platform (headless tests) cannot raise the tooltip's window above the others; harmless.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_hovering_shows_the_month_and_its_values(data, window, qtbot):
    page = _charts(window)
    chart = page.given_received
    text = _hover(qtbot, chart, chart.axes, 11 - 0.2, 1)  # over this month's "given" bar
    assert text == f"{_label(TODAY)} (so far)\nGiven: 3\nReceived: 0\nRunning balance: +2"
    text = _hover(qtbot, chart, chart.balance_axes, 9, 0)  # the balance panel, two months ago
    assert text.startswith(_label(_month(-2)) + "\n") and "Received: 2" in text and "Running balance: −2" in text
    text = _hover(qtbot, page.balance, page.balance.axes, 1, 0)  # the bar of the partner on the bottom row
    assert text == "Ben Smith · Smith Lending\nGiven: 0\nReceived: 2\nBalance: −2"
    text = _hover(qtbot, page.value, page.value.axes, 9, 1200)
    assert (
        text
        == f"{_label(_month(-2))}\nWon by partners from my referrals: $0\nWon by me from referrals received: $1,200"
    )
    page.show_item(data["amara"].id)
    text = _hover(qtbot, page.balance, page.balance.axes, 10, 1)
    assert text == f"{_label(_month(-1))}\nRunning balance: +1\nThis month: 1 given, 0 received"
    QToolTip.hideText()


def test_values_without_a_mouse_summary_and_table(data, window, qtbot, qtmodeltester):
    page = _charts(window)
    chart = page.given_received
    summary = chart.canvas.accessibleDescription()
    assert summary.startswith(f"{_label(_month(-11))} to {_label(TODAY)}. {_label(TODAY)} so far.")
    assert "4 referrals given, most in" in summary and "2 received" in summary and "+2" in summary
    assert chart.canvas.accessibleName() == "Referrals given and received per month chart"
    assert "Ben Smith −2" in page.balance.canvas.accessibleDescription()
    assert "$1,200" in page.value.canvas.accessibleDescription()
    # The "Table" button, from the keyboard: the same numbers as a table, then the chart again.
    chart.table_button.setFocus()
    qtbot.keyClick(chart.table_button, Qt.Key.Key_Space)
    assert chart.body.currentWidget() is chart.table_view and chart.table_view.isVisible()
    model = chart.table_model
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Month", "Given", "Received", "Given − received", "Running balance"]
    last = [model.index(model.rowCount() - 1, c).data() for c in range(model.columnCount())]
    assert last == [f"{_label(TODAY)} (so far)", "3", "0", "+3", "+2"]
    assert model.rowCount() == 12
    page.set_period("24")  # a shown table follows the period
    assert model.rowCount() == 24
    qtbot.keyClick(chart.table_button, Qt.Key.Key_Space)
    assert chart.body.currentWidget() is chart.canvas
    page.balance.show_table(True)
    rows = [page.balance.table_model.index(r, 0).data() for r in range(page.balance.table_model.rowCount())]
    assert rows == ["Amara Okafor · Okafor Realty", "Ben Smith · Smith Lending"]  # largest imbalance first


# --- number formats ---------------------------------------------------------------------------------------


def test_one_number_format_per_axis(db, window):
    partner = Partner.create(name="Big Deals", company="")
    for offset, value in ((-3, 8000), (-2, 12500), (-1, 3000)):
        Referral.create(
            date=_month(offset), direction=R, partner=partner, status=ReferralStatus.WON, closed_value=value
        )
    page = _charts(window)
    labels = _tick_labels(page.value.axes.yaxis)
    assert labels[0] == "0" and all(label.endswith("K") for label in labels[1:]), labels  # not "8,000" beside "12K"
    Referral.update(closed_value=Referral.closed_value / 10).execute()
    window.events.data_changed.emit("referrals")
    labels = _tick_labels(page.value.axes.yaxis)
    assert labels[0] == "0" and not any(label.endswith("K") for label in labels), labels
    assert all(label.replace(",", "").isdigit() for label in labels)


def test_axis_formats_from_the_range():
    from refdesk.ui.charts.ticks import axis_texts

    assert axis_texts([0, 2500, 5000, 7500]) == ["0", "2,500", "5,000", "7,500"]
    assert axis_texts([0, 5000, 10000, 15000]) == ["0", "5K", "10K", "15K"]
    assert axis_texts([0, 500_000, 1_000_000, 1_500_000]) == ["0", "0.5M", "1M", "1.5M"]  # never 500K beside 1M
    assert axis_texts([-10, 0, 10]) == ["−10", "0", "10"]  # a minus sign, as the balances have
    assert axis_texts([-20_000, 0, 20_000]) == ["−20K", "0", "20K"]


# --- the one-partner steps --------------------------------------------------------------------------------


def _value_at(line, x: float) -> float:
    """The height of a step line at *x*, read from the corners drawn."""
    xs, ys = line.get_xdata(), line.get_ydata()
    for (x0, y0), (x1, _y1) in zip(zip(xs, ys, strict=True), zip(xs[1:], ys[1:], strict=True), strict=False):
        if x0 <= x < x1:
            return y0
    raise AssertionError(f"{x} is not on the line")


def test_a_partner_step_rises_in_the_month_of_the_referral(db, window):
    partner = Partner.create(name="Step Test", company="Stairs")
    Referral.create(date=_month(-7).replace(day=20), direction=G, partner=partner)  # late in the month
    Referral.create(date=_month(-3).replace(day=1), direction=G, partner=partner)  # on its first day
    Referral.create(date=_month(-3).replace(day=2), direction=R, partner=partner)
    Referral.create(date=_month(-2), direction=R, partner=partner)
    page = _charts(window)
    page.show_item(partner.id)
    line = page.balance.step_line
    months = [r.month for r in page.balance.rows]
    i = months.index(_month(-7).isoformat()[:7])
    # Month i is plotted at i, its column from i - 0.5 to i + 0.5: all of it shows the new balance.
    assert _value_at(line, i - 0.75) == 0  # the month before
    assert _value_at(line, i - 0.49) == 1  # from the start of the referral's month …
    assert _value_at(line, i) == 1 and _value_at(line, i + 0.49) == 1  # … at its tick and to its end
    j = months.index(_month(-3).isoformat()[:7])
    assert _value_at(line, j - 0.51) == 1 and _value_at(line, j) == 1  # +1 and -1 in the same month
    assert _value_at(line, j + 0.51) == 0  # the received one a month later takes it to 0
    assert list(page.balance.step_fill.get_path().vertices[1:-2, 1]) == list(line.get_ydata())  # area = line
    # The month ticks sit on the months (i), where the steps are level, never on a rise (i - 0.5).
    assert all(float(x).is_integer() for x in page.balance.axes.get_xticks())


# --- the partner filter -----------------------------------------------------------------------------------


def test_partners_of_one_name_are_told_apart_in_the_filter(db, window, qtbot):
    made = [
        Partner.create(name="Sam Lee", company="Lee Movers"),
        Partner.create(name="Sam Lee", company="Lee Copiers"),
        Partner.create(name="Sam Lee", company="Lee Copiers"),
        Partner.create(name="Sam Lee"),
    ]
    for partner in made:
        Referral.create(date=TODAY, direction=G, partner=partner)
    page = _charts(window)
    page.partner.setFocus()
    qtbot.waitUntil(lambda: page.choices.rowCount() == 5)
    texts = [page.choices.index(i).data() for i in range(1, 5)]
    # By name, then in the order they were made; the company tells them apart, then a number.
    assert texts == ["Sam Lee · Lee Movers", "Sam Lee · Lee Copiers", "Sam Lee · Lee Copiers (2)", "Sam Lee"]
    assert len(set(texts)) == 4
    page.show_item(made[2].id)
    assert page.partner.currentText() == "Sam Lee · Lee Copiers (2)"
    assert page.balance.heading.text() == "Running balance with Sam Lee · Lee Copiers (2)"


def test_no_chart_module_is_longer_than_600_lines():
    import refdesk.ui.charts as package

    for path in Path(package.__file__).parent.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 600, path.name


def test_partner_names_are_cut_to_fit_a_narrow_chart_not_clipped(db, window, qtbot):
    long = Partner.create(name="Maximiliana Featherstonehaugh", company="Worthington Partners", stage="retired")
    short = Partner.create(name="Al Bo")
    for _ in range(3):
        Referral.create(date=TODAY, direction=G, partner=long)
    Referral.create(date=TODAY, direction=R, partner=short)
    window.resize(1400, 800)
    page = _charts(window)
    chart = page.balance
    qtbot.waitUntil(lambda: chart.canvas.width() > 500)
    chart.canvas.draw()
    wide = [t.get_text() for t in chart.labels if t.get_visible()]
    assert wide == ["Al Bo", "Maximiliana Featherston… (retired)"]  # 24 characters at most, and its state
    window.resize(700, 560)
    qtbot.waitUntil(lambda: chart.canvas.width() < 330)
    chart.canvas.draw()
    renderer = chart.canvas.get_renderer()
    shown = [t for t in chart.labels if t.get_visible()]
    assert all(t.get_window_extent(renderer).x0 >= 0 for t in shown)  # every name starts inside the chart
    names = [t.get_text() for t in shown]
    assert names[0] == "Al Bo" and names[1].endswith("… (retired)")
    assert len(names[1]) < len(wide[1])
    assert chart.bars() == {"Al Bo  −1": -1, "Maximiliana Featherston… (retired)  +3": 3}
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: chart.canvas.width() > 500)
    chart.canvas.draw()
    assert [t.get_text() for t in chart.labels if t.get_visible()] == wide  # room again: as long as before
