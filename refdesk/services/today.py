"""The Today page's own small writes and the "conversations to have" sheet.  Qt-free.

``mark_follow_ups_done`` returns what it changed, so the page can undo it
with ``restore_follow_ups``.  Thank-yous are marked through
``refdesk.services.thanks.set_status``.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from dataclasses import dataclass

from refdesk.db.database import db
from refdesk.db.models import Partner, Referral
from refdesk.services import stats

log = logging.getLogger(__name__)


def mark_follow_ups_done(referral_ids: list[int], done: bool = True) -> list[tuple[int, bool]]:
    """Confirm the follow-up of these referrals; returns (id, previous value) for undo."""
    previous = []
    with db.atomic():
        for referral in Referral.select().where(Referral.id.in_(list(referral_ids))):
            previous.append((referral.id, bool(referral.follow_up_done)))
            referral.follow_up_done = done
            referral.save()
    log.info("follow-ups %s marked done=%s", [p[0] for p in previous], done)
    return previous


def restore_follow_ups(previous: list[tuple[int, bool]]) -> None:
    with db.atomic():
        for referral_id, done in previous:
            referral = Referral.get_or_none(Referral.id == referral_id)
            if referral is not None:
                referral.follow_up_done = done
                referral.save()


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


def conversations(today: dt.date | None = None, months: int = stats.DEFAULT_WINDOW_MONTHS,
                  limit: int = stats.ONE_WAY_TOP) -> list[Conversation]:
    """The top one-way streets with what each partner wants and what a good referral is for them."""
    streets = stats.one_way_streets(months, today, limit)
    fields = {pid: (wants, ideal) for pid, wants, ideal in
              Partner.select(Partner.id, Partner.wants_from_me, Partner.ideal_referral)
              .where(Partner.id.in_([s.partner_id for s in streets])).tuples()}
    return [Conversation(s.partner_id, s.name, s.company, s.given, s.received,
                         *(fields.get(s.partner_id) or ("", ""))) for s in streets]


FIELD_LIMIT = 280  # characters per field, so ten partners fit on one page


def _clip(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= FIELD_LIMIT else text[: FIELD_LIMIT - 1] + "…"


def conversations_html(items: list[Conversation], today: dt.date | None = None, months: int = 12) -> str:
    """One printable page: each partner's given and received and what they want.  All user text escaped."""
    today = today or dt.date.today()
    esc = html.escape
    parts = [
        "<html><body style='font-size: 10pt'>",
        "<h2 style='margin-bottom: 2pt'>Conversations to have</h2>",
        f"<p style='margin-top: 0'>{esc(today.strftime('%d %B %Y').lstrip('0'))} · partners you gave more "
        f"referrals to than you received in the last {months} months, most one-sided first.</p>",
    ]
    if not items:
        parts.append("<p>No one-way streets: every partner you refer to gives something back.</p>")
    else:
        parts.append("<table width='100%' cellspacing='0' cellpadding='4' border='1' "
                     "style='border-collapse: collapse; border-color: #888'>")
        parts.append("<tr><th align='left'>Partner</th><th>Given</th><th>Received</th>"
                     "<th align='left'>What they want from me</th><th align='left'>Ideal referral for them</th></tr>")
        for c in items:
            who = f"<b>{esc(c.name)}</b>" + (f"<br/>{esc(c.company)}" if c.company else "")
            parts.append(
                f"<tr><td valign='top'>{who}</td><td align='center' valign='top'>{c.given}</td>"
                f"<td align='center' valign='top'>{c.received}</td>"
                f"<td valign='top'>{esc(_clip(c.wants_from_me)) or '—'}</td>"
                f"<td valign='top'>{esc(_clip(c.ideal_referral)) or '—'}</td></tr>")
        parts.append("</table>")
        parts.append("<p style='font-size: 9pt'>Ask: “What would be a good referral for you?” and "
                     "“Where do I stand with you?” Note what you agree next.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)
