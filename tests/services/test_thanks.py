"""refdesk.services.thanks: listing order and filters, reasons in words, changes and their undo."""

from __future__ import annotations

import datetime as dt

import pytest

from refdesk.db.models import Partner, Stage, ThankMethod, ThankReason, ThankStatus, ThankYou
from refdesk.services import partners as ps
from refdesk.services import thanks
from tests.services.thanks_data import TODAY, many, partner, referral, thank


def test_reason_in_words_for_a_referral_and_for_closed_business(db):
    ann = partner("Ann Lee")
    ref = referral(ann, "Jane Doe", "kitchen remodel", value="4200", currency="USD")
    received = thank(ann, ref, due=TODAY)
    closed = thank(ann, ref, due=TODAY, reason=ThankReason.CLOSED_BUSINESS)
    assert thanks.reason_text(received) == "for referring Jane Doe — kitchen remodel"
    # the amount comes from the referral when the thank-you has none; the referral's currency formats it
    assert thanks.reason_text(closed) == "for $4,200 of closed business — Jane Doe"
    eur = thank(
        ann,
        referral(ann, "Max", "", value="1250.5", currency="EUR"),
        due=TODAY,
        reason=ThankReason.CLOSED_BUSINESS,
        amount="1250.50",
    )
    assert thanks.reason_text(eur) == "for €1,250.50 of closed business — Max"
    chf = thank(ann, referral(ann, "", "", value="900", currency="CHF"), due=TODAY, reason=ThankReason.CLOSED_BUSINESS)
    assert thanks.reason_text(chf) == "for CHF\u00a0900 of closed business"


def test_reason_names_the_prospect_partner_when_the_prospect_is_a_partner(db):
    ann, bob = partner("Ann Lee"), partner("Bob Stone")
    ref = referral(ann, prospect="", need="", prospect_partner=bob)
    row = thank(ann, ref, due=TODAY)
    assert thanks.reason_text(row) == "for referring Bob Stone"
    [listed] = thanks.list_thank_yous(today=TODAY)
    assert listed.reason == "for referring Bob Stone"


def test_reason_for_a_hand_added_thank_you_is_its_note(db):
    tid = thanks.add_thank_you(recipient_name="  Carol   King ", note="for hosting the chapter lunch", today=TODAY).id
    row = ThankYou.get_by_id(tid)
    assert row.recipient_name == "Carol King"
    assert row.due_date == TODAY + dt.timedelta(days=2)
    assert row.status is ThankStatus.OWED
    assert thanks.reason_text(row) == "for hosting the chapter lunch"
    assert thanks.reason_text(ThankYou.get_by_id(thanks.add_thank_you(recipient_name="Dan").id)) == "for their help"


def test_list_is_sorted_owed_written_sent_overdue_first_then_due_date(db):
    p = partner("P")
    later_owed = thank(p, due=TODAY + dt.timedelta(days=5))
    sent = thank(p, due=TODAY - dt.timedelta(days=30), status=ThankStatus.SENT)
    overdue_recent = thank(p, due=TODAY - dt.timedelta(days=1))
    written = thank(p, due=TODAY - dt.timedelta(days=40), status=ThankStatus.WRITTEN)
    overdue_old = thank(p, due=TODAY - dt.timedelta(days=9))
    due_today = thank(p, due=TODAY)
    rows = thanks.list_thank_yous(today=TODAY)
    assert [r.id for r in rows] == [overdue_old.id, overdue_recent.id, due_today.id, later_owed.id, written.id, sent.id]
    assert [r.overdue for r in rows][:4] == [True, True, False, False]
    assert rows[0].days_overdue == 9
    # a written note is still owed until it is sent: overdue once its date has passed
    assert rows[4].overdue == (written.due_date < TODAY)
    assert not rows[5].overdue  # sent


