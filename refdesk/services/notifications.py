"""What to notify, and when: the day's digest at the chosen time, the ones that fall due later, snooze.  Qt-free.

The window asks ``due_now(today)`` for what is due (every item dated today or before and still
open, each with a stable ``uid``), then ``decide(items, now, at, state)``:

- **one digest a day**: the first check at or after the chosen time (*at*: the ``reminder_time`` setting, 9:00 by default) of a
  day notifies everything due that day in one notification (a window started at 14:00 gives it
  at once);
- **something new falls due while running**: a later check that finds items not yet notified
  that day notifies those, and only those, in one digest of their own;
- **never the same item twice** in a day: what was notified is kept in a small state file, so a
  check every few minutes, a restart or a second window on the same data folder does not notify
  it again.  Still open the next day, an item is in the next day's digest (that is what the day's
  digest is for); before the chosen time nothing is notified;
- **snooze until tomorrow** (``snooze(state, now)``) says nothing more until the next day's digest.

The state file (``notifications.json`` in the data folder, written 0600 through
``paths.private_output``) holds the day, whether its digest went out, the uids notified that day and
the snooze.  A damaged or missing file is a fresh start (logged), never an error.

The clock is ``now()``: the system's, or for testing ``REFDESK_NOW`` (``2026-12-03T09:00``), the
moment the clock starts from and runs on; it is the reminders' clock only, nothing else reads it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from refdesk import paths

log = logging.getLogger(__name__)

STATE_FILE = "notifications.json"
CHECK_MINUTES = 5  # how often the window looks for something new that fell due
NOW_VARIABLE = "REFDESK_NOW"

# --- the clock ------------------------------------------------------------------------------------

_clock_start: dict[str, float] = {}  # REFDESK_NOW's value → when this process first read it


def now() -> dt.datetime:
    """The reminders' clock: the system's, or (for testing) ``REFDESK_NOW``, running on from the
    moment it was first read."""
    fixed = os.environ.get(NOW_VARIABLE, "").strip()
    if fixed:
        try:
            start = dt.datetime.fromisoformat(fixed)
        except ValueError:
            log.warning(
                "%s=%r is not a date and time such as 2026-12-03T09:00: the real clock is used", NOW_VARIABLE, fixed
            )
        else:
            began = _clock_start.setdefault(fixed, time.monotonic())
            return start.replace(tzinfo=None) + dt.timedelta(seconds=time.monotonic() - began)
    return dt.datetime.now()


# --- what is due ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One thing due, as a notification names it and the window opens it."""

    uid: str  # stable per item (reminders.uid): "refdesk-follow_up-12@refdesk", the calendar file's too
    kind: str  # follow_up, thank_you, check_in, next_step, cadence
    title: str
    date: dt.date
    overdue: bool
    page: str  # the window's page that shows it ("referrals", "thanks", "partners")
    target: int | None  # what to select there (a referral, thank-you or partner id)


PAGES = {
    "follow_up": "referrals",
    "thank_you": "thanks",
    "check_in": "partners",
    "next_step": "partners",
    "cadence": "partners",
}
"""The page that opens each kind of item (``due.KINDS``)."""


def due_now(today: dt.date, found: Iterable | None = None) -> list[Item]:
    """Everything due on *today* or before and still open, overdue first: ``reminders.items()``, the
    calendar file's source too (reads the database: the window calls it in its ``Worker``), or the
    reminders already *found* for a longer stretch."""
    from refdesk.services import reminders

    found = reminders.items(today, 0, referral_words=False) if found is None else found
    return [_item(r) for r in found if r.due_date <= today]


CALENDAR_FILE = "refdesk-reminders.ics"  # calendar_file.FILE_NAME, kept up to date in the data folder when asked


@dataclass(frozen=True)
class Reading:
    """One check's read: what is due now, and the calendar file written with it (when asked)."""

    today: dt.date
    items: list[Item]
    events: int | None = None  # the calendar file's events, when it was written
    calendar_error: str | None = None  # why it could not be written


def read(today: dt.date, calendar: Path | None = None, alarm: dt.time | None = None) -> Reading:
    """What is due on *today*; with *calendar*, also that file written (``calendar_file.write``) from the
    same reminders of the next ``reminders.DEFAULT_DAYS`` days, alarms at *alarm*."""
    if calendar is None:
        return Reading(today, due_now(today))
    from refdesk.services import calendar_file, failures, reminders

    found = reminders.items(today, reminders.DEFAULT_DAYS)
    items = due_now(today, found)
    try:
        events = calendar_file.write(calendar, found, alarm or dt.time(9, 0))
    except OSError as exc:
        return Reading(today, items, None, f"{calendar}: {failures.reason(exc) or exc.strerror or exc}")
    return Reading(today, items, events)


