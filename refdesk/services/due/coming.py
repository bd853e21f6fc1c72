"""What is coming up: meetings' next steps due, and everything that falls due in the next few days.  Qt-free.

``upcoming()`` is the one list of what falls due soon, of five kinds (``KINDS``): open follow-ups,
thank-yous owed, standing check-ins, meetings' next steps and stay-in-touch cadences.  Each kind
applies its own rule (``lists``, ``contact``, ``rules``); this module only asks them up to a later
day and puts the answers in one order: overdue first, then by date.  The Today page, the calendar
file and the notifications read it (through ``services/reminders.py`` for the last two).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from refdesk.db.models import Meeting, Partner, as_date
from refdesk.i18n import _, ngettext
from refdesk.services import rules
from refdesk.services.due.contact import Cadences, due_by
from refdesk.services.due.lists import Due, check_ins_due, follow_ups_due, thanks_owed

KINDS = ("follow_up", "thank_you", "check_in", "next_step", "cadence")
"""The kinds of ``Upcoming`` items, in the order a day's items are listed."""


@dataclass(frozen=True)
class NextStepDue:
    """A meeting's next step, not marked done, whose date has come (or comes within the days asked)."""

    meeting_id: int
    partner_id: int
    partner_name: str
    step: str
    due_date: dt.date
    overdue: bool  # due before today
    version: int = 0  # the meeting's version as listed, for a quick action to check (not in the JSON)

    def as_dict(self) -> dict:
        return {
            "meeting_id": self.meeting_id,
            "partner_id": self.partner_id,
            "partner_name": self.partner_name,
            "step": self.step,
            "due_date": self.due_date.isoformat(),
            "overdue": self.overdue,
        }


def _next_step_condition(until: dt.date):
    return (
        Meeting.next_step_done.is_null()
        & Meeting.next_step_date.is_null(False)
        & (Meeting.next_step_date <= until)
        & (Meeting.next_step != "")
    )


def next_steps_due(today: dt.date | None = None, within_days: int = 0, limit: int | None = 50) -> Due:
    """Meetings with a next step not done, dated on or before *today* + *within_days*; the oldest first."""
    today = today or dt.date.today()
    cond = _next_step_condition(today + dt.timedelta(days=within_days))
    total = Meeting.select().where(cond).count()
    query = (
        Meeting.select(
            Meeting.id, Meeting.partner, Partner.name, Meeting.next_step, Meeting.next_step_date, Meeting.version
        )
        .join(Partner, on=(Meeting.partner == Partner.id))
        .where(cond)
        .order_by(Meeting.next_step_date, Meeting.id)
    )
    if limit:
        query = query.limit(limit)
    items = []
    for mid, pid, name, step, day, version in cast("Iterable[tuple[Any, ...]]", query.tuples()):
        day = as_date(day)
        items.append(NextStepDue(mid, pid, name, step, day, day < today, version))
    return Due(total, items)


@dataclass(frozen=True)
class Upcoming:
    """One thing that falls due: its kind (``KINDS``), its own due date, and whom it is about.

    ``ref_id`` is the id of the row it comes from: the referral (follow-up), the thank-you, the
    partner (check-in, cadence) or the meeting (next step)."""

    kind: str
    date: dt.date
    overdue: bool  # due before today
    title: str  # what to do, in the language spoken ("Follow up with Amara Okafor and Ben Smith")
    partner_id: int | None  # None: a thank-you to someone who is not a partner
    partner_name: str
    referral_id: int | None
    ref_id: int

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "date": self.date.isoformat(),
            "overdue": self.overdue,
            "title": self.title,
            "partner_id": self.partner_id,
            "partner_name": self.partner_name,
            "referral_id": self.referral_id,
            "ref_id": self.ref_id,
        }


