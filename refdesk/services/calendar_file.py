"""The reminders as an iCalendar file (RFC 5545), for a calendar app to import or subscribe to.  Qt-free.

One all-day ``VEVENT`` per reminder (``reminders.items``), not a ``VTODO``: calendar apps that
subscribe to a file (Google Calendar, Outlook, GNOME Calendar…) show events, while many of them
hide or drop to-dos.  Each event has:

- ``UID``: the reminder's stable uid, so a second export updates the events instead of adding
  copies; ``DTSTAMP`` is the time of the export;
- ``DTSTART``/``DTEND``: the day (``VALUE=DATE``), today for an overdue one;
- ``SUMMARY``: what to do, "Overdue: …" in front when it is overdue;
- ``DESCRIPTION``: the partner, the referral when there is one, and the due date;
- ``CATEGORIES``: the kind in words, and "Overdue" when it is;
- ``TRANSP:TRANSPARENT`` (a reminder does not make you busy) and one ``VALARM`` (``DISPLAY``) at the
  reminder time of that day (``TRIGGER`` after the start of the day, e.g. ``PT9H`` for 09:00).

User text goes in as text values: the icalendar library escapes ``;``, ``,``, ``\\`` and line breaks
as RFC 5545 requires, and folds long lines.  Written owner-only and whole (``paths.private_file``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from refdesk import APP_NAME, __version__, paths
from refdesk.i18n import N_, _
from refdesk.services import formatting
from refdesk.services import reminders as reminder_list
from refdesk.services.reminders import Reminder

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//EN"
FILE_NAME = "refdesk-reminders.ics"  # the file the window may keep up to date in the data folder
REFRESH = dt.timedelta(hours=1)  # how often a subscribed calendar app should read the file again (RFC 7986)

KIND_WORDS = {
    "follow_up": N_("Follow-up"),
    "thank_you": N_("Thank-you"),
    "check_in": N_("Standing check-in"),
    "next_step": N_("Next step"),
    "cadence": N_("Stay in touch"),
}


def _description(reminder: Reminder) -> str:
    lines = [_("Partner: {partner}").format(partner=reminder.partner)]
    if reminder.referral:
        lines.append(_("Referral: {referral}").format(referral=reminder.referral))
    day = formatting.date(reminder.due_date)
    lines.append((_("Overdue since {day}") if reminder.overdue else _("Due {day}")).format(day=day))
    return "\n".join(lines)


def event(reminder: Reminder, alarm: dt.time, stamp: dt.datetime) -> Event:
    """The all-day event of one reminder, with its alarm at *alarm* o'clock."""
    item = Event()
    item.add("uid", reminder.uid)
    item.add("dtstamp", stamp)
    item.add("dtstart", reminder.date)
    item.add("dtend", reminder.date + dt.timedelta(days=1))
    summary = reminder.title
    if reminder.overdue:
        summary = _("Overdue: {title}").format(title=reminder.title)
    item.add("summary", summary)
    item.add("description", _description(reminder))
    categories = [_(KIND_WORDS[reminder.kind])]
    if reminder.overdue:
        categories.append(_("Overdue"))
    item.add("categories", categories)
    item.add("transp", "TRANSPARENT")
    bell = Alarm()
    bell.add("action", "DISPLAY")
    bell.add("description", summary)
    bell.add("trigger", dt.timedelta(hours=alarm.hour, minutes=alarm.minute))
    item.add_component(bell)
    return item


def build(reminders: Iterable[Reminder], alarm: dt.time, stamp: dt.datetime | None = None) -> bytes:
    """The iCalendar text of *reminders*: one all-day event each, alarms at *alarm*."""
    stamp = stamp or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("RefDesk reminders"))
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")  # the same, for the apps that only know this older name
    for reminder in reminders:
        calendar.add_component(event(reminder, alarm, stamp))
    return calendar.to_ical()


def write(path: Path | str, reminders: Iterable[Reminder], alarm: dt.time) -> int:
    """Write *reminders* to *path* (replaced whole, owner-only); how many events.  ``OSError`` when it cannot."""
    reminders = list(reminders)
    data = build(reminders, alarm)
    with paths.private_file(path, "wb") as fh:
        fh.write(data)
    return len(reminders)


def export(
    path: Path | str, *, days: int = reminder_list.DEFAULT_DAYS, alarm: dt.time, today: dt.date | None = None
) -> dict[str, int]:
    """Write the reminders of the next *days* days (and every overdue one) to *path*: how many of
    each kind (``reminders.counts``).  What ``refdesk calendar`` does, and the window when it keeps
    the file up to date.  ``OSError`` when it cannot be written."""
    items = reminder_list.items(today, days)
    write(path, items, alarm)
    return reminder_list.counts(items)
