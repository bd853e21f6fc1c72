"""What the charts write: month ticks and labels, and one number format per axis.

Every text goes through :mod:`refdesk.services.formatting` (Babel), so a change of
locale changes the charts with the rest of RefDesk.  No matplotlib at import (the
axis formatter class is made when the first chart asks for it) and no Qt.

Month ticks: at most seven, on round months; January reads ``Jan 2026``, other months
their short name (``Mar``), and the first label carries its year (``Nov 2025``).  Numbers: an axis uses one format for all its ticks, chosen from the axis's
range: plain numbers (``8,000``) below ten thousand, above that every tick in the same
unit (``0``, ``5K``, ``10K``, ``12.5K``; ``0.5M``, ``1M``), never ``12K`` beside ``8,000``
or ``500K`` beside ``1M``.  The unit's short name is the locale's (``K``, `` k``,
`` Mio.``); a locale with no short name for it gets plain numbers.
"""

from __future__ import annotations

import datetime as dt

from refdesk.services import formatting

MOST_MONTH_TICKS = 7
MONTH_STEPS = (1, 2, 3, 4, 6, 12, 24, 60, 120)  # months between labelled ticks
COMPACT_FROM = 10_000  # an axis reaching this is written in thousands (or millions …)
UNITS = (1_000_000_000, 1_000_000, 1_000)


def month_date(month: str) -> dt.date:
    """The first day of a ``YYYY-MM`` month."""
    return dt.date(int(month[:4]), int(month[5:7]), 1)


def month_label(month: str, *, year: bool = True) -> str:
    """``Jan 2026`` (or ``Jan``) for ``"2026-01"``, in the current locale."""
    return formatting.month(month_date(month), year=year)


def month_ticks(months: list[str], most: int = MOST_MONTH_TICKS) -> tuple[list[int], list[str]]:
    """Positions (indexes into *months*) and labels for at most *most* month ticks.

    Ticks fall on round months (every 1, 2, 3, 4 or 6 months counted from January, or on
    whole years); a January is labelled with its month and year (``Jan 2026``), other
    months with their short name, and the first label carries the year as well
    (``Nov 2025``, ``Dec``, ``Jan 2026``, ``Feb`` …).
    """
    parsed = [(int(m[:4]), int(m[5:7])) for m in months]
    picks: list[int] = []
    for step in MONTH_STEPS:
        if step < 12:
            picks = [i for i, (_y, mon) in enumerate(parsed) if (mon - 1) % step == 0]
        else:
            picks = [i for i, (year, mon) in enumerate(parsed) if mon == 1 and year % (step // 12) == 0]
        if picks and len(picks) <= most:
            break
    if not picks:
        picks = [0] if parsed else []
    labels = [month_label(months[i], year=n == 0 or parsed[i][1] == 1) for n, i in enumerate(picks)]
    return picks, labels


# --- numbers ---------------------------------------------------------------------------------------------


def _suffix(unit: int) -> str | None:
    """The locale's short name for *unit* (``K`` from ``1K``), or None when it writes ``1000`` in full."""
    text, one = formatting.compact(unit), formatting.number(1)
    rest = text[len(one) :] if text.startswith(one) else ""
    if not rest.strip() or any(c.isdigit() for c in rest):
        return None
    return rest


def number_style(top: float) -> tuple[int, str]:
    """(unit, suffix) for an axis reaching *top* (either sign): (1, "") for plain numbers."""
    top = abs(top)
    if top >= COMPACT_FROM:
        for unit in UNITS:
            if top >= unit:
                suffix = _suffix(unit)
                if suffix is not None:
                    return unit, suffix
                break
    return 1, ""


def _tidy(value: float) -> int | float:
    value = round(float(value), 6)  # 0.30000000000000004 -> 0.3
    return int(value) if value.is_integer() else value


def tick_text(value: float, style: tuple[int, str]) -> str:
    """One tick in an axis's *style* (from :func:`number_style`)."""
    unit, suffix = style
    # Below zero with a minus sign (−), as formatting.signed writes balances, not a hyphen.
    sign, value = ("−", -float(value)) if value < 0 else ("", float(value))
    if unit == 1 or value == 0:
        return f"{sign}{formatting.number(_tidy(value))}"
    return f"{sign}{formatting.number(_tidy(value / unit))}{suffix}"


def axis_texts(values, top: float | None = None) -> list[str]:
    """All the ticks of one axis in one format, chosen from *top* (default: the largest tick)."""
    values = list(values)
    if top is None:
        top = max((abs(v) for v in values), default=0)
    style = number_style(top)
    return [tick_text(v, style) for v in values]


_formatter_class = None


def number_formatter():
    """A matplotlib tick formatter writing an axis's ticks in one format chosen from its view range."""
    global _formatter_class
    if _formatter_class is None:
        from matplotlib.ticker import Formatter

        class AxisNumbers(Formatter):
            """One number format for the whole axis, from its range (see the module's docstring)."""

            def _top(self, values) -> float:
                axis = getattr(self, "axis", None)
                if axis is not None:
                    low, high = axis.get_view_interval()
                    return max(abs(low), abs(high))
                return max((abs(v) for v in values), default=0)

            def format_ticks(self, values):
                return axis_texts(values, self._top(values))

            def __call__(self, x, pos=None):
                return tick_text(x, number_style(self._top([x])))

        _formatter_class = AxisNumbers
    return _formatter_class()


def short(name: str, length: int = 24) -> str:
    """*name* cut to *length* characters, with an ellipsis when cut."""
    return name if len(name) <= length else name[: length - 1].rstrip() + "…"
