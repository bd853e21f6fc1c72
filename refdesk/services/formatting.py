"""How RefDesk writes values for people: dates, times, days from now, money, counts.

The one place that knows formats.  Every page, dialog, chart axis, PDF and command-line
sentence goes through these functions, so a date or an amount reads the same everywhere.
The formats are the locale's own, from Unicode's CLDR data through Babel: ``2 Dec 2026``
in British English, ``Dec 2, 2026`` in American English, ``2 dic 2026`` in Spanish.

The locale is the user's (from the environment, as the system sets it) unless
``configure()`` chooses another; the window calls it once at start-up.  Qt-free.
"""

from __future__ import annotations

import datetime as dt
import locale as _system_locale
import os
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel import dates as _dates
from babel import numbers as _numbers

from refdesk.i18n import _

FALLBACK_LOCALE = "en_US"
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
FALLBACK_CURRENCY = "USD"

_locale: Locale | None = None
_currency: str = ""


# --- the locale -------------------------------------------------------------------------------------------


def _system_locale_name() -> str:
    """The locale asked for: ``REFDESK_LOCALE``, else the environment's (``LC_ALL``, ``LC_TIME``,
    ``LANG`` …), else the fallback."""
    name = os.environ.get("REFDESK_LOCALE", "") or _dates.default_locale("LC_TIME") or ""
    if not name or name.split(".")[0] in ("C", "POSIX"):
        try:
            name = _system_locale.getlocale()[0] or ""
        except ValueError:
            name = ""
    return name or FALLBACK_LOCALE


def system_locale_name() -> str:
    """The locale the environment asks for (``REFDESK_LOCALE`` first), before any choice in RefDesk."""
    return _system_locale_name()


def is_currency(code: str) -> bool:
    """True for an ISO 4217 code CLDR knows (``EUR``, ``USD``)."""
    return bool(code) and _numbers.is_currency(code.strip().upper())


def _parse(name: str) -> Locale:
    name = name.split(".")[0].split("@")[0].replace("-", "_")
    if name.upper().endswith("_POSIX"):  # the C locale as Babel names it ("en_US_POSIX"): plain en_US
        name = FALLBACK_LOCALE
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(FALLBACK_LOCALE)


def configure(locale: str | None = None, currency: str | None = None) -> None:
    """Use *locale* (e.g. ``"de_DE"``; None: the system's) and *currency* (an ISO code; None or
    ``""``: the locale's country's) from now on."""
    global _locale, _currency
    _locale = _parse(locale or _system_locale_name())
    _currency = (currency or "").strip().upper()


def current_locale() -> Locale:
    global _locale
    if _locale is None:
        _locale = _parse(_system_locale_name())
    return _locale


def default_currency() -> str:
    """The currency used where a value has none of its own: the chosen one, else the locale's country's."""
    return _currency or locale_currency()


def locale_currency() -> str:
    """The currency of the locale's country (``EUR`` in de_DE), whatever currency was chosen."""
    territory = current_locale().territory
    found = _numbers.get_territory_currencies(territory) if territory else []
    return found[0] if found else FALLBACK_CURRENCY


# --- dates and times --------------------------------------------------------------------------------------


# Tables show the same few hundred dates and small numbers in every row they paint, and Babel takes
# about 50 µs for each; remembering the texts makes a Partners filter keystroke paint in 31 ms against
# 37 on 10,000 partners (median of rounds' ratios 0.76: tests/bench/ab.py, bench_partners.py, 7 rounds on
# a busy machine).  The key holds the locale and the value's type, so another locale formats anew and
# 2 and 2.0 keep their own texts (tests/services/test_formatting.py pins both).
@lru_cache(maxsize=4096)
def _format_date(day: dt.date, width: str, locale: Locale) -> str:
    return _dates.format_date(day, width, locale=locale)


@lru_cache(maxsize=4096)
def _format_decimal(value: int | float | Decimal, kind: str, pattern: str | None, locale: Locale) -> str:
    return _numbers.format_decimal(value, pattern, locale=locale)


def date(day: dt.date | None, *, empty: str = "") -> str:
    """``2 Dec 2026`` (the locale's medium date)."""
    if day is None:
        return empty
    return _format_date(day, "medium", current_locale())


def short_date(day: dt.date | None, today: dt.date | None = None, *, empty: str = "") -> str:
    """``2 Dec`` this year, ``2 Dec 2025`` another year: for lists where the year is mostly this one."""
    if day is None:
        return empty
    today = today or dt.date.today()
    skeleton = "MMMd" if day.year == today.year else "yMMMd"
    return _dates.format_skeleton(skeleton, day, locale=current_locale())


def day_and_month(day: dt.date, *, year: bool = True) -> str:
    """``May 14, 1980`` (``14. Mai 1980``), or ``May 14`` without the year: a birthday."""
    return _format_skeleton("yMMMMd" if year else "MMMMd", day, current_locale())


@lru_cache(maxsize=4096)  # an import writes a birthday into 14% of 100,000 rows, the same few thousand days
def _format_skeleton(skeleton: str, day: dt.date, locale: Locale) -> str:
    return _dates.format_skeleton(skeleton, day, locale=locale)


def long_date(day: dt.date) -> str:
    """``Wednesday, 2 December 2026``: a page heading, the date on a printed sheet."""
    return _dates.format_date(day, "full", locale=current_locale())


