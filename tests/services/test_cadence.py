"""The stay-in-touch cadence: by stage or the partner's own, reset by every kind of touch, on a fixed date."""

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

TODAY = dt.date(2026, 3, 10)
LONG_AGO = dt.datetime(2025, 1, 1, 9, 0)
TOUCH = TODAY - dt.timedelta(days=3)


def _partner(name: str, stage: Stage = Stage.CREDIBILITY, **kw) -> Partner:
    return Partner.create(name=name, stage=stage, created_at=LONG_AGO, **kw)


TOUCHES = {
    "meeting": lambda p, other: Meeting.create(partner=p, date=TOUCH),
    "referral given": lambda p, other: Referral.create(partner=p, date=TOUCH, direction=Direction.GIVEN),
    "referral received": lambda p, other: Referral.create(partner=p, date=TOUCH, direction=Direction.RECEIVED),
    "introduced to them": lambda p, other: Referral.create(
        partner=other, prospect_partner=p, date=TOUCH, direction=Direction.GIVEN
    ),
    "check-in": lambda p, other: StandingCheck.create(
        partner=p, date=TOUCH, willingness=8, comfort=Comfort.WOULD_RECOMMEND
    ),
    "thank-you sent": lambda p, other: ThankYou.create(
        partner=p, due_date=TOUCH, status=ThankStatus.SENT, sent_date=TOUCH
    ),
}


@pytest.mark.parametrize("touch", TOUCHES)
def test_every_kind_of_touch_resets_the_cadence(db, touch):
    partner, other = _partner("Keiko Silva"), _partner("Someone Else")
    Meeting.create(partner=partner, date=dt.date(2025, 6, 1))
    before = due.cadence_state(TODAY)[partner.id]
    assert (before.state, before.last_contact, before.weeks) == ("overdue", dt.date(2025, 6, 1), 6)
    assert partner.id in {q.partner_id for q in due.overdue_for_contact(TODAY).items}
    TOUCHES[touch](partner, other)
    after = due.cadence_state(TODAY)[partner.id]
    assert (after.last_contact, after.due_date, after.state) == (TOUCH, TOUCH + dt.timedelta(weeks=6), "on_time")
    assert partner.id not in {q.partner_id for q in due.overdue_for_contact(TODAY).items}


def test_what_is_not_a_touch(db):
    partner = _partner("Keiko Silva")
    ThankYou.create(partner=partner, due_date=TOUCH, status=ThankStatus.WRITTEN)  # owed, not sent
    ThankYou.create(partner=partner, due_date=TOUCH, status=ThankStatus.OWED, sent_date=TOUCH)  # not marked sent
    state = due.cadence_state(TODAY)[partner.id]
    assert state.last_contact is None and state.state == "overdue"


def test_by_stage_or_their_own_and_the_traffic_light(db):
    seeing = _partner("Profitable", Stage.PROFITABILITY)
    known = _partner("Visible", Stage.VISIBILITY)
    own = _partner("Own Pace", Stage.VISIBILITY, cadence_weeks=2)
    gone = _partner("Retired", Stage.RETIRED)
    for p in (seeing, known, own, gone):
        Meeting.create(partner=p, date=TODAY - dt.timedelta(weeks=3))
    states = due.cadence_state(TODAY)
    assert gone.id not in states  # retired partners have no cadence
    assert states[seeing.id].weeks == 4 and states[seeing.id].state == "due_soon"  # due in 7 days
    assert states[known.id].weeks == 8 and states[known.id].state == "on_time"
    assert states[own.id].weeks == 2 and states[own.id].state == "overdue"
    # due today is due soon, not yet overdue; the day after, overdue
    assert due.cadence_state(TODAY + dt.timedelta(days=7))[seeing.id].state == "due_soon"
    assert due.cadence_state(TODAY + dt.timedelta(days=8))[seeing.id].state == "overdue"
    assert due.cadence_state(TODAY + dt.timedelta(days=6), partners=[seeing.id]).keys() == {seeing.id}
    # the stage's default is a setting
    rules.configure(cadence_profitability_weeks=10)
    assert due.cadence_state(TODAY)[seeing.id].weeks == 10
    assert due.cadence_state(TODAY)[seeing.id].as_dict()["state"] == "on_time"


def test_a_partner_never_touched_is_due_from_the_day_they_were_added(db):
    new = Partner.create(name="Just Added", stage=Stage.VISIBILITY, created_at=dt.datetime(2026, 3, 9, 17, 30))
    state = due.cadence_state(TODAY)[new.id]
    assert (state.last_contact, state.due_date, state.state) == (None, dt.date(2026, 5, 4), "on_time")


@pytest.mark.parametrize("weeks", [0, -1, 105, 10_000, "six"])
def test_a_cadence_out_of_range_is_refused_with_a_clear_message(db, weeks):
    with pytest.raises(rules.RuleError, match="whole number of weeks from 1 to 104"):
        rules.configure(cadence_visibility_weeks=weeks)
    assert rules.CADENCE_WEEKS[Stage.VISIBILITY] == 8  # nothing changed
    with pytest.raises(ps.PartnerError) as refused:
        ps.create_partner(ps.PartnerData(name="Bad Pace", cadence_weeks=weeks))  # type: ignore[arg-type]
    assert "whole number of weeks from 1 to 104" in refused.value.problems["cadence_weeks"]
    assert not Partner.select().where(Partner.name == "Bad Pace").exists()


def test_the_profile_saves_and_undoes_a_cadence(db):
    pid = ps.create_partner(ps.PartnerData(name="Keiko Silva", cadence_weeks=3)).id
    data = ps.get_partner(pid)
    assert data.cadence_weeks == 3
    data.cadence_weeks = 104
    change = ps.update_partner(pid, data, data.version)
    assert ps.get_partner(pid).cadence_weeks == 104
    change.undo()
    assert ps.get_partner(pid).cadence_weeks == 3
    data = ps.get_partner(pid)
    data.cadence_weeks = None  # back to the stage's
    ps.update_partner(pid, data, data.version)
    assert ps.get_partner(pid).cadence_weeks is None
    assert rules.cadence_weeks(Stage.CREDIBILITY, None) == 6 and rules.cadence_weeks(Stage.RETIRED, 3) is None