def _item(reminder) -> Item:
    page = PAGES.get(reminder.kind, "partners")
    if page == "referrals":
        target = reminder.referral_id
    elif page == "thanks":
        target = reminder.ref_id
    else:
        target = reminder.partner_id
    return Item(reminder.uid, reminder.kind, reminder.title, reminder.due_date, reminder.overdue, page, target)


# --- the state kept between checks ----------------------------------------------------------------


@dataclass(frozen=True)
class State:
    day: dt.date | None = None  # the day the rest is about
    digest_sent: bool = False  # that day's digest went out (or there was nothing to say)
    notified: frozenset[str] = field(default_factory=frozenset)  # uids notified that day
    snoozed_until: dt.date | None = None  # nothing is said before that day's digest

    def for_day(self, day: dt.date) -> State:
        """The state as it stands on *day*: a new day starts with nothing notified yet."""
        if self.day == day:
            return self
        return State(day=day, snoozed_until=self.snoozed_until)

    def as_json(self) -> dict:
        return {
            "version": 1,
            "day": self.day.isoformat() if self.day else None,
            "digest_sent": self.digest_sent,
            "notified": sorted(self.notified),
            "snoozed_until": self.snoozed_until.isoformat() if self.snoozed_until else None,
        }

    @classmethod
    def from_json(cls, data: dict) -> State:
        def day(value) -> dt.date | None:
            return dt.date.fromisoformat(value) if value else None

        notified = data.get("notified") or []
        if not isinstance(notified, list) or not all(isinstance(u, str) for u in notified):
            raise ValueError("notified is not a list of uids")
        return cls(
            day(data.get("day")), bool(data.get("digest_sent")), frozenset(notified), day(data.get("snoozed_until"))
        )


def state_path(folder: Path) -> Path:
    return Path(folder) / STATE_FILE


def load(path: Path) -> State:
    """The state in *path*; a missing file is a fresh start, and so (logged) is a damaged one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return State.from_json(data)
    except FileNotFoundError:
        return State()
    except (OSError, ValueError, TypeError) as exc:
        log.warning("the reminders' state %s cannot be read (%s): starting afresh", path, exc)
        return State()


def save(path: Path, state: State) -> None:
    """Write *state* to *path*, owner-only and whole (``paths.private_output``)."""
    with paths.private_file(path, "w", encoding="utf-8") as fh:
        json.dump(state.as_json(), fh, indent=1)


# --- deciding -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Digest:
    """One notification: the day's (``daily``) or the ones that fell due since (``new``)."""

    kind: str  # "daily" or "new"
    items: tuple[Item, ...]
    total_due: int  # everything due now (the tray's count), notified before or not

    @property
    def count(self) -> int:
        return len(self.items)


def snoozed(state: State, now: dt.datetime, at: dt.time) -> bool:
    return state.snoozed_until is not None and now < dt.datetime.combine(state.snoozed_until, at)


def decide(items: Iterable[Item], now: dt.datetime, at: dt.time, state: State) -> tuple[Digest | None, State]:
    """What to notify at *now* (or None) and the state once it is notified.

    Nothing before the day's time *at*, nor while snoozed; then the day's digest once (of
    everything due); then a digest of what was not yet notified that day, when there is some.
    With nothing due the day's digest is counted as given, silently."""
    items = list(items)
    today = now.date()
    state = state.for_day(today)
    if now.time() < at or snoozed(state, now, at):
        return None, state
    if state.snoozed_until is not None:  # the snooze is over: this is the next day's digest
        state = replace(state, snoozed_until=None)
    uids = frozenset(i.uid for i in items)
    if not state.digest_sent:
        after = replace(state, digest_sent=True, notified=state.notified | uids)
        return (Digest("daily", tuple(items), len(items)) if items else None), after
    new = tuple(i for i in items if i.uid not in state.notified)
    if not new:
        return None, state
    return Digest("new", new, len(items)), replace(state, notified=state.notified | uids)


def snooze(state: State, now: dt.datetime) -> State:
    """Nothing more until the next day's digest; what was due today is in it if still open."""
    today = now.date()
    return replace(state.for_day(today), snoozed_until=today + dt.timedelta(days=1))


def next_check(now: dt.datetime, at: dt.time) -> dt.datetime:
    """When the next check should be at the latest: the day's time if not reached yet, else
    tomorrow's, or ``CHECK_MINUTES`` from now if sooner (something may fall due meanwhile)."""
    soon = now + dt.timedelta(minutes=CHECK_MINUTES)
    today_at = dt.datetime.combine(now.date(), at)
    moment = today_at if now < today_at else today_at + dt.timedelta(days=1)
    return min(moment, soon)