def test_filter_by_status_and_text(db):
    ann = partner("Ann Lee", company="Lee Realty")
    bob = partner("Bob Stone")
    a = thank(ann, referral(ann, "Jane Doe", "kitchen remodel"), due=TODAY)
    b = thank(bob, referral(bob, "Sam 50% Smith", "office move"), due=TODAY, status=ThankStatus.SENT)
    c = thank(None, due=TODAY, recipient_name="Carol_King", reason=ThankReason.OTHER, note="for the lunch")
    assert {r.id for r in thanks.list_thank_yous(ThankStatus.OWED, today=TODAY)} == {a.id, c.id}
    assert {r.id for r in thanks.list_thank_yous([ThankStatus.SENT], today=TODAY)} == {b.id}
    assert thanks.list_thank_yous([], today=TODAY) == []
    assert [r.id for r in thanks.list_thank_yous(text="KITCHEN", today=TODAY)] == [a.id]
    assert [r.id for r in thanks.list_thank_yous(text="realty", today=TODAY)] == [a.id]
    assert [r.id for r in thanks.list_thank_yous(text="lunch", today=TODAY)] == [c.id]
    assert [r.id for r in thanks.list_thank_yous(text="jane kitchen", today=TODAY)] == [a.id]
    assert thanks.list_thank_yous(text="jane office", today=TODAY) == []
    # % and _ are matched literally, not as wildcards
    assert [r.id for r in thanks.list_thank_yous(text="50%", today=TODAY)] == [b.id]
    assert [r.id for r in thanks.list_thank_yous(text="l_king", today=TODAY)] == [c.id]
    assert thanks.list_thank_yous(text="%", today=TODAY) == [r for r in thanks.list_thank_yous(text="50%", today=TODAY)]


def test_recipient_is_the_partner_or_the_named_person(db):
    ann = partner("Ann Lee", address="1 Main St\nSpringfield")
    thank(ann, due=TODAY)
    thank(None, due=TODAY + dt.timedelta(days=1), recipient_name="Carol King")
    thank(ann, due=TODAY + dt.timedelta(days=2), recipient_name="Assistant Al")
    rows = thanks.list_thank_yous(today=TODAY)
    assert [r.recipient for r in rows] == ["Ann Lee", "Carol King", "Assistant Al (Ann Lee)"]
    assert rows[0].address == "1 Main St\nSpringfield"
    assert rows[1].address == ""


def test_set_status_records_dates_and_can_be_undone(db):
    p = partner("P")
    a = thank(p, due=TODAY)
    b = thank(p, due=TODAY, status=ThankStatus.WRITTEN)
    ThankYou.update(written_date=TODAY - dt.timedelta(days=3)).where(ThankYou.id == b.id).execute()
    change = thanks.set_status([a.id, b.id], ThankStatus.SENT, today=TODAY)
    assert {tid: row["status"] for tid, row in change.before[ThankYou].items()} == {
        a.id: ThankStatus.OWED,
        b.id: ThankStatus.WRITTEN,
    }
    a2, b2 = ThankYou.get_by_id(a.id), ThankYou.get_by_id(b.id)
    assert (a2.status, a2.written_date, a2.sent_date) == (ThankStatus.SENT, TODAY, TODAY)
    assert (b2.status, b2.written_date, b2.sent_date) == (ThankStatus.SENT, TODAY - dt.timedelta(days=3), TODAY)
    assert b2.version == b.version + 1
    change.undo()
    a3, b3 = ThankYou.get_by_id(a.id), ThankYou.get_by_id(b.id)
    assert (a3.status, a3.written_date, a3.sent_date) == (ThankStatus.OWED, None, None)
    assert (b3.status, b3.written_date, b3.sent_date) == (ThankStatus.WRITTEN, TODAY - dt.timedelta(days=3), None)


def test_set_status_back_to_owed_clears_dates(db):
    t = thank(partner("P"), due=TODAY, status=ThankStatus.SENT)
    thanks.set_status([t.id], ThankStatus.WRITTEN, today=TODAY)
    again = ThankYou.get_by_id(t.id)
    assert (again.status, again.written_date, again.sent_date) == (ThankStatus.WRITTEN, TODAY, None)
    thanks.set_status([t.id], ThankStatus.OWED, today=TODAY)
    again = ThankYou.get_by_id(t.id)
    assert (again.status, again.written_date, again.sent_date) == (ThankStatus.OWED, None, None)
    assert not thanks.set_status([], ThankStatus.SENT).areas  # nothing to mark: nothing changed


