"""The rules of the practice, each defined once.

Every page, printed sheet and command asks here, so the same thing always has the same
figure: the follow-up two days after a referral, the thank-you due two days after it, a
standing check-in every 90 days, the stay-in-touch cadence (every few weeks, by stage or the
partner's own), "coming up" in the next 7 days, the follow-up the day after a referral went
badly, "the last 12 months", and what "owed" means.  Qt-free.

The three day-counts and the three cadences by stage a practice may set for itself (Edit →
Settings… in the window; the same settings file for the command line) are changed only through
``configure()``, which checks each against ``LIMITS`` (days) or ``CADENCE_LIMITS`` (weeks).  Read
them as ``rules.FOLLOW_UP_DAYS`` or ``cadence_weeks(stage, own)`` at the moment they are needed,
never as a default argument or a name imported once: those would keep the value of start-up.
"""

from __future__ import annotations

import datetime as dt

from refdesk.db.choices import Stage, ThankStatus
from refdesk.i18n import _, ngettext

FOLLOW_UP_DAYS = 2
"""Follow up with both parties "within a day or two": the follow-up is due this many days after the referral."""

THANK_YOU_DAYS = 2
"""A thank-you falls due this many days after the referral (or the closed business) it thanks for."""

CHECK_IN_DAYS = 90
"""A standing check-in falls due when the last one is more than this many days old (or there is none)."""

NEXT_STEP_MAX_DAYS = 730
"""A meeting's next step is due at most this many days (two years) after the meeting; a later date is
refused as a typing slip."""

UPCOMING_DAYS = 7
"""'Coming up': what falls due in the next this many days (Today, the reminders); also the 'due soon'
window of a partner's stay-in-touch cadence."""

CADENCE_WEEKS = {Stage.VISIBILITY: 8, Stage.CREDIBILITY: 6, Stage.PROFITABILITY: 4}
"""Stay in touch every so many weeks, by stage, unless the partner has a cadence of their own.

The partners who send business (Profitability) are seen most often, those who only know you
(Visibility) least; retired partners have no cadence.  Changed through ``configure()``."""

CADENCE_LIMITS = (1, 104)
"""A cadence is a whole number of weeks from 1 to 104 (two years); anything else is refused."""

BAD_OUTCOME_FOLLOW_UP_DAYS = 1
"""When a referral goes badly, find out what went wrong: a follow-up this many days later."""

WINDOW_MONTHS = 12
"""'The last 12 months': this month so far and the 11 whole calendar months before it.

Whole months, so that the figures add up to the bars on the Charts page (one bar a month)."""

ASK_AFTER_DAYS = 14
"""A referral I gave with no thanks from the partner this many days later: ask how it went.

The default of the setting "Ask how it went after" (the Today page's list)."""

ONE_WAY_TOP = 10
"""How many one-way streets make the 'conversations to have' list."""

OWED = (ThankStatus.OWED, ThankStatus.WRITTEN)
"""A thank-you is owed until it is sent: still to write, or written and not sent yet."""

DEFAULTS = {
    "follow_up_days": 2,
    "thank_you_days": 2,
    "check_in_days": 90,
    "cadence_visibility_weeks": 8,
    "cadence_credibility_weeks": 6,
    "cadence_profitability_weeks": 4,
}
"""The day-counts and the cadences by stage as the practice advises them, before anyone changes them."""

LIMITS = (1, 730)
"""Each day-count is a whole number of days from 1 to 730 (two years); anything else is refused."""

_NAMES = {
    "follow_up_days": "FOLLOW_UP_DAYS",
    "thank_you_days": "THANK_YOU_DAYS",
    "check_in_days": "CHECK_IN_DAYS",
}
_CADENCE_NAMES = {
    "cadence_visibility_weeks": Stage.VISIBILITY,
    "cadence_credibility_weeks": Stage.CREDIBILITY,
    "cadence_profitability_weeks": Stage.PROFITABILITY,
}


class RuleError(ValueError):
    """A day-count out of ``LIMITS`` or a cadence out of ``CADENCE_LIMITS``; ``str()`` says so for the user."""


def check_days(value: object) -> int:
    """*value* as a day-count, or ``RuleError`` saying what is allowed."""
    low, high = LIMITS
    try:
        days = int(str(value).strip())
    except (TypeError, ValueError):
        days = None
    if days is None or not low <= days <= high:
        raise RuleError(
            _("“{value}” is not a number of days RefDesk can use: type a whole number from {low} to {high}.").format(
                value=value, low=low, high=high
            )
        )
    return days


def check_weeks(value: object) -> int:
    """*value* as a cadence in weeks, or ``RuleError`` saying what is allowed (0 or 10,000 weeks are refused)."""
    low, high = CADENCE_LIMITS
    try:
        weeks = int(str(value).strip())
    except (TypeError, ValueError):
        weeks = None
    if weeks is None or not low <= weeks <= high:
        raise RuleError(
            _("“{value}” is not a cadence RefDesk can use: type a whole number of weeks from {low} to {high}.").format(
                value=value, low=low, high=high
            )
        )
    return weeks


def check(key: str, value: object) -> int:
    """*value* for the rule *key* (a key of ``DEFAULTS``): ``check_weeks`` for a cadence, else ``check_days``."""
    return check_weeks(value) if key in _CADENCE_NAMES else check_days(value)


