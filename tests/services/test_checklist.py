"""refdesk.services.checklist: the document's content, grouping, order and escaping (no Qt)."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from refdesk.db.models import ThankMethod, ThankStatus
from refdesk.services.checklist import build_checklist, to_html
from tests.services.thanks_data import TODAY, many, partner, referral, thank


def test_every_owed_note_is_listed_once_in_due_date_order(db):
    ids = many(120)
    thank(partner("Already sent"), due=TODAY, status=ThankStatus.SENT)
    checklist = build_checklist("owed", today=TODAY)
    assert [g.status for g in checklist.groups] == [ThankStatus.OWED]
    listed = [row.id for row in checklist.rows]
    assert sorted(listed) == sorted(ids)
    assert len(listed) == len(set(listed))
    dues = [row.due_date for row in checklist.rows]
    assert dues == sorted(dues)
    assert checklist.total == 120
    assert checklist.subtitle == "Notes to write"


def test_all_groups_by_status_owed_then_written_then_sent(db):
    p = partner("P")
    thank(p, due=TODAY + dt.timedelta(days=3), status=ThankStatus.SENT)
    thank(p, due=TODAY + dt.timedelta(days=2), status=ThankStatus.WRITTEN)
    thank(p, due=TODAY - dt.timedelta(days=1), status=ThankStatus.WRITTEN)
    thank(p, due=TODAY + dt.timedelta(days=1))
    thank(p, due=TODAY - dt.timedelta(days=4))
    checklist = build_checklist("all", today=TODAY)
    assert [g.status for g in checklist.groups] == [ThankStatus.OWED, ThankStatus.WRITTEN, ThankStatus.SENT]
    assert [[r.due_date for r in g.rows] for g in checklist.groups] == [
        [TODAY - dt.timedelta(days=4), TODAY + dt.timedelta(days=1)],
        [TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=2)],
        [TODAY + dt.timedelta(days=3)],
    ]
    assert checklist.groups[0].heading == "To write — 2 notes, 1 overdue"
    assert checklist.groups[2].heading == "Sent — 1 note"
    overdue = checklist.groups[0].rows[0]
    assert overdue.overdue and overdue.overdue_text == "OVERDUE\n4 days late"
    # a written note past its date is still owed, so overdue (it has to be posted); one not yet due is not
    assert [r.overdue for r in checklist.groups[1].rows] == [True, False]
    assert [r.done for r in checklist.rows] == [False, False, False, False, True]
    written = build_checklist("written", today=TODAY)
    assert [g.status for g in written.groups] == [ThankStatus.WRITTEN]


def test_row_cells_carry_recipient_address_reason_due_and_method(db):
    ann = partner("Ann Lee", address="1 Main St\nSpringfield  ", company="Lee Realty")
    thank(ann, referral(ann, "Jane Doe", "kitchen remodel"), due=dt.date(2026, 3, 5))
    [row] = build_checklist(today=TODAY).rows
    who, address, reason, due, method = row.cells()
    assert who == "Ann Lee\nLee Realty"
    assert address == "1 Main St\nSpringfield"
    assert reason == "for referring Jane Doe — kitchen remodel"
    assert due == "Mar 5, 2026\nOVERDUE\n5 days late"
    assert method == "Handwritten card"


def test_contact_follows_the_method(db):
    from refdesk.db.models import PartnerEmail, PartnerPhone

    ann = partner("Ann", address="1 Main St")
    PartnerEmail.create(partner=ann, email="Ann@Example.com")
    PartnerPhone.create(partner=ann, phone="+1 555 0100")
    thank(ann, due=TODAY, method=ThankMethod.EMAIL)
    thank(ann, due=TODAY + dt.timedelta(days=1), method=ThankMethod.CALL)
    thank(ann, due=TODAY + dt.timedelta(days=2), method=ThankMethod.GIFT)
    thank(None, due=TODAY + dt.timedelta(days=3), recipient_name="Carol")
    assert [r.address for r in build_checklist(today=TODAY).rows] == [
        "ann@example.com",
        "+1 555 0100",
        "1 Main St",
        "(no address on file)",
    ]


def test_nothing_to_list_says_so(db):
    checklist = build_checklist("owed", today=TODAY)
    assert checklist.groups == [] and checklist.total == 0
    assert checklist.empty_message == "No thank-you notes to write. Nothing to write today."
    assert "Nothing to write today." in to_html(checklist)


def test_unknown_status_is_refused(db):
    with pytest.raises(ValueError, match="unknown status"):
        build_checklist("maybe")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_every_user_text(db):
    bob = partner("<b>Bob</b>", address='<img src=x onerror="alert(1)">\n& Co')
    thank(bob, referral(bob, "<script>x</script>", "a & b"), due=TODAY)
    html = to_html(build_checklist(today=TODAY))
    assert "<b>Bob</b>" not in html and "<img" not in html and "<script>" not in html
    assert "&lt;b&gt;Bob&lt;/b&gt;" in html
    parser = _Text()
    parser.feed(html)
    text = "".join(parser.text)
    assert "<b>Bob</b>" in text
    assert '<img src=x onerror="alert(1)">' in text
    assert "for referring <script>x</script> — a & b" in text
    assert set(parser.tags) <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "h2",
        "p",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "span",
        "br",
    }
    assert len(re.findall(r'<span class="box"></span>', html)) == 1
