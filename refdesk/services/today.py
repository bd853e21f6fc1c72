"""The Today page's content, read in one go (``read``) and kept as the last known Today
(``save_last`` / ``load_last``), and its "conversations to have" sheet.  Qt-free.

Follow-ups are marked done through ``refdesk.services.referrals.confirm_follow_up``
and thank-yous sent through ``refdesk.services.thanks.set_status``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import io
import logging
import pickle
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import cast

import refdesk
from refdesk import i18n, paths
from refdesk.db.models import Partner
from refdesk.i18n import _
from refdesk.services import due, formatting, rules, stats
from refdesk.services.referrals import thanked

log = logging.getLogger(__name__)


# --- the page's content ------------------------------------------------------------------------

LIST_LIMIT = 50  # rows per list; each list says "showing 50 of N" beyond


@dataclass
class TodayContent:
    """Everything the Today page shows, as read on *today*."""

    today: dt.date
    read_at: dt.datetime
    ask_days: int  # "ask how it went" after these days (a setting)
    headline: stats.Headline
    follow_ups: due.Due
    follow_ups_coming: int  # due in the next days: the empty follow-ups box says so
    thanks: due.ThanksDue
    streets: list[stats.PartnerBalance]
    check_ins: due.Due
    quiet: due.Due
    asks: thanked.AskList
    coming_up: due.Due
    next_steps: due.Due


def read(today: dt.date, ask_days: int = rules.ASK_AFTER_DAYS, limit: int = LIST_LIMIT) -> TodayContent:
    """The Today page's figures and lists on *today*: one read, in any thread with its own connection."""
    follow_ups = due.follow_ups_due(today, limit)
    coming = 0
    if not follow_ups.total:
        coming = due.follow_ups_due(today + dt.timedelta(days=rules.UPCOMING_DAYS), limit=1).total
    cadences = due.cadences(today)  # one read for both lists
    return TodayContent(
        today=today,
        read_at=dt.datetime.now(),
        ask_days=ask_days,
        headline=stats.headline(today),
        follow_ups=follow_ups,
        follow_ups_coming=coming,
        thanks=due.thanks_owed(today, limit),
        streets=stats.one_way_streets(today=today),
        check_ins=due.check_ins_due(today, limit=limit),
        quiet=due.overdue_for_contact(today, limit=limit, read=cadences),
        asks=thanked.ask_how_it_went(today, ask_days, limit),
        coming_up=due.upcoming(today, rules.UPCOMING_DAYS, limit, cadences),
        next_steps=due.next_steps_due(today, limit=limit),
    )


# The last known Today, shown at once when RefDesk starts while the page reads it afresh (about half
# a second on 100,000 referrals).  Kept beside the database, owner-only; a file from another day,
# database, language, version of RefDesk or set of rules, or one that does not read back, is not used.
LAST_FILE = "today-last.pickle"
_FORMAT = 1


def _stamp(database: str, today: dt.date, ask_days: int) -> tuple:
    shape = tuple((c.__module__, c.__qualname__, tuple(f.name for f in dataclasses.fields(c))) for c in _CLASSES)
    rules_in_force = (
        rules.FOLLOW_UP_DAYS,
        rules.THANK_YOU_DAYS,
        rules.CHECK_IN_DAYS,
        sorted((stage.value, weeks) for stage, weeks in rules.CADENCE_WEEKS.items()),
        ask_days,
    )
    return (
        _FORMAT,
        refdesk.__version__,
        hashlib.sha256(repr(shape).encode()).hexdigest(),
        hashlib.sha256(paths.describe(database).encode()).hexdigest(),  # never a password
        i18n.language(),
        repr(rules_in_force),
        today.isoformat(),
    )


_CLASSES = (
    TodayContent,
    stats.Headline,
    stats.PartnerBalance,
    due.Due,
    due.ThanksDue,
    due.FollowUpDue,
    due.ThankOwed,
    due.CheckInDue,
    due.OverdueContact,
    due.Upcoming,
    due.NextStepDue,
    thanked.AskList,
    thanked.AskHowItWent,
)
_ALLOWED = {(c.__module__, c.__qualname__): c for c in (*_CLASSES, dt.date, dt.datetime, Decimal)}


class _Unpickler(pickle.Unpickler):
    """Builds only Today's own content classes, dates and decimals, named exactly: a changed file
    cannot reach anything else (no other class, function or module attribute)."""

    def find_class(self, module: str, name: str):
        found = _ALLOWED.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of Today's content")
        return found