def time(moment: dt.time | dt.datetime) -> str:
    """``09:41`` / ``9:41 AM``."""
    return _dates.format_time(moment, "short", locale=current_locale())


def date_time(moment: dt.datetime | None, *, empty: str = "") -> str:
    """``2 Dec 2026, 09:41``: the locale's medium date with its short time."""
    if moment is None:
        return empty
    pattern = str(current_locale().datetime_formats["medium"])
    return pattern.replace("{1}", date(moment.date())).replace("{0}", time(moment))


def month(first_day: dt.date, *, year: bool = True) -> str:
    """``Jan 2026`` (or ``Jan`` without the year): a month on a chart axis or in a table."""
    return _dates.format_skeleton("yMMM" if year else "MMM", first_day, locale=current_locale())


def weekday(day: dt.date) -> str:
    """``Wednesday``."""
    return _dates.format_date(day, "EEEE", locale=current_locale())


def days_from_today(day: dt.date | None, today: dt.date | None = None, *, empty: str = "") -> str:
    """``today``, ``tomorrow``, ``in 3 days``, ``2 days ago``, ``5 weeks ago`` …"""
    if day is None:
        return empty
    today = today or dt.date.today()
    days = (day - today).days
    relative = current_locale()._data["date_fields"]["day"]["relative"]
    if days in (-1, 0, 1) and days in relative:
        return relative[days]
    return _dates.format_timedelta(
        dt.timedelta(days=days), granularity="day", threshold=2, add_direction=True, locale=current_locale()
    )


def date_and_distance(day: dt.date | None, today: dt.date | None = None, *, empty: str = "") -> str:
    """``2 Dec 2026 (in 2 days)``: a date with how far it is, for tooltips and details."""
    if day is None:
        return empty
    return f"{date(day)} ({days_from_today(day, today)})"


# --- numbers and money ------------------------------------------------------------------------------------


def number(value: int | float | Decimal) -> str:
    """``12,345`` / ``12.345``."""
    return _format_decimal(value, type(value).__name__, None, current_locale())


def decimal(value: int | float | Decimal, places: int) -> str:
    """``2.0`` / ``1,234.50``: a figure with exactly *places* decimals."""
    return _numbers.format_decimal(value, "#,##0." + "0" * places if places else "#,##0", locale=current_locale())


def signed(value: int) -> str:
    """``+3`` / ``−2`` / ``0``: a balance."""
    text = number(abs(value))
    if value > 0:
        return f"+{text}"
    if value < 0:
        return f"−{text}"
    return text


def compact(value: int | float) -> str:
    """``12K`` / ``1.2M``: an axis tick where space is short."""
    if abs(value) < 1000:
        return number(round(value) if float(value).is_integer() else round(value, 1))
    return _numbers.format_compact_decimal(value, locale=current_locale(), fraction_digits=1)


def percent(fraction: float) -> str:
    """``42%`` from 0.42."""
    return _numbers.format_percent(fraction, locale=current_locale())


def money(amount: Decimal | float | int | str | None, currency: str = "", *, empty: str = "") -> str:
    """``$2,500`` / ``€1,250.50`` / ``2.500 €``: the amount in its currency (the default one when it has none).

    Whole amounts are written without cents; other amounts with the currency's usual decimals.
    """
    if amount is None or amount == "":
        return empty
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return str(amount)
    code = (currency or "").strip().upper() or default_currency()
    text = _numbers.format_currency(value, code, locale=current_locale())
    digits = _numbers.get_currency_precision(code)
    if digits and value == value.to_integral_value():  # whole amounts without cents
        text = text.replace(_numbers.get_decimal_symbol(current_locale()) + "0" * digits, "", 1)
    # CLDR's currency spacing, which Babel leaves out: "CHF 900", not "CHF900"
    return _LETTER_DIGIT.sub("\u00a0", text, count=1)


def money_totals(totals: dict[str, Decimal | float | int], *, empty: str = "") -> str:
    """Sums in several currencies, never added together: ``$4,200 + €900``."""
    parts = [money(amount, code) for code, amount in sorted(totals.items()) if amount]
    return " + ".join(parts) if parts else empty


class AmountError(ValueError):
    """Text that is not an amount; ``str()`` says so in words for the user."""


def parse_amount(text: str) -> Decimal | None:
    """An amount typed by a user, in the locale's way (``2,500.50``, ``2.500,50``) or plainly
    (``2500.50``); None when empty.  Raises ``AmountError`` for anything else."""
    cleaned = "".join((text or "").split()).replace("\u00a0", "")
    for symbol in ("$", "€", "£", "¥", "₹"):
        cleaned = cleaned.replace(symbol, "")
    if not cleaned:
        return None
    try:
        value = _numbers.parse_decimal(cleaned, locale=current_locale(), strict=True)
    except _numbers.NumberFormatError:
        try:
            value = Decimal(cleaned)  # a plain 2500.50, whatever the locale
        except InvalidOperation:
            example = _numbers.format_decimal(Decimal("1200.5"), "#,##0.00", locale=current_locale())
            raise AmountError(
                _("“{text}” is not an amount. Type a number such as 1200 or {example}.").format(
                    text=text.strip(), example=example
                )
            ) from None
    if not value.is_finite():
        raise AmountError(_("The amount must be an ordinary number."))
    return value


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``1 partner`` / ``1,204 partners``."""
    word = singular if n == 1 else (plural or f"{singular}s")
    return f"{number(n)} {word}"
