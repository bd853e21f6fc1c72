"""The stay-in-touch traffic light: a partner's cadence state ("on_time", "due_soon", "overdue",
``services.due.cadence_state``) as a word, a colour and a shape, never the colour alone.

On time: a green circle with a tick; due soon (within ``rules.UPCOMING_DAYS`` days): an amber
clock; overdue: a red warning triangle.  The Partners list's "Contact" column and the partner's
details show it with these words and icons.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QIcon

from refdesk.services import formatting, rules
from refdesk.ui.common import appearance, icons

WORDS = {
    "on_time": QT_TRANSLATE_NOOP("contact", "On time"),
    "due_soon": QT_TRANSLATE_NOOP("contact", "Due soon"),
    "overdue": QT_TRANSLATE_NOOP("contact", "Overdue"),
}
SHAPES = {"on_time": "circle-check", "due_soon": "clock", "overdue": "warning"}
ORDER = {"overdue": 0, "due_soon": 1, "on_time": 2}
"""The most urgent first."""


def word(state: str) -> str:
    """ "On time", "Due soon" or "Overdue", in the language spoken."""
    return QCoreApplication.translate("contact", WORDS[state])


def icon(state: str) -> QIcon:
    """The state's shape in its colour (for the scheme in use)."""
    return icons.icon(SHAPES[state], appearance.state_colour(state))


class ContactWords(QObject):
    """The light's sentences (a class: Qt's translation tools see counted words only in one)."""

    def meaning(self) -> str:
        return self.tr(
            "Stay in touch: on time, due soon (within %n day(s)) or overdue, by each partner's "
            "“stay in touch every N weeks” (by default their stage's, set in Edit → Settings…). "
            "A meeting, a referral either way, a standing check-in or a thank-you sent starts it again.",
            "",
            rules.UPCOMING_DAYS,
        )

    def sentence(self, state: str, due: dt.date, weeks: int, today: dt.date | None, default_for: str) -> str:
        when = formatting.date_and_distance(due, today)
        if state == "overdue":
            text = self.tr("Overdue: contact was due %1.")
        elif state == "due_soon":
            text = self.tr("Due soon: get in touch by %1.")
        else:
            text = self.tr("On time: next contact due %1.")
        if default_for:
            every = self.tr("Stay in touch every %n week(s), the default for %1.", "", weeks).replace("%1", default_for)
        else:
            every = self.tr("Stay in touch every %n week(s).", "", weeks)
        return text.replace("%1", when) + " " + every


def meaning() -> str:
    """What the light means (a column header's tooltip)."""
    return ContactWords().meaning()


def sentence(state: str, due: dt.date, weeks: int, today: dt.date | None = None, default_for: str = "") -> str:
    """ "Overdue: contact was due 30 Sep 2026 (2 weeks ago). Stay in touch every 6 weeks." and the like;
    *default_for*: the stage whose default the weeks are, said as such."""
    return ContactWords().sentence(state, due, weeks, today, default_for)
