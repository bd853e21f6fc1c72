"""Mailing labels and envelopes for handwritten notes, and the notes that cannot be posted.

``mailing(status)`` lists the same notes as the checklist (``checklist.CHOICES``): each with a
postal address becomes a label or an envelope, printed exactly as stored (the recipient's name,
their company when it is not in the name, then the address line by line); the others are
``without_address``, so the window can warn before printing and offer to add the address.
``needs_post`` says which notes go by post (a card or a gift): the checklist warns about those.

Every text is ``printable``: bidirectional controls (the right-to-left override that makes
"Evil\u202egnp.exe" read as "Evilexe.png", embeddings, isolates, marks) are removed, so a label
shows the characters in the order they were typed; other text (``<b>``, emoji) stays as it is.

The sheets: Avery L7160 (A4, 3 × 7 labels of 63.5 × 38.1 mm) and Avery 5160 (Letter, 3 × 10 labels
of 2⅝ × 1 in); envelopes C6 (162 × 114 mm) and DL (220 × 110 mm).  Qt-free.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from refdesk.db.models import ThankMethod
from refdesk.services import checklist, thanks

BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """*text* without bidirectional controls: printed in the order it was typed."""
    return BIDI_CONTROLS.sub("", text or "")


@dataclass(frozen=True)
class Sheet:
    """A sheet of labels: page size, grid, and each label's size and place, in millimetres."""

    name: str
    page: str  # "A4" or "Letter"
    columns: int
    rows: int
    width: float
    height: float
    top: float
    left: float
    column_gap: float
    row_gap: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, index: int) -> tuple[float, float, float, float]:
        """(x, y, width, height) in mm of label *index* (0-based) on its page."""
        index %= self.per_page
        row, column = divmod(index, self.columns)
        x = self.left + column * (self.width + self.column_gap)
        y = self.top + row * (self.height + self.row_gap)
        return x, y, self.width, self.height


INCH = 25.4
SHEETS = {
    "L7160": Sheet("L7160", "A4", 3, 7, 63.5, 38.1, top=15.15, left=7.25, column_gap=2.5),
    "5160": Sheet(
        "5160", "Letter", 3, 10, 2.625 * INCH, 1.0 * INCH, top=0.5 * INCH, left=0.1875 * INCH, column_gap=0.125 * INCH
    ),
}
ENVELOPES = {"C6": (162.0, 114.0), "DL": (220.0, 110.0)}
"""Envelope sizes (width × height in mm, landscape)."""


def default_sheet(page_size: str) -> str:
    """The label sheet for the paper in use: L7160 on A4, 5160 on Letter."""
    return "5160" if page_size == "Letter" else "L7160"


def needs_post(method: ThankMethod) -> bool:
    """A handwritten card or a gift goes by post: it needs a postal address."""
    return method in (ThankMethod.CARD, ThankMethod.GIFT)


@dataclass(frozen=True)
class Addressee:
    """One note's envelope or label: the lines to print, as stored."""

    id: int
    to: str
    lines: tuple[str, ...]
    method: ThankMethod
    partner_id: int | None = None  # where the address is kept (None: someone who is not a partner)


@dataclass(frozen=True)
class Mailing:
    addressed: list[Addressee]
    without_address: list[Addressee]  # the listed notes with no postal address on file

    @property
    def to_post(self) -> list[Addressee]:
        """The notes without an address that go by post (a card or a gift): what to warn about."""
        return [a for a in self.without_address if needs_post(a.method)]


def address_lines(row: thanks.ThankRow) -> tuple[str, ...]:
    """Name, company (unless the name holds it), then the address exactly as stored, line by line."""
    name = printable(row.recipient)
    lines = [name]
    company = printable(row.company) if row.partner_id is not None else ""
    if company and company not in name:
        lines.append(company)
    stored = printable(row.address).replace("\r\n", "\n").replace("\r", "\n").rstrip()
    lines.extend(line.rstrip() for line in stored.split("\n") if line.strip())
    return tuple(lines)


def mailing(
    status: str = "owed", *, today: dt.date | None = None, rows: Iterable[thanks.ThankRow] | None = None
) -> Mailing:
    """The notes the checklist lists for *status*, split into those with a postal address and the rest;
    *rows*: those notes as already read (see ``checklist.build_checklist``)."""
    wanted = checklist.statuses(status)
    addressed: list[Addressee] = []
    without: list[Addressee] = []
    for row in thanks.list_thank_yous(wanted, today=today) if rows is None else rows:
        item = Addressee(row.id, printable(row.recipient), address_lines(row), row.method, row.partner_id)
        (addressed if row.address.strip() else without).append(item)
    return Mailing(addressed, without)
