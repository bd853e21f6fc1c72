"""The referral rules on a real SQLite file: thank-yous, follow-ups, undo, delete/restore, listing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from refdesk.db.models import Direction, Outcome, Partner, Referral, ReferralStatus, ThankReason, ThankStatus, ThankYou
from refdesk.services import referrals as svc
from refdesk.services.concurrency import Conflict
from refdesk.services.referrals import ReferralData, ReferralError, ReferralFilter

TODAY = dt.date(2025, 3, 10)


@pytest.fixture
def partners(db):
    return [
        Partner.create(name=n, company=c)
        for n, c in [("Ada Okafor", "Okafor Realty"), ("Ben Smith", "Smith Mortgages"), ("Cleo Patel", "Patel & Co.")]
    ]


def received(partner, **kw) -> ReferralData:
    values = dict(date=TODAY, direction=Direction.RECEIVED, partner_id=partner.id, prospect_name="Dana Prospect")
    values.update(kw)
    return ReferralData(**values)


def given(partner, **kw) -> ReferralData:
    values = dict(date=TODAY, direction=Direction.GIVEN, partner_id=partner.id, prospect_name="Eve Client")
    values.update(kw)
    return ReferralData(**values)


def thanks(referral_id, reason=None):
    q = ThankYou.select().where(ThankYou.referral == referral_id)
    if reason is not None:
        q = q.where(ThankYou.reason == reason)
    return list(q.order_by(ThankYou.id))


# --- thank-yous -----------------------------------------------------------------------------


def test_received_referral_creates_thank_you_due_in_two_days(partners):
    change = svc.create_referral(received(partners[0]), today=TODAY)
    (ty,) = thanks(change.id)
    assert ty.reason is ThankReason.REFERRAL_RECEIVED
    assert ty.partner_id == partners[0].id
    assert ty.due_date == TODAY + dt.timedelta(days=2)
    assert ty.status is ThankStatus.OWED
    assert change.created(ThankYou) == {ty.id}


def test_given_referral_creates_no_thank_you_and_default_follow_up(partners):
    change = svc.create_referral(given(partners[0]), today=TODAY)
    assert thanks(change.id) == []
    ref = Referral.get_by_id(change.id)
    assert ref.follow_up_date == TODAY + dt.timedelta(days=2)
    assert "thanks" not in change.areas


def test_won_received_creates_closed_business_thank_you_with_value(partners):
    rid = svc.create_referral(received(partners[0]), today=TODAY).id
    data = svc.data_of(rid)
    data.status = ReferralStatus.WON
    data.closed_value = Decimal("1800")
    data.currency = "usd"
    data.closed_date = TODAY + dt.timedelta(days=10)
    svc.update_referral(rid, data, today=TODAY + dt.timedelta(days=10))
    (closed,) = thanks(rid, ThankReason.CLOSED_BUSINESS)
    assert closed.amount == Decimal("1800.00")
    assert closed.due_date == TODAY + dt.timedelta(days=12)
    assert Referral.get_by_id(rid).currency == "USD"
    assert len(thanks(rid)) == 2


def test_won_given_creates_no_closed_business_thank_you(partners):
    rid = svc.create_referral(given(partners[0]), today=TODAY).id
    svc.set_status(rid, ReferralStatus.WON, today=TODAY)
    assert thanks(rid) == []


def test_status_back_and_forth_never_duplicates(partners):
    rid = svc.create_referral(received(partners[0]), today=TODAY).id
    for status in [
        ReferralStatus.CONTACTED,
        ReferralStatus.WON,
        ReferralStatus.MEETING,
        ReferralStatus.WON,
        ReferralStatus.LOST,
        ReferralStatus.WON,
        ReferralStatus.WON,
    ]:
        svc.set_status(rid, status, today=TODAY)
    assert len(thanks(rid, ThankReason.REFERRAL_RECEIVED)) == 1
    assert len(thanks(rid, ThankReason.CLOSED_BUSINESS)) == 1


def test_leaving_won_removes_unsent_closed_business_but_keeps_sent(partners):
    rid = svc.create_referral(received(partners[0]), today=TODAY).id
    svc.set_status(rid, ReferralStatus.WON, today=TODAY)
    svc.set_status(rid, ReferralStatus.MEETING, today=TODAY)
    assert thanks(rid, ThankReason.CLOSED_BUSINESS) == []
    svc.set_status(rid, ReferralStatus.WON, today=TODAY)
    (closed,) = thanks(rid, ThankReason.CLOSED_BUSINESS)
    ThankYou.update(status=ThankStatus.SENT).where(ThankYou.id == closed.id).execute()
    svc.set_status(rid, ReferralStatus.MEETING, today=TODAY)
    svc.set_status(rid, ReferralStatus.WON, today=TODAY)
    assert [t.id for t in thanks(rid, ThankReason.CLOSED_BUSINESS)] == [closed.id]


def test_edits_keep_one_thank_you_and_follow_partner_and_date(partners):
    rid = svc.create_referral(received(partners[0]), today=TODAY).id
    data = svc.data_of(rid)
    data.partner_id = partners[1].id
    data.date = TODAY - dt.timedelta(days=1)
    data.notes = "corrected"
    svc.update_referral(rid, data, today=TODAY)
    svc.update_referral(rid, svc.data_of(rid), today=TODAY)
    (ty,) = thanks(rid)
    assert ty.partner_id == partners[1].id
    assert ty.due_date == TODAY + dt.timedelta(days=1)


def test_direction_corrected_to_given_removes_unsent_thank_you(partners):
    rid = svc.create_referral(received(partners[0]), today=TODAY).id
    data = svc.data_of(rid)
    data.direction = Direction.GIVEN
    change = svc.update_referral(rid, data, today=TODAY)
    assert thanks(rid) == []
    assert len(change.removed(ThankYou)) == 1
    data.direction = Direction.RECEIVED
    svc.update_referral(rid, data, today=TODAY)
    assert len(thanks(rid)) == 1


def test_thank_you_deleted_elsewhere_is_not_recreated_by_an_edit(partners):
    rid = svc.create_referral(received(partners[0]), today=TODAY).id
    ThankYou.delete().where(ThankYou.referral == rid).execute()
    data = svc.data_of(rid)
    data.notes = "just a note"
    svc.update_referral(rid, data, today=TODAY)
    assert thanks(rid) == []


# --- follow-ups -----------------------------------------------------------------------------


def test_follow_up_due_rule(partners):
    rid = svc.create_referral(given(partners[0]), today=TODAY).id
    follow = TODAY + dt.timedelta(days=2)
    assert not svc.follow_up_due(rid, today=follow - dt.timedelta(days=1))
    assert svc.follow_up_due(rid, today=follow)
    assert [r.id for r in svc.due_follow_ups(today=follow)] == [rid]
    svc.set_status(rid, ReferralStatus.CONTACTED, today=TODAY)
    assert svc.follow_up_due(rid, today=follow)
    svc.set_status(rid, ReferralStatus.MEETING, today=TODAY)
    assert not svc.follow_up_due(rid, today=follow)
    svc.set_status(rid, ReferralStatus.PASSED, today=TODAY)
    assert svc.follow_up_due(rid, today=follow)
    svc.confirm_follow_up(rid)
    assert not svc.follow_up_due(rid, today=follow)
    assert svc.due_follow_ups(today=follow) == []
    assert svc.count_due(today=follow) == 0
    svc.confirm_follow_up(rid, done=False)
    assert svc.count_due(today=follow) == 1


def test_due_follow_ups_oldest_first_and_rows_describe_them(partners):
    late = svc.create_referral(given(partners[0], date=TODAY - dt.timedelta(days=9)), today=TODAY).id
    soon = svc.create_referral(given(partners[1], date=TODAY - dt.timedelta(days=2)), today=TODAY).id
    rows = svc.due_follow_ups(today=TODAY)
    assert [r.id for r in rows] == [late, soon]
    assert rows[0].follow_up_overdue(TODAY) and not rows[1].follow_up_overdue(TODAY)
    assert rows[0].partner == "Ada Okafor" and rows[0].follow_up_reason == "connection"


def test_bad_outcome_creates_follow_up_next_day(partners):
    rid = svc.create_referral(given(partners[0]), today=TODAY).id
    svc.confirm_follow_up(rid)
    svc.set_status(rid, ReferralStatus.LOST, today=TODAY)
    later = TODAY + dt.timedelta(days=5)
    svc.set_outcome(rid, Outcome.BAD, "Partner never called", today=later)
    ref = Referral.get_by_id(rid)
    assert ref.follow_up_date == later + dt.timedelta(days=1)
    assert not ref.follow_up_done
    assert not svc.follow_up_due(rid, today=later)
    assert svc.follow_up_due(rid, today=later + dt.timedelta(days=1))
    row = svc.due_follow_ups(today=later + dt.timedelta(days=1))[0]
    assert row.follow_up_reason == "bad_outcome"
    # confirming and then editing again does not bring the follow-up back
    svc.confirm_follow_up(rid)
    data = svc.data_of(rid)
    data.outcome_feedback = "Apologised to the client"
    svc.update_referral(rid, data, today=later + dt.timedelta(days=2))
    assert not svc.follow_up_due(rid, today=later + dt.timedelta(days=3))


# --- validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (dict(partner_id=None), "partner", "Choose the partner"),
        (dict(prospect_name="  "), "prospect", "prospect"),
        (dict(follow_up_date=TODAY - dt.timedelta(days=1)), "follow_up_date", "before the referral date"),
        (dict(closed_value=Decimal("-5")), "closed_value", "negative"),
        (dict(closed_date=TODAY - dt.timedelta(days=3)), "closed_date", "closed date"),
        (dict(closed_value=Decimal("10"), currency="dollars"), "currency", "three-letter"),
    ],
)
def test_invalid_input_is_refused_and_saves_nothing(partners, change, field, words):
    with pytest.raises(ReferralError) as info:
        svc.create_referral(received(partners[0], **change), today=TODAY)
    assert info.value.field == field
    assert words in str(info.value)
    assert Referral.select().count() == 0 and ThankYou.select().count() == 0


def test_prospect_cannot_be_the_partner_itself(partners):
    with pytest.raises(ReferralError, match="same partner"):
        svc.create_referral(given(partners[0], prospect_name="", prospect_partner_id=partners[0].id), today=TODAY)


def test_parse_value():
    assert svc.parse_value("1,200.50") == Decimal("1200.50")
    assert svc.parse_value("  ") is None
    with pytest.raises(ReferralError, match="not an amount"):
        svc.parse_value("twelve")
    with pytest.raises(ReferralError):
        svc.parse_value("nan")


# --- inline partner, undo, delete -----------------------------------------------------------


def test_inline_partner_created_with_referral_and_removed_on_undo(partners):
    change = svc.create_referral(received(partners[0], partner_id=None, new_partner_name=" Fay Newman "), today=TODAY)
    fay = Partner.get(Partner.name == "Fay Newman")
    assert Referral.get_by_id(change.id).partner_id == fay.id
    assert thanks(change.id)[0].partner_id == fay.id
    change.undo()
    assert Partner.get_or_none(Partner.name == "Fay Newman") is None
    assert Referral.select().count() == 0 and ThankYou.select().count() == 0
    change.redo()
    assert Partner.get_by_id(fay.id).name == "Fay Newman"
    assert len(thanks(change.id)) == 1


def test_quick_create_partner_needs_a_name(db):
    with pytest.raises(ReferralError):
        svc.quick_create_partner("   ")
    assert svc.quick_create_partner("Gil", "Gil Photo").company == "Gil Photo"


def test_undo_redo_of_create_and_status_changes(partners):
    create = svc.create_referral(received(partners[0]), today=TODAY)
    rid = create.id
    won = svc.set_status(rid, ReferralStatus.WON, today=TODAY)
    assert len(thanks(rid)) == 2
    won.undo()
    assert [t.reason for t in thanks(rid)] == [ThankReason.REFERRAL_RECEIVED]
    assert Referral.get_by_id(rid).status is ReferralStatus.PASSED
    won.redo()
    won.undo()
    won.redo()
    assert len(thanks(rid, ThankReason.CLOSED_BUSINESS)) == 1
    assert Referral.get_by_id(rid).status is ReferralStatus.WON
    won.undo()
    create.undo()
    assert Referral.select().count() == 0 and ThankYou.select().count() == 0
    create.redo()
    assert Referral.get_by_id(rid).status is ReferralStatus.PASSED
    assert len(thanks(rid)) == 1


def test_delete_removes_unsent_thank_yous_and_restore_puts_back_same_ids(partners):
    rid = svc.create_referral(received(partners[0]), today=TODAY).id
    svc.set_status(rid, ReferralStatus.WON, today=TODAY)
    received_ty, closed_ty = thanks(rid)
    ThankYou.update(status=ThankStatus.SENT, sent_date=TODAY).where(ThankYou.id == received_ty.id).execute()
    before_ref = Referral.select().where(Referral.id == rid).dicts().get()
    before_thanks = list(ThankYou.select().where(ThankYou.referral == rid).order_by(ThankYou.id).dicts())

    change = svc.delete_referral(rid)
    assert Referral.get_or_none(Referral.id == rid) is None
    assert ThankYou.get_or_none(ThankYou.id == closed_ty.id) is None  # unsent: removed
    kept = ThankYou.get_by_id(received_ty.id)  # sent: kept as history, no longer linked
    assert kept.referral_id is None

    change.undo()
    assert Referral.select().where(Referral.id == rid).dicts().get() == before_ref
    assert list(ThankYou.select().where(ThankYou.referral == rid).order_by(ThankYou.id).dicts()) == before_thanks


def test_delete_change_undo_redo(partners):
    rid = svc.create_referral(received(partners[0]), today=TODAY).id
    change = svc.delete_referral(rid)
    assert "thanks" in change.areas and "Ada Okafor" in change.text
    change.undo()
    assert Referral.get_by_id(rid) and len(thanks(rid)) == 1
    change.redo()
    assert Referral.select().count() == 0 and ThankYou.select().count() == 0


def test_undo_refuses_when_partner_was_deleted(partners):
    rid = svc.create_referral(given(partners[2]), today=TODAY).id
    change = svc.delete_referral(rid)
    Partner.delete().where(Partner.id == partners[2].id).execute()
    with pytest.raises(Conflict) as refused:
        change.undo()
    assert refused.value.deleted and refused.value.what == "partner"
    assert Referral.select().count() == 0


# --- listing --------------------------------------------------------------------------------


@pytest.fixture
def log(partners):
    a, b, c = partners
    ids = {}
    ids["r1"] = svc.create_referral(
        received(a, date=TODAY - dt.timedelta(days=30), prospect_name="Zed Young", notes="Needs a piano move"),
        today=TODAY,
    ).id
    ids["g1"] = svc.create_referral(
        given(b, date=TODAY - dt.timedelta(days=20), prospect_name="Amy Adams"), today=TODAY
    ).id
    ids["g2"] = svc.create_referral(
        given(c, date=TODAY - dt.timedelta(days=1), prospect_name="", prospect_partner_id=a.id), today=TODAY
    ).id
    ids["r2"] = svc.create_referral(
        received(
            b,
            date=TODAY - dt.timedelta(days=5),
            prospect_name="Bo Brown",
            status=ReferralStatus.WON,
            closed_value=Decimal("900"),
        ),
        today=TODAY,
    ).id
    svc.confirm_follow_up(ids["r2"])
    return ids


def ids_of(rows):
    return [r.id for r in rows]


def test_list_newest_first_with_names(log):
    rows = svc.list_referrals(today=TODAY)
    assert ids_of(rows) == [log["g2"], log["r2"], log["g1"], log["r1"]]
    assert rows[0].prospect == "Ada Okafor"  # "I introduced Cleo to Ada"
    assert rows[0].prospect_partner_id is not None
    assert svc.count_referrals(today=TODAY) == 4


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ReferralFilter(direction=Direction.GIVEN), ["g2", "g1"]),
        (ReferralFilter(direction=Direction.RECEIVED), ["r2", "r1"]),
        (ReferralFilter(status=ReferralStatus.WON), ["r2"]),
        (ReferralFilter(open_only=True), ["g2", "g1", "r1"]),
        (ReferralFilter(due_only=True), ["g1", "r1"]),
        (ReferralFilter(date_from=TODAY - dt.timedelta(days=10)), ["g2", "r2"]),
        (ReferralFilter(date_to=TODAY - dt.timedelta(days=10)), ["g1", "r1"]),
        (ReferralFilter(text="piano"), ["r1"]),
        (ReferralFilter(text="smith mortgages"), ["r2", "g1"]),
        (ReferralFilter(text="100%"), []),
        (ReferralFilter(direction=Direction.GIVEN, text="amy"), ["g1"]),
    ],
)
def test_filters(log, flt, expected):
    assert ids_of(svc.list_referrals(flt, today=TODAY)) == [log[k] for k in expected]
    assert svc.count_referrals(flt, today=TODAY) == len(expected)


def test_partner_filter_includes_prospect_partner(log, partners):
    flt = ReferralFilter(partner_id=partners[0].id)
    assert ids_of(svc.list_referrals(flt, today=TODAY)) == [log["g2"], log["r1"]]


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        ("partner", False, ["r1", "g1", "r2", "g2"]),
        ("prospect", False, ["g2", "g1", "r2", "r1"]),
        ("value", True, ["r2", "g2", "g1", "r1"]),
        ("status", True, ["r2", "g2", "g1", "r1"]),
        ("date", False, ["r1", "g1", "r2", "g2"]),
    ],
)
def test_sorting(log, sort, descending, expected):
    assert ids_of(svc.list_referrals(sort=sort, descending=descending, today=TODAY)) == [log[k] for k in expected]


def test_paging_and_position(log):
    first = svc.list_referrals(limit=2, today=TODAY)
    rest = svc.list_referrals(offset=2, limit=2, today=TODAY)
    assert ids_of(first + rest) == [log["g2"], log["r2"], log["g1"], log["r1"]]
    assert svc.position(log["g1"], today=TODAY) == 2
    assert svc.position(log["r2"], sort="partner", descending=False, today=TODAY) == 2
    assert svc.position(log["g1"], ReferralFilter(direction=Direction.RECEIVED), today=TODAY) is None


def test_unknown_sort_key_is_an_error(log):
    with pytest.raises(ValueError):
        svc.list_referrals(sort="drop table")


def test_partner_choices_sorted_by_name(partners):
    from refdesk.services.partners import partner_choices

    assert [text.split(" · ")[0] for _id, text in partner_choices()] == ["Ada Okafor", "Ben Smith", "Cleo Patel"]
