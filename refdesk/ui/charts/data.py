"""What the Charts page reads from the database, without Qt or matplotlib: any thread can read it.

The page keeps what it has read in a cache, by key (``"range"``, ``"choices"``, ``("series",
partner, currency)``, ``("others", currency, partner, first, end)``, ``("balances", start, end)``),
until its next refresh.  ``first_view`` reads everything the page shows when it opens (the last 12
months, all partners) into such a cache.  The first time the page is asked for, the worker that
imports matplotlib runs it next (``PageSpec.prefetch``), so the page is drawn from it instead of
querying in the window's thread while the window waits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from refdesk.services import formatting, stats
from refdesk.services.partners import partner_choices
from refdesk.services.referrals import thanked

TOP = 15  # partners on the balance chart, the most one-sided first (``BalanceChart.TOP``)


def preset_window(key: str, today: dt.date) -> tuple[dt.date | None, dt.date]:
    """(first day or None for all time, last day) of the period *key* ("12", "24" or "all")."""
    if key == "all":
        return None, today
    return stats.window_start(today, int(key)), today


def read_series(partner_id, span, today: dt.date, currency: str):
    """Whole-history monthly counts, and closed values in *currency*, for all partners or one."""
    first = min(span[0], today) if span else today
    last = max(span[1], today) if span else today
    return (
        stats.monthly(first, last, partner_id=partner_id, today=today),
        stats.closed_value_monthly(first, last, partner_id=partner_id, today=today, currency=currency),
    )


def read_balances(start: dt.date | None, end: dt.date, today: dt.date):
    """The top balances, each with how many referrals given in the period the partner thanked me for."""
    first = start or dt.date(1, 1, 1)
    balances = stats.partner_balances(start=first, end=end, limit=TOP, today=today)
    counts = thanked.acknowledged([b.partner_id for b in balances], start=first, end=end, today=today)
    for b in balances:
        b.thanked = counts[b.partner_id].partner_thanked if b.partner_id in counts else 0
    return balances


@dataclass
class Read:
    """The page's cache as read on *today* in *currency* (see the module's docstring)."""

    today: dt.date
    currency: str
    cache: dict[Any, Any] = field(default_factory=dict)


def first_view(today: dt.date | None = None) -> Read:
    """Everything the page shows when it opens: the last 12 months of all partners, in the default currency."""
    today = today or dt.date.today()
    currency = formatting.default_currency()
    read = Read(today, currency)
    span = read.cache["range"] = stats.data_range()
    if span is None:
        return read  # nothing to chart: the page says so
    read.cache["choices"] = partner_choices(with_referrals=True)
    start, end = preset_window("12", today)
    first = start or span[0]
    read.cache[("series", None, currency)] = read_series(None, span, today, currency)
    read.cache[("others", currency, None, first, end)] = stats.other_currencies(currency, first, end, None, today)
    read.cache[("balances", start, end)] = read_balances(start, end, today)
    return read
