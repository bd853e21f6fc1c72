"""The partner list's stay-in-touch light (``COL_CONTACT``…) agrees with ``due.cadence_state`` whatever
the last touch was: a meeting, a referral either way, being a prospect, a check-in, a thank-you sent."""

from __future__ import annotations

import datetime as dt

import pytest

from refdesk.db.models import (
    Comfort,
    Direction,
    Meeting,
    Partner,
    Referral,
    Stage,
    StandingCheck,
    ThankStatus,
    ThankYou,
)
from refdesk.services import due, rules
from refdesk.services import partners as ps

TODAY = dt.date(2026, 6, 15)
LONG_AGO = dt.datetime(2025, 1, 6, 9, 0)


def _touch(kind: str, partner: Partner, other: Partner, day: dt.date) -> None:
    if kind == "meeting":
        Meeting.create(partner=partner, date=day)
    elif kind == "given":
        Referral.create(partner=partner, date=day, direction=Direction.GIVEN)
    elif kind == "received":
        Referral.create(partner=partner, date=day, direction=Direction.RECEIVED)
    elif kind == "prospect":
        Referral.create(partner=other, prospect_partner=partner, date=day, direction=Direction.GIVEN)
    elif kind == "check_in":
        StandingCheck.create(partner=partner, date=day, willingness=6, comfort=Comfort.WOULD_RECOMMEND)
    elif kind == "thank_you":
        ThankYou.create(partner=partner, due_date=day, status=ThankStatus.SENT, sent_date=day)
        ThankYou.create(partner=partner, due_date=day + dt.timedelta(days=3))  # owed: no touch


@pytest.mark.parametrize("kind", ["meeting", "given", "received", "prospect", "check_in", "thank_you"])
@pytest.mark.parametrize(("days_ago", "state"), [(10, "on_time"), (36, "due_soon"), (50, "overdue")])
def test_every_touch_sets_the_light_as_the_cadence_does(db, kind, days_ago, state):
    ada = Partner.create(name="Ada", stage=Stage.CREDIBILITY, created_at=LONG_AGO)  # every 6 weeks
    other = Partner.create(name="Other", stage=Stage.RETIRED, retired_reason="x", created_at=LONG_AGO)
    _touch(kind, ada, other, TODAY - dt.timedelta(days=days_ago))
    row = next(r for r in ps.list_partners(on=TODAY) if r[ps.COL_ID] == ada.id)
    expected = due.cadence_state(TODAY)[ada.id]
    assert (row[ps.COL_CONTACT], row[ps.COL_CONTACT_DUE], row[ps.COL_CADENCE]) == (
        expected.state,
        expected.due_date.isoformat(),
        expected.weeks,
    )
    assert row[ps.COL_CONTACT] == state
    assert row[ps.COL_LAST_CONTACT] == (TODAY - dt.timedelta(days=days_ago)).isoformat()
    assert ps.partner_row(ada.id, on=TODAY) == row
    assert next(r for r in ps.first_partners(5, on=TODAY, show_retired=True) if r[ps.COL_ID] == ada.id) == row


def test_no_touch_counts_from_the_day_added_and_retired_has_no_light(db):
    ada = Partner.create(name="Ada", stage=Stage.PROFITABILITY, created_at=dt.datetime(2026, 6, 1, 17, 30))
    own = Partner.create(name="Ben", stage=Stage.VISIBILITY, cadence_weeks=1, created_at=LONG_AGO)
    gone = Partner.create(name="Cy", stage=Stage.RETIRED, retired_reason="moved", created_at=LONG_AGO)
    rows = {r[ps.COL_ID]: r for r in ps.list_partners(on=TODAY)}
    assert rows[ada.id][ps.COL_CONTACT_DUE] == "2026-06-29" and rows[ada.id][ps.COL_CONTACT] == "on_time"
    assert rows[ada.id][ps.COL_LAST_CONTACT] is None
    assert rows[own.id][ps.COL_CADENCE] == 1 and rows[own.id][ps.COL_CONTACT] == "overdue"
    assert rows[gone.id][ps.COL_CONTACT :] == (None, None, None)
    states = due.cadence_state(TODAY)
    assert {pid: (s.state, s.due_date.isoformat()) for pid, s in states.items()} == {
        pid: (r[ps.COL_CONTACT], r[ps.COL_CONTACT_DUE]) for pid, r in rows.items() if r[ps.COL_CONTACT]
    }


def test_the_stage_defaults_set_change_the_light(db):
    ada = Partner.create(name="Ada", stage=Stage.VISIBILITY, created_at=LONG_AGO)
    Meeting.create(partner=ada, date=TODAY - dt.timedelta(days=30))
    assert ps.partner_row(ada.id, on=TODAY)[ps.COL_CONTACT] == "on_time"  # every 8 weeks
    rules.configure(cadence_visibility_weeks=4)
    assert ps.partner_row(ada.id, on=TODAY)[ps.COL_CONTACT] == "overdue"
