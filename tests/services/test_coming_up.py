"""Meetings' next steps (done or not) and what is coming up, on a fixed date."""

from __future__ import annotations

import datetime as dt

import pytest

from refdesk.db.models import Direction, Meeting, Partner, Referral, ReferralStatus, Stage, ThankStatus, ThankYou
from refdesk.services import due
from refdesk.services import partners as ps
from refdesk.services.concurrency import Conflict

TODAY = dt.date(2026, 3, 10)
D = dt.date
LONG_AGO = dt.datetime(2025, 1, 1, 9, 0)


def _partner(name: str, stage: Stage = Stage.CREDIBILITY) -> Partner:
    return Partner.create(name=name, stage=stage, created_at=LONG_AGO)


def _meeting(partner, day, step="", step_date=None, done=None) -> Meeting:
    return Meeting.create(partner=partner, date=day, next_step=step, next_step_date=step_date, next_step_done=done)


def test_next_steps_due_and_marking_one_done(db):
    ada = _partner("Ada Okafor")
    late = _meeting(ada, D(2026, 2, 1), "Send the brochure", D(2026, 3, 1))
    today = _meeting(ada, D(2026, 3, 2), "Call <b>Bob</b>", TODAY)
    soon = _meeting(ada, D(2026, 3, 3), "Lunch", D(2026, 3, 14))
    _meeting(ada, D(2026, 3, 4), "Done already", D(2026, 3, 5), done=D(2026, 3, 6))
    _meeting(ada, D(2026, 3, 4))  # no next step
    steps = due.next_steps_due(TODAY)
    assert steps.total == 2
    assert [(s.meeting_id, s.step, s.due_date, s.overdue) for s in steps.items] == [
        (late.id, "Send the brochure", D(2026, 3, 1), True),
        (today.id, "Call <b>Bob</b>", TODAY, False),
    ]
    assert set(steps.items[0].as_dict()) == {"meeting_id", "partner_id", "partner_name", "step", "due_date", "overdue"}
    assert [s.meeting_id for s in due.next_steps_due(TODAY, within_days=7).items] == [late.id, today.id, soon.id]
    assert due.next_steps_due(TODAY, limit=1).total == 2

    change = ps.set_next_step_done(late.id, True, steps.items[0].version, today=TODAY)
    assert ps.get_meeting(late.id).next_step_done == TODAY
    assert [s.meeting_id for s in due.next_steps_due(TODAY).items] == [today.id]
    assert "Ada Okafor" in change.text
    change.undo()
    assert ps.get_meeting(late.id).next_step_done is None and due.next_steps_due(TODAY).total == 2
    change.redo()
    assert due.next_steps_due(TODAY).total == 1
    ps.set_next_step_done(late.id, False, ps.get_meeting(late.id).version)
    assert due.next_steps_due(TODAY).total == 2


def test_marking_a_next_step_someone_changed_meanwhile_is_a_conflict(db):
    ada = _partner("Ada Okafor")
    step = _meeting(ada, D(2026, 2, 1), "Send the brochure", D(2026, 3, 1))
    seen = step.version
    data = ps.get_meeting(step.id)
    data.next_step = "Send the new brochure"
    ps.update_meeting(step.id, data)
    with pytest.raises(Conflict):
        ps.set_next_step_done(step.id, True, seen)
    assert ps.get_meeting(step.id).next_step_done is None
    with pytest.raises(ps.PartnerError):
        ps.set_next_step_done(_meeting(ada, TODAY).id, True, None)  # no next step to mark
    with pytest.raises(ps.PartnerNotFound):
        ps.set_next_step_done(99999, True, None)


@pytest.fixture
def week(db):
    """One of each kind, overdue, due today, coming up within 7 days, and later."""
    ada, ben = _partner("Ada Okafor"), _partner("Ben Smith")
    old = _partner("Old Friend")  # never touched since 2025: overdue for contact
    Meeting.create(partner=ada, date=TODAY - dt.timedelta(days=2))
    Meeting.create(partner=ben, date=TODAY - dt.timedelta(weeks=6) + dt.timedelta(days=3))  # cadence due in 3 days
    for p in (ada, ben):  # asked recently: no check-in due (Old Friend was never asked: due today)...
        p.standing_checks.model.create(
            partner=p, date=TODAY - dt.timedelta(days=10), willingness=5, comfort="would_recommend"
        )
    # ...but Ben's last check-in goes 90 days old in 5 days
    ben.standing_checks.model.update(date=TODAY - dt.timedelta(days=86)).where(
        ben.standing_checks.model.partner == ben.id
    ).execute()
    f_late = Referral.create(
        partner=ada,
        date=D(2026, 3, 1),
        direction=Direction.GIVEN,
        prospect_name="Pat Prospect",
        follow_up_date=D(2026, 3, 3),
        status=ReferralStatus.PASSED,
    )
    f_soon = Referral.create(
        partner=ada,
        date=TODAY,
        direction=Direction.RECEIVED,
        follow_up_date=D(2026, 3, 12),
        status=ReferralStatus.PASSED,
    )
    Referral.create(  # later than a week
        partner=ada,
        date=TODAY,
        direction=Direction.RECEIVED,
        follow_up_date=D(2026, 3, 30),
        status=ReferralStatus.PASSED,
    )
    t_today = ThankYou.create(partner=ada, due_date=TODAY, status=ThankStatus.OWED, referral=f_late)
    ThankYou.create(recipient_name="Pat Prospect", due_date=D(2026, 4, 1), status=ThankStatus.OWED)
    step = _meeting(ada, D(2026, 3, 8), "Send the brochure", D(2026, 3, 9))
    return {"ada": ada, "ben": ben, "old": old, "f_late": f_late, "f_soon": f_soon, "t_today": t_today, "step": step}


def test_upcoming_overdue_first_then_by_date(week):
    coming = due.upcoming(TODAY)
    got = [(u.kind, u.date, u.overdue, u.partner_name) for u in coming.items]
    assert got == [  # overdue ones first, each with its own date; then by date
        ("cadence", D(2025, 2, 12), True, "Old Friend"),  # added 1 Jan 2025, never touched: due 6 weeks later
        ("follow_up", D(2026, 3, 3), True, "Ada Okafor"),
        ("next_step", D(2026, 3, 9), True, "Ada Okafor"),
        ("thank_you", TODAY, False, "Ada Okafor"),
        ("check_in", TODAY, False, "Old Friend"),  # never asked: due now
        ("follow_up", D(2026, 3, 12), False, "Ada Okafor"),
        ("cadence", D(2026, 3, 13), False, "Ben Smith"),
        ("check_in", D(2026, 3, 15), False, "Ben Smith"),
    ]
    assert coming.total == len(coming.items) == 8
    first = coming.items[1]
    assert (first.referral_id, first.ref_id, first.title) == (
        week["f_late"].id,
        week["f_late"].id,
        "Follow up with Ada Okafor and Pat Prospect",
    )
    assert set(first.as_dict()) == {
        "kind",
        "date",
        "overdue",
        "title",
        "partner_id",
        "partner_name",
        "referral_id",
        "ref_id",
    }
    assert due.upcoming(TODAY, limit=2).total == 8 and len(due.upcoming(TODAY, limit=2).items) == 2
    assert len(due.upcoming(TODAY, days=0).items) == 5  # overdue, and due today
    assert len(due.upcoming(TODAY, days=30).items) == 10  # the follow-up of 30 Mar and the thank-you of 1 Apr
