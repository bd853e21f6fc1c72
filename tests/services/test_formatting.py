"""The one formatting module: every value in the locale's own words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from refdesk.services import formatting as fmt

TODAY = dt.date(2026, 12, 2)


@pytest.fixture(autouse=True)
def british():
    fmt.configure("en_GB", "GBP")
    yield
    fmt.configure("en_US", "USD")


def test_dates_in_the_locales_words():
    assert fmt.date(TODAY) == "2 Dec 2026"
    assert fmt.short_date(TODAY, TODAY) == "2 Dec"
    assert fmt.short_date(dt.date(2025, 3, 1), TODAY) == "1 Mar 2025"
    assert fmt.long_date(TODAY) == "Wednesday 2 December 2026" or fmt.long_date(TODAY) == "Wednesday, 2 December 2026"
    assert fmt.date(None, empty="—") == "—"
    fmt.configure("de_DE")
    assert fmt.date(TODAY) == "02.12.2026"
    assert fmt.month(dt.date(2026, 1, 1)) == "Jan. 2026"


def test_days_from_today():
    assert fmt.days_from_today(TODAY, TODAY) == "today"
    assert fmt.days_from_today(TODAY + dt.timedelta(days=1), TODAY) == "tomorrow"
    assert fmt.days_from_today(TODAY + dt.timedelta(days=2), TODAY) == "in 2 days"
    assert fmt.days_from_today(TODAY - dt.timedelta(days=10), TODAY) == "10 days ago"
    assert fmt.days_from_today(TODAY - dt.timedelta(days=59), TODAY) == "8 weeks ago"
    assert fmt.date_and_distance(TODAY - dt.timedelta(days=1), TODAY) == "1 Dec 2026 (yesterday)"


def test_money_keeps_its_own_currency():
    assert fmt.money(2500, "USD") == "US$2,500"
    assert fmt.money(Decimal("1250.5"), "EUR") == "€1,250.50"
    assert fmt.money(2500) == "£2,500", "no currency of its own: the default one"
    assert fmt.money(None, empty="—") == "—"
    assert fmt.money_totals({"EUR": 900, "GBP": 4200}) == "€900 + £4,200"
    fmt.configure("de_DE", "EUR")
    assert fmt.money(2500) == "2.500\xa0€"


def test_amounts_typed_the_locales_way():
    assert fmt.parse_amount("2,500.50") == Decimal("2500.50")
    assert fmt.parse_amount("2500") == Decimal("2500")
    assert fmt.parse_amount("  ") is None
    fmt.configure("de_DE")
    assert fmt.parse_amount("2.500,00") == Decimal("2500.00")
    with pytest.raises(fmt.AmountError, match="is not an amount"):
        fmt.parse_amount("twelve")


def test_counts_and_balances():
    assert fmt.count(1, "partner") == "1 partner"
    assert fmt.count(1204, "partner") == "1,204 partners"
    assert fmt.signed(3) == "+3" and fmt.signed(-2) == "−2" and fmt.signed(0) == "0"
    assert fmt.compact(12_345) == "12.3k"


def test_the_c_locale_reads_as_american_english(monkeypatch):
    monkeypatch.delenv("REFDESK_LOCALE", raising=False)
    for name in ("LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    fmt.configure()
    assert str(fmt.current_locale()) == "en_US"
    assert fmt.number(12345) == "12,345" and fmt.money(80000, "USD") == "$80,000"


def test_remembered_texts_follow_the_locale_and_the_value():
    """Dates and numbers are remembered once formatted (tables repaint them all the time); a change of
    locale, or the same figure as another type, still gives its own text."""
    assert [fmt.date(TODAY), fmt.number(12345), fmt.number(2.5), fmt.number(2), fmt.number(2.0)] == [
        "2 Dec 2026",
        "12,345",
        "2.5",
        "2",
        "2",
    ]
    fmt.configure("de_DE")
    assert [fmt.date(TODAY), fmt.number(12345), fmt.number(2.5)] == ["02.12.2026", "12.345", "2,5"]
    fmt.configure("en_GB")
    assert [fmt.date(TODAY), fmt.number(12345)] == ["2 Dec 2026", "12,345"]
    assert fmt.number(Decimal("1.50")) == "1.5" and fmt.date(dt.datetime(2026, 12, 2, 9, 30)) == "2 Dec 2026"
