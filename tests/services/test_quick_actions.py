"""Quick actions (one click, no form) apply to the version the user saw and never lose someone else's update.

"The other person" writes through a second connection (another process in real life); the race
tests run real processes clicking at the same time.  All of these run on SQLite and, with
REFDESK_TEST_POSTGRES_URL set, on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time

import pytest

from refdesk.db.database import db as proxy
from refdesk.db.models import (
    Direction,
    Outcome,
    Partner,
    Referral,
    ReferralStatus,
    Stage,
    ThankMethod,
    ThankReason,
    ThankStatus,
    ThankYou,
)
from refdesk.services import partners as ps
from refdesk.services import referrals as svc
from refdesk.services import thanks
from refdesk.services.concurrency import Conflict
from tests.conftest import ROOT
from tests.services.test_edit_conflicts import other_person

TODAY = dt.date(2025, 3, 10)


@pytest.fixture
def received(db):
    partner = Partner.create(name="Ada Okafor")
    data = svc.ReferralData(
        date=TODAY,
        direction=Direction.RECEIVED,
        partner_id=partner.id,
        prospect_name="Dana Prospect",
        prospect_need="kitchen remodel",
    )
    return svc.create_referral(data, today=TODAY).id


def _row(referral_id: int) -> svc.ReferralRow:
    row = svc.get_row(referral_id)
    assert row is not None
    return row


def _they_mark_lost(db_url, referral_id: int) -> None:
    with other_person(db_url):
        Referral.update(
            status=ReferralStatus.LOST, notes="They went with someone else", version=Referral.version + 1
        ).where(Referral.id == referral_id).execute()


# --- referrals -----------------------------------------------------------------------------------


def test_rows_carry_the_version_a_quick_action_checks(received):
    seen = _row(received)
    assert seen.version == 1
    change = svc.set_status(received, ReferralStatus.CONTACTED, today=TODAY, expected_version=seen.version)
    assert _row(received).status is ReferralStatus.CONTACTED
    assert _row(received).version == 2
    change.undo()
    assert _row(received).status is ReferralStatus.PASSED
    change.redo()
    assert _row(received).status is ReferralStatus.CONTACTED


@pytest.mark.parametrize(
    "action",
    [
        lambda rid, v: svc.set_status(rid, ReferralStatus.WON, today=TODAY, expected_version=v),
        lambda rid, v: svc.set_outcome(rid, Outcome.GOOD, "Happy client", today=TODAY, expected_version=v),
        lambda rid, v: svc.set_partner_told(rid, True, today=TODAY, expected_version=v),
        lambda rid, v: svc.confirm_follow_up(rid, expected_version=v),
    ],
    ids=["status", "outcome", "partner_told", "confirm_follow_up"],
)
def test_quick_action_on_a_referral_someone_else_changed_is_refused_and_keeps_theirs(received, db_url, action):
    seen = _row(received)
    _they_mark_lost(db_url, received)
    with pytest.raises(Conflict) as info:
        action(received, seen.version)
    assert (info.value.id, info.value.expected_version, info.value.their_version) == (received, 1, 2)
    assert not info.value.deleted
    ref = Referral.get_by_id(received)
    # their change is all there is: nothing of the refused click was written, no thank-you added
    assert (ref.status, ref.notes, ref.outcome, ref.partner_told, ref.follow_up_done, ref.version) == (
        ReferralStatus.LOST,
        "They went with someone else",
        None,
        False,
        False,
        2,
    )
    assert [t.reason for t in svc.thank_yous_of(received)] == [ThankReason.REFERRAL_RECEIVED]


def test_quick_action_on_a_referral_someone_else_deleted_is_a_deleted_conflict(received, db_url):
    seen = _row(received)
    with other_person(db_url):
        ThankYou.delete().where(ThankYou.referral == received).execute()
        Referral.delete().where(Referral.id == received).execute()
    with pytest.raises(Conflict) as info:
        svc.set_status(received, ReferralStatus.CONTACTED, expected_version=seen.version)
    assert info.value.deleted
    assert "deleted" in str(info.value)


def test_partner_told_records_the_day_and_undoes(received):
    svc.set_outcome(received, Outcome.GOOD, today=TODAY)
    change = svc.set_partner_told(received, True, today=TODAY, expected_version=_row(received).version)
    ref = Referral.get_by_id(received)
    assert (ref.partner_told, ref.partner_told_date) == (True, TODAY)
    change.undo()
    ref = Referral.get_by_id(received)
    assert (ref.partner_told, ref.partner_told_date) == (False, None)


def test_quick_action_after_my_own_change_uses_the_new_version(received):
    svc.set_status(received, ReferralStatus.CONTACTED, today=TODAY, expected_version=1)
    with pytest.raises(Conflict):  # the old version again: the list was not refreshed
        svc.set_status(received, ReferralStatus.MEETING, today=TODAY, expected_version=1)
    svc.set_status(received, ReferralStatus.MEETING, today=TODAY, expected_version=_row(received).version)
    assert _row(received).status is ReferralStatus.MEETING


# --- thank-yous ----------------------------------------------------------------------------------


def _thanks(db) -> list[thanks.ThankRow]:
    partner = Partner.create(name="Bea Mensah")
    for note in ("for the lunch", "for the intro", "for the reference"):
        thanks.add_thank_you(partner.id, note=note, today=TODAY)
    return thanks.list_thank_yous(today=TODAY)


def test_marking_thank_yous_checks_every_row_and_writes_nothing_on_a_conflict(db, db_url):
    rows = _thanks(db)
    seen = {r.id: r.version for r in rows}
    assert set(seen.values()) == {1}
    with other_person(db_url):
        ThankYou.update(method=ThankMethod.GIFT, version=ThankYou.version + 1).where(
            ThankYou.id == rows[1].id
        ).execute()
    with pytest.raises(Conflict) as info:
        thanks.set_status(list(seen), ThankStatus.WRITTEN, today=TODAY, expected=seen)
    assert info.value.id == rows[1].id
    assert {r.status for r in thanks.list_thank_yous(today=TODAY)} == {ThankStatus.OWED}  # not even the others
    with pytest.raises(Conflict):
        thanks.set_method(list(seen), ThankMethod.EMAIL, expected=seen)
    assert ThankYou.get_by_id(rows[0].id).method is ThankMethod.CARD
    # with what is saved now, it works, and undo puts it back
    fresh = {r.id: r.version for r in thanks.list_thank_yous(today=TODAY)}
    change = thanks.set_status(list(fresh), ThankStatus.SENT, today=TODAY, expected=fresh)
    assert {r.status for r in thanks.list_thank_yous(today=TODAY)} == {ThankStatus.SENT}
    change.undo()
    assert {r.status for r in thanks.list_thank_yous(today=TODAY)} == {ThankStatus.OWED}
    assert ThankYou.get_by_id(rows[1].id).method is ThankMethod.GIFT


def test_marking_a_thank_you_someone_else_deleted_is_a_deleted_conflict(db, db_url):
    rows = _thanks(db)
    with other_person(db_url):
        ThankYou.delete().where(ThankYou.id == rows[0].id).execute()
    with pytest.raises(Conflict) as info:
        thanks.set_status([rows[0].id], ThankStatus.SENT, expected={rows[0].id: rows[0].version})
    assert info.value.deleted


# --- partners ------------------------------------------------------------------------------------


def test_retiring_a_partner_someone_else_changed_is_refused(db, db_url):
    pid = ps.create_partner(ps.PartnerData(name="Chen Wei")).id
    seen = ps.get_partner(pid)
    with other_person(db_url):
        Partner.update(notes="Just sent us two clients", version=Partner.version + 1).where(Partner.id == pid).execute()
    with pytest.raises(Conflict):
        ps.retire_partner(pid, "Moved away", expected_version=seen.version)
    after = ps.get_partner(pid)
    assert (after.stage, after.notes) == (Stage.VISIBILITY, "Just sent us two clients")
    ps.retire_partner(pid, "Moved away", expected_version=after.version)
    assert ps.get_partner(pid).stage is Stage.RETIRED
    with pytest.raises(Conflict):  # undoing with a stale version is refused too
        ps.set_stage(pid, Stage.VISIBILITY, expected_version=after.version)
    ps.set_stage(pid, Stage.VISIBILITY)  # undo itself (no version) puts it back
    assert ps.get_partner(pid).stage is Stage.VISIBILITY


# --- two sessions clicking at the same time --------------------------------------------------------

CLICKER = """
import sys, time
from refdesk.db.database import open_database
from refdesk.db.models import Outcome, ReferralStatus, ThankMethod, ThankStatus
from refdesk.services import referrals as svc
from refdesk.services import thanks
from refdesk.services.concurrency import Conflict
url, who, rid, tid, times, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
open_database(url, migrate=False)
while time.time() < start:
    time.sleep(0.001)
