"""``refdesk stats``: the JSON keys are a contract; the text is for people."""

from __future__ import annotations

import datetime as dt
import json

from refdesk.commands.stats import collect, render_text
from refdesk.db.models import Direction, Partner, Referral, ReferralStatus, Stage, ThankStatus, ThankYou
from refdesk.services import formatting, rules, stats
from tests.conftest import run_refdesk

TOP_KEYS = {
    "today",
    "months",
    "window",
    "headline",
    "monthly",
    "balances",
    "one_way_streets",
    "follow_ups_due",
    "thanks_owed",
    "check_ins_due",
    "next_steps_due",
    "overdue_for_contact",
    "gone_quiet",
}
HEADLINE_KEYS = {
    "given_this_month",
    "received_this_month",
    "given_12_months",
    "received_12_months",
    "thanks_owed",
    "thanks_overdue",
}
BALANCE_KEYS = {"partner_id", "name", "company", "given", "received", "balance", "retired"}


def _fill(today: dt.date) -> dict:
    old = dt.datetime.combine(today - dt.timedelta(days=400), dt.time(9))
    amara = Partner.create(name="Amara Okafor", company="Okafor Realty", created_at=old)
    ben = Partner.create(name="Ben Smith", company="", created_at=old)
    gone = Partner.create(name="Gone Partner", stage=Stage.RETIRED, created_at=old)
    this_month = today.replace(day=1)
    for _ in range(3):
        Referral.create(date=this_month, direction=Direction.GIVEN, partner=amara, status=ReferralStatus.WON)
    Referral.create(date=this_month, direction=Direction.RECEIVED, partner=ben, status=ReferralStatus.WON)
    Referral.create(
        date=this_month,
        direction=Direction.GIVEN,
        partner=gone,
        status=ReferralStatus.PASSED,
        follow_up_date=this_month,
        follow_up_done=False,
    )
    ThankYou.create(partner=ben, due_date=today - dt.timedelta(days=3), status=ThankStatus.OWED)
    return {"amara": amara, "ben": ben, "gone": gone}


def test_json_contract(db, data_dir):
    today = dt.date.today()
    people = _fill(today)
    db.close()
    result = run_refdesk("--data-dir", str(data_dir), "stats", "--json", "--months", "3")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == TOP_KEYS
    assert data["today"] == today.isoformat() and data["months"] == 3
    assert data["window"] == {"start": stats.window_start(today, 3).isoformat(), "end": today.isoformat()}
    assert set(data["headline"]) == HEADLINE_KEYS
    assert data["headline"]["given_this_month"] == 4 and data["headline"]["received_this_month"] == 1
    assert data["headline"]["thanks_overdue"] == 1
    assert len(data["monthly"]) == 3
    assert set(data["monthly"][0]) == {"month", "given", "received", "balance", "cumulative"}
    assert data["monthly"][-1] == {
        "month": today.strftime("%Y-%m"),
        "given": 4,
        "received": 1,
        "balance": 3,
        "cumulative": 3,
    }
    assert all(set(b) == BALANCE_KEYS for b in data["balances"])
    assert [(b["name"], b["balance"]) for b in data["balances"]] == [
        ("Amara Okafor", 3),
        ("Gone Partner", 1),
        ("Ben Smith", -1),
    ]
    assert [b["partner_id"] for b in data["one_way_streets"]] == [people["amara"].id]  # retired left out
    assert data["follow_ups_due"]["total"] == 1
    assert set(data["follow_ups_due"]["items"][0]) == {
        "referral_id",
        "partner_id",
        "partner_name",
        "direction",
        "prospect",
        "date",
        "follow_up_date",
        "status",
    }
    owed = data["thanks_owed"]
    assert (owed["total"], owed["overdue"]) == (1, 1)
    assert set(owed["items"][0]) == {
        "thank_id",
        "partner_id",
        "recipient",
        "reason",
        "amount",
        "due_date",
        "status",
        "overdue",
        "referral_id",
    }
    assert set(data["check_ins_due"]) == {"total", "items"}
    assert data["check_ins_due"]["total"] == 2
    assert set(data["check_ins_due"]["items"][0]) == {"partner_id", "name", "company", "last_check", "last_willingness"}
    assert set(data["gone_quiet"]) == {"total", "items"}
    assert data["gone_quiet"] == data["overdue_for_contact"]  # the earlier name, the same list
    assert set(data["next_steps_due"]) == {"total", "items"}


def test_text_output_reads_well(db, data_dir):
    _fill(dt.date.today())
    db.close()
    result = run_refdesk("--data-dir", str(data_dir), "stats")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "One-way streets: conversations to have" in out
    assert "Amara Okafor, Okafor Realty: given 3, received 0, balance +3" in out
    assert "Gone Partner (retired)" in out
    assert "Thank-yous owed: 1 (1 overdue)" in out
    months = out.split("Month ", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    assert len(months) == 12 and months[-1].startswith(formatting.month(dt.date.today().replace(day=1)))
    assert f"Counted {rules.window_phrase()}: {formatting.date(rules.window()[0])} to " in out


def test_bad_months_is_a_clear_problem(data_dir):
    result = run_refdesk("--data-dir", str(data_dir), "stats", "--months", "0")
    assert result.returncode == 2
    assert "--months must be" in result.stderr
    assert result.stdout == ""


def test_empty_database_says_so(db):
    text = render_text(collect(12))
    assert "No referrals in this period." in text
    assert "All thank-yous sent." in text


def test_next_steps_and_overdue_for_contact_are_listed(db, data_dir):
    from refdesk.db.models import Meeting

    today = dt.date.today()
    people = _fill(today)
    quiet = Partner.create(
        name="Quiet Partner", created_at=dt.datetime.combine(today, dt.time(9)) - dt.timedelta(days=400)
    )
    Meeting.create(partner=quiet, date=today - dt.timedelta(days=100))
    Meeting.create(
        partner=people["ben"], date=today - dt.timedelta(days=5), next_step="Send the brochure", next_step_date=today
    )
    db.close()
    data = json.loads(run_refdesk("--data-dir", str(data_dir), "stats", "--json").stdout)
    steps = data["next_steps_due"]
    assert steps["total"] == 1
    assert steps["items"][0]["step"] == "Send the brochure" and steps["items"][0]["overdue"] is False
    overdue = data["overdue_for_contact"]
    assert [(q["name"], q["weeks"]) for q in overdue["items"]] == [("Quiet Partner", 8)]
    assert set(overdue["items"][0]) == {"partner_id", "name", "company", "last_contact", "weeks", "due_date"}
    assert data["gone_quiet"] == overdue
    out = run_refdesk("--data-dir", str(data_dir), "stats").stdout
    day = formatting.date(today)
    assert f"Next steps due: 1\n  {day}  Ben Smith: Send the brochure\n" in out
    last, due = formatting.date(today - dt.timedelta(days=100)), formatting.date(today - dt.timedelta(days=44))
    assert f"Overdue for contact: 1\n  Quiet Partner: last contact {last}; every 8 weeks, due {due}" in out
