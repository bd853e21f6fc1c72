"""Reading the referral log: filtered, sorted and paged in SQL, and the follow-ups that are due.

A follow-up is **due** when its date has come, it has not been confirmed, and the status is
still passed or contacted (or the outcome was bad): ``due_condition`` is that rule in SQL, used
here, by the Today page and by ``refdesk stats``.  Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, Case, ColumnBase, Select, fn

from refdesk.db.database import db
from refdesk.db.models import (
    Direction,
    FirstContact,
    Outcome,
    Partner,
    Referral,
    ReferralStatus,
    ReferralType,
    ThankYou,
    as_date,
)
from refdesk.i18n import _

#: statuses in which the connection is not confirmed yet, so a follow-up is pending
FOLLOW_UP_STATUSES = (ReferralStatus.PASSED, ReferralStatus.CONTACTED)
#: statuses still in progress
OPEN_STATUSES = (ReferralStatus.PASSED, ReferralStatus.CONTACTED, ReferralStatus.MEETING)
#: the pipeline order, used for sorting by status
STATUS_ORDER = list(ReferralStatus)


@dataclass(frozen=True)
class ReferralFilter:
    """What the referral list shows.  ``None``/empty means "any"."""

    direction: Direction | None = None
    status: ReferralStatus | None = None
    open_only: bool = False  # passed, contacted or meeting
    due_only: bool = False  # follow-up due (see ``follow_up_due``)
    partner_id: int | None = None  # as the partner or as the prospect
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""


@dataclass(frozen=True)
class ReferralRow:
    """One line of the referral list."""

    id: int
    date: dt.date
    direction: Direction
    partner_id: int
    partner: str
    prospect: str
    prospect_partner_id: int | None
    prospect_need: str
    type: ReferralType
    first_contact: FirstContact
    status: ReferralStatus
    follow_up_date: dt.date | None
    follow_up_done: bool
    follow_up_pending: bool  # a follow-up is waiting (due now or later)
    closed_value: Decimal | None
    currency: str
    closed_date: dt.date | None
    outcome: Outcome | None
    outcome_feedback: str
    partner_told: bool
    notes: str
    version: int = 0  # the referral's version when listed: quick actions check it
    partner_thanked_date: dt.date | None = None  # a referral I gave: the day the partner thanked me
    prospect_thanked_date: dt.date | None = None  # … and the day the prospect did

    def follow_up_due(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.follow_up_pending and self.follow_up_date is not None and self.follow_up_date <= today

    def follow_up_overdue(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.follow_up_pending and self.follow_up_date is not None and self.follow_up_date < today

    def thanked_words(self) -> str:
        """Who thanked me for a referral I gave: "Partner and prospect", "Partner", "Prospect", or ""."""
        return thanked_words(self.partner_thanked_date is not None, self.prospect_thanked_date is not None)

    @property
    def follow_up_reason(self) -> str:
        """ "bad_outcome" (find out what went wrong) or "connection" (check the connection was made)."""
        return "bad_outcome" if self.outcome is Outcome.BAD else "connection"


def pending_condition():
    """A follow-up is waiting: it has a date, is not confirmed, and the referral is still passed or
    contacted (or went badly)."""
    return (
        (Referral.follow_up_done == False)  # noqa: E712 - SQL, not Python
        & Referral.follow_up_date.is_null(False)
        & (Referral.status.in_(FOLLOW_UP_STATUSES) | (Referral.outcome == Outcome.BAD))
    )


def is_pending(status: ReferralStatus, outcome: Outcome | None, done: bool, follow_up: dt.date | None) -> bool:
    """``pending_condition`` for values not saved yet (the referral dialog): the same rule in Python."""
    return not done and follow_up is not None and (status in FOLLOW_UP_STATUSES or outcome is Outcome.BAD)


def thanked_words(partner: bool, prospect: bool) -> str:
    """Who thanked me for a referral I gave: "Partner and prospect", "Partner", "Prospect", or ""."""
    if partner and prospect:
        return _("Partner and prospect")
    if partner:
        return _("Partner")
    return _("Prospect") if prospect else ""


def follow_up_words(follow_up: dt.date | None, done: bool, pending: bool, today: dt.date) -> str:
    """The follow-up as the referral list and the referral dialog both show it: "Confirmed",
    "Not needed" (won, lost or at a meeting: nothing to check), "⚠ Overdue · 30 Sep", "Today",
    or the date."""
    from refdesk.services import formatting

    if follow_up is None:
        return ""
    if done:
        return _("Confirmed")
    if not pending:
        return _("Not needed")
    when = formatting.short_date(follow_up, today)
    if follow_up < today:
        return _("⚠ Overdue · {date}").format(date=when)
    if follow_up == today:
        return _("Today")
    return when


def due_condition(today: dt.date):
    """The follow-up rule in SQL: a follow-up is waiting and its date has come.

    The referral list, the Today page and ``refdesk stats`` all use it.  Spelled so that the
    (follow_up_done, follow_up_date, status) index serves it.
    """
    return (
        (Referral.follow_up_done == False)  # noqa: E712 - SQL, not Python
        & (Referral.follow_up_date <= today)
        & (Referral.status.in_(FOLLOW_UP_STATUSES) | (Referral.outcome == Outcome.BAD))
    )


def follow_up_due(referral_id: int, today: dt.date | None = None) -> bool:
    """The "due" rule for one referral."""
    today = today or dt.date.today()
    return Referral.select().where((Referral.id == referral_id) & due_condition(today)).exists()


ProspectPartner = Partner.alias("prospect_partner")
SORT_KEYS = ("date", "direction", "partner", "prospect", "type", "status", "follow_up", "value", "outcome", "thanked")


def _where(flt: ReferralFilter, today: dt.date):
    conds = []
    if flt.direction is not None:
        conds.append(Referral.direction == flt.direction)
    if flt.status is not None:
        conds.append(Referral.status == flt.status)
    if flt.open_only:
        conds.append(Referral.status.in_(OPEN_STATUSES))
    if flt.due_only:
        conds.append(due_condition(today))
    if flt.partner_id is not None:
        conds.append((Referral.partner == flt.partner_id) | (Referral.prospect_partner == flt.partner_id))
    if flt.date_from is not None:
        conds.append(Referral.date >= flt.date_from)
    if flt.date_to is not None:
        conds.append(Referral.date <= flt.date_to)
    text = flt.text.strip()
    if text:
        partners = Partner.select(Partner.id).where(Partner.name.contains(text) | Partner.company.contains(text))
        conds.append(
            Referral.partner.in_(partners)
            | Referral.prospect_partner.in_(partners)
            | Referral.prospect_name.contains(text)
            | Referral.prospect_need.contains(text)
            | Referral.prospect_contact.contains(text)
            | Referral.notes.contains(text)
            | Referral.outcome_feedback.contains(text)
        )
    return conds


def _order(sort: str, descending: bool, query):
    """Add ORDER BY for *sort* (one of SORT_KEYS) to an id query; joins partners when needed."""
    query, keys = _order_keys(sort, descending, query)
    return query.order_by(*keys)


def _order_keys(sort: str, descending: bool, query):
    """(query with the joins *sort* needs, the ORDER BY expressions)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    keys: list[ColumnBase]
    if sort == "partner":
        query = query.join(Partner, on=(Referral.partner == Partner.id))
        keys = [fn.LOWER(Partner.name)]
    elif sort == "prospect":
        query = query.join(ProspectPartner, JOIN.LEFT_OUTER, on=(Referral.prospect_partner == ProspectPartner.id))
        keys = [fn.LOWER(fn.COALESCE(ProspectPartner.name, Referral.prospect_name))]
    elif sort == "status":
        keys = [Case(Referral.status, [(s.value, i) for i, s in enumerate(STATUS_ORDER)], 99)]
    elif sort == "follow_up":
        keys = [Referral.follow_up_date]
    elif sort == "value":
        keys = [Referral.closed_value]
    elif sort == "thanked":  # how many of the two parties thanked me: none, one, both
        keys = [
            Case(None, [(Referral.partner_thanked_date.is_null(False), 2)], 0)
            + Case(None, [(Referral.prospect_thanked_date.is_null(False), 1)], 0)
        ]
    else:
        keys = [getattr(Referral, sort)]
    # Empty values (no follow-up, no value, no outcome) sort as the smallest on SQLite and PostgreSQL alike.
    nullable = sort in ("follow_up", "value", "outcome")
    order = [keys[0].desc(nulls="LAST") if descending else keys[0].asc(nulls="FIRST")] if nullable else []
    if sort != "date":
        keys.append(Referral.date)
    keys.append(Referral.id)
    return query, order + [k.desc() if descending else k.asc() for k in keys[1 if nullable else 0 :]]


