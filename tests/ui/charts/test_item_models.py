"""The Charts page's item models under the model tester on a real database: the partner box's
choices, and each chart's numbers as a table (per period, for one partner, emptied)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from refdesk.db.models import Direction, Partner, Referral
from refdesk.services import demo, stats
from refdesk.services.partners import partner_choices
from refdesk.ui.charts.page import ALL_PARTNERS, PartnerChoices
from tests.ui.common import item_models

TODAY = dt.date.today()


def test_partner_choices_are_all_partners_then_each_with_referrals(db, qapp, qtmodeltester):
    model = PartnerChoices()
    item_models.check(qtmodeltester, model)
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == ALL_PARTNERS
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) is None  # no partner: all of them
    assert not model.set_choices(partner_choices(with_referrals=True))  # nobody has a referral yet

    demo.generate(partners=30, referrals=200, seed=5, today=TODAY)
    Partner.create(name="Nobody Referred")
    assert model.set_choices(partner_choices(with_referrals=True))
    with_referrals = Partner.select().join(Referral, on=Referral.partner == Partner.id).distinct().count()
    assert model.rowCount() == 1 + with_referrals
    texts = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Nobody Referred" not in texts and len(set(texts)) == len(texts)  # each told apart
    ids = [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(1, model.rowCount())]
    assert set(ids) == {p.id for p in Partner.select().join(Referral, on=Referral.partner == Partner.id)}
    assert not model.set_choices(partner_choices(with_referrals=True))  # the same list: no reset


@pytest.fixture
def demo_data(db):
    return demo.generate(partners=30, referrals=300, seed=5, today=TODAY)


@pytest.fixture
def charts(demo_data, window):
    """The Charts page of a window opened on the demo data."""
    window.show_page("charts")
    return window.page("charts")  # built now even if its code was still loading


@pytest.mark.parametrize("panel", ["given_received", "balance", "value"])
def test_chart_table_has_the_numbers_of_its_chart(charts, qtmodeltester, panel):
    chart = getattr(charts, panel)
    chart.show_table(True)
    model = chart.table_model
    item_models.check(qtmodeltester, model)
    assert (model.rowCount(), model.columnCount()) != (0, 0)
    assert item_models.titles(model) == chart.table_rows()[0]
    if panel == "given_received":  # one row per month of the last 12, what was given summed up
        assert model.rowCount() == 12
        first = stats.window_start(TODAY, 12)
        given = Referral.select().where(Referral.direction == Direction.GIVEN, Referral.date >= first).count()
        column = item_models.titles(model).index("Given")
        assert sum(int(t.replace(",", "")) for t in item_models.texts(model, column)) == given

    charts.set_period("24")
    if panel != "balance":  # a row per month (the balance chart has one per partner)
        assert model.rowCount() == 24
    assert item_models.titles(model) == chart.table_rows()[0]
    partner = Referral.select().order_by(Referral.id).first().partner_id
    charts.show_item(partner)  # one partner's chart: the balance table lists months, not partners
    assert item_models.titles(model) == chart.table_rows()[0]
    shown = [tuple(item_models.texts(model, c)) for c in range(model.columnCount())]
    assert list(zip(*shown, strict=True)) == [tuple(row) for row in chart.table_rows()[1]]

    model.set_rows([], [])
    assert model.rowCount() == model.columnCount() == 0


def test_balance_table_says_how_often_each_partner_thanked_me(charts):
    from refdesk.services.referrals import thanked

    chart = charts.balance
    chart.show_table(True)
    headers, rows = chart.table_rows()
    assert headers[-1] == "Thanked me"
    first, last = stats.window_start(TODAY, 12), TODAY
    counts = thanked.acknowledged(today=TODAY, start=first, end=last)
    assert any(c.partner_thanked for c in counts.values())  # the demo data has thanks to show
    for b, row in zip(reversed(chart.balances), rows, strict=True):
        expected = counts.get(b.partner_id, thanked.Acknowledged())
        assert b.given == expected.given
        assert row[-1] == (expected.words() or "—")
