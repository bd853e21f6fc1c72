"""Two people editing the same partner or referral: the second save raises Conflict and writes nothing.

"The other person" saves through a second database connection (another process in real life), so
these run unchanged on PostgreSQL too (CI repeats every `db` test there).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal

import pytest

from refdesk.db.database import connect_url
from refdesk.db.models import ALL_MODELS, Direction, Partner, Referral, ReferralStatus, Stage, ThankReason, ThankYou
from refdesk.services import partners as ps
from refdesk.services import referrals as svc
from refdesk.services.concurrency import Conflict, merge_edits

TODAY = dt.date(2025, 3, 10)


@contextlib.contextmanager
def other_person(db_url):
    """The models bound to a second connection: what is done inside is another user's committed save."""
    other = connect_url(db_url)
    other.connect()
    try:
        with other.bind_ctx(ALL_MODELS), other.atomic():
            yield
    finally:
        other.close()


@pytest.fixture
def pid(db):
    return ps.create_partner(
        ps.PartnerData(name="Amara Okafor", company="Okafor Realty", emails=[("amara@okafor.example", "work")])
    ).id


# --- partners ------------------------------------------------------------------------------------


def test_get_partner_carries_its_version_and_a_checked_save_moves_it_on(pid):
    data = ps.get_partner(pid)
    assert data.version == 1
    data.notes = "Met at the chamber breakfast"
    ps.update_partner(pid, data, expected_version=1, original=ps.get_partner(pid))
    assert ps.get_partner(pid).version == 2
    again = ps.get_partner(pid)
    assert (again.notes, again.version) == ("Met at the chamber breakfast", 2)


def test_second_save_of_a_partner_raises_conflict_naming_their_change(pid, db_url):
    loaded = ps.get_partner(pid)
    with other_person(db_url):
        Partner.update(company="Okafor Property Group", version=Partner.version + 1).where(Partner.id == pid).execute()

    mine = ps.get_partner(pid)
    mine.company, mine.notes = "Okafor Homes", "Call on Tuesdays"
    mine.emails = [("amara@new.example", "")]
    with pytest.raises(Conflict) as info:
        ps.update_partner(pid, mine, expected_version=loaded.version, original=loaded)
    conflict = info.value
    assert not conflict.deleted and conflict.their_version == 2
    # only what they changed is reported (my note and email are mine, not a conflict)
    assert [(c.name, c.theirs, c.mine) for c in conflict.changes] == [
        ("company", "Okafor Property Group", "Okafor Homes")
    ]
    assert "company" in str(conflict).lower()
    # nothing of mine was written, not even the emails
    saved = ps.get_partner(pid)
    assert (saved.company, saved.notes, saved.emails, saved.version) == (
        "Okafor Property Group",
        "",
        [("amara@okafor.example", "work")],
        2,
    )


def test_their_email_change_is_reported_too(pid, db_url):
    loaded = ps.get_partner(pid)
    other = ps.get_partner(pid)
    other.emails = [("amara@okafor.example", "work"), ("amara@home.example", "home")]
    ps.update_partner(pid, other, expected_version=other.version, original=other)  # they saved first

    mine = ps.get_partner(pid)
    mine.website = "okafor.example"
    with pytest.raises(Conflict) as info:
        ps.update_partner(pid, mine, expected_version=loaded.version, original=loaded)
    assert [(c.name, c.theirs) for c in info.value.changes] == [
        ("emails", "amara@okafor.example (work); amara@home.example (home)")
    ]
    assert "email addresses" in str(info.value).lower()


def test_partner_deleted_by_the_other_person_is_a_deleted_conflict(pid, db_url):
    loaded = ps.get_partner(pid)
    with other_person(db_url):
        Partner.delete().where(Partner.id == pid).execute()
    with pytest.raises(Conflict, match="deleted") as info:
        ps.update_partner(pid, loaded, expected_version=loaded.version, original=loaded)
    assert info.value.deleted
    assert Partner.select().count() == 0  # not brought back


def test_without_expected_version_the_save_overwrites_as_before(pid, db_url):
    loaded = ps.get_partner(pid)
    with other_person(db_url):
        Partner.update(company="Theirs", version=Partner.version + 1).where(Partner.id == pid).execute()
    loaded.company = "Mine"
    ps.update_partner(pid, loaded)  # undo/redo and "Overwrite with mine"
    assert ps.get_partner(pid).version == 3
    assert ps.get_partner(pid).company == "Mine"
    with pytest.raises(ps.PartnerNotFound):
        ps.update_partner(12345, loaded)


