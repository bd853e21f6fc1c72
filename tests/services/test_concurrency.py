"""Optimistic locking: the second save of the same row explains what changed and writes nothing."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time

import pytest

from refdesk.db.database import db as proxy
from refdesk.db.models import Direction, Partner, Referral, ReferralStatus, Stage
from refdesk.services.concurrency import Conflict, overwrite, reload, save_checked, snapshot
from tests.conftest import ROOT


def _two_copies(**fields):
    partner = Partner.create(name="Amara Okafor", company="Okafor Realty", **fields)
    return Partner.get_by_id(partner.id), Partner.get_by_id(partner.id)


def test_first_save_wins_and_bumps_the_version(db):
    mine, _ = _two_copies()
    mine.company = "Okafor Homes"
    save_checked(mine, 1)
    saved = Partner.get_by_id(mine.id)
    assert (saved.company, saved.version, mine.version) == ("Okafor Homes", 2, 2)


def test_second_save_raises_conflict_with_what_changed_and_writes_nothing(db):
    mine, theirs = _two_copies()
    loaded = snapshot(mine)
    theirs.company = "Okafor Property Group"
    theirs.stage = Stage.CREDIBILITY
    save_checked(theirs, 1)

    mine.company = "Okafor Homes"
    mine.notes = "Met at the chamber breakfast"
    with pytest.raises(Conflict) as info:
        save_checked(mine, 1, original=loaded)
    conflict = info.value
    assert not conflict.deleted and conflict.their_version == 2
    changed = {c.name: (c.theirs, c.mine) for c in conflict.changes}
    # they changed company and stage; my note is not theirs to report
    assert changed == {
        "company": ("Okafor Property Group", "Okafor Homes"),
        "stage": (Stage.CREDIBILITY, Stage.VISIBILITY),
    }
    assert "company" in str(conflict).lower() and "stage" in str(conflict).lower()
    saved = Partner.get_by_id(mine.id)
    assert (saved.company, saved.notes, saved.version) == ("Okafor Property Group", "", 2)


def test_overwrite_after_a_conflict_keeps_mine(db):
    mine, theirs = _two_copies()
    theirs.company = "Theirs"
    save_checked(theirs, 1)
    mine.company = "Mine"
    with pytest.raises(Conflict) as info:
        save_checked(mine, 1)
    overwrite(mine, info.value)
    saved = Partner.get_by_id(mine.id)
    assert (saved.company, saved.version) == ("Mine", 3)


def test_reload_gives_their_version(db):
    mine, theirs = _two_copies()
    theirs.company = "Theirs"
    save_checked(theirs, 1)
    assert reload(mine).company == "Theirs"


def test_deleted_row_is_a_conflict_too(db):
    mine, theirs = _two_copies()
    theirs.delete_instance()
    mine.company = "Mine"
    with pytest.raises(Conflict, match="deleted") as info:
        save_checked(mine, 1)
    assert info.value.deleted
    with pytest.raises(Conflict):
        overwrite(mine, info.value)
    assert Partner.select().count() == 0


def test_referral_fields_of_every_kind_save_checked(db):
    partner = Partner.create(name="P")
    ref = Referral.create(date=dt.date(2026, 3, 1), direction=Direction.RECEIVED, partner=partner)
    ref = Referral.get_by_id(ref.id)
    ref.status = ReferralStatus.WON
    ref.follow_up_done = True
    from decimal import Decimal

    ref.closed_value = Decimal("2500.00")
    ref.closed_date = dt.date(2026, 4, 2)
    save_checked(ref, 1)
    got = Referral.get_by_id(ref.id)
    assert (got.status, got.follow_up_done, got.closed_value, got.closed_date, got.version) == (
        ReferralStatus.WON,
        True,
        Decimal("2500.00"),
        dt.date(2026, 4, 2),
        2,
    )


WRITER = """
import sys, time
from refdesk.db.database import open_database
from refdesk.db.models import Partner
from refdesk.services.concurrency import Conflict, save_checked
url, pid, times, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
open_database(url, migrate=False)
while time.time() < start:
    time.sleep(0.001)
conflicts = 0
for _ in range(times):
    while True:
        p = Partner.get_by_id(pid)
        p.notes = str(int(p.notes or 0) + 1)
        try:
            save_checked(p, p.version)
            break
        except Conflict:
            conflicts += 1
print(conflicts)
"""


def test_five_concurrent_writers_lose_no_update(db, db_url):
    partner = Partner.create(name="Counter", notes="0")
    proxy.close()  # let the writers have the database
    writers, times = 5, 30
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.time() + 1.5
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, db_url, str(partner.id), str(times), str(start)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(writers)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * writers, [err[-2000:] for _, err in results]
    proxy.connect(reuse_if_open=True)
    final = Partner.get_by_id(partner.id)
    assert int(final.notes) == writers * times
    assert final.version == 1 + writers * times
    print("conflicts retried:", sum(int(out) for out, _ in results))
