"""The printable thank-you checklist, as data (for the printer) or as escaped HTML.

Qt-free: ``build_checklist()`` turns the thank-yous into groups of rows with
every cell already in words; ``refdesk.ui.thanks.printing`` lays them out on pages
and ``to_html()`` gives the same document as HTML.  Nothing here interprets
user text as markup: the HTML escapes every cell.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from dataclasses import dataclass, field

from refdesk.db.models import ThankMethod, ThankStatus
from refdesk.i18n import N_, _, ngettext
from refdesk.services import formatting, rules, thanks
from refdesk.services.vocabulary import label

CHOICES = {
    "owed": (ThankStatus.OWED,),
    "written": (ThankStatus.WRITTEN,),
    "unsent": rules.OWED,
    "all": (ThankStatus.OWED, ThankStatus.WRITTEN, ThankStatus.SENT),
}
COLUMNS = ("", N_("Recipient"), N_("Send to"), N_("Reason"), N_("Due"), N_("Method"))
"""The table's columns, in English: ``column_titles()`` says them in the language spoken."""
GROUP_TITLES = {
    ThankStatus.OWED: N_("To write"),
    ThankStatus.WRITTEN: N_("Written, to send"),
    ThankStatus.SENT: N_("Sent"),
}
SUBTITLES = {
    ("owed",): N_("Notes to write"),
    ("written",): N_("Notes written, not yet sent"),
    ("owed", "written"): N_("Notes owed: to write, and written but not yet sent"),
    ("owed", "sent", "written"): N_("All thank-you notes"),
}
EMPTY_MESSAGES = {
    ("owed",): N_("No thank-you notes to write. Nothing to write today."),
    ("written",): N_("No written notes are waiting to be sent."),
    ("owed", "written"): N_("No thank-you notes are owed or waiting to be sent."),
}


def column_titles() -> tuple[str, ...]:
    """The table's column titles in the language spoken."""
    return tuple(_(title) if title else "" for title in COLUMNS)


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    status: ThankStatus
    recipient: str
    company: str
    address: str  # lines separated by "\n"
    reason: str
    due: str
    due_date: dt.date
    overdue: bool
    overdue_text: str  # "OVERDUE\n5 days late" or ""
    method: str

    @property
    def done(self) -> bool:
        return self.status is ThankStatus.SENT

    def cells(self) -> tuple[str, str, str, str, str]:
        """Recipient, address, reason, due, method as plain text (lines separated by "\\n")."""
        who = self.recipient + (f"\n{self.company}" if self.company and self.company not in self.recipient else "")
        due = self.due + (f"\n{self.overdue_text}" if self.overdue_text else "")
        return who, self.address, self.reason, due, self.method


@dataclass(frozen=True)
class ChecklistGroup:
    status: ThankStatus
    title: str
    rows: list[ChecklistRow]

    @property
    def heading(self) -> str:
        count = len(self.rows)
        overdue = sum(r.overdue for r in self.rows)
        text = ngettext("{title} — {count} note", "{title} — {count} notes", count).format(
            title=self.title, count=formatting.number(count)
        )
        if overdue:
            text += _(", {count} overdue").format(count=formatting.number(overdue))
        return text


@dataclass(frozen=True)
class Checklist:
    title: str
    subtitle: str
    date: dt.date
    groups: list[ChecklistGroup] = field(default_factory=list)
    empty_message: str = ""

    @property
    def rows(self) -> list[ChecklistRow]:
        return [row for group in self.groups for row in group.rows]

    @property
    def total(self) -> int:
        return sum(len(g.rows) for g in self.groups)

    @property
    def date_text(self) -> str:
        return formatting.date(self.date)


def statuses(status: str | ThankStatus | Iterable[ThankStatus]) -> tuple[ThankStatus, ...]:
    """The statuses *status* names ("owed", "written", "unsent", "all"), or gives."""
    if isinstance(status, ThankStatus):
        return (status,)
    if isinstance(status, str):
        try:
            return CHOICES[status.lower()]
        except KeyError:
            raise ValueError(f"unknown status {status!r}; choose one of {', '.join(CHOICES)}") from None
    return tuple(status)


def contact_for(row: thanks.ThankRow) -> str:
    """What the writer needs to deliver this thank-you: the address for a card or gift, else email/phone."""
    if row.method in (ThankMethod.CARD, ThankMethod.GIFT):
        if row.address:
            return "\n".join(line.strip() for line in row.address.splitlines() if line.strip())
        if row.partner_id is None:
            return _("(no address on file)")
        return _("(no address on file)") + (f"\n{row.email}" if row.email else "")
    if row.method is ThankMethod.EMAIL:
        return row.email or _("(no email on file)")
    if row.method is ThankMethod.CALL:
        return row.phone or _("(no phone on file)")
    return row.address