def test_set_method_and_undo(db):
    p = partner("P")
    a = thank(p, due=TODAY, method=ThankMethod.CARD)
    b = thank(p, due=TODAY, method=ThankMethod.CALL)
    change = thanks.set_method([a.id, b.id], ThankMethod.EMAIL)
    assert {tid: row["method"] for tid, row in change.before[ThankYou].items()} == {
        a.id: ThankMethod.CARD,
        b.id: ThankMethod.CALL,
    }
    assert {t.method for t in ThankYou.select()} == {ThankMethod.EMAIL}
    change.undo()
    assert ThankYou.get_by_id(a.id).method is ThankMethod.CARD
    assert ThankYou.get_by_id(b.id).method is ThankMethod.CALL


def test_add_needs_a_partner_or_a_name(db):
    with pytest.raises(thanks.ThanksProblem, match="partner or type the name"):
        thanks.add_thank_you(recipient_name="   ")
    with pytest.raises(thanks.ThanksProblem, match="no longer exists"):
        thanks.add_thank_you(partner_id=999)
    p = partner("Ann")
    tid = thanks.add_thank_you(p.id, method=ThankMethod.GIFT, due_date=TODAY, note="for the intro").id
    row = ThankYou.get_by_id(tid)
    assert (row.partner_id, row.method, row.due_date, row.reason) == (p.id, ThankMethod.GIFT, TODAY, ThankReason.OTHER)
    assert ThankYou.select().count() == 1


def test_update_changes_only_what_it_is_given_and_undoes(db):
    tid = thanks.add_thank_you(recipient_name="Carol", note="for lunch", due_date=TODAY).id
    change = thanks.update_thank_you(tid, note="for the big lunch", due_date=TODAY + dt.timedelta(days=1))
    assert (change.before[ThankYou][tid]["note"], change.before[ThankYou][tid]["due_date"]) == ("for lunch", TODAY)
    assert ThankYou.get_by_id(tid).note == "for the big lunch"
    with pytest.raises(thanks.ThanksProblem):
        thanks.update_thank_you(tid, recipient_name=" ")
    change.undo()
    assert (ThankYou.get_by_id(tid).note, ThankYou.get_by_id(tid).due_date) == ("for lunch", TODAY)


def test_update_with_a_stale_version_writes_nothing(db):
    from refdesk.services.concurrency import Conflict

    tid = thanks.add_thank_you(recipient_name="Carol", note="for lunch", due_date=TODAY).id
    seen = ThankYou.get_by_id(tid).version
    thanks.set_status([tid], ThankStatus.WRITTEN)  # someone else, meanwhile
    with pytest.raises(Conflict):
        thanks.update_thank_you(tid, expected_version=seen, note="mine")
    row = ThankYou.get_by_id(tid)
    assert (row.note, row.status) == ("for lunch", ThankStatus.WRITTEN)
    thanks.update_thank_you(tid, expected_version=row.version, note="mine")
    assert ThankYou.get_by_id(tid).note == "mine"


def test_delete_and_restore_bring_back_the_same_rows(db):
    p = partner("P")
    ref = referral(p)
    a = thank(p, ref, due=TODAY, note="keep me")
    b = thank(p, due=TODAY, status=ThankStatus.SENT)
    before = thanks.list_thank_yous(today=TODAY)
    change = thanks.delete([a.id, b.id])
    assert ThankYou.select().count() == 0
    change.undo()
    assert thanks.list_thank_yous(today=TODAY) == before


def test_counts_and_partner_choices(db):
    p = partner("Zed")
    partner("adam")
    Partner.create(name="Gone", stage=Stage.RETIRED)
    thank(p, due=TODAY - dt.timedelta(days=2))
    thank(p, due=TODAY)
    thank(p, due=TODAY, status=ThankStatus.SENT)
    assert thanks.counts(TODAY) == {"owed": 2, "overdue": 1, "to_write": 2, "written": 0, "sent": 1}
    assert [text for _id, text in ps.partner_choices(active_only=True)] == ["adam", "Zed"]  # not the retired


def test_listing_many_rows_is_one_query_and_fast(db):
    import time

    many(3000)
    started = time.perf_counter()
    rows = thanks.list_thank_yous(today=TODAY)
    assert len(rows) == 3000
    assert time.perf_counter() - started < 2.0
    assert len({r.id for r in rows}) == 3000
