"""The reminders' one source: what is due, each with a stable uid, overdue ones dated today."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from refdesk.db.models import Direction, Meeting, Partner, Referral, ReferralStatus, Stage, ThankStatus, ThankYou
from refdesk.services import calendar_file, reminders

TODAY = dt.date(2026, 3, 10)


def test_items_are_dated_today_when_overdue_and_keep_their_uid(db):
    ada = Partner.create(name="Ada Okafor", stage=Stage.CREDIBILITY, created_at=dt.datetime(2026, 3, 1))
    ben = Partner.create(name="Ben Smith", stage=Stage.CREDIBILITY, created_at=dt.datetime(2026, 3, 1))
    referral = Referral.create(
        partner=ada,
        prospect_partner=ben,
        date=dt.date(2026, 3, 2),
        direction=Direction.GIVEN,
        prospect_need="A new roof",
        follow_up_date=dt.date(2026, 3, 4),
        status=ReferralStatus.PASSED,
    )
    ThankYou.create(partner=ben, due_date=dt.date(2026, 3, 12), status=ThankStatus.OWED, referral=referral)
    Meeting.create(partner=ada, date=TODAY, next_step="Lunch", next_step_date=dt.date(2026, 5, 1))  # too far
    found = reminders.items(TODAY, days=7)
    follow, thanks = [r for r in found if r.kind == "follow_up"], [r for r in found if r.kind == "thank_you"]
    assert [(r.date, r.due_date, r.overdue) for r in follow] == [(TODAY, dt.date(2026, 3, 4), True)]
    assert follow[0].uid == f"refdesk-follow_up-{referral.id}@refdesk" and follow[0].partner == "Ada Okafor"
    assert follow[0].referral == "Given to Ada Okafor on Mar 2, 2026 · Ben Smith · A new roof"
    assert [(r.date, r.overdue, r.partner) for r in thanks] == [(dt.date(2026, 3, 12), False, "Ben Smith")]
    assert [r.kind for r in found].count("next_step") == 0
    assert [r.kind for r in reminders.items(TODAY, days=60)].count("next_step") == 1
    assert [r.uid for r in reminders.items(TODAY, days=7)] == [r.uid for r in found]
    bare = reminders.items(TODAY, days=7, referral_words=False)  # what a notification needs
    assert [r.referral for r in bare] == [""] * len(found)
    assert [replace(r, referral="") for r in found] == bare  # the rest the same
    counts = reminders.counts(found)
    assert counts == {"follow_up": 1, "thank_you": 1, "check_in": 2, "next_step": 0, "cadence": 0}
    text = calendar_file.build(found, dt.time(9), stamp=dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.timezone.utc))
    assert text.count(b"BEGIN:VEVENT") == 4 and b"UID:refdesk-follow_up-" in text
    assert b"SUMMARY:Overdue: Follow up with Ada Okafor and Ben Smith" in text
