"""The reminders that reach the owner outside the window: the calendar file and the notifications.  Qt-free.

``items(today, days)`` is their one source: every item of ``due.upcoming()`` from *today* to *days*
days later and every overdue one, each as a ``Reminder`` with a stable ``uid`` (the same item
keeps it from one run to the next, so a calendar app updates it rather than adding a second one).
An overdue reminder is dated *today* (it is still to do) and keeps its own ``due_date``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from peewee import JOIN

from refdesk.db.models import Direction, Partner, Referral, as_date
from refdesk.i18n import _
from refdesk.services import due, formatting

DEFAULT_DAYS = 90
"""How far ahead ``refdesk calendar`` looks unless told (``--days``)."""

MAX_DAYS = 730
"""The furthest ahead a reminder list may look: two years, like the rules' day-counts."""


@dataclass(frozen=True)
class Reminder:
    """One thing to do, as a calendar or a notification shows it."""

    kind: str  # one of due.KINDS: "follow_up", "thank_you", "check_in", "next_step", "cadence"
    uid: str  # "refdesk-KIND-ID@refdesk": the same for the same item, run after run
    date: dt.date  # the day to do it: its due date, or today when it is overdue
    title: str  # what to do, in the language spoken ("Follow up with Amara Okafor and Ben Smith")
    partner: str  # the partner's name (the recipient's, for a thank-you to someone not a partner)
    referral: str  # the referral it is about, in words ("" when none)
    overdue: bool
    due_date: dt.date  # its own due date (before today when overdue)
    partner_id: int | None = None
    referral_id: int | None = None
    ref_id: int = 0  # the row it comes from (see due.Upcoming.ref_id), to open it


def uid(kind: str, ref_id: int) -> str:
    """The stable identity of a reminder: its kind and the id of the row it comes from."""
    return f"refdesk-{kind}-{ref_id}@refdesk"


def _referrals(ids: set[int]) -> dict[int, str]:
    """Each referral in words: "Given to Amara Okafor on 3 Mar 2026 · Pat Prospect · needs a new roof"."""
    if not ids:
        return {}
    prospect = Partner.alias()
    query = (
        Referral.select(
            Referral.id,
            Referral.direction,
            Referral.date,
            Partner.name,
            Referral.prospect_name,
            prospect.name,
            Referral.prospect_need,
        )
        .join(Partner, on=(Referral.partner == Partner.id))
        .switch(Referral)
        .join(prospect, JOIN.LEFT_OUTER, on=(Referral.prospect_partner == prospect.id))
        .where(Referral.id.in_(sorted(ids)))
    )
    words = {}
    for rid, direction, day, partner, prospect_name, other, need in cast("Iterable[tuple[Any, ...]]", query.tuples()):
        given = getattr(direction, "value", direction) == Direction.GIVEN.value
        text = (_("Given to {partner} on {day}") if given else _("Received from {partner} on {day}")).format(
            partner=partner, day=formatting.date(as_date(day))
        )
        parts = [text, prospect_name or other or "", need or ""]
        words[rid] = " · ".join(part.strip() for part in parts if part and part.strip())
    return words


def items(today: dt.date | None = None, days: int = DEFAULT_DAYS, *, referral_words: bool = True) -> list[Reminder]:
    """Every reminder from *today* to *days* days later, and every overdue one: overdue first, then by date.

    Without *referral_words* each one's ``referral`` is left "" (a notification does not show it):
    writing out every referral's words was a sixth of the window's reminders check, which runs in
    the background at start-up and after every change (288 ms of CPU with them, 243 without, for
    16,195 items on 10,000 partners and 100,000 referrals, medians of 3 alternating runs)."""
    today = today or dt.date.today()
    days = max(0, min(int(days), MAX_DAYS))
    coming = due.upcoming(today, days, limit=None).items
    wanted = {u.referral_id for u in coming if u.referral_id is not None} if referral_words else set()
    referrals = _referrals(wanted)
    return [
        Reminder(
            u.kind,
            uid(u.kind, u.ref_id),
            today if u.overdue else u.date,
            u.title,
            u.partner_name,
            referrals.get(u.referral_id, "") if u.referral_id is not None else "",
            u.overdue,
            u.date,
            u.partner_id,
            u.referral_id,
            u.ref_id,
        )
        for u in coming
    ]


def counts(reminders: Iterable[Reminder]) -> dict[str, int]:
    """How many of each kind (every kind of ``due.KINDS``, zeros included)."""
    found = dict.fromkeys(due.KINDS, 0)
    for reminder in reminders:
        found[reminder.kind] += 1
    return found