def test_overwrite_after_a_conflict_keeps_mine(pid, db_url):
    loaded = ps.get_partner(pid)
    with other_person(db_url):
        Partner.update(stage=Stage.CREDIBILITY, version=Partner.version + 1).where(Partner.id == pid).execute()
    mine = ps.get_partner(pid)
    mine.stage = Stage.PROFITABILITY
    with pytest.raises(Conflict) as info:
        ps.update_partner(pid, mine, expected_version=loaded.version, original=loaded)
    assert [(c.name, c.theirs, c.mine) for c in info.value.changes] == [
        ("stage", Stage.CREDIBILITY, Stage.PROFITABILITY)
    ]
    ps.update_partner(pid, mine)
    assert ps.get_partner(pid).stage is Stage.PROFITABILITY


def test_reload_merge_keeps_theirs_and_my_other_edits(pid, db_url):
    loaded = ps.get_partner(pid)
    with other_person(db_url):
        Partner.update(company="Theirs", version=Partner.version + 1).where(Partner.id == pid).execute()
    mine = ps.get_partner(pid)
    mine.company, mine.notes = "Mine", "My note"
    mine.version = loaded.version
    theirs = ps.get_partner(pid)
    merged = merge_edits(loaded, mine, theirs, ps.DATA_FIELDS)
    assert (merged.company, merged.notes, merged.version) == ("Theirs", "My note", 2)
    ps.update_partner(pid, merged, expected_version=merged.version, original=theirs)
    assert ps.get_partner(pid).version == 3


# --- referrals -----------------------------------------------------------------------------------


@pytest.fixture
def received(db):
    partner = Partner.create(name="Ada Okafor")
    data = svc.ReferralData(
        date=TODAY, direction=Direction.RECEIVED, partner_id=partner.id, prospect_name="Dana Prospect"
    )
    return svc.create_referral(data, today=TODAY).id


def test_data_of_carries_the_version_and_a_checked_edit_keeps_the_thank_you_rules(received):
    loaded = svc.data_of(received)
    assert loaded.version == 1
    mine = svc.data_of(received)
    mine.status, mine.closed_value = ReferralStatus.WON, Decimal("1200")
    svc.update_referral(received, mine, today=TODAY, expected_version=loaded.version, original=loaded)
    assert svc.data_of(received).version == 2
    reasons = {t.reason for t in ThankYou.select().where(ThankYou.referral == received)}
    assert reasons == {ThankReason.REFERRAL_RECEIVED, ThankReason.CLOSED_BUSINESS}


def test_second_save_of_a_referral_raises_conflict_and_writes_nothing(received, db_url):
    loaded = svc.data_of(received)
    with other_person(db_url):
        Referral.update(status=ReferralStatus.LOST, version=Referral.version + 1).where(
            Referral.id == received
        ).execute()
    mine = svc.data_of(received)
    mine.status, mine.closed_value, mine.notes = ReferralStatus.WON, Decimal("1200"), "Signed today"
    with pytest.raises(Conflict) as info:
        svc.update_referral(received, mine, today=TODAY, expected_version=loaded.version, original=loaded)
    assert [(c.name, c.theirs, c.mine) for c in info.value.changes] == [
        ("status", ReferralStatus.LOST, ReferralStatus.WON)
    ]
    assert "status" in str(info.value).lower()
    saved = svc.data_of(received)
    assert (saved.status, saved.notes, saved.version) == (ReferralStatus.LOST, "", 2)
    # the rules did not run either: no closed-business thank-you for a save that did not happen
    assert [t.reason for t in ThankYou.select().where(ThankYou.referral == received)] == [ThankReason.REFERRAL_RECEIVED]


def test_referral_deleted_by_the_other_person_is_a_deleted_conflict(received, db_url):
    loaded = svc.data_of(received)
    with other_person(db_url):
        ThankYou.delete().where(ThankYou.referral == received).execute()
        Referral.delete().where(Referral.id == received).execute()
    loaded.notes = "mine"
    with pytest.raises(Conflict) as info:
        svc.update_referral(received, loaded, today=TODAY, expected_version=loaded.version, original=loaded)
    assert info.value.deleted
    assert Referral.select().count() == 0


def test_referral_without_expected_version_overwrites_as_before(received, db_url):
    loaded = svc.data_of(received)
    with other_person(db_url):
        Referral.update(notes="Theirs", version=Referral.version + 1).where(Referral.id == received).execute()
    loaded.notes = "Mine"
    change = svc.update_referral(received, loaded, today=TODAY)
    assert svc.data_of(received).notes == "Mine"
    change.undo()  # undo puts their version back exactly
    assert svc.data_of(received).notes == "Theirs"
