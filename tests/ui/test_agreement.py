"""Every page gives the same figure for the same thing.

On the demo data: each partner's given / received / balance over "the last 12 months" on the
Partners page, Today's "conversations to have" (its list and its printed sheet), the Charts page
(the balance chart's table and the monthly bars) and ``refdesk stats --json``; and the thank-you
totals on Today, the Thank-yous page and ``refdesk stats --json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from PySide6.QtCore import Qt

from refdesk.services import demo, formatting, rules
from refdesk.services.partners import COL_ID
from refdesk.ui.partners.models import POSITIONS
from refdesk.ui.today.models import ROW_ROLE
from tests.conftest import run_refdesk

TODAY = dt.date.today()


@pytest.fixture
def demo_data(db):
    return demo.generate(partners=60, referrals=900, seed=7, today=TODAY)


@pytest.fixture
def cli_stats(demo_data, db_url) -> dict:
    """``refdesk stats --json`` on the same database, run as a user would run it."""
    result = run_refdesk("stats", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["today"] == TODAY.isoformat()
    return data


def _column(model, title: str) -> int:
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(title)


def _partners_page(window, qtbot) -> dict[int, tuple[int, int, int]]:
    """{partner id: (given, received, balance)} as the Partners table shows them, retired partners too."""
    window.show_page("partners")
    page = window.pages["partners"]
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=20000)
    page.show_retired.setChecked(True)
    model = page.model
    cols = [_column(model, t) for t in ("Given", "Received", "Balance")]
    figures = {}
    for row in range(model.rowCount()):
        pid = model.data(model.index(row, 0), Qt.ItemDataRole.UserRole)
        texts = [model.data(model.index(row, c)) or "0" for c in cols]
        figures[pid] = tuple(_number(t) for t in texts)
    assert POSITIONS and COL_ID == 0  # the table's id role is the partner id (not a row number)
    return figures


def _today(window, qtbot):
    window.show_page("today")
    page = window.pages["today"]
    qtbot.waitUntil(lambda: page.loaded)  # the lists load just after the window's first paint
    return page


def _who(b: dict) -> str:
    """A partner as the balance chart's table names them."""
    return b["name"] + (f" · {b['company']}" if b["company"] else "") + (" (retired)" if b["retired"] else "")


def _number(text: str) -> int:
    return int(text.replace("−", "-").replace("+", "").replace(",", ""))


def test_every_page_and_the_command_give_each_partner_the_same_figures(demo_data, cli_stats, window, qtbot):
    assert cli_stats["window"] == {"start": rules.window(TODAY)[0].isoformat(), "end": TODAY.isoformat()}
    from_cli = {b["partner_id"]: (b["given"], b["received"], b["balance"]) for b in cli_stats["balances"]}
    assert len(from_cli) > 20  # the demo data gives most partners referrals in the window

    # Partners: every partner with a referral in the window has the command's figures; the others none.
    on_partners = _partners_page(window, qtbot)
    assert {pid: f for pid, f in on_partners.items() if f != (0, 0, 0)} == from_cli
    head = cli_stats["headline"]
    assert sum(f[0] for f in on_partners.values()) == head["given_12_months"]
    assert sum(f[1] for f in on_partners.values()) == head["received_12_months"]

    # Today: the headline figures and the one-way streets, on the page and on the printed sheet.
    today = _today(window, qtbot)
    assert _number(today.fig_given_year.value.text()) == head["given_12_months"]
    assert _number(today.fig_received_year.value.text()) == head["received_12_months"]
    assert _number(today.fig_given_month.value.text()) == head["given_this_month"]
    model = today.conversations.model
    cols = [_column(model, t) for t in ("Given", "Received", "Balance")]
    shown = [
        (model.data(model.index(r, 0), ROW_ROLE).partner_id, *(_number(model.data(model.index(r, c))) for c in cols))
        for r in range(model.rowCount())
    ]
    assert shown, "the demo data has one-way streets"
    assert shown == [(b["partner_id"], b["given"], b["received"], b["balance"]) for b in cli_stats["one_way_streets"]]
    for pid, *figures in shown:
        assert from_cli[pid] == tuple(figures)
    streets = [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]
    sheet = today.conversations_document().toPlainText()
    for s in streets:
        assert re.search(rf"{re.escape(s.name)}.*?\n{s.given}\n{s.received}\n", sheet, re.S), s.name

    # Charts: the balance chart's table (the top partners) and the monthly bars over the same window.
    window.show_page("charts")
    charts = window.pages["charts"]
    charts.set_period("12")
    headers, rows = charts.balance.table_rows()
    assert headers[:4] == ["Partner", "Given", "Received", "Balance"]
    by_text = {_who(b): b for b in cli_stats["balances"]}
    assert len(rows) == min(15, len(by_text))
    for who, given, received, balance, *_thanked in rows:
        b = by_text[who]
        assert (_number(given), _number(received), _number(balance)) == (b["given"], b["received"], b["balance"])
    given, received = charts.given_received.bar_heights()
    assert (sum(given), sum(received)) == (head["given_12_months"], head["received_12_months"])
    assert [int(g) for g in given] == [m["given"] for m in cli_stats["monthly"]]
    assert [int(r) for r in received] == [m["received"] for m in cli_stats["monthly"]]


def test_every_page_and_the_command_give_the_same_thank_you_totals(demo_data, cli_stats, window, qtbot):
    owed, overdue = cli_stats["thanks_owed"]["total"], cli_stats["thanks_owed"]["overdue"]
    assert owed > overdue > 0  # the demo data owes thank-yous, some late
    assert (cli_stats["headline"]["thanks_owed"], cli_stats["headline"]["thanks_overdue"]) == (owed, overdue)

    today = _today(window, qtbot)
    assert _number(today.fig_thanks.value.text()) == owed
    assert f"({formatting.number(overdue)} overdue)" in today.fig_thanks.caption.text()
    assert today.thanks.title() == f"{today.thanks.base_title} ({formatting.number(owed)})"

    window.show_page("thanks")
    thanks = window.pages["thanks"]
    summary = thanks.summary.text()
    assert summary.startswith(f"{formatting.number(owed)} owed ({formatting.number(overdue)} overdue) · ")
    to_write = int(re.search(r"([\d,]+) to write", summary).group(1).replace(",", ""))
    written = int(re.search(r"([\d,]+) written, not sent", summary).group(1).replace(",", ""))
    assert to_write + written == owed