def limits(key: str) -> tuple[int, int]:
    """The smallest and largest value the rule *key* takes (days, or weeks for a cadence)."""
    return CADENCE_LIMITS if key in _CADENCE_NAMES else LIMITS


def current() -> dict[str, int]:
    """The day-counts and cadences in force, by their keys in ``DEFAULTS``."""
    days = {key: globals()[name] for key, name in _NAMES.items()}
    return days | {key: CADENCE_WEEKS[stage] for key, stage in _CADENCE_NAMES.items()}


def configure(**values: int) -> None:
    """Use these day-counts and cadences from now on (keys of ``DEFAULTS``; a key left out keeps its value).

    Every value is checked first: one out of range raises ``RuleError`` and nothing changes."""
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    checked = {key: check(key, value) for key, value in values.items()}
    for key, value in checked.items():
        if key in _CADENCE_NAMES:
            CADENCE_WEEKS[_CADENCE_NAMES[key]] = value
        else:
            globals()[_NAMES[key]] = value


def reset() -> None:
    """The advised day-counts again (``DEFAULTS``)."""
    configure(**DEFAULTS)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month *months* after (or before) *day*'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def window_start(today: dt.date, months: int = WINDOW_MONTHS) -> dt.date:
    """The first day of the window of *months* calendar months that ends with *today*'s month."""
    return add_months(today, -(max(1, months) - 1))


def window(today: dt.date | None = None, months: int = WINDOW_MONTHS) -> tuple[dt.date, dt.date]:
    """The first and last day of 'the last 12 months' as of *today*."""
    today = today or dt.date.today()
    return window_start(today, months), today


def window_phrase(months: int = WINDOW_MONTHS) -> str:
    """'in the last 12 months (this month so far and the 11 whole months before it)'."""
    if months <= 1:
        return _("this month so far")
    whole = months - 1
    return ngettext(
        "in the last {months} months (this month so far and the whole month before it)",
        "in the last {months} months (this month so far and the {whole} whole months before it)",
        whole,
    ).format(months=months, whole=whole)


def __getattr__(name: str) -> str:
    """``WINDOW_PHRASE``: how a column or caption counted over 'the last 12 months' says so, in the
    language spoken when it is read."""
    if name == "WINDOW_PHRASE":
        return window_phrase()
    raise AttributeError(name)


def window_words(today: dt.date | None = None, months: int = WINDOW_MONTHS) -> str:
    """The window in words with its dates, for the tooltip of every figure counted over it."""
    from refdesk.services import formatting

    start, end = window(today, months)
    return _("Counted {window}: {start} to {end}.").format(
        window=window_phrase(months), start=formatting.date(start), end=formatting.date(end)
    )


def follow_up_date(referral_date: dt.date) -> dt.date:
    return referral_date + dt.timedelta(days=FOLLOW_UP_DAYS)


def thank_you_due(day: dt.date) -> dt.date:
    """When a thank-you for a referral (or closed business) of *day* falls due."""
    return day + dt.timedelta(days=THANK_YOU_DAYS)


def bad_outcome_follow_up(today: dt.date, referral_date: dt.date) -> dt.date:
    return max(today, referral_date) + dt.timedelta(days=BAD_OUTCOME_FOLLOW_UP_DAYS)


def check_in_due(last: dt.date | None, today: dt.date | None = None) -> bool:
    """True when there is no check-in, or the last one is more than ``CHECK_IN_DAYS`` old."""
    if last is None:
        return True
    return ((today or dt.date.today()) - last).days > CHECK_IN_DAYS


def check_in_cutoff(today: dt.date, days: int | None = None) -> dt.date:
    """A partner whose last check-in is before this date is due for one (as ``check_in_due`` says)."""
    return today - dt.timedelta(days=CHECK_IN_DAYS if days is None else days)


def ask_cutoff(today: dt.date, days: int = ASK_AFTER_DAYS) -> dt.date:
    """A referral I gave on or before this date with no thanks from the partner: ask how it went."""
    return today - dt.timedelta(days=max(0, days))


def later(day: dt.date, delta: dt.timedelta) -> dt.date:
    """*day* + *delta*, or the last day there is (a date typed as 31 Dec 9999 has no day after it)."""
    try:
        return day + delta
    except OverflowError:
        return dt.date.max


def check_in_due_date(last: dt.date) -> dt.date:
    """The day a standing check-in falls due after one on *last* (the first day ``check_in_due`` says so)."""
    return later(last, dt.timedelta(days=CHECK_IN_DAYS + 1))


def cadence_weeks(stage: Stage, own: int | None = None) -> int | None:
    """How often to be in touch with a partner at *stage*, in weeks: their own cadence (*own*) when
    they have one, else the stage's (``CADENCE_WEEKS``); None for a retired partner."""
    if stage is Stage.RETIRED:
        return None
    return own if own is not None else CADENCE_WEEKS[stage]


def cadence_due(since: dt.date, weeks: int) -> dt.date:
    """When the next contact is due: *weeks* after the last one (*since*)."""
    return later(since, dt.timedelta(weeks=weeks))


def cadence_state(due: dt.date, today: dt.date) -> str:
    """ "overdue" after the due date, "due_soon" on it and in the ``UPCOMING_DAYS`` before it, else "on_time"."""
    if due < today:
        return "overdue"
    if (due - today).days <= UPCOMING_DAYS:
        return "due_soon"
    return "on_time"
