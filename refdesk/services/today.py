"""The "conversations to have" sheet for the Today page.  Qt-free.

Follow-ups are marked done through ``refdesk.services.referrals.confirm_follow_up``
and thank-yous sent through ``refdesk.services.thanks.set_status``.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from refdesk.db.models import Partner
from refdesk.i18n import _
from refdesk.services import formatting, rules, stats

log = logging.getLogger(__name__)


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
