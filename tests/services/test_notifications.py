"""The reminders' notifications: one digest a day at the chosen time, the new ones, never twice, snooze."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat

import pytest

from refdesk.db.models import Comfort, Direction, Partner, StandingCheck
from refdesk.services import notifications as n
from refdesk.services import referrals as svc

NINE = dt.time(9, 0)
DAY = dt.date(2026, 12, 3)


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def item(ident: int, kind: str = "follow_up", date: dt.date = DAY) -> n.Item:
    return n.Item(f"refdesk-{kind}-{ident}@refdesk", kind, f"Item {ident}", date, date < DAY, "referrals", ident)


class Clock:
    """Checks as the window makes them: the state saved after each one, as the window saves it."""

    def __init__(self, path, at_time=NINE):
        self.path, self.at = path, at_time

    def check(self, items, when):
        digest, after = n.decide(items, when, self.at, n.load(self.path))
        n.save(self.path, after)
        return digest


@pytest.fixture
def clock(tmp_path):
    return Clock(tmp_path / n.STATE_FILE)


def test_nothing_before_the_chosen_time_then_one_digest_of_everything_due(clock):
    due = [item(1), item(2, "thank_you"), item(3, "check_in", DAY - dt.timedelta(days=4))]
    assert clock.check(due, at(8, 59)) is None
    digest = clock.check(due, at(9, 0))
    assert digest is not None and digest.kind == "daily"
    assert [i.uid for i in digest.items] == [i.uid for i in due]
    assert digest.count == digest.total_due == 3
    for minute in (5, 10, 55):  # the checks every few minutes say nothing more
        assert clock.check(due, at(9, minute)) is None
    assert clock.check(due, at(23, 59)) is None


def test_a_window_started_after_the_time_gives_the_day_digest_at_once(clock):
    digest = clock.check([item(1)], at(14, 30))
    assert digest is not None and digest.kind == "daily" and digest.count == 1


def test_a_restart_does_not_notify_again(tmp_path):
    path = tmp_path / n.STATE_FILE
    assert Clock(path).check([item(1), item(2)], at(9)) is not None
    restarted = Clock(path)  # a new window, the same data folder
    assert restarted.check([item(1), item(2)], at(9, 1)) is None
    assert restarted.check([item(1), item(2)], at(17)) is None


def test_what_falls_due_while_running_is_one_digest_of_the_new_ones_only(clock):
    assert clock.check([item(1), item(2)], at(9)).count == 2
    digest = clock.check([item(1), item(2), item(3), item(4, "thank_you")], at(11, 5))
    assert digest is not None and digest.kind == "new"
    assert [i.uid for i in digest.items] == [item(3).uid, item(4, "thank_you").uid]
    assert digest.total_due == 4  # the tray counts them all
    assert clock.check([item(1), item(2), item(3), item(4, "thank_you")], at(11, 10)) is None


def test_an_item_done_and_due_again_the_same_day_is_not_notified_twice(clock):
    clock.check([item(1)], at(9))
    assert clock.check([], at(10)) is None  # marked done
    assert clock.check([item(1)], at(11)) is None  # undone: already notified today


def test_items_due_before_the_time_wait_for_the_digest(clock):
    assert clock.check([item(1)], at(7)) is None
    assert clock.check([item(1), item(2)], at(8)) is None
    digest = clock.check([item(1), item(2)], at(9))
    assert digest.kind == "daily" and digest.count == 2


def test_nothing_due_is_no_notification_and_a_later_item_is_a_new_digest(clock):
    assert clock.check([], at(9)) is None
    state = n.load(clock.path)
    assert state.day == DAY and state.digest_sent  # counted as given: no daily digest later that day
    digest = clock.check([item(7)], at(15))
    assert digest is not None and digest.kind == "new" and digest.count == 1


def test_midnight_starts_a_new_day_whose_digest_repeats_what_is_still_open(clock):
    clock.check([item(1)], at(9))
    tomorrow = DAY + dt.timedelta(days=1)
    still = [item(1), item(2, date=tomorrow)]
    assert clock.check(still, at(0, 0, tomorrow)) is None  # just past midnight: before the time
    assert clock.check(still, at(8, 59, tomorrow)) is None
    digest = clock.check(still, at(9, 0, tomorrow))
    assert digest.kind == "daily" and [i.uid for i in digest.items] == [item(1).uid, item(2).uid]


def test_snooze_until_tomorrow_holds_everything_until_the_next_day_digest(clock):
    clock.check([item(1)], at(9))
    n.save(clock.path, n.snooze(n.load(clock.path), at(9, 2)))
    assert clock.check([item(1), item(2)], at(12)) is None  # fell due after the snooze: held back
    tomorrow = DAY + dt.timedelta(days=1)
    assert clock.check([item(1), item(2)], at(0, 5, tomorrow)) is None
    assert clock.check([item(1), item(2)], at(8, 59, tomorrow)) is None
    digest = clock.check([item(1), item(2)], at(9, 0, tomorrow))
    assert digest.kind == "daily" and digest.count == 2
    assert n.load(clock.path).snoozed_until is None  # over
    assert clock.check([item(1), item(2), item(3)], at(10, 0, tomorrow)).count == 1  # notifying again


def test_snooze_before_the_digest_skips_that_day_digest(clock):
    n.save(clock.path, n.snooze(n.State(), at(8)))
    assert clock.check([item(1)], at(9)) is None
    assert clock.check([item(1)], at(9, 0, DAY + dt.timedelta(days=1))).count == 1


def test_a_later_time_moves_the_digest(tmp_path):
    late = Clock(tmp_path / n.STATE_FILE, dt.time(17, 30))
    assert late.check([item(1)], at(9)) is None
    assert late.check([item(1)], at(17, 29)) is None
    assert late.check([item(1)], at(17, 30)).kind == "daily"


def test_the_state_file_is_private_json_and_a_damaged_one_is_a_fresh_start(clock, caplog):
    clock.check([item(1)], at(9))
    mode = stat.S_IMODE(os.stat(clock.path).st_mode)
    assert mode == 0o600
    data = json.loads(clock.path.read_text())
    assert data["day"] == DAY.isoformat() and data["notified"] == [item(1).uid] and data["digest_sent"] is True
    assert not list(clock.path.parent.glob("*.partial"))
    for damaged in ("{not json", '["a list"]', '{"day": "yesterday"}', '{"notified": [1, 2]}'):
        clock.path.write_text(damaged)
        assert n.load(clock.path) == n.State()
    assert "cannot be read" in caplog.text
    assert n.load(clock.path.parent / "missing.json") == n.State()


def test_next_check_is_the_time_or_a_few_minutes_whichever_comes_first():
    assert n.next_check(at(8, 58), NINE) == at(9, 0)
    assert n.next_check(at(7), NINE) == at(7, n.CHECK_MINUTES)
    assert n.next_check(at(9), NINE) == at(9, n.CHECK_MINUTES)
    assert n.next_check(at(23, 58), NINE) == at(23, 58) + dt.timedelta(minutes=n.CHECK_MINUTES)


def test_the_clock_override_starts_the_clock_at_that_moment_and_runs_on(monkeypatch):
    monkeypatch.setattr(n, "_clock_start", {})
    monkeypatch.setenv(n.NOW_VARIABLE, "2026-12-03T09:00")
    first = n.now()
    assert at(9) <= first < at(9, 1)
    assert first <= n.now() < at(9, 1)  # it runs on
    monkeypatch.setenv(n.NOW_VARIABLE, "tomorrow")
    assert abs(n.now() - dt.datetime.now()) < dt.timedelta(seconds=5)
    monkeypatch.delenv(n.NOW_VARIABLE)
    assert abs(n.now() - dt.datetime.now()) < dt.timedelta(seconds=5)


def test_due_now_reads_what_is_due_from_the_database(db):
    ada = Partner.create(name="Ada Okafor")
    ben = Partner.create(name="Ben Ito")
    StandingCheck.create(partner=ben, date=DAY - dt.timedelta(days=10), willingness=8, comfort=Comfort.WOULD_RECOMMEND)
    data = svc.ReferralData(
        date=DAY - dt.timedelta(days=5), direction=Direction.RECEIVED, partner_id=ada.id, prospect_name="Dana"
    )
    referral = svc.create_referral(data, today=DAY - dt.timedelta(days=5))
    items = {i.kind: i for i in n.due_now(DAY)}
    follow_up = items["follow_up"]
    assert follow_up.uid == f"refdesk-follow_up-{referral.id}@refdesk"
    assert follow_up.page == "referrals" and follow_up.target == referral.id and follow_up.overdue
    assert "Dana" in follow_up.title and "Ada Okafor" in follow_up.title
    assert [i.kind for i in n.due_now(DAY)][0] == "follow_up"  # overdue first
    assert items["thank_you"].page == "thanks" and "Ada Okafor" in items["thank_you"].title
    check_ins = [i for i in n.due_now(DAY) if i.kind == "check_in"]
    assert [i.target for i in check_ins] == [ada.id]  # Ben had one ten days ago
    assert all(i.date <= DAY for i in n.due_now(DAY))
    assert [i.uid for i in n.due_now(DAY)] == [i.uid for i in n.due_now(DAY)]  # stable across runs


def test_the_calendar_file_is_the_one_the_calendar_writer_names():
    from refdesk.services import calendar_file

    assert n.CALENDAR_FILE == calendar_file.FILE_NAME