refused = 0
for i in range(times):
    # each click applies to the version just seen; a refused click is seen again and repeated
    while True:
        row = svc.get_row(rid)
        try:
            if who == "a":
                status = ReferralStatus.CONTACTED if row.status is ReferralStatus.PASSED else ReferralStatus.PASSED
                svc.set_status(rid, status, expected_version=row.version)
            else:
                svc.set_outcome(rid, Outcome.GOOD if i % 2 == 0 else Outcome.NEUTRAL, expected_version=row.version)
            break
        except Conflict:
            refused += 1
    while True:
        seen = {r.id: r.version for r in thanks.list_thank_yous(ids=[tid])}
        try:
            if who == "a":
                thanks.set_status([tid], ThankStatus.WRITTEN if i % 2 == 0 else ThankStatus.OWED, expected=seen)
            else:
                thanks.set_method([tid], ThankMethod.EMAIL if i % 2 == 0 else ThankMethod.CARD, expected=seen)
            break
        except Conflict:
            refused += 1
print(refused)
"""

UNCHECKED = """
import sys, time
from refdesk.db.database import open_database
from refdesk.db.models import Outcome, ReferralStatus
from refdesk.services import referrals as svc
url, who, rid, times, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
open_database(url, migrate=False)
while time.time() < start:
    time.sleep(0.001)
