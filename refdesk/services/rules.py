"""The rules of the practice, each defined once.

Every page, printed sheet and command asks here, so the same thing always has the same
figure: the follow-up two days after a referral, the thank-you due two days after it, a
standing check-in every 90 days, "gone quiet" after 60 days without contact, the follow-up
the day after a referral went badly, "the last 12 months", and what "owed" means.  Qt-free.
"""

from __future__ import annotations

import datetime as dt

from refdesk.db.models import ThankStatus

FOLLOW_UP_DAYS = 2
"""Follow up with both parties "within a day or two": the follow-up is due this many days after the referral."""

THANK_YOU_DAYS = 2
"""A thank-you falls due this many days after the referral (or the closed business) it thanks for."""

CHECK_IN_DAYS = 90
"""A standing check-in falls due when the last one is more than this many days old (or there is none)."""

QUIET_DAYS = 60
"""A partner has gone quiet after this many days without a meeting or a referral either way."""

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
    if months == 1:
        return "this month so far"
    return f"in the last {months} months (this month so far and the {months - 1} whole months before it)"


WINDOW_PHRASE = window_phrase()
"""How a column or caption counted over 'the last 12 months' says so."""


def window_words(today: dt.date | None = None, months: int = WINDOW_MONTHS) -> str:
    """The window in words with its dates, for the tooltip of every figure counted over it."""
    from refdesk.services import formatting

    start, end = window(today, months)
    return f"Counted {window_phrase(months)}: {formatting.date(start)} to {formatting.date(end)}."


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


def check_in_cutoff(today: dt.date, days: int = CHECK_IN_DAYS) -> dt.date:
    """A partner whose last check-in is before this date is due for one (as ``check_in_due`` says)."""
    return today - dt.timedelta(days=days)


def ask_cutoff(today: dt.date, days: int = ASK_AFTER_DAYS) -> dt.date:
    """A referral I gave on or before this date with no thanks from the partner: ask how it went."""
    return today - dt.timedelta(days=max(0, days))


def quiet_cutoff(today: dt.date, days: int = QUIET_DAYS) -> dt.date:
    """A partner with no contact on or after this date has gone quiet."""
    return today - dt.timedelta(days=days)