def save_last(folder: Path, database: str, content: TodayContent) -> None:
    """Keep *content* as the last known Today of *database* (owner-only); a failure is only logged."""
    try:
        stamp = _stamp(database, content.today, content.ask_days)
        data = pickle.dumps((stamp, content), protocol=pickle.HIGHEST_PROTOCOL)
        with paths.private_file(Path(folder) / LAST_FILE, "wb") as fh:
            fh.write(data)
    except (OSError, pickle.PicklingError) as exc:
        log.warning("could not keep the last Today: %s", exc)


def load_last(folder: Path, database: str, today: dt.date, ask_days: int) -> TodayContent | None:
    """The last known Today of *database* if it was read *today*, by this RefDesk, in this language,
    under the rules and the "ask how it went" days in force now."""
    path = Path(folder) / LAST_FILE
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        stamp, content = _Unpickler(io.BytesIO(data)).load()
    except Exception as exc:  # damaged, changed, or from another version: read afresh instead
        log.info("the last Today in %s is not usable: %s", path, exc)
        return None
    if stamp != _stamp(database, today, ask_days) or not isinstance(content, TodayContent):
        return None
    return content


# --- conversations to have ------------------------------------------------------------------------


@dataclass
class Conversation:
    partner_id: int
    name: str
    company: str
    given: int
    received: int
    wants_from_me: str
    ideal_referral: str


def conversations(
    today: dt.date | None = None, months: int = stats.DEFAULT_WINDOW_MONTHS, limit: int = stats.ONE_WAY_TOP
) -> list[Conversation]:
    """The top one-way streets with what each partner wants and what a good referral is for them."""
    streets = stats.one_way_streets(months, today, limit)
    fields = {
        pid: (wants, ideal)
        for pid, wants, ideal in cast(
            "Iterable[tuple[int, str, str]]",
            Partner.select(Partner.id, Partner.wants_from_me, Partner.ideal_referral)
            .where(Partner.id.in_([s.partner_id for s in streets]))
            .tuples(),
        )
    }
    return [
        Conversation(s.partner_id, s.name, s.company, s.given, s.received, *(fields.get(s.partner_id) or ("", "")))
        for s in streets
    ]


FIELD_LIMIT = 280  # characters per field, so ten partners fit on one page


def _clip(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= FIELD_LIMIT else text[: FIELD_LIMIT - 1] + "…"


def conversations_html(
    items: list[Conversation], today: dt.date | None = None, months: int = rules.WINDOW_MONTHS
) -> str:
    """One printable page: each partner's given and received and what they want.  All user text escaped."""
    today = today or dt.date.today()
    esc = html.escape
    parts = [
        "<html><body style='font-size: 10pt'>",
        "<h2 style='margin-bottom: 2pt'>" + esc(_("Conversations to have")) + "</h2>",
        "<p style='margin-top: 0'>"
        + esc(
            _("{date} · partners you gave more referrals to than you received {window}, most one-sided first.").format(
                date=formatting.long_date(today), window=rules.window_phrase(months)
            )
        )
        + "</p>",
    ]
    if not items:
        parts.append("<p>" + esc(_("No one-way streets: every partner you refer to gives something back.")) + "</p>")
    else:
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='4' border='1' "
            "style='border-collapse: collapse; border-color: #888'>"
        )
        headings = (
            ("left", _("Partner")),
            ("center", _("Given")),
            ("center", _("Received")),
            ("left", _("What they want from me")),
            ("left", _("Ideal referral for them")),
        )
        parts.append("<tr>" + "".join(f"<th align='{side}'>{esc(words)}</th>" for side, words in headings) + "</tr>")
        for c in items:
            who = f"<b>{esc(c.name)}</b>" + (f"<br/>{esc(c.company)}" if c.company else "")
            parts.append(
                f"<tr><td valign='top'>{who}</td><td align='center' valign='top'>{formatting.number(c.given)}</td>"
                f"<td align='center' valign='top'>{formatting.number(c.received)}</td>"
                f"<td valign='top'>{esc(_clip(c.wants_from_me)) or '—'}</td>"
                f"<td valign='top'>{esc(_clip(c.ideal_referral)) or '—'}</td></tr>"
            )
        parts.append("</table>")
        parts.append(
            "<p style='font-size: 9pt'>"
            + esc(
                _(
                    "Ask: “What would be a good referral for you?” and “Where do I stand with you?” "
                    "Note what you agree next."
                )
            )
            + "</p>"
        )
    parts.append("</body></html>")
    return "\n".join(parts)