def _detail_query():
    pending = pending_condition()
    return (
        Referral.select(
            Referral.id,
            Referral.date,
            Referral.direction,
            Referral.partner,
            Partner.name,
            Referral.prospect_partner,
            ProspectPartner.name,
            Referral.prospect_name,
            Referral.prospect_need,
            Referral.type,
            Referral.first_contact,
            Referral.status,
            Referral.follow_up_date,
            Referral.follow_up_done,
            Case(None, [(pending, 1)], 0),
            Referral.closed_value,
            Referral.currency,
            Referral.closed_date,
            Referral.outcome,
            Referral.outcome_feedback,
            Referral.partner_told,
            Referral.notes,
            Referral.version,
            Referral.partner_thanked_date,
            Referral.prospect_thanked_date,
        )
        .join(Partner, on=(Referral.partner == Partner.id))
        .switch(Referral)
        .join(ProspectPartner, JOIN.LEFT_OUTER, on=(Referral.prospect_partner == ProspectPartner.id))
    )


_CENT = Decimal("0.01")


def _to_rows(query) -> list[ReferralRow]:
    return list(_iter_rows(query))


def _iter_rows(query) -> Iterator[ReferralRow]:
    """ReferralRows from a ``_detail_query()`` (raw tuples: the enum and date conversions are done here)."""
    cursor = db.execute(query)
    for (
        rid,
        date,
        direction,
        pid,
        pname,
        ppid,
        ppname,
        prospect,
        need,
        rtype,
        first,
        status,
        fdate,
        fdone,
        fpending,
        value,
        currency,
        cdate,
        outcome,
        feedback,
        told,
        notes,
        version,
        partner_thanked,
        prospect_thanked,
    ) in cursor:
        yield ReferralRow(
            id=rid,
            date=as_date(date),
            direction=Direction(direction),
            partner_id=pid,
            partner=pname,
            prospect=ppname or prospect,
            prospect_partner_id=ppid,
            prospect_need=need,
            type=ReferralType(rtype),
            first_contact=FirstContact(first),
            status=ReferralStatus(status),
            follow_up_date=as_date(fdate),
            follow_up_done=bool(fdone),
            follow_up_pending=bool(fpending),
            closed_value=Decimal(str(value)).quantize(_CENT) if value is not None else None,
            currency=currency,
            closed_date=as_date(cdate),
            outcome=Outcome(outcome) if outcome else None,
            outcome_feedback=feedback,
            partner_told=bool(told),
            notes=notes,
            version=version,
            partner_thanked_date=as_date(partner_thanked),
            prospect_thanked_date=as_date(prospect_thanked),
        )


