"""``refdesk calendar``: an iCalendar file that icalendar reads back with the counts of ``refdesk stats``,
stable UIDs, user text intact, an alarm at the reminder time, and clear refusals."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import icalendar
import pytest

from refdesk import preferences
from refdesk.db.models import Meeting, Partner, Stage
from tests.conftest import run_refdesk

KINDS = {"follow_up", "thank_you", "check_in", "next_step", "cadence"}


def _events(path: Path) -> list:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def _kind(event) -> str:
    return str(event["uid"]).split("-", 2)[1]


def _categories(event) -> list[str]:
    return [str(c) for c in event["categories"].cats]


def _calendar(data_dir: Path, target: Path, *extra: str) -> dict:
    result = run_refdesk("--data-dir", str(data_dir), "calendar", str(target), "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """Demo data, and what ``refdesk stats --json`` says is due on it."""
    folder = tmp_path_factory.mktemp("calendar") / "data"
    assert run_refdesk("--data-dir", str(folder), "demo").returncode == 0
    stats = run_refdesk("--data-dir", str(folder), "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    return folder, json.loads(stats.stdout)


def test_the_file_reads_back_with_the_counts_of_stats(demo, tmp_path):
    folder, stats = demo
    today = dt.date.fromisoformat(stats["today"])
    target = tmp_path / "due.ics"
    out = _calendar(folder, target)  # the next 90 days, and everything overdue
    assert set(out) == {"file", "events", "by_kind"} and set(out["by_kind"]) == KINDS
    assert out["file"] == str(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = _events(target)
    assert len(events) == out["events"] == sum(out["by_kind"].values()) > 0
    assert {k: sum(_kind(e) == k for e in events) for k in KINDS} == out["by_kind"]
    for e in events:
        start, end = e.decoded("dtstart"), e.decoded("dtend")
        assert type(start) is dt.date and end == start + dt.timedelta(days=1)  # all-day
        assert today <= start <= today + dt.timedelta(days=90)
        overdue = "Overdue" in _categories(e)
        assert str(e["summary"]).startswith("Overdue: ") == overdue
        if overdue:
            assert start == today  # overdue ones are dated today
        (alarm,) = e.walk("VALARM")
        assert alarm.decoded("trigger") == dt.timedelta(hours=9)  # 09:00 that day
    overdue = {k: sum(_kind(e) == k and "Overdue" in _categories(e) for e in events) for k in KINDS}
    assert out["by_kind"]["thank_you"] == stats["thanks_owed"]["total"]  # all owed are due within 90 days
    assert overdue["thank_you"] == stats["thanks_owed"]["overdue"]
    assert overdue["cadence"] == stats["overdue_for_contact"]["total"]
    # only what is due today or overdue: the due lists' totals
    now = _calendar(folder, tmp_path / "now.ics", "--days", "0")
    assert now["by_kind"]["follow_up"] == stats["follow_ups_due"]["total"]
    assert now["by_kind"]["check_in"] == stats["check_ins_due"]["total"]
    assert now["by_kind"]["next_step"] == stats["next_steps_due"]["total"] > 0
    assert all(e.decoded("dtstart") == today for e in _events(tmp_path / "now.ics"))


def test_a_second_export_keeps_the_uids(demo, tmp_path):
    folder, _stats = demo
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    _calendar(folder, first)
    _calendar(folder, second)
    uids = [str(e["uid"]) for e in _events(first)]
    assert len(set(uids)) == len(uids)  # one event per item
    assert uids == [str(e["uid"]) for e in _events(second)]
    assert all(u.startswith("refdesk-") and u.endswith("@refdesk") for u in uids)
    _calendar(folder, first)  # written again over the first: replaced, not appended
    assert [str(e["uid"]) for e in _events(first)] == uids


def test_user_text_survives_escaping(db, data_dir, tmp_path):
    today = dt.date.today()
    hostile = "<b>Bob</b>;,\n\\x"
    bob = Partner.create(name=hostile, stage=Stage.CREDIBILITY)
    Meeting.create(partner=bob, date=today, next_step="Call; then, <i>write</i>\nback", next_step_date=today)
    db.close()
    target = tmp_path / "bob.ics"
    out = _calendar(data_dir, target, "--days", "0")
    assert out["by_kind"]["next_step"] == 1
    raw = target.read_bytes().decode()
    assert "\\;\\," in raw and "\\n" in raw  # escaped as RFC 5545 says
    (event,) = [e for e in _events(target) if _kind(e) == "next_step"]
    assert str(event["summary"]) == f"Next step with {hostile}: Call; then, <i>write</i>\nback"
    assert str(event["description"]).startswith(f"Partner: {hostile}\n")


def test_the_alarm_is_at_the_reminder_time(db, data_dir, tmp_path):
    Partner.create(name="Ada Okafor", created_at=dt.datetime(2020, 1, 1))  # overdue for contact
    db.close()
    settings = preferences.settings_file()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[General]\nreminder_time=07:30\n", encoding="utf-8")
    try:
        target = tmp_path / "ada.ics"
        _calendar(data_dir, target, "--days", "0")
        (cadence,) = [e for e in _events(target) if _kind(e) == "cadence"]
        assert cadence.walk("VALARM")[0].decoded("trigger") == dt.timedelta(hours=7, minutes=30)
        assert _categories(cadence) == ["Stay in touch", "Overdue"]
        assert str(cadence["summary"]) == "Overdue: Get in touch with Ada Okafor (every 8 weeks)"
    finally:
        settings.unlink()


@pytest.mark.parametrize("days", ["-1", "731", "100000", "ten", "1e3"])
def test_days_far_ahead_or_not_a_number_are_refused(data_dir, tmp_path, days):
    result = run_refdesk("calendar", str(tmp_path / "x.ics"), "--days", days)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == f"refdesk: --days must be a whole number of days from 0 to 730, not “{days}”."
    assert not (tmp_path / "x.ics").exists()


def test_a_file_that_cannot_be_written_exits_2_with_the_reason(data_dir, tmp_path):
    from tests.read_only import read_only

    for target, words in (
        (tmp_path / "missing" / "x.ics", "does not exist"),
        (tmp_path, "is a folder"),
    ):
        result = run_refdesk("calendar", str(target))
        assert result.returncode == 2 and words in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("refdesk: ")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "due.ics").write_bytes(b"old")
    with read_only(locked):  # root too: a read-only bind mount, or chattr +i
        result = run_refdesk("calendar", str(locked / "due.ics"))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"refdesk: Cannot write {locked / 'due.ics'}: ")
    assert "read-only" in result.stderr or "permission denied" in result.stderr
    assert (locked / "due.ics").read_bytes() == b"old"
    assert not list(locked.glob("*.partial"))


def test_text_output_and_an_empty_database(data_dir, tmp_path):
    target = tmp_path / "empty.ics"
    result = run_refdesk("calendar", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote 0 reminders to {target}."
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert calendar.walk("VEVENT") == [] and str(calendar["version"]) == "2.0"
