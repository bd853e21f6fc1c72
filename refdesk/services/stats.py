"""Reciprocity statistics: given vs received over time, balances, one-way streets, what is due.

Qt-free.  Everything is aggregated in SQL (``GROUP BY`` day, month or partner) with
SQL that runs on SQLite and PostgreSQL alike; only the month bucket and the latest of
several dates differ, and those differences live in :func:`month_key` and
:func:`greatest`.  Where a covering index lists the rows by day, the SQL counts per
day (no sort) and Python folds the days (at most a few thousand rows) into months;
Python also fills the months that had nothing with zeros and adds them up into
quarters and years.  Rows are read raw (:func:`_rows`), not through peewee's
per-value conversion.

Speed at 100,000 referrals (``tests/bench/bench_stats.py``, on both databases): counts
use ``COUNT(*) FILTER (WHERE ...)`` (SQLite 3.30+, PostgreSQL) rather than
``SUM(CASE ...)``; a single figure is a ``COUNT(*)`` of one index range; "not sent" and
similar conditions are spelled as the values they allow so an index range serves them;
lists that show the first few rows compute the expensive columns for those rows only;
and where the planners differ (per-partner balances) the query is shaped for each,
with the same results.  Long lists are ordered in Python where that is cheaper than a
database sort that carries names along, with the same order.

Windows are whole calendar months: "the last 12 months" is the current month so
far plus the 11 before it, the same span the charts show.  A referral counts for
its ``partner`` (the one it was given to or received from); when the prospect is
itself a partner ("I introduced A to B"), B's counts do not change, but the
introduction does count as contact with B for "gone quiet".
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter

from peewee import JOIN, SQL, ColumnBase, Select, fn

from refdesk.db.database import db, is_postgres
from refdesk.db.models import (
    Direction,
    Partner,
    Referral,
    ReferralStatus,
    Stage,
    ThankYou,
    as_date,
)
from refdesk.services import formatting, rules

log = logging.getLogger(__name__)

DEFAULT_WINDOW_MONTHS = rules.WINDOW_MONTHS
ONE_WAY_TOP = rules.ONE_WAY_TOP
# "Owed" (not sent) is spelled as the statuses it is (``rules.OWED``): a range of the (status,
# due_date) index, where ``status != 'sent'`` reads the whole index (the sent ones are most of it).


# --- months --------------------------------------------------------------------------------------


_postgres = is_postgres


def month_key(expr):
    """SQL for the ``'YYYY-MM'`` month of a date column, on whichever database is open.

    The one place that knows the two dialects: SQLite stores dates as ISO text, so
    the first seven characters are the month; PostgreSQL formats a real date.
    """
    if _postgres():
        return fn.to_char(expr, "YYYY-MM")
    return fn.substr(expr, 1, 7)


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


add_months = rules.add_months
window_start = rules.window_start


def month_list(first: dt.date, last: dt.date) -> list[str]:
    """Every month from *first*'s to *last*'s, as ``'YYYY-MM'``."""
    out = []
    cur = month_start(first)
    end = month_start(last)
    while cur <= end:
        out.append(f"{cur.year:04d}-{cur.month:02d}")
        cur = add_months(cur, 1)
    return out


def quarter_of(month: str) -> str:
    year, mon = month.split("-")
    return f"{year}-Q{(int(mon) - 1) // 3 + 1}"


def raw_rows(query) -> list[tuple]:
    """The rows of *query* as the database driver returns them, skipping peewee's per-value conversion.

    Dates come back as ISO text (SQLite) or ``date`` (PostgreSQL), enums as their text,
    sums as numbers: callers use :func:`_to_date`, :func:`_enum_text` and :func:`_money`.
    That conversion is most of the Python time on a few thousand rows.
    """
    return list(db.execute(query))


def _count_if(cond):
    """``COUNT(*) FILTER (WHERE cond)``: SQLite (3.30+) and PostgreSQL alike, and cheaper than ``SUM(CASE ...)``."""
    return fn.COUNT(SQL("*")).filter(cond)


def _given():
    return _count_if(Referral.direction == Direction.GIVEN)


def _received():
    return _count_if(Referral.direction == Direction.RECEIVED)


def _decimal(value) -> Decimal:
    return Decimal(0) if value is None else Decimal(str(value))


def as_money(value) -> float:
    if value is None:
        return 0.0
    return float(round(Decimal(str(value)), 2))


# --- given vs received over time -----------------------------------------------------------------


@dataclass
class MonthRow:
    month: str  # 'YYYY-MM' (or 'YYYY-Qn', 'YYYY' when rolled up)
    given: int = 0
    received: int = 0
    balance: int = 0  # given - received
    cumulative: int = 0  # running balance from the first row

    def as_dict(self) -> dict:
        return {
            "month": self.month,
            "given": self.given,
            "received": self.received,
            "balance": self.balance,
            "cumulative": self.cumulative,
        }


def data_range() -> tuple[dt.date, dt.date] | None:
    """The first and last referral dates, or None when there are none."""
    # Two queries: each is one step down the date index; MIN and MAX together would scan it.
    first = Referral.select(fn.MIN(Referral.date)).scalar()
    if first is None:
        return None
    return as_date(first), as_date(Referral.select(fn.MAX(Referral.date)).scalar())


def _period(start: dt.date | None, end: dt.date | None, today: dt.date) -> tuple[dt.date, dt.date] | None:
    end = end or today
    if start is None:
        span = data_range()
        if span is None:
            return None
        start = min(span[0], end)
    return month_start(start), end


def monthly(
    start: dt.date | None = None,
    end: dt.date | None = None,
    partner_id: int | None = None,
    today: dt.date | None = None,
) -> list[MonthRow]:
    """Given and received per month from *start*'s month to *end* (default today), zeros filled.

    *start* None means from the first referral on record.  With *partner_id*, only
    that partner's referrals.  ``cumulative`` is the running given-minus-received.
    """
    today = today or dt.date.today()
    span = _period(start, end, today)
    if span is None:
        return []
    first, last = span
    # Counted per day and direction in SQL: that follows the (date, direction, partner) index with no
    # sort, where grouping by a month expression would sort every row.  Days fold into months here.
    query = Referral.select(Referral.date, Referral.direction, fn.COUNT(SQL("*"))).where(
        (Referral.date >= first) & (Referral.date <= last)
    )
    if partner_id is not None:
        query = query.where(Referral.partner == partner_id)
    counts: dict[str, list[int]] = {}
    given = Direction.GIVEN.value
    for day, direction, count in raw_rows(query.group_by(Referral.date, Referral.direction)):
        pair = counts.setdefault(str(day)[:7], [0, 0])
        pair[0 if enum_text(direction) == given else 1] += count
    rows = []
    running = 0
    for m in month_list(first, last):
        g, r = counts.get(m, (0, 0))
        running += g - r
        rows.append(MonthRow(m, g, r, g - r, running))
    return rows


def roll_up(rows: list[MonthRow], by: str) -> list[MonthRow]:
    """Monthly rows added up per ``"quarter"`` or ``"year"``, cumulative carried through."""
    if by not in ("quarter", "year"):
        raise ValueError(f"roll_up by quarter or year, not {by!r}")
    out: list[MonthRow] = []
    for row in rows:
        key = quarter_of(row.month) if by == "quarter" else row.month[:4]
        if not out or out[-1].month != key:
            out.append(MonthRow(key))
        bucket = out[-1]
        bucket.given += row.given
        bucket.received += row.received
        bucket.balance += row.balance
        bucket.cumulative = row.cumulative
    return out


@dataclass
class ValueRow:
    month: str
    given: float = 0.0  # value of business won by people I referred to partners
    received: float = 0.0  # value of business I won from referrals received

    def as_dict(self) -> dict:
        return {"month": self.month, "given": self.given, "received": self.received}


def closed_value_monthly(
    start: dt.date | None = None,
    end: dt.date | None = None,
    partner_id: int | None = None,
    today: dt.date | None = None,
    currency: str | None = None,
) -> list[ValueRow]:
    """Value of closed (won) business per month it closed, given and received, zeros filled.

    A won referral without a close date counts in the month it was made.  With *currency*, only
    the referrals in it (or in none, which is the default one) are summed: amounts in different
    currencies are never added together (``other_currencies`` says what was left out).
    """
    today = today or dt.date.today()
    span = _period(start, end, today)
    if span is None:
        return []
    first, last = span
    value = Referral.closed_value
    won = (Referral.status == ReferralStatus.WON) & value.is_null(False)
    if currency is not None:
        won = won & _in_currency(currency)

    def summed(key, cond):
        return (
            Referral.select(
                key,
                fn.SUM(value).filter(Referral.direction == Direction.GIVEN),
                fn.SUM(value).filter(Referral.direction == Direction.RECEIVED),
            )
            .where(won & cond)
            .group_by(key)
        )

    if partner_id is not None:  # one partner's few won referrals, found through the partner index
        closed: ColumnBase = fn.COALESCE(Referral.closed_date, Referral.date)
        query = summed(month_key(closed), (Referral.partner == partner_id) & (closed >= first) & (closed <= last))
    else:
        # Everyone's: summed per day, in the (status, closed_date, date, ...) index's order with no
        # sort, where grouping by a month expression sorts every won referral.  Days fold into months below.
        closed, made = Referral.closed_date, Referral.date
        query = summed(closed, closed.is_null(False) & (closed >= first) & (closed <= last)) + summed(
            made, closed.is_null(True) & (made >= first) & (made <= last)
        )  # UNION ALL
    sums: dict[str, list[Decimal]] = {}
    for day, g, r in raw_rows(query):
        pair = sums.setdefault(str(day)[:7], [Decimal(0), Decimal(0)])
        pair[0] += _decimal(g)
        pair[1] += _decimal(r)
    return [ValueRow(m, *(as_money(v) for v in sums.get(m, (0, 0)))) for m in month_list(first, last)]


def _in_currency(currency: str):
    """Referrals whose value is in *currency*; one with no currency of its own is in the default one."""
    code = currency.strip().upper()
    if code == formatting.default_currency():
        return (Referral.currency == code) | (Referral.currency == "") | Referral.currency.is_null()
    return Referral.currency == code


def other_currencies(
    currency: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    partner_id: int | None = None,
    today: dt.date | None = None,
) -> dict[str, int]:
    """How many won referrals with a value in the period are in a currency other than *currency*, by code."""
    today = today or dt.date.today()
    span = _period(start, end, today)
    if span is None:
        return {}
    first, last = span
    closed = fn.COALESCE(Referral.closed_date, Referral.date)
    cond = (
        (Referral.status == ReferralStatus.WON)
        & Referral.closed_value.is_null(False)
        & ~_in_currency(currency)
        & (closed >= first)
        & (closed <= last)
    )
    if partner_id is not None:
        cond = cond & (Referral.partner == partner_id)
    query = Referral.select(Referral.currency, fn.COUNT(Referral.id)).where(cond).group_by(Referral.currency)
    found: dict[str, int] = {}
    for code, n in raw_rows(query):  # no currency of its own: the default one
        key = str(code or "").upper() or formatting.default_currency()
        found[key] = found.get(key, 0) + int(n)
    return found


# --- per partner -----------------------------------------------------------------------------------


@dataclass(slots=True)
class PartnerBalance:
    partner_id: int
    name: str
    company: str
    given: int
    received: int
    retired: bool = False
    thanked: int = 0  # of those given, how many the partner thanked me for (filled by the Charts page)

    @property
    def balance(self) -> int:
        return self.given - self.received

    def as_dict(self) -> dict:
        return {
            "partner_id": self.partner_id,
            "name": self.name,
            "company": self.company,
            "given": self.given,
            "received": self.received,
            "balance": self.balance,
            "retired": self.retired,
        }


def _balance_query(
    start: dt.date, end: dt.date, *, order, limit: int | None = None, skip_retired: bool = False, having=None
):
    """Given and received per partner in SQL, ranked, cut to *limit*.

    The referrals in the window are counted per partner into thin ``(pid, g, r)`` rows,
    shaped for each database's planner (the results are the same):

    - PostgreSQL counts the window's referrals per partner straight from the covering
      (date, direction, partner) index, without the partner table (joining partners
      first makes it hash-join every referral before counting).
    - SQLite reads partners in id order and looks each one's referrals up in the
      (partner, date, direction) index, so the counts come out partner by partner with
      no sort; ``CROSS JOIN`` (an inner join, the condition being in ``WHERE``) keeps it
      to that order.

    The sums are ranked one level up by their column names (ranking by the aggregate
    expressions themselves would add every referral up again per sort key: SQLite does
    not see that expressions with bound parameters are the same), cut to *limit*, and
    the names are joined last.  Every referral has its partner (a foreign key), so
    counting without the partner table drops no row.
    """
    window = (Referral.date >= start) & (Referral.date <= end)
    if _postgres():
        sums: Select = (
            Referral.select(Referral.partner.alias("pid"), _given().alias("g"), _received().alias("r"))
            .where(window)
            .group_by(Referral.partner)
        )
    else:
        sums = (
            Partner.select(Partner.id.alias("pid"), _given().alias("g"), _received().alias("r"))
            .join(Referral, JOIN.CROSS)
            .where((Referral.partner == Partner.id) & window)
            .group_by(Partner.id)
        )
        if skip_retired:
            sums = sums.where(Partner.stage != Stage.RETIRED)
        if not limit and having is None:
            # Everyone: the names come along in the same pass, ranked by the columns' names, which
            # SQLite resolves to the very same counts (not counted again).
            return sums.select(
                Partner.id, Partner.name, Partner.company, Partner.stage, _given().alias("g"), _received().alias("r")
            ).order_by(*order(SQL('"g"'), SQL('"r"')), Partner.id)
    sums = sums.alias("s")
    ranked = Partner.select(sums.c.pid, sums.c.g, sums.c.r).from_(sums)
    if having is not None:
        ranked = ranked.where(having(sums.c.g - sums.c.r))
    if skip_retired and _postgres():  # per partner summed, not per referral: the few retired ids, hashed once
        ranked = ranked.where(sums.c.pid.not_in(Partner.select(Partner.id).where(Partner.stage == Stage.RETIRED)))
    if limit:  # cut before the names are joined: sorting thin rows is cheaper
        ranked = ranked.order_by(*order(sums.c.g, sums.c.r), sums.c.pid).limit(limit)
    ranked = ranked.alias("b")
    g, r = ranked.c.g, ranked.c.r
    query = Partner.select(Partner.id, Partner.name, Partner.company, Partner.stage, g, r).join(
        ranked, on=(Partner.id == ranked.c.pid)
    )
    # Without a limit (PostgreSQL), every partner's row is read anyway and Python ranks them (see
    # partner_balances): cheaper than a server sort that carries the names along.
    return query.order_by(*order(g, r), Partner.id) if limit else query


def _balances(query, rank: bool = False) -> list[PartnerBalance]:
    rows = raw_rows(query)
    if rank:
        _rank_by_imbalance(rows)
    retired = Stage.RETIRED.value  # stages come back raw: their text
    return [
        PartnerBalance(pid, name, company or "", g, r, stage == retired) for pid, name, company, stage, g, r in rows
    ]


def _rank_by_imbalance(rows: list[tuple]) -> None:
    """Put raw ``(id, name, company, stage, given, received)`` rows in partner_balances' order.

    Largest imbalance either way first, then given more than received, then more given, then
    by id: four stable sorts, the least significant key first.  Cheaper than one sort on a
    tuple key (9,575 rows: 2.8 ms against 5.3), as two of the keys need no Python function.
    """
    rows.sort(key=itemgetter(0))
    rows.sort(key=itemgetter(4), reverse=True)  # reverse=True keeps equal rows in their order
    rows.sort(key=lambda row: row[4] - row[5], reverse=True)
    rows.sort(key=lambda row: abs(row[4] - row[5]), reverse=True)


def partner_balances(
    months: int = DEFAULT_WINDOW_MONTHS,
    today: dt.date | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int | None = None,
) -> list[PartnerBalance]:
    """Each partner's given and received over a window, largest imbalance (either way) first.

    The window is *start*..*end* when given, else the last *months* calendar months.
    Partners with no referral in the window are left out.  With *limit*, only the
    first *limit* rows (the top of the diverging-bar chart).
    """
    today = today or dt.date.today()
    end = end or today
    start = start or window_start(today, months)
    # On PostgreSQL, without a limit, the query comes unsorted and is put in the same order here.
    return _balances(
        _balance_query(start, end, limit=limit, order=lambda g, r: (fn.ABS(g - r).desc(), (g - r).desc(), g.desc())),
        rank=not limit and _postgres(),
    )


def one_way_streets(
    months: int = DEFAULT_WINDOW_MONTHS, today: dt.date | None = None, limit: int = ONE_WAY_TOP
) -> list[PartnerBalance]:
    """Partners I give to more than they give back, most lopsided first (retired partners left out).

    The top ten are the "conversations to have".
    """
    today = today or dt.date.today()
    return _balances(
        _balance_query(
            window_start(today, months),
            today,
            limit=limit,
            skip_retired=True,
            having=lambda diff: diff > 0,
            order=lambda g, r: ((g - r).desc(), g.desc()),
        )
    )


NEVER = dt.date(1, 1, 1)
NOT_YET = dt.date(9999, 12, 31)  # sorts a check-in never held after every real date


def greatest(*exprs):
    """SQL for the latest of several dates, NULLs counted as "never" (:data:`NEVER`).

    SQLite's many-argument ``MAX()`` is PostgreSQL's ``GREATEST()``.
    """
    args = [fn.COALESCE(e, NEVER) for e in exprs]
    if _postgres():
        return fn.GREATEST(*args)
    return fn.MAX(*args)


def enum_text(value) -> str:
    return getattr(value, "value", value) or ""


# --- headline figures --------------------------------------------------------------------------------


@dataclass
class Headline:
    given_this_month: int
    received_this_month: int
    given_12_months: int
    received_12_months: int
    thanks_owed: int
    thanks_overdue: int

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def count_where(model, cond):
    """``(SELECT COUNT(*) FROM model WHERE cond)``: with an index that starts with *cond*'s columns,
    a count of one index range, no row looked at."""
    return model.select(fn.COUNT(SQL("*"))).where(cond)


def headline(today: dt.date | None = None) -> Headline:
    today = today or dt.date.today()
    this_month = (Referral.date >= month_start(today)) & (Referral.date <= today)
    last_12 = (Referral.date >= window_start(today, 12)) & (Referral.date <= today)
    given = Referral.direction == Direction.GIVEN
    received = Referral.direction == Direction.RECEIVED
    unsent = ThankYou.status.in_(rules.OWED)
    # One round trip; each figure counts one range of the (direction, date) or (status, due_date) index.
    row = raw_rows(
        Select(
            columns=[
                count_where(Referral, given & this_month),
                count_where(Referral, received & this_month),
                count_where(Referral, given & last_12),
                count_where(Referral, received & last_12),
                count_where(ThankYou, unsent),
                count_where(ThankYou, unsent & (ThankYou.due_date < today)),
            ]
        )
    )[0]
    return Headline(*(int(n or 0) for n in row))