def _select_rows(ids: list[int]) -> list[ReferralRow]:
    if not ids:
        return []
    by_id = {row.id: row for row in _to_rows(_detail_query().where(Referral.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]


def list_referrals(
    flt: ReferralFilter | None = None,
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 200,
    today: dt.date | None = None,
) -> list[ReferralRow]:
    """One page of the referral list, filtered and sorted in SQL."""
    flt = flt or ReferralFilter()
    today = today or dt.date.today()
    query = Referral.select(Referral.id)
    conds = _where(flt, today)
    if conds:
        query = query.where(*conds)
    query = _order(sort, descending, query)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    elif offset:
        query = query.offset(offset)
    ids = [rid for (rid,) in query.tuples()]
    return _select_rows(ids)


def iter_referrals(
    flt: ReferralFilter | None = None, descending: bool = True, today: dt.date | None = None
) -> Iterator[ReferralRow]:
    """Every matching referral by date, streamed from one query (for the command line)."""
    flt = flt or ReferralFilter()
    query = _detail_query()
    conds = _where(flt, today or dt.date.today())
    if conds:
        query = query.where(*conds)
    keys = (Referral.date, Referral.id)
    query = query.order_by(*[k.desc() if descending else k.asc() for k in keys])
    yield from _iter_rows(query)


def count_referrals(flt: ReferralFilter | None = None, today: dt.date | None = None) -> int:
    flt = flt or ReferralFilter()
    conds = _where(flt, today or dt.date.today())
    query = Referral.select()
    if conds:
        query = query.where(*conds)
    return query.count()


def position(
    referral_id: int,
    flt: ReferralFilter | None = None,
    sort: str = "date",
    descending: bool = True,
    today: dt.date | None = None,
) -> int | None:
    """The row a referral has in the filtered, sorted list (0-based), or None when the filter hides it."""
    flt = flt or ReferralFilter()
    today = today or dt.date.today()
    conds = _where(flt, today)
    if not Referral.select().where(Referral.id == referral_id, *conds).exists():
        return None
    query, keys = _order_keys(sort, descending, Referral.select(Referral.id))
    ranked = query.select(Referral.id.alias("rid"), fn.ROW_NUMBER().over(order_by=keys).alias("rn"))
    if conds:
        ranked = ranked.where(*conds)
    ranked = ranked.alias("ranked")
    number = Select([ranked], [ranked.c.rn]).where(ranked.c.rid == referral_id).bind(db).scalar()
    return None if number is None else int(number) - 1


def get_row(referral_id: int) -> ReferralRow | None:
    rows = _select_rows([referral_id])
    return rows[0] if rows else None


def due_follow_ups(today: dt.date | None = None, limit: int | None = None) -> list[ReferralRow]:
    """Referrals whose follow-up is due (oldest first): date come, not confirmed, status passed/contacted or bad."""
    today = today or dt.date.today()
    query = _detail_query().where(due_condition(today)).order_by(Referral.follow_up_date, Referral.id)
    if limit is not None:
        query = query.limit(limit)
    return _to_rows(query)


def count_due(today: dt.date | None = None) -> int:
    return Referral.select().where(due_condition(today or dt.date.today())).count()


def thank_yous_of(referral_id: int) -> list[ThankYou]:
    return list(ThankYou.select().where(ThankYou.referral == referral_id).order_by(ThankYou.id))