def _follow_ups(
    today: dt.date, until: dt.date, limit: int | None, _read: Cadences | None
) -> tuple[int, list[Upcoming]]:
    due = follow_ups_due(until, limit)
    items = []
    for f in due.items:
        if f.prospect:
            title = _("Follow up with {partner} and {prospect}").format(partner=f.partner_name, prospect=f.prospect)
        else:
            title = _("Follow up with {partner}").format(partner=f.partner_name)
        day = f.follow_up_date
        items.append(
            Upcoming("follow_up", day, day < today, title, f.partner_id, f.partner_name, f.referral_id, f.referral_id)
        )
    return due.total, items


def _thanks(today: dt.date, until: dt.date, limit: int | None, _read: Cadences | None) -> tuple[int, list[Upcoming]]:
    owed = thanks_owed(today, limit, until=until)
    items = [
        Upcoming(
            "thank_you",
            t.due_date,
            t.overdue,
            _("Thank {recipient}").format(recipient=t.recipient),
            t.partner_id,
            t.recipient,
            t.referral_id,
            t.thank_id,
        )
        for t in owed.items
    ]
    return owed.total, items


def _check_ins(today: dt.date, until: dt.date, limit: int | None, _read: Cadences | None) -> tuple[int, list[Upcoming]]:
    due = check_ins_due(until, limit=limit)
    items = []
    for c in due.items:
        # never asked: due now; else the first day the last one is more than CHECK_IN_DAYS old
        day = rules.check_in_due_date(c.last_check) if c.last_check is not None else today
        title = _("Standing check-in with {partner}").format(partner=c.name)
        items.append(Upcoming("check_in", day, day < today, title, c.partner_id, c.name, None, c.partner_id))
    return due.total, items


def _next_steps(
    today: dt.date, until: dt.date, limit: int | None, _read: Cadences | None
) -> tuple[int, list[Upcoming]]:
    due = next_steps_due(today, (until - today).days, limit)
    items = [
        Upcoming(
            "next_step",
            s.due_date,
            s.overdue,
            _("Next step with {partner}: {step}").format(partner=s.partner_name, step=s.step),
            s.partner_id,
            s.partner_name,
            None,
            s.meeting_id,
        )
        for s in due.items
    ]
    return due.total, items


def _cadences(today: dt.date, until: dt.date, limit: int | None, read: Cadences | None) -> tuple[int, list[Upcoming]]:
    rows = due_by(today, until, read)
    items = [
        Upcoming(
            "cadence",
            s.due_date,
            s.due_date < today,
            ngettext(
                "Get in touch with {partner} (every week)", "Get in touch with {partner} (every {weeks} weeks)", s.weeks
            ).format(partner=name, weeks=s.weeks),
            s.partner_id,
            name,
            None,
            s.partner_id,
        )
        for s, name in (rows[:limit] if limit else rows)
    ]
    return len(rows), items


_SOURCES = {
    "follow_up": _follow_ups,
    "thank_you": _thanks,
    "check_in": _check_ins,
    "next_step": _next_steps,
    "cadence": _cadences,
}


def sort_key(item: Upcoming) -> tuple:
    """Overdue first, then by date, then by kind (``KINDS``) and whom it is about."""
    return (not item.overdue, item.date, KINDS.index(item.kind), item.partner_name.casefold(), item.ref_id)


def upcoming(
    today: dt.date | None = None, days: int | None = None, limit: int | None = 50, cadences: Cadences | None = None
) -> Due:
    """Everything that falls due from *today* to *days* days later (``rules.UPCOMING_DAYS`` unless
    given), and every overdue one; each dated with its own due date, overdue first, then by date.
    *cadences*: ``due.cadences(today)`` when the caller has read them already.

    ``total`` counts them all; ``items`` holds the first *limit* (all with None)."""
    today = today or dt.date.today()
    until = today + dt.timedelta(days=rules.UPCOMING_DAYS if days is None else max(0, days))
    total, items = 0, []
    for source in _SOURCES.values():
        count, some = source(today, until, limit, cadences)
        total += count
        items.extend(some)
    items.sort(key=sort_key)
    return Due(total, items[:limit] if limit else items)
