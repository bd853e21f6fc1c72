"""What is due: follow-ups, thank-yous owed and standing check-ins, each with its total and its first rows.

Each list applies its rule from ``refdesk.services.rules`` (or, for follow-ups,
``referrals.due_condition``) in SQL, the same rule the other pages use.  Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from peewee import JOIN, SQL, Select, fn

from refdesk.db.models import Partner, Referral, Stage, StandingCheck, ThankYou, as_date
from refdesk.services import rules
from refdesk.services.referrals.query import due_condition
from refdesk.services.stats import NOT_YET, as_money, count_where, enum_text, raw_rows


@dataclass
class Due:
    """A list on the Today page: how many in all, and the first few rows."""

    total: int
    items: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"total": self.total, "items": [item.as_dict() for item in self.items]}


def _not_since(model, date_field, partner_field, cutoff: dt.date):
    inner = model.alias()
    return ~fn.EXISTS(
        inner.select(inner.id).where(
            (getattr(inner, partner_field.name) == Partner.id) & (getattr(inner, date_field.name) >= cutoff)
        )
    )


def _last(model, date_field, partner_field):
    inner = model.alias()
    return inner.select(fn.MAX(getattr(inner, date_field.name))).where(getattr(inner, partner_field.name) == Partner.id)


@dataclass
class CheckInDue:
    partner_id: int
    name: str
    company: str
    last_check: dt.date | None
    last_willingness: int | None

    def as_dict(self) -> dict:
        return {
            "partner_id": self.partner_id,
            "name": self.name,
            "company": self.company,
            "last_check": self.last_check.isoformat() if self.last_check else None,
            "last_willingness": self.last_willingness,
        }


def check_ins_due(today: dt.date | None = None, days: int | None = None, limit: int | None = 50) -> Due:
    """Partners not retired whose last standing check-in is more than *days* days old, or who never had one.

    Partners who had a check-in before come first, the longest ago first; then those never asked.
    """
    today = today or dt.date.today()
    cutoff = rules.check_in_cutoff(today, days)
    cond = (Partner.stage != Stage.RETIRED) & _not_since(
        StandingCheck, StandingCheck.date, StandingCheck.partner, cutoff
    )
    total = Partner.select().where(cond).count()
    last = _last(StandingCheck, StandingCheck.date, StandingCheck.partner)
    # Ordered by the column's name: the latest check-in is looked up once per partner, not twice.
    due = (
        Partner.select(
            Partner.id.alias("pid"),
            Partner.name.alias("name"),
            Partner.company.alias("company"),
            fn.COALESCE(last, NOT_YET).alias("last_check"),
        )
        .where(cond)
        .order_by(SQL("last_check"), Partner.name, Partner.id)
    )
    if limit:
        due = due.limit(limit)
    # The latest score only for the rows shown (PostgreSQL would look it up for every partner due
    # before cutting to the first *limit*).
    due = due.alias("d")
    inner = StandingCheck.alias()
    score = (
        inner.select(inner.willingness)
        .where(inner.partner == due.c.pid)
        .order_by(inner.date.desc(), inner.id.desc())
        .limit(1)
    )
    query = (
        Partner.select(due.c.pid, due.c.name, due.c.company, due.c.last_check, score)
        .from_(due)
        .order_by(due.c.last_check, due.c.name, due.c.pid)
    )
    items = []
    for pid, name, company, last_date, score in raw_rows(query):
        last_date = as_date(last_date)
        items.append(CheckInDue(pid, name, company or "", None if last_date == NOT_YET else last_date, score))
    return Due(total, items)


@dataclass
class FollowUpDue:
    referral_id: int
    partner_id: int
    partner_name: str
    direction: str
    prospect: str
    date: dt.date
    follow_up_date: dt.date
    status: str
    version: int = 0  # the referral's version as listed, for a quick action to check (not in the JSON)

    def as_dict(self) -> dict:
        return {
            "referral_id": self.referral_id,
            "partner_id": self.partner_id,
            "partner_name": self.partner_name,
            "direction": self.direction,
            "prospect": self.prospect,
            "date": self.date.isoformat(),
            "follow_up_date": self.follow_up_date.isoformat(),
            "status": self.status,
        }


def follow_ups_due(today: dt.date | None = None, limit: int | None = 50) -> Due:
    """Referrals whose follow-up date has come, not yet confirmed, still passed or contacted — or gone
    badly (a bad outcome asks to find out what went wrong); oldest first: ``referrals.due_condition``."""
    today = today or dt.date.today()
    cond = due_condition(today)
    total = Referral.select().where(cond).count()
    prospect = Partner.alias()
    query = (
        Referral.select(
            Referral.id,
            Referral.partner,
            Partner.name,
            Referral.direction,
            Referral.prospect_name,
            prospect.name,
            Referral.date,
            Referral.follow_up_date,
            Referral.status,
            Referral.version,
        )
        .join(Partner, on=(Referral.partner == Partner.id))
        .switch(Referral)
        .join(prospect, JOIN.LEFT_OUTER, on=(Referral.prospect_partner == prospect.id))
        .where(cond)
        .order_by(Referral.follow_up_date, Referral.id)
    )
    if limit:
        query = query.limit(limit)
    items = [
        FollowUpDue(
            rid,
            pid,
            pname,
            enum_text(direction),
            prospect_name or (other or ""),
            as_date(day),
            as_date(follow),
            enum_text(status),
            version,
        )
        for rid, pid, pname, direction, prospect_name, other, day, follow, status, version in cast(
            "Iterable[tuple[Any, ...]]", query.tuples()
        )
    ]
    return Due(total, items)


@dataclass
class ThankOwed:
    thank_id: int
    partner_id: int | None
    recipient: str
    reason: str
    amount: float | None
    due_date: dt.date
    status: str
    overdue: bool
    referral_id: int | None
    version: int = 0  # the thank-you's version as listed, for a quick action to check (not in the JSON)
    currency: str = ""  # the referral's, for the amount (not in the JSON)

    def as_dict(self) -> dict:
        return {
            "thank_id": self.thank_id,
            "partner_id": self.partner_id,
            "recipient": self.recipient,
            "reason": self.reason,
            "amount": self.amount,
            "due_date": self.due_date.isoformat(),
            "status": self.status,
            "overdue": self.overdue,
            "referral_id": self.referral_id,
        }


@dataclass
class ThanksDue(Due):
    overdue: int = 0

    def as_dict(self) -> dict:
        return {"total": self.total, "overdue": self.overdue, "items": [item.as_dict() for item in self.items]}


def thanks_owed(today: dt.date | None = None, limit: int | None = 50, *, until: dt.date | None = None) -> ThanksDue:
    """Thank-yous not yet sent (owed or written); overdue (due before today) first, oldest first.

    With *until*, only those due on or before that day (what is coming up)."""
    today = today or dt.date.today()
    cond = ThankYou.status.in_(rules.OWED)
    if until is not None:
        cond &= ThankYou.due_date <= until
    total, overdue = raw_rows(
        Select(columns=[count_where(ThankYou, cond), count_where(ThankYou, cond & (ThankYou.due_date < today))])
    )[0]
    query = (
        ThankYou.select(
            ThankYou.id,
            ThankYou.partner,
            Partner.name,
            ThankYou.recipient_name,
            ThankYou.reason,
            ThankYou.amount,
            ThankYou.due_date,
            ThankYou.status,
            ThankYou.referral,
            ThankYou.version,
            Referral.currency,
        )
        .join(Partner, JOIN.LEFT_OUTER, on=(ThankYou.partner == Partner.id))
        .join_from(ThankYou, Referral, JOIN.LEFT_OUTER, on=(ThankYou.referral == Referral.id))
        .where(cond)
        .order_by(ThankYou.due_date, ThankYou.id)
    )
    if limit:
        query = query.limit(limit)
    items = []
    rows = cast("Iterable[tuple[Any, ...]]", query.tuples())
    for tid, pid, pname, recipient, reason, amount, due, status, rid, version, currency in rows:
        due = as_date(due)
        items.append(
            ThankOwed(
                tid,
                pid,
                pname or recipient or "",
                enum_text(reason),
                as_money(amount) if amount is not None else None,
                due,
                enum_text(status),
                due < today,
                rid,
                version,
                currency or "",
            )
        )
    return ThanksDue(int(total or 0), items, int(overdue or 0))
