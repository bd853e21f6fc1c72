"""Reciprocity statistics against a small data set whose answers were worked out by hand.

"Today" is 2025-02-15.  The referrals cross a month boundary (30 Nov / 1 Dec), a year
boundary (31 Dec / 1 Jan), leave October empty, include a retired partner, one
referral from long ago (2023) and an introduction between two partners.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import pytest
from peewee import PostgresqlDatabase

from refdesk import paths
from refdesk.db.database import db as proxy
from refdesk.db.database import open_database
from refdesk.db.models import (
    Comfort,
    Direction,
    Meeting,
    Partner,
    Referral,
    ReferralStatus,
    Stage,
    StandingCheck,
    ThankStatus,
    ThankYou,
)
from refdesk.services import due as due_lists
from refdesk.services import stats
from refdesk.services.partners import partner_choices

TODAY = dt.date(2025, 2, 15)
D = dt.date
LONG_AGO = dt.datetime(2024, 1, 1, 9, 0)


# Set REFDESK_TEST_POSTGRES_URL (an empty scratch database: its tables are dropped) to run every
# test here on PostgreSQL as well, e.g. postgresql://postgres@/refdesk_stats?host=/tmp/pg&port=5432
POSTGRES_URL = os.environ.get("REFDESK_TEST_POSTGRES_URL", "")


@pytest.fixture(params=["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"])
def db(request, db_url, data_dir):
    """The same tests on SQLite and, when a scratch server is given, on PostgreSQL."""
    if request.param == "sqlite":
        handle = open_database(db_url, backup_dir=paths.backup_dir(data_dir))
    else:
        scratch = open_database(POSTGRES_URL, migrate=False)
        scratch.execute_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        scratch.close()
        handle = open_database(POSTGRES_URL)
    yield handle
    handle.close()


def _partner(name, stage=Stage.CREDIBILITY, created=LONG_AGO, **kw):
    return Partner.create(name=name, company=f"{name} Ltd", stage=stage, created_at=created, **kw)


def _ref(day, direction, partner, *, status=ReferralStatus.WON, follow=None, done=True, **kw):
    return Referral.create(
        date=day, direction=direction, partner=partner, status=status, follow_up_date=follow, follow_up_done=done, **kw
    )


@pytest.fixture
def data(db):
    p = {name: _partner(name) for name in ("Alice", "Bob", "Dora", "Finn", "Gail", "Hugo")}
    p["Cleo"] = _partner("Cleo", stage=Stage.RETIRED)
    p["Eve"] = _partner("Eve", created=dt.datetime(2025, 2, 1, 9, 0))  # too new to have gone quiet
    G, R = Direction.GIVEN, Direction.RECEIVED
    r = {}
    r[0] = _ref(D(2023, 1, 10), G, p["Bob"])
    r[1] = _ref(D(2024, 11, 30), G, p["Alice"], status=ReferralStatus.PASSED, follow=D(2024, 12, 2), done=False)
    r[2] = _ref(
        D(2024, 12, 1),
        G,
        p["Alice"],
        follow=D(2024, 12, 3),
        done=True,
        closed_value=Decimal("1000.00"),
        closed_date=D(2025, 1, 5),
    )
    r[3] = _ref(D(2024, 12, 31), R, p["Alice"], closed_value=Decimal("250.50"))  # no close date: counts in December
    # "I introduced Gail to Bob": counts for Bob; is contact with Gail.
    r[4] = _ref(
        D(2025, 1, 1), G, p["Bob"], prospect_partner=p["Gail"], status=ReferralStatus.PASSED, follow=TODAY, done=False
    )
    r[5] = _ref(D(2025, 2, 10), G, p["Cleo"], status=ReferralStatus.CONTACTED, follow=D(2025, 2, 12), done=False)
    r[6] = _ref(D(2025, 2, 15), R, p["Bob"], status=ReferralStatus.PASSED, follow=D(2025, 2, 17), done=False)
    r[7] = _ref(D(2024, 12, 5), G, p["Hugo"], status=ReferralStatus.MEETING, follow=D(2024, 12, 7), done=False)
    r[8] = _ref(D(2024, 12, 6), R, p["Hugo"], status=ReferralStatus.LOST, closed_value=Decimal("999"))
    Meeting.create(partner=p["Finn"], date=D(2024, 11, 1))
    Meeting.create(partner=p["Hugo"], date=D(2024, 12, 20))
    StandingCheck.create(partner=p["Alice"], date=D(2025, 1, 10), willingness=9, comfort=Comfort.WOULD_INTRODUCE)
    StandingCheck.create(partner=p["Bob"], date=D(2024, 1, 1), willingness=3, comfort=Comfort.WOULD_NOT_REFER)
    StandingCheck.create(partner=p["Bob"], date=D(2024, 6, 1), willingness=7, comfort=Comfort.WOULD_RECOMMEND)
    StandingCheck.create(partner=p["Cleo"], date=D(2023, 6, 1), willingness=1, comfort=Comfort.WOULD_NOT_REFER)
    t = {}
    t[1] = ThankYou.create(partner=p["Alice"], due_date=D(2025, 2, 1), status=ThankStatus.OWED, referral=r[3])
    t[2] = ThankYou.create(partner=p["Bob"], due_date=D(2025, 2, 20), status=ThankStatus.WRITTEN)
    t[3] = ThankYou.create(partner=p["Bob"], due_date=D(2025, 1, 1), status=ThankStatus.SENT)
    t[4] = ThankYou.create(recipient_name="Pat Prospect", due_date=TODAY, status=ThankStatus.OWED)
    return p, r, t


def _rows(rows):
    return [(x.month, x.given, x.received, x.balance, x.cumulative) for x in rows]


def test_monthly_crosses_month_and_year_boundaries_and_fills_empty_months(data):
    rows = stats.monthly(D(2024, 10, 1), today=TODAY)
    assert _rows(rows) == [
        ("2024-10", 0, 0, 0, 0),
        ("2024-11", 1, 0, 1, 1),
        ("2024-12", 2, 2, 0, 1),  # Alice given 1 Dec, Hugo given; Alice received 31 Dec, Hugo received
        ("2025-01", 1, 0, 1, 2),
        ("2025-02", 1, 1, 0, 2),
    ]


def test_monthly_all_starts_at_the_first_referral(data):
    rows = stats.monthly(today=TODAY)
    assert rows[0].month == "2023-01" and rows[0].given == 1
    assert rows[-1].month == "2025-02"
    assert len(rows) == 26
    assert sum(r.given for r in rows) == 6 and sum(r.received for r in rows) == 3
    assert rows[-1].cumulative == 3
    assert all(r.given == r.received == 0 for r in rows[1:22])  # Feb 2023 .. Oct 2024 are empty


def test_monthly_for_one_partner(data):
    p, _, _ = data
    rows = stats.monthly(D(2024, 10, 1), partner_id=p["Alice"].id, today=TODAY)
    assert [(x.given, x.received) for x in rows] == [(0, 0), (1, 0), (1, 1), (0, 0), (0, 0)]
    # The introduction of Gail to Bob counts for Bob only.
    gail = stats.monthly(D(2024, 10, 1), partner_id=p["Gail"].id, today=TODAY)
    assert all(x.given == x.received == 0 for x in gail)
    bob = stats.monthly(D(2025, 1, 1), partner_id=p["Bob"].id, today=TODAY)
    assert [(x.month, x.given, x.received) for x in bob] == [("2025-01", 1, 0), ("2025-02", 0, 1)]


def test_quarters_and_years(data):
    rows = stats.monthly(D(2024, 10, 1), today=TODAY)
    assert _rows(stats.roll_up(rows, "quarter")) == [("2024-Q4", 3, 2, 1, 1), ("2025-Q1", 2, 1, 1, 2)]
    years = stats.roll_up(stats.monthly(today=TODAY), "year")
    assert _rows(years) == [("2023", 1, 0, 1, 1), ("2024", 3, 2, 1, 2), ("2025", 2, 1, 1, 3)]
    with pytest.raises(ValueError):
        stats.roll_up(rows, "week")


def test_empty_database_gives_empty_series(db):
    assert stats.monthly(today=TODAY) == []
    assert stats.closed_value_monthly(today=TODAY) == []
    assert stats.data_range() is None
    window = stats.monthly(D(2024, 12, 1), today=TODAY)
    assert [(r.month, r.given, r.received) for r in window] == [("2024-12", 0, 0), ("2025-01", 0, 0), ("2025-02", 0, 0)]
    assert stats.partner_balances(today=TODAY) == []
    assert stats.one_way_streets(today=TODAY) == []
    assert due_lists.overdue_for_contact(TODAY).total == 0
    assert due_lists.follow_ups_due(TODAY).total == 0
    h = stats.headline(TODAY)
    assert (h.given_this_month, h.received_12_months, h.thanks_owed) == (0, 0, 0)


def test_closed_value_counts_won_business_in_the_month_it_closed(data):
    rows = stats.closed_value_monthly(D(2024, 11, 1), today=TODAY)
    assert [(r.month, r.given, r.received) for r in rows] == [
        ("2024-11", 0.0, 0.0),
        ("2024-12", 0.0, 250.5),  # won, no close date: the month it was made
        ("2025-01", 1000.0, 0.0),  # referred 1 Dec, closed 5 Jan
        ("2025-02", 0.0, 0.0),
    ]  # the lost referral with a value (Hugo, 999) does not count


def test_partner_balances_over_the_last_12_months(data):
    p, _, _ = data
    rows = stats.partner_balances(today=TODAY)  # window 2024-03-01 .. 2025-02-15: the 2023 referral is out
    got = [(b.name, b.given, b.received, b.balance, b.retired) for b in rows]
    assert got == [
        ("Alice", 2, 1, 1, False),
        ("Cleo", 1, 0, 1, True),
        ("Bob", 1, 1, 0, False),
        ("Hugo", 1, 1, 0, False),
    ]
    assert [b.name for b in stats.partner_balances(today=TODAY, limit=2)] == ["Alice", "Cleo"]
    wide = stats.partner_balances(start=D(2023, 1, 1), end=TODAY)
    assert {b.name: b.balance for b in wide}["Bob"] == 1


def test_one_way_streets_leave_out_retired_and_balanced_partners(data):
    p, _, _ = data
    assert [(b.name, b.balance) for b in stats.one_way_streets(today=TODAY)] == [("Alice", 1)]
    # Three more given to Bob make him the most lopsided.
    for day in (D(2025, 1, 2), D(2025, 1, 3), D(2025, 1, 4)):
        _ref(day, Direction.GIVEN, p["Bob"])
    assert [(b.name, b.balance) for b in stats.one_way_streets(today=TODAY)] == [("Bob", 3), ("Alice", 1)]
    assert [b.name for b in stats.one_way_streets(today=TODAY, limit=1)] == ["Bob"]


def test_overdue_for_contact_under_each_partners_cadence(data):
    p, _, _ = data
    quiet = due_lists.overdue_for_contact(TODAY)  # Credibility: every 6 weeks
    # Alice (check-in 10 Jan: due 21 Feb) and Bob (15 Feb) are on time; Eve is new; Cleo retired.
    # Gail was introduced on 1 Jan (due 12 Feb); Hugo met 20 Dec; Finn 1 Nov; Dora never (added 1 Jan 2024).
    assert quiet.total == 4
    assert [(q.name, q.last_contact, q.due_date) for q in quiet.items] == [
        ("Gail", D(2025, 1, 1), D(2025, 2, 12)),
        ("Hugo", D(2024, 12, 20), D(2025, 1, 31)),
        ("Finn", D(2024, 11, 1), D(2024, 12, 13)),
        ("Dora", None, D(2024, 2, 12)),
    ]
    assert {q.weeks for q in quiet.items} == {6}
    assert due_lists.overdue_for_contact(TODAY, limit=1).total == 4  # the total counts beyond the limit
    # Gail's own cadence of 8 weeks puts her due on 26 Feb: no longer overdue.
    Partner.update(cadence_weeks=8).where(Partner.id == p["Gail"].id).execute()
    assert [q.name for q in due_lists.overdue_for_contact(TODAY).items] == ["Hugo", "Finn", "Dora"]
    states = due_lists.cadence_state(TODAY)
    assert p["Cleo"].id not in states
    assert (states[p["Alice"].id].state, states[p["Bob"].id].state, states[p["Gail"].id].state) == (
        "due_soon",
        "on_time",
        "on_time",
    )


def test_check_ins_due(data):
    due = due_lists.check_ins_due(TODAY)
    assert due.total == 6  # not Alice (January), not Cleo (retired)
    assert [(c.name, c.last_check, c.last_willingness) for c in due.items] == [
        ("Bob", D(2024, 6, 1), 7),
        ("Dora", None, None),
        ("Eve", None, None),
        ("Finn", None, None),
        ("Gail", None, None),
        ("Hugo", None, None),
    ]
    first_two = due_lists.check_ins_due(TODAY, limit=2)  # the total still counts everyone due
    assert (first_two.total, [c.name for c in first_two.items]) == (6, ["Bob", "Dora"])
    assert first_two.items[0].last_willingness == 7  # the latest of Bob's two check-ins


def test_follow_ups_due(data):
    _, r, _ = data
    due = due_lists.follow_ups_due(TODAY)
    assert due.total == 3
    assert [f.referral_id for f in due.items] == [r[1].id, r[5].id, r[4].id]
    intro = due.items[2]
    assert (intro.partner_name, intro.prospect, intro.direction) == ("Bob", "Gail", "given")
    assert [f.referral_id for f in due_lists.follow_ups_due(TODAY, limit=1).items] == [r[1].id]


def test_thanks_owed_overdue_first(data):
    _, r, t = data
    owed = due_lists.thanks_owed(TODAY)
    assert (owed.total, owed.overdue) == (3, 1)
    assert (due_lists.thanks_owed(TODAY, limit=1).total, due_lists.thanks_owed(TODAY, limit=1).overdue) == (3, 1)
    assert [x.thank_id for x in owed.items] == [t[1].id, t[4].id, t[2].id]
    assert [x.overdue for x in owed.items] == [True, False, False]
    assert owed.items[1].recipient == "Pat Prospect" and owed.items[1].partner_id is None
    assert owed.items[0].referral_id == r[3].id


def test_headline(data):
    h = stats.headline(TODAY)
    assert h.as_dict() == {
        "given_this_month": 1,
        "received_this_month": 1,
        "given_12_months": 5,
        "received_12_months": 3,
        "thanks_owed": 3,
        "thanks_overdue": 1,
    }


def test_partner_choices_lists_partners_with_referrals(data):
    names = [label for _id, label in partner_choices(with_referrals=True)]
    assert names == ["Alice · Alice Ltd", "Bob · Bob Ltd", "Cleo · Cleo Ltd", "Hugo · Hugo Ltd"]


def test_partner_choices_order_by_name_then_id(db):
    """Names in case-insensitive order on every database, whatever its collation; equal names by id."""
    made = [_partner(name) for name in ("bea", "Bea", "Al", "Bea", "Zed")]
    made[2].company = ""
    made[2].save()
    for partner in made:
        _ref(D(2025, 1, 5), Direction.GIVEN, partner)
    _partner("Nobody")  # no referral: not offered
    got = partner_choices(with_referrals=True)
    assert [pid for pid, _label in got] == [made[2].id, made[0].id, made[1].id, made[3].id, made[4].id]
    labels = ["Al", "bea · bea Ltd", "Bea · Bea Ltd", "Bea · Bea Ltd (2)", "Zed · Zed Ltd"]  # the same twice: (2)
    assert [label for _pid, label in got] == labels


def test_month_helpers():
    assert stats.window_start(D(2025, 2, 15), 12) == D(2024, 3, 1)
    assert stats.window_start(D(2025, 1, 31), 1) == D(2025, 1, 1)
    assert stats.add_months(D(2024, 12, 31), 1) == D(2025, 1, 1)
    assert stats.month_list(D(2024, 11, 30), D(2025, 1, 1)) == ["2024-11", "2024-12", "2025-01"]
    assert stats.quarter_of("2024-12") == "2024-Q4" and stats.quarter_of("2025-01") == "2025-Q1"


def test_dialect_helpers(db_url, data_dir):
    """The one place that differs: SQLite gets substr/MAX, PostgreSQL to_char/GREATEST (SQL built without a server)."""
    handle = open_database(db_url, backup_dir=paths.backup_dir(data_dir))
    try:
        assert "substr" in Referral.select(stats.month_key(Referral.date)).sql()[0]
        proxy.initialize(PostgresqlDatabase("refdesk"))
        month = Referral.select(stats.month_key(Referral.date)).sql()[0]
        latest = Referral.select(stats.greatest(Referral.date, Referral.closed_date)).sql()[0]
    finally:
        proxy.initialize(handle)
        handle.close()
    assert "to_char" in month and "GREATEST" in latest


def test_follow_ups_due_follow_the_referral_log_rule(db):
    """The Today page and the referral log count the same follow-ups as due, bad outcomes included."""
    import datetime as dt

    from refdesk.db.models import Direction, Outcome, Partner, Referral, ReferralStatus
    from refdesk.services import referrals

    today = dt.date(2026, 6, 10)
    p = Partner.create(name="Pat")
    base = dict(
        date=today - dt.timedelta(days=5),
        direction=Direction.GIVEN,
        partner=p,
        follow_up_date=today - dt.timedelta(days=1),
    )
    Referral.create(**base, status=ReferralStatus.CONTACTED)  # due
    Referral.create(**base, status=ReferralStatus.LOST, outcome=Outcome.BAD)  # due: find out what went wrong
    Referral.create(**base, status=ReferralStatus.WON, outcome=Outcome.GOOD)  # not due
    Referral.create(**base, status=ReferralStatus.PASSED, follow_up_done=True)  # confirmed
    due = due_lists.follow_ups_due(today)
    assert due.total == 2
    assert sorted(i.referral_id for i in due.items) == sorted(r.id for r in referrals.due_follow_ups(today))


def test_partner_balance_ties_rank_the_same_with_and_without_a_limit(db):
    """The whole list is ranked in Python, a top-N in SQL: both give the same order, ties included."""
    G, R = Direction.GIVEN, Direction.RECEIVED
    day = D(2025, 1, 20)
    # name: (given, received).  |balance| first, then the balance (given-heavy first), then given, then id.
    counts = {
        "Ann": (0, 2),
        "Ben": (2, 0),
        "Cat": (3, 2),
        "Dan": (1, 0),
        "Eli": (1, 0),
        "Fay": (2, 2),
        "Gus": (0, 1),
        "Hal": (1, 1),
    }
    for name, (given, received) in counts.items():
        partner = _partner(name)
        for _ in range(given):
            _ref(day, G, partner)
        for _ in range(received):
            _ref(day, R, partner)
    expected = ["Ben", "Ann", "Cat", "Dan", "Eli", "Gus", "Fay", "Hal"]
    assert [b.name for b in stats.partner_balances(today=TODAY)] == expected
    for n in range(1, len(expected) + 1):
        assert [b.name for b in stats.partner_balances(today=TODAY, limit=n)] == expected[:n]
    assert [b.name for b in stats.one_way_streets(today=TODAY)] == ["Ben", "Cat", "Dan", "Eli"]
