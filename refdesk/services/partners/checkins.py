"""Standing check-ins: where I stand with a partner, asked on purpose every 90 days.  Qt-free."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from refdesk.db.models import Comfort, StandingCheck
from refdesk.i18n import _
from refdesk.services.edits import RowsChange
from refdesk.services.partners import entries
from refdesk.services.partners.profile import PartnerError, PartnerNotFound


@dataclass
class CheckInData:
    date: dt.date
    willingness: int
    comfort: Comfort
    notes: str = ""
    id: int | None = None
    partner_id: int | None = None
    version: int | None = None  # when loaded: an edit checks nobody saved since


def validate_checkin(data: CheckInData) -> dict[str, str]:
    problems = {}
    if not isinstance(data.willingness, int) or not 0 <= data.willingness <= 10:
        problems["willingness"] = _("Willingness to refer is a score from 0 (not at all) to 10 (certainly).")
    if data.date > dt.date.today():
        problems["date"] = _("A check-in cannot be in the future.")
    return problems


def _checkin(s: StandingCheck) -> CheckInData:
    return CheckInData(s.date, s.willingness, s.comfort, s.notes, s.id, s.partner_id, s.version)


def list_checkins(partner_id: int) -> list[CheckInData]:
    """The partner's standing check-ins, newest first."""
    query = (
        StandingCheck.select()
        .where(StandingCheck.partner == partner_id)
        .order_by(StandingCheck.date.desc(), StandingCheck.id.desc())
    )
    return [_checkin(s) for s in query]


def get_checkin(check_id: int) -> CheckInData:
    s = StandingCheck.get_or_none(StandingCheck.id == check_id)
    if s is None:
        raise PartnerNotFound(check_id)
    return _checkin(s)


def _values(data: CheckInData) -> dict:
    problems = validate_checkin(data)
    if problems:
        raise PartnerError(problems)
    return {"date": data.date, "willingness": data.willingness, "comfort": data.comfort, "notes": data.notes.rstrip()}


def add_checkin(partner_id: int, data: CheckInData) -> RowsChange:
    """Record a check-in (``change.id``)."""
    return entries.add(StandingCheck, partner_id, _values(data), "check-in")


def update_checkin(check_id: int, data: CheckInData) -> RowsChange:
    """Save *data* over the check-in (checked against ``data.version`` when it is set)."""
    return entries.update(StandingCheck, check_id, _values(data), "check-in", data.version)


def delete_checkin(check_id: int) -> RowsChange:
    return entries.delete(StandingCheck, check_id, "check-in")


def last_checkin_date(partner_id: int) -> dt.date | None:
    latest = (
        StandingCheck.select(StandingCheck.date)
        .where(StandingCheck.partner == partner_id)
        .order_by(StandingCheck.date.desc())
        .first()
    )
    return latest.date if latest is not None else None


def willingness_trend(partner_id: int) -> list[tuple[dt.date, int]]:
    """(date, willingness) of every check-in, oldest first: the trend the profile draws."""
    query = cast(
        "Iterable[tuple[dt.date | str, int]]",
        StandingCheck.select(StandingCheck.date, StandingCheck.willingness)
        .where(StandingCheck.partner == partner_id)
        .order_by(StandingCheck.date, StandingCheck.id)
        .tuples(),
    )
    return [(d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)), w) for d, w in query]
