"""Demo data: realistic, complete and deterministic."""

from __future__ import annotations

import datetime as dt

from refdesk import paths
from refdesk.db import database
from refdesk.db.models import (
    Direction,
    Meeting,
    Partner,
    PartnerEmail,
    Referral,
    ReferralStatus,
    StandingCheck,
    ThankStatus,
    ThankYou,
)
from refdesk.services import demo

TODAY = dt.date(2026, 11, 22)


def snapshot() -> list[tuple]:
    partners = list(Partner.select(Partner.name, Partner.company, Partner.category, Partner.stage).tuples())
    referrals = list(
        Referral.select(
            Referral.date, Referral.direction, Referral.partner, Referral.status, Referral.closed_value
        ).tuples()
    )
    thanks = list(ThankYou.select(ThankYou.partner, ThankYou.due_date, ThankYou.status).tuples())
    return partners + referrals + thanks


def test_same_seed_gives_the_same_data(tmp_path):
    dumps = []
    for name in ("one", "two"):
        handle = database.open_database(paths.sqlite_url(tmp_path / f"{name}.db"))
        demo.generate(partners=60, referrals=500, seed=7, today=TODAY)
        dumps.append(snapshot())
        handle.close()
    assert dumps[0] == dumps[1]
    handle = database.open_database(paths.sqlite_url(tmp_path / "three.db"))
    demo.generate(partners=60, referrals=500, seed=8, today=TODAY)
    assert snapshot() != dumps[0]
    handle.close()


def test_demo_data_covers_every_state(db):
    summary = demo.generate(partners=150, referrals=2000, seed=1, today=TODAY)
    assert Partner.select().count() == summary.partners == 150
    assert Referral.select().count() == 2000
    assert PartnerEmail.select().count() >= 150
    assert Meeting.select().count() > 0 and StandingCheck.select().count() > 0
    directions = {r.direction for r in Referral.select(Referral.direction).distinct()}
    assert directions == set(Direction)
    statuses = {r.status for r in Referral.select(Referral.status).distinct()}
    assert statuses == set(ReferralStatus)
    thank_states = {t.status for t in ThankYou.select(ThankYou.status).distinct()}
    assert thank_states == set(ThankStatus)
    dates = [r.date for r in Referral.select(Referral.date)]
    assert min(dates) >= TODAY - dt.timedelta(days=731) and max(dates) <= TODAY
    assert Referral.select().where(Referral.closed_value.is_null(False)).count() > 0
    # every received referral has a thank-you owed to its partner
    received = Referral.select().where(Referral.direction == Direction.RECEIVED).count()
    assert ThankYou.select().where(ThankYou.referral.is_null(False)).count() >= received
