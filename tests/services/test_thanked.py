"""Thanks from both parties on referrals I give: recorded in one click, undone, counted per partner,
and the Today page's "ask how it went" list (given referrals the partner has not thanked me for)."""

from __future__ import annotations

import datetime as dt

import pytest

from refdesk.db.models import Direction, Partner, Referral, Stage
from refdesk.services import partners as ps
from refdesk.services import referrals as svc
from refdesk.services import rules
from refdesk.services.referrals import thanked

TODAY = dt.date(2025, 3, 10)


def _give(partner: Partner, day: dt.date, direction: Direction = Direction.GIVEN, prospect: str = "Dana") -> int:
    data = svc.ReferralData(date=day, direction=direction, partner_id=partner.id, prospect_name=prospect)
    return svc.create_referral(data, today=day).id


@pytest.fixture
def ada(db):
    return Partner.create(name="Ada Okafor")


def test_partner_and_prospect_thanks_are_recorded_dated_and_undone(ada):
    rid = _give(ada, TODAY - dt.timedelta(days=3))
    row = svc.get_row(rid)
    change = svc.set_thanked(rid, "partner", today=TODAY, expected_version=row.version)
    assert change.text == "The partner thanked me"
    assert Referral.get_by_id(rid).partner_thanked_date == TODAY
    svc.set_thanked(rid, "prospect", today=TODAY, on=TODAY - dt.timedelta(days=1))
    ref = Referral.get_by_id(rid)
    assert (ref.partner_thanked_date, ref.prospect_thanked_date) == (TODAY, TODAY - dt.timedelta(days=1))
    assert svc.get_row(rid).partner_thanked_date == TODAY  # the list sees it too
    svc.set_thanked(rid, "prospect", False, today=TODAY)
    assert Referral.get_by_id(rid).prospect_thanked_date is None


def test_undo_puts_the_thanks_back_as_they_were(ada):
    rid = _give(ada, TODAY - dt.timedelta(days=3))
    change = svc.set_thanked(rid, "partner", today=TODAY)
    change.undo()
    assert Referral.get_by_id(rid).partner_thanked_date is None
    change.redo()
    assert Referral.get_by_id(rid).partner_thanked_date == TODAY


def test_thanks_are_never_dated_before_the_referral_and_not_on_received_ones(ada):
    rid = _give(ada, TODAY)
    svc.set_thanked(rid, "partner", today=TODAY, on=TODAY - dt.timedelta(days=9))
    assert Referral.get_by_id(rid).partner_thanked_date == TODAY
    received = _give(ada, TODAY, Direction.RECEIVED)
    with pytest.raises(svc.ReferralError, match="you owe the thank-you"):
        svc.set_thanked(received, "partner", today=TODAY)
    assert Referral.get_by_id(received).partner_thanked_date is None
    data = svc.data_of(rid)
    data.prospect_thanked_date = TODAY - dt.timedelta(days=1)
    with pytest.raises(svc.ReferralError, match="before the referral date") as caught:
        svc.update_referral(rid, data, today=TODAY)
    assert caught.value.field == "prospect_thanked_date"


def test_acknowledged_per_partner_over_the_last_12_months(ada):
    bob = Partner.create(name="Bob Lee")
    ids = [_give(ada, TODAY - dt.timedelta(days=d)) for d in (5, 20, 40, 60)]
    _give(ada, dt.date(2023, 1, 5))  # outside the window: not counted
    old = _give(ada, dt.date(2023, 2, 5))
    svc.set_thanked(old, "partner", today=TODAY)
    _give(ada, TODAY, Direction.RECEIVED)  # received: not a referral I gave
    for rid in ids[:3]:
        svc.set_thanked(rid, "partner", today=TODAY)
    svc.set_thanked(ids[0], "prospect", today=TODAY)
    counts = thanked.acknowledged(today=TODAY)
    assert counts[ada.id] == thanked.Acknowledged(4, 3, 1)
    assert bob.id not in counts
    assert counts[ada.id].rate == 0.75
    assert counts[ada.id].words() == "3 of 4 · 75%"
    assert "the partner thanked you for 3 and the prospect for 1" in counts[ada.id].sentence()
    # the partner list counts the same
    row = ps.partner_row(ada.id, on=TODAY)
    assert (row[ps.COL_GIVEN], row[ps.COL_THANKED], row[ps.COL_PROSPECT_THANKED]) == (4, 3, 1)
    assert ps.partner_row(bob.id, on=TODAY)[ps.COL_THANKED] == 0
    assert thanked.acknowledged([bob.id], today=TODAY) == {}


def test_ask_how_it_went_lists_given_referrals_the_partner_has_not_thanked_for(ada):
    days = rules.ASK_AFTER_DAYS
    retired = Partner.create(name="Old Partner", stage=Stage.RETIRED)
    due_old = _give(ada, TODAY - dt.timedelta(days=days + 10), prospect="First")
    due_now = _give(ada, TODAY - dt.timedelta(days=days), prospect="Second")
    _give(ada, TODAY - dt.timedelta(days=days - 1))  # too recent
    done = _give(ada, TODAY - dt.timedelta(days=days + 3))
    svc.set_thanked(done, "partner", today=TODAY)
    prospect_only = _give(ada, TODAY - dt.timedelta(days=days + 2), prospect="Third")
    svc.set_thanked(prospect_only, "prospect", today=TODAY)  # only the prospect: still ask the partner
    _give(ada, TODAY - dt.timedelta(days=days + 1), Direction.RECEIVED)
    _give(retired, TODAY - dt.timedelta(days=days + 1))
    _give(ada, dt.date(2023, 1, 1))  # long ago: before the last 12 months
    asks = thanked.ask_how_it_went(TODAY)
    assert asks.total == 3
    assert [a.referral_id for a in asks.items] == [due_old, prospect_only, due_now]
    assert [a.prospect for a in asks.items] == ["First", "Third", "Second"]
    assert [a.prospect_thanked for a in asks.items] == [False, True, False]
    assert asks.items[0].as_dict()["date"] == (TODAY - dt.timedelta(days=days + 10)).isoformat()
    # a longer wait (the setting) lists fewer; once thanked, it leaves the list
    assert thanked.ask_how_it_went(TODAY, days=days + 5).total == 1
    svc.set_thanked(due_old, "partner", today=TODAY)
    assert thanked.ask_how_it_went(TODAY, limit=1).total == 2
    assert len(thanked.ask_how_it_went(TODAY, limit=1).items) == 1
