"""The stay-in-touch cadence: when each partner is next due for contact, and who is overdue.  Qt-free.

A partner's cadence is their own (``Partner.cadence_weeks``) or their stage's
(``rules.cadence_weeks``); retired partners have none.  Every touch resets it:

- a meeting with them,
- a referral either way, and a referral where they were the prospect (an introduction to them),
- a standing check-in,
- a thank-you to them marked sent (its sent date).

``last_contact`` is the latest of those dates; the next contact is due ``weeks`` after it.  A
partner never touched is due ``weeks`` after the day they were added (so a partner added today is
not overdue at once; ``last_contact`` stays None).  The state is ``rules.cadence_state``: "overdue"
after the due date, "due_soon" on it and in the ``rules.UPCOMING_DAYS`` before, else "on_time".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from peewee import JOIN, Select, fn

from refdesk.db.models import Meeting, Partner, Referral, Stage, StandingCheck, ThankStatus, ThankYou, as_date
from refdesk.services import rules
from refdesk.services.due.lists import Due
from refdesk.services.stats import raw_rows

STATES = ("on_time", "due_soon", "overdue")


@dataclass(frozen=True)
class CadenceState:
    """Where a partner stands with their cadence on a given day."""

    partner_id: int
    weeks: int
    last_contact: dt.date | None  # None: no touch ever (due from the day they were added)
    due_date: dt.date
    state: str  # one of STATES

    def as_dict(self) -> dict:
        return {
            "partner_id": self.partner_id,
            "weeks": self.weeks,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "due_date": self.due_date.isoformat(),
            "state": self.state,
        }


@dataclass(frozen=True)
class OverdueContact:
    """A partner overdue for contact under their cadence (what "gone quiet" was)."""

    partner_id: int
    name: str
    company: str
    last_contact: dt.date | None
    weeks: int
    due_date: dt.date

    def as_dict(self) -> dict:
        return {
            "partner_id": self.partner_id,
            "name": self.name,
            "company": self.company,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "weeks": self.weeks,
            "due_date": self.due_date.isoformat(),
        }


def _latest_touch():
    """SQL for each partner's latest touch (``pid``, ``last``): the latest of each kind, grouped per
    table, then the latest of those, in one statement (one row per partner ever touched)."""
    sent = ThankYou.partner.is_null(False) & (ThankYou.status == ThankStatus.SENT) & ThankYou.sent_date.is_null(False)
    sources: list[tuple[Any, Any, Any]] = [
        (Meeting.partner, Meeting.date, None),
        (Referral.partner, Referral.date, None),
        (Referral.prospect_partner, Referral.date, Referral.prospect_partner.is_null(False)),
        (StandingCheck.partner, StandingCheck.date, None),
        (ThankYou.partner, ThankYou.sent_date, sent),
    ]
    union: Any = None
    for who, day, cond in sources:
        branch = who.model.select(who.alias("pid"), fn.MAX(day).alias("day")).group_by(who)
        if cond is not None:
            branch = branch.where(cond)
        union = branch if union is None else union.union_all(branch)
    touches = union.alias("t")
    return (
        Select(from_list=[touches], columns=[touches.c.pid, fn.MAX(touches.c.day).alias("last")])
        .group_by(touches.c.pid)
        .alias("l")
    )


def _day(value: Any) -> dt.date:
    """The day of a time stamp as the driver returns it (ISO text on SQLite, a datetime on PostgreSQL)."""
    return value.date() if isinstance(value, dt.datetime) else as_date(value)


def _rows(today: dt.date, partner_ids: Iterable[int] | None) -> list[tuple[CadenceState, str, str]]:
    latest = _latest_touch()
    query = (
        Partner.select(
            Partner.id,
            Partner.name,
            Partner.company,
            Partner.stage,
            Partner.cadence_weeks,
            Partner.created_at,
            latest.c.last,
        )
        .join(latest, JOIN.LEFT_OUTER, on=(latest.c.pid == Partner.id))
        .where(Partner.stage != Stage.RETIRED)
    )
    if partner_ids is not None:
        query = query.where(Partner.id.in_(list(partner_ids)))
    rows = []
    for pid, name, company, stage, own, created, last in cast("Iterable[tuple[Any, ...]]", raw_rows(query)):
        weeks = rules.cadence_weeks(Stage(stage), own)
        if weeks is None:
            continue
        last = as_date(last)
        due = rules.cadence_due(last if last is not None else _day(created), weeks)
        rows.append((CadenceState(pid, weeks, last, due, rules.cadence_state(due, today)), name, company or ""))
    return rows


def cadence_state(today: dt.date | None = None, partners: Iterable[int] | None = None) -> dict[int, CadenceState]:
    """Every partner not retired (or only those of *partners*) → their ``CadenceState`` on *today*."""
    today = today or dt.date.today()
    return {state.partner_id: state for state, _name, _company in _rows(today, partners)}


def overdue_for_contact(today: dt.date | None = None, limit: int | None = 50) -> Due:
    """Partners not retired whose next contact was due before *today* (state "overdue").

    The ones just slipping away first (the latest due date), then by name; ``total`` counts them all."""
    today = today or dt.date.today()
    overdue = [(s, name, company) for s, name, company in _rows(today, None) if s.state == "overdue"]
    overdue.sort(key=lambda row: (-row[0].due_date.toordinal(), row[1].casefold(), row[0].partner_id))
    shown = overdue[:limit] if limit else overdue
    items = [
        OverdueContact(s.partner_id, name, company, s.last_contact, s.weeks, s.due_date) for s, name, company in shown
    ]
    return Due(len(overdue), items)


def due_by(today: dt.date, until: dt.date) -> list[tuple[CadenceState, str]]:
    """(state, partner name) of every partner whose next contact is due on or before *until*, earliest first."""
    rows = [(s, name) for s, name, _company in _rows(today, None) if s.due_date <= until]
    rows.sort(key=lambda row: (row[0].due_date, row[1].casefold(), row[0].partner_id))
    return rows
