"""``refdesk referrals``: the exact command-line contract, run as a real subprocess."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from refdesk.db.models import Direction, Partner, ReferralStatus
from refdesk.services import formatting
from refdesk.services import referrals as svc
from tests.conftest import run_refdesk

TODAY = dt.date.today()
KEYS = {
    "id",
    "date",
    "direction",
    "partner_id",
    "partner",
    "prospect",
    "prospect_partner_id",
    "prospect_need",
    "type",
    "first_contact",
    "status",
    "follow_up_date",
    "follow_up_done",
    "follow_up_due",
    "follow_up_overdue",
    "closed_value",
    "currency",
    "closed_date",
    "outcome",
    "outcome_feedback",
    "partner_told",
    "partner_thanked_date",
    "prospect_thanked_date",
    "notes",
}


@pytest.fixture
def filled(db, data_dir):
    ada = Partner.create(name="Ada Okafor")
    ben = Partner.create(name="Bén Smith")
    ids = {}
    ids["due"] = svc.create_referral(
        svc.ReferralData(
            date=TODAY - dt.timedelta(days=5), direction=Direction.GIVEN, partner_id=ada.id, prospect_name="Zoë Young"
        )
    ).id
    svc.set_thanked(ids["due"], "prospect", today=TODAY)
    ids["later"] = svc.create_referral(
        svc.ReferralData(
            date=TODAY,
            direction=Direction.RECEIVED,
            partner_id=ben.id,
            prospect_name="Amy Adams",
            status=ReferralStatus.WON,
            closed_value=Decimal("1200"),
            currency="EUR",
        )
    ).id
    db.close()
    return data_dir, ids


def test_json_lists_all_with_documented_keys(filled):
    data_dir, ids = filled
    result = run_refdesk("--data-dir", str(data_dir), "referrals", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert set(doc) == {"today", "filters", "count", "referrals"}
    assert doc["today"] == TODAY.isoformat()
    assert doc["filters"] == {"due": False, "direction": None}
    assert doc["count"] == 2
    first, second = doc["referrals"]
    assert set(first) == KEYS
    assert first["id"] == ids["later"] and second["id"] == ids["due"]  # newest first
    assert first["direction"] == "received" and first["status"] == "won"
    assert first["closed_value"] == "1200.00" and first["currency"] == "EUR"
    assert second["prospect"] == "Zoë Young" and second["follow_up_due"] is True
    assert second["follow_up_overdue"] is True
    assert second["follow_up_date"] == (TODAY - dt.timedelta(days=3)).isoformat()
    assert (second["partner_thanked_date"], second["prospect_thanked_date"]) == (None, TODAY.isoformat())


def test_due_and_direction_filters(filled):
    data_dir, ids = filled
    due = json.loads(run_refdesk("--data-dir", str(data_dir), "referrals", "--due", "--json").stdout)
    assert [r["id"] for r in due["referrals"]] == [ids["due"]] and due["filters"]["due"] is True
    received = json.loads(
        run_refdesk("--data-dir", str(data_dir), "referrals", "--direction", "received", "--json").stdout
    )
    assert [r["id"] for r in received["referrals"]] == [ids["later"]]
    assert received["filters"]["direction"] == "received"
    none = json.loads(
        run_refdesk("--data-dir", str(data_dir), "referrals", "--due", "--direction", "received", "--json").stdout
    )
    assert none["count"] == 0 and none["referrals"] == []


def test_text_output(filled):
    data_dir, _ids = filled
    result = run_refdesk("--data-dir", str(data_dir), "referrals")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert "Bén Smith" in lines[0] and "€1,200" in lines[0]  # the tests run in American English
    assert f"follow up {formatting.date(TODAY - dt.timedelta(days=3))} (overdue)" in lines[1]
    assert lines[-1] == "2 referrals."
    due = run_refdesk("--data-dir", str(data_dir), "referrals", "--due", "--direction", "received")
    assert due.returncode == 0 and due.stdout.strip() == "No referrals with a follow-up due."


def test_bad_direction_is_one_line_exit_2(filled):
    data_dir, _ids = filled
    result = run_refdesk("--data-dir", str(data_dir), "referrals", "--direction", "sideways")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "given" in result.stderr and "received" in result.stderr


def test_unusable_database_is_exit_2(tmp_path):
    bad = tmp_path / "broken"
    bad.mkdir()
    (bad / "refdesk.db").write_bytes(b"this is not a database" * 100)
    result = run_refdesk("--data-dir", str(bad), "referrals", "--json")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