def build_checklist(
    status: str | ThankStatus | Iterable[ThankStatus] = "owed",
    *,
    today: dt.date | None = None,
    rows: Iterable[thanks.ThankRow] | None = None,
) -> Checklist:
    """The checklist of thank-yous with *status* ("owed", "written", "unsent", "all" or statuses).

    Grouped by status (owed, written, sent), each group sorted by due date
    (the SQL listing's order: overdue first).  *rows*: those thank-yous as already read with
    ``thanks.list_thank_yous(statuses(status), today=today)``, so a caller who needs them for
    something else too reads them once.
    """
    today = today or dt.date.today()
    wanted = statuses(status)
    by_status: dict[ThankStatus, list[ChecklistRow]] = {s: [] for s in thanks.STATUS_ORDER if s in wanted}
    for row in thanks.list_thank_yous(wanted, today=today) if rows is None else rows:
        by_status[row.status].append(
            ChecklistRow(
                id=row.id,
                status=row.status,
                recipient=row.recipient,
                company=row.company if row.partner_id is not None else "",
                address=contact_for(row),
                reason=row.reason,
                due=formatting.date(row.due_date),
                due_date=row.due_date,
                overdue=row.overdue,
                overdue_text=_late(row.days_overdue) if row.overdue else "",
                method=label(row.method),
            )
        )
    key = tuple(sorted(s.value for s in wanted))
    groups = [ChecklistGroup(s, _(GROUP_TITLES[s]), rows) for s, rows in by_status.items() if rows]
    subtitle = _(SUBTITLES[key]) if key in SUBTITLES else ", ".join(label(s) for s in wanted)
    empty = _(EMPTY_MESSAGES.get(key, N_("There are no thank-you notes to list.")))
    return Checklist(title=_("Thank-you checklist"), subtitle=subtitle, date=today, groups=groups, empty_message=empty)


def continued(heading: str) -> str:
    """A group's heading again at the top of the next page."""
    return _("{heading} (continued)").format(heading=heading)


def with_count(subtitle: str, count: int) -> str:
    """The sheet's subtitle with how many notes it lists."""
    if not count:
        return subtitle
    return subtitle + " · " + ngettext("{count} note", "{count} notes", count).format(count=formatting.number(count))


def page_of(number: int, total: int) -> str:
    """The foot of a page: "Page 2 of 5"."""
    return _("Page {number} of {total}").format(number=formatting.number(number), total=formatting.number(total))


def _late(days: int) -> str:
    """ "OVERDUE" and how late, on two lines."""
    late = ngettext("{count} day late", "{count} days late", days).format(count=formatting.number(days))
    return _("OVERDUE") + "\n" + late


def to_html(checklist: Checklist) -> str:
    """The checklist as a complete, escaped HTML document (one table per group)."""
    esc = html.escape

    def cell(text: str) -> str:
        return "<br>".join(esc(line) for line in text.split("\n"))

    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{esc(checklist.title)}</title>",
        "<style>body{font-family:sans-serif}table{border-collapse:collapse;width:100%}"
        "th,td{border-bottom:1px solid #999;padding:4px;text-align:left;vertical-align:top}"
        ".box{width:1em;height:1em;border:1px solid #000;display:inline-block}"
        "tr.overdue td{font-weight:bold}</style></head><body>",
        f"<h1>{esc(checklist.title)}</h1>",
        f"<p>{esc(checklist.subtitle)} — {esc(checklist.date_text)}</p>",
    ]
    if not checklist.groups:
        parts.append(f'<p class="empty">{esc(checklist.empty_message)}</p>')
    for group in checklist.groups:
        parts.append(f"<h2>{esc(group.heading)}</h2>")
        parts.append(
            "<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in column_titles()) + "</tr></thead><tbody>"
        )
        for row in group.rows:
            box = '<span class="box">&#10003;</span>' if row.done else '<span class="box"></span>'
            cls = ' class="overdue"' if row.overdue else ""
            parts.append(
                f'<tr{cls} data-id="{row.id}"><td>{box}</td>'
                + "".join(f"<td>{cell(text)}</td>" for text in row.cells())
                + "</tr>"
            )
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)
