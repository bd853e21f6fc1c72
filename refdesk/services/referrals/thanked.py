"""Thanks from both parties, on referrals I give: who has thanked me, how often, and whom to ask.

The seed's goal of every referral is "a thank you from both parties".  A referral I give records
the day the partner thanked me and the day the prospect did (``write.set_thanked``).  Here:

* ``acknowledged`` — per partner, how many of the referrals I gave them in a period each party
  thanked me for: the partner list and the Charts page show it as a share of those given;
* ``ask_how_it_went`` — the Today page's gentle list: referrals I gave at least
  ``rules.ASK_AFTER_DAYS`` days ago (a setting) in the last 12 months, with no thanks from the
  partner yet, to a partner not retired.  Oldest first.

Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from peewee import JOIN, fn

from refdesk.db.models import Direction, Partner, Referral, Stage, as_date
from refdesk.i18n import _, ngettext
from refdesk.services import formatting, rules
from refdesk.services.stats import enum_text


@dataclass(frozen=True)
class Acknowledged:
    """Referrals I gave a partner in a period, and how many of them each party thanked me for."""

    given: int = 0
    partner_thanked: int = 0
    prospect_thanked: int = 0

    @property
    def rate(self) -> float | None:
        """The share the partner thanked me for (None when I gave nothing)."""
        return self.partner_thanked / self.given if self.given else None

    def words(self) -> str:
        """'3 of 4 · 75%', or '' when nothing was given."""
        if not self.given:
            return ""
        return _("{thanked} of {given} · {percent}").format(
            thanked=formatting.number(self.partner_thanked),
            given=formatting.number(self.given),
            percent=formatting.percent(self.rate or 0.0),
        )

    def sentence(self, period: str | None = None) -> str:
        """The tooltip: both parties' thanks in words (*period*: the window's phrase by default)."""
        period = rules.window_phrase() if period is None else period
        if not self.given:
            return _("You gave them no referral {period}.").format(period=period)
        return ngettext(
            "Of the {given} referral you gave them {period}, the partner thanked you for {partner} "
            "and the prospect for {prospect}.",
            "Of the {given} referrals you gave them {period}, the partner thanked you for {partner} "
            "and the prospect for {prospect}.",
            self.given,
        ).format(
            given=formatting.number(self.given),
            period=period,
            partner=formatting.number(self.partner_thanked),
            prospect=formatting.number(self.prospect_thanked),
        )


def rate_words(given: int, thanked: int) -> str:
    """The partner list's cell: the share of referrals given that the partner thanked me for."""
    return Acknowledged(given, thanked).words()


def acknowledged(
    partner_ids: Iterable[int] | None = None,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> dict[int, Acknowledged]:
    """Per partner (all, or *partner_ids*), the referrals I gave from *start* to *end* (default: the
    last 12 months) and how many of them the partner and the prospect thanked me for; one query."""
    first, last = rules.window(today)
    start, end = start or first, end or last
    given = (Referral.direction == Direction.GIVEN) & (Referral.date >= start) & (Referral.date <= end)
    query = (
        Referral.select(
            Referral.partner,
            fn.COUNT(Referral.id),
            fn.COUNT(Referral.partner_thanked_date),
            fn.COUNT(Referral.prospect_thanked_date),
        )
        .where(given)
        .group_by(Referral.partner)
    )
    if partner_ids is not None:
        ids = list(partner_ids)
        if not ids:
            return {}
        query = query.where(Referral.partner.in_(ids))
    rows = cast("Iterable[tuple[int, int, int, int]]", query.tuples())
    return {pid: Acknowledged(int(g), int(p), int(q)) for pid, g, p, q in rows}


@dataclass
class AskHowItWent:
    """A referral I gave, some days ago, that the partner has not thanked me for."""

    referral_id: int
    partner_id: int
    partner_name: str
    prospect: str
    date: dt.date
    status: str
    prospect_thanked: bool
    version: int = 0  # the referral's version as listed, for a quick action to check

    def as_dict(self) -> dict:
        return {
            "referral_id": self.referral_id,
            "partner_id": self.partner_id,
            "partner_name": self.partner_name,
            "prospect": self.prospect,
            "date": self.date.isoformat(),
            "status": self.status,
            "prospect_thanked": self.prospect_thanked,
        }


@dataclass
class AskList:
    total: int
    items: list[AskHowItWent]


def ask_condition(today: dt.date, days: int = rules.ASK_AFTER_DAYS):
    """The rule in SQL: given, in the last 12 months, at least *days* days ago, not thanked by the partner."""
    return (
        (Referral.direction == Direction.GIVEN)
        & Referral.partner_thanked_date.is_null()
        & (Referral.date >= rules.window_start(today))
        & (Referral.date <= rules.ask_cutoff(today, days))
    )


def ask_how_it_went(today: dt.date | None = None, days: int = rules.ASK_AFTER_DAYS, limit: int | None = 50) -> AskList:
    """Referrals I gave *days* or more days ago with no thanks from the partner: ask how it went."""
    today = today or dt.date.today()
    cond = ask_condition(today, days) & (Partner.stage != Stage.RETIRED)
    prospect = Partner.alias()
    # Counted from the index of (direction, partner_thanked_date, date, partner) alone (migration 0010),
    # against the few retired partners, rather than looking up every referral's partner: on 100,000
    # referrals 9 ms instead of 119, a quarter of reading Today afresh.
    retired = Partner.select(Partner.id).where(Partner.stage == Stage.RETIRED)
    total = Referral.select(fn.COUNT(Referral.id)).where(ask_condition(today, days) & Referral.partner.not_in(retired))
    query = (
        Referral.select(
            Referral.id,
            Referral.partner,
            Partner.name,
            Referral.prospect_name,
            prospect.name,
            Referral.date,
            Referral.status,
            Referral.prospect_thanked_date,
            Referral.version,
        )
        .join(Partner, on=(Referral.partner == Partner.id))
        .switch(Referral)
        .join(prospect, JOIN.LEFT_OUTER, on=(Referral.prospect_partner == prospect.id))
        .where(cond)
        .order_by(Referral.date, Referral.id)
    )
    if limit:
        query = query.limit(limit)
    items = [
        AskHowItWent(
            rid, pid, name, other or prospect_name or "", as_date(day), enum_text(status), thanked is not None, v
        )
        for rid, pid, name, prospect_name, other, day, status, thanked, v in cast(
            "Iterable[tuple[Any, ...]]", query.tuples()
        )
    ]
    return AskList(int(total.scalar() or 0), items)


__all__ = ["Acknowledged", "AskHowItWent", "AskList", "acknowledged", "ask_condition", "ask_how_it_went", "rate_words"]