for i in range(times):
    if who == "a":
        svc.set_status(rid, ReferralStatus.CONTACTED if i % 2 == 0 else ReferralStatus.MEETING)
    else:
        svc.confirm_follow_up(rid, done=i % 2 == 0)
print(0)
"""


def _race(script: str, *args: str) -> list[int]:
    proxy.close()  # let the two sessions have the database
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = str(time.time() + 1.5)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, *(a.replace("WHO", who) for a in args), start],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("a", "b")
    ]
    results = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in results]
    proxy.connect(reuse_if_open=True)
    return [int(out) for out, _ in results]


def test_two_sessions_clicking_at_once_lose_no_update(received, db_url):
    tid = svc.thank_yous_of(received)[0].id
    times = 20
    refused = _race(CLICKER, db_url, "WHO", str(received), str(tid), str(times))
    ref = Referral.get_by_id(received)
    # every click of both people was applied exactly once: 2 × 20 referral clicks, 2 × 20 thank-you clicks
    assert ref.version == 1 + 2 * times
    assert ThankYou.get_by_id(tid).version == 1 + 2 * times
    assert ref.status is ReferralStatus.PASSED  # a's even number of toggles
    assert ref.outcome is Outcome.NEUTRAL  # b's last click
    thank = ThankYou.get_by_id(tid)
    assert (thank.status, thank.method) == (ThankStatus.OWED, ThankMethod.CARD)
    print("clicks refused and repeated:", sum(refused))


def test_unchecked_quick_actions_at_once_keep_both_peoples_fields(received, db_url):
    """Without a version (undo/redo, scripts), a click still re-reads the row under a lock: no lost field."""
    times = 15
    _race(UNCHECKED, db_url, "WHO", str(received), str(times))
    ref = Referral.get_by_id(received)
    assert ref.version == 1 + 2 * times
    assert ref.status is ReferralStatus.CONTACTED  # a's last click (i = 14)
    assert ref.follow_up_done is True  # b's last click (i = 14: done)
