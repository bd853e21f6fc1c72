"""Every date and amount on the pages follows the locale: the models' DisplayRole in en_US and de_DE,
money typed the locale's way, and amounts in different currencies never added together."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from refdesk.db.models import Direction, Partner, ReferralStatus
from refdesk.services import formatting, stats
from refdesk.services import referrals as svc

DAY = dt.date(2025, 3, 5)  # a year before the tests run: lists show it with its year


@pytest.fixture
def seeded(db):
    ada = Partner.create(name="Ada Okafor", company="Okafor Realty")
    for value, currency in ((Decimal("2500.50"), "EUR"), (Decimal("1200"), "")):
        svc.create_referral(
            svc.ReferralData(
                date=DAY,
                direction=Direction.RECEIVED,
                partner_id=ada.id,
                prospect_name="Pat Prospect",
                status=ReferralStatus.WON,
                closed_value=value,
                currency=currency,
                closed_date=DAY,
            )
        )
    return ada


def _column_texts(model, title: str) -> list[str]:
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = titles.index(title)
    return [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def _pages(window, qtbot) -> dict[str, list[str]]:
    """What the pages show in their date and money columns."""
    window.events.data_changed.emit("settings")
    shown: dict[str, list[str]] = {}
    window.show_page("referrals")
    referrals = window.pages["referrals"].model
    qtbot.waitUntil(lambda: referrals.rowCount() == 2, timeout=5000)
    shown["referrals: date"] = _column_texts(referrals, "Date")
    shown["referrals: value"] = sorted(_column_texts(referrals, "Closed value"))
    window.show_page("thanks")
    thanks = window.pages["thanks"].model
    qtbot.waitUntil(lambda: thanks.rowCount() >= 2, timeout=5000)
    shown["thank-yous: referral date"] = sorted(set(_column_texts(thanks, "Referral date")))
    shown["thank-yous: due"] = sorted(set(_column_texts(thanks, "Due")))
    window.show_page("partners")
    partners = window.pages["partners"]
    qtbot.waitUntil(lambda: not partners.loading and partners.model.rowCount() == 1, timeout=10000)
    shown["partners: last contact"] = _column_texts(partners.model, "Last contact")
    return shown


def test_the_pages_dates_and_money_follow_the_locale(window, qtbot, seeded):
    formatting.configure("en_US")
    english = _pages(window, qtbot)
    formatting.configure("de_DE")
    german = _pages(window, qtbot)
    assert english == {
        "referrals: date": ["Mar 5, 2025", "Mar 5, 2025"],
        "referrals: value": ["$1,200", "€2,500.50"],
        "thank-yous: referral date": ["Mar 5, 2025"],
        "thank-yous: due": ["Mar 7, 2025"],
        "partners: last contact": ["Mar 5, 2025"],
    }
    assert german == {
        "referrals: date": ["05.03.2025", "05.03.2025"],
        "referrals: value": ["1.200\xa0$", "2.500,50\xa0€"],
        "thank-yous: referral date": ["05.03.2025"],
        "thank-yous: due": ["07.03.2025"],
        "partners: last contact": ["05.03.2025"],
    }


def test_money_is_typed_the_locale_way_and_a_bad_amount_is_said_plainly():
    formatting.configure("de_DE")
    assert svc.parse_value("2.500,00") == Decimal("2500.00")
    assert svc.parse_value("2500") == Decimal("2500")
    with pytest.raises(svc.ReferralError) as problem:
        svc.parse_value("zwei")
    assert str(problem.value) == "“zwei” is not an amount. Type a number such as 1200 or 1.200,50."
    formatting.configure("en_US")
    assert svc.parse_value("2,500.00") == Decimal("2500.00")


def test_values_in_different_currencies_are_never_added_together(seeded):
    formatting.configure("en_US")  # the default currency: USD
    rows = stats.closed_value_monthly(DAY, DAY, today=DAY, currency="USD")
    assert [(r.month, r.received) for r in rows] == [("2025-03", 1200.0)]  # the euros are not added in
    assert stats.other_currencies("USD", DAY, DAY, today=DAY) == {"EUR": 1}
    rows = stats.closed_value_monthly(DAY, DAY, today=DAY, currency="EUR")
    assert [r.received for r in rows] == [2500.5]
    assert stats.other_currencies("EUR", DAY, DAY, today=DAY) == {"USD": 1}
    assert formatting.money_totals({"USD": 1200, "EUR": Decimal("2500.50")}) == "€2,500.50 + $1,200"


def test_the_value_chart_says_what_it_left_out(window, qtbot, seeded):
    window.show_page("charts")
    qtbot.waitUntil(lambda: "charts" in window.pages, timeout=15000)  # once the database is open
    page = window.pages["charts"]
    page.period.setCurrentIndex(page.period.findData("all"))
    qtbot.waitUntil(lambda: bool(page.value.rows), timeout=20000)
    assert page.value.axes.get_ylabel() == "Value (USD); not counted: 1 in EUR"
    assert sum(r.received for r in page.value.rows) == 1200.0


def test_with_nothing_in_the_default_currency_the_chart_shows_the_one_used(window, qtbot, db):
    ada = Partner.create(name="Ada Okafor")
    svc.create_referral(
        svc.ReferralData(
            date=DAY,
            direction=Direction.RECEIVED,
            partner_id=ada.id,
            prospect_name="Pat Prospect",
            status=ReferralStatus.WON,
            closed_value=Decimal("900"),
            currency="USD",
            closed_date=DAY,
        )
    )
    formatting.configure("de_DE")  # the default currency: EUR, in which nothing was won
    window.show_page("charts")
    qtbot.waitUntil(lambda: "charts" in window.pages, timeout=15000)  # once the database is open
    page = window.pages["charts"]
    page.period.setCurrentIndex(page.period.findData("all"))
    qtbot.waitUntil(lambda: bool(page.value.rows), timeout=20000)
    assert page.value.axes.get_ylabel() == "Value (USD)"
    assert sum(r.received for r in page.value.rows) == 900.0
