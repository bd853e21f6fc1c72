"""Lay the thank-you checklist out on pages and paint it (printer, print preview or PDF).

Pagination is done here, row by row, so a row is never split between two
pages, a group heading is never left alone at the foot of a page, and every
page gets the same header and a "Page x of y" footer.  Text is painted with
``QPainter.drawText`` as plain text: nothing the user typed is read as markup.
Black on white with light grey shading only, so it photocopies well.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from refdesk import paths
from refdesk.services import checklist as words
from refdesk.services import failures
from refdesk.services.checklist import Checklist, ChecklistRow, column_titles
from refdesk.services.vocabulary import ThankMethod, label

log = logging.getLogger(__name__)

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 14.0
MAX_CELL_LINES = 8  # a longer cell ends with "…" so one row always fits on a page
# Recipient, address and reason share what the checkbox, due and method columns leave.
COLUMN_SHARES = (0.32, 0.29, 0.39)
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
    QLocale.Country.PuertoRico,
}


class PrintProblem(Exception):
    """The document could not be written; ``str()`` is a sentence for the user."""


def cannot_open() -> PrintProblem:
    return PrintProblem(
        QCoreApplication.translate("printing", "The printer or PDF file could not be opened for writing.")
    )


def no_new_page() -> PrintProblem:
    return PrintProblem(QCoreApplication.translate("printing", "The printer refused to start a new page."))


def pdf_problem(path: Path, reason: str = "") -> PrintProblem:
    """The PDF file *path* could not be written, in plain words; *reason* as ``failures.reason``
    says it (already in the language spoken)."""
    if not reason:
        words = QCoreApplication.translate(
            "printing", "The PDF file %1 could not be written (check the folder exists and is writable)."
        )
        return PrintProblem(words.replace("%1", str(path)))
    words = QCoreApplication.translate("printing", "The PDF file %1 could not be written: %2.")
    return PrintProblem(words.replace("%2", reason).replace("%1", str(path)))


def default_page_size(locale: QLocale | None = None) -> str:
    """ "Letter" where Letter paper is the norm (US, Canada, Mexico…), else "A4"."""
    locale = locale or QLocale()  # the locale chosen (QLocale.setDefault at start-up), else the system's
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "Letter"
    return "Letter" if locale.territory() in LETTER_TERRITORIES else "A4"


def page_layout(page_size: str = "A4") -> QPageLayout:
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}; choose one of {', '.join(PAGE_SIZES)}")
    return QPageLayout(
        QPageSize(PAGE_SIZES[page_size]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


# --- layout ------------------------------------------------------------------------------------


@dataclass
class Block:
    """Something placed on a page: a group heading, a row, or the "nothing to list" message."""

    kind: str  # "group", "row" or "message"
    top: float
    height: float
    text: str = ""
    row: ChecklistRow | None = None
    cells: list[list[str]] = field(default_factory=list)
    shaded: bool = False


@dataclass
class PageLayoutResult:
    blocks: list[Block] = field(default_factory=list)

    @property
    def row_ids(self) -> list[int]:
        return [b.row.id for b in self.blocks if b.kind == "row" and b.row is not None]


@dataclass
class DocumentLayout:
    pages: list[PageLayoutResult]
    width: float
    height: float
    body_top: float
    body_bottom: float


_BREAK_AFTER = re.compile(r"(?<=[._\-/])|(?=@)")


def split_long(para: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """*para* as lines, where a word wider than *width* is broken at its own seams ("ann.lee" | "@homes."
    | "example") rather than mid-word: an address split at "@" or "." still reads as one."""
    if metrics.horizontalAdvance(para) <= width:  # the whole of it fits, so does each word
        return [para]
    words = para.split(" ")
    if all(metrics.horizontalAdvance(w) <= width for w in words):
        return [para]
    out: list[str] = []
    current = ""
    for word in words:
        pieces = [word] if metrics.horizontalAdvance(word) <= width else [p for p in _BREAK_AFTER.split(word) if p]
        for n, piece in enumerate(pieces):
            joiner = " " if n == 0 and current else ""
            candidate = current + joiner + piece
            if current and metrics.horizontalAdvance(candidate) > width:
                out.append(current)
                current = piece
            else:
                current = candidate
    out.append(current)
    return out


class ChecklistPainter:
    """Measures and paints one checklist on one paged device (QPrinter or QPdfWriter)."""

    def __init__(self, checklist: Checklist, device: QPagedPaintDevice):
        self.checklist = checklist
        self.device = device
        self.dpi = device.resolution() if hasattr(device, "resolution") else device.logicalDpiY()
        rect = device.pageLayout().paintRectPixels(self.dpi)
        self.width = float(rect.width())
        self.height = float(rect.height())

        base = QFont(QGuiApplication.font())
        base.setStyleHint(QFont.StyleHint.SansSerif)
        if hasattr(base, "setFeature"):  # no "ﬃ" ligatures: the PDF's text stays searchable as typed
            base.setFeature(QFont.Tag("liga"), 0)
        self.body = QFont(base)
        self.body.setPointSizeF(9.0)
        self.bold = QFont(self.body)
        self.bold.setBold(True)
        self.title_font = QFont(base)
        self.title_font.setPointSizeF(15.0)
        self.title_font.setBold(True)
        self.sub_font = QFont(base)
        self.sub_font.setPointSizeF(9.5)
        self.group_font = QFont(base)
        self.group_font.setPointSizeF(11.0)
        self.group_font.setBold(True)
        self.head_font = QFont(base)
        self.head_font.setPointSizeF(8.0)
        self.head_font.setBold(True)
        self.small = QFont(base)
        self.small.setPointSizeF(8.0)
        self.fm_body = QFontMetricsF(self.body, device)
        self.fm_bold = QFontMetricsF(self.bold, device)
        self.line = self.fm_body.lineSpacing()
        self.pad = self.line * 0.3
        self.gap = self.mm(2.0)
        self._wrapped: dict[tuple[str, bool, float], list[str]] = {}

        # Due and method get what their longest text needs; the rest is shared out.
        fm_head = QFontMetricsF(self.head_font, device)
        box_col = self.line * 1.8
        slack = self.mm(1.5)  # metrics differ a little between printers' resolutions
        due_col = (
            slack
            + self.pad * 2
            + max(
                self.fm_bold.horizontalAdvance("888 days late"),
                self.fm_body.horizontalAdvance("30 Sep 2026"),
                fm_head.horizontalAdvance(column_titles()[4].upper()),
            )
        )
        words = [w for m in ThankMethod for w in label(m).split()]
        method_col = (
            slack
            + self.pad * 2
            + max(
                max(self.fm_body.horizontalAdvance(w) for w in words),
                fm_head.horizontalAdvance(column_titles()[5].upper()),
            )
        )
        rest = self.width - box_col - due_col - method_col
        widths = [box_col] + [rest * share for share in COLUMN_SHARES] + [due_col, method_col]
        self.columns: list[tuple[float, float]] = []
        x = 0.0
        for w in widths:
            self.columns.append((x, w))
            x += w

        # Header: title line, subtitle line, rule, column headings.
        self.title_h = QFontMetricsF(self.title_font, device).lineSpacing()
        self.sub_h = QFontMetricsF(self.sub_font, device).lineSpacing()
        self.head_h = QFontMetricsF(self.head_font, device).lineSpacing() + self.pad * 2
        self.header_h = self.title_h + self.sub_h + self.gap
        self.body_top = self.header_h + (self.head_h if checklist.groups else 0) + self.gap
        self.footer_h = QFontMetricsF(self.small, device).lineSpacing() + self.gap
        self.body_bottom = self.height - self.footer_h - self.gap
        self.group_h = QFontMetricsF(self.group_font, device).lineSpacing() + self.pad * 2

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    # -- measuring --

    def wrap(self, text: str, font: QFont, width: float) -> list[str]:
        """*text* broken into lines no wider than *width*: at words; a word too long for the column (an
        email address, a web address) after its "@", "." or "-" first (``split_long``), anywhere last.

        Each distinct cell is measured once per document: the method, the due date and often the
        recipient and address repeat from row to row (71,665 notes: 358,325 cells, 71,030 distinct).
        ``refdesk checklist --pdf --status all`` on those notes took 19.4 s of CPU against 24.8 without
        (one pair of runs at load 13, with ``split_long`` measuring word by word).  Pinned by
        ``test_cells_measured_once_are_laid_out_as_measured_afresh``.
        """
        key = (text, font is self.bold, width)
        lines = self._wrapped.get(key)
        if lines is None:
            lines = self._wrapped[key] = self._wrap(text, font, width)
        return lines

    def _wrap(self, text: str, font: QFont, width: float) -> list[str]:
        metrics = self.fm_bold if font is self.bold else self.fm_body
        lines: list[str] = []
        paras = [p for para in text.split("\n") for p in split_long(para, metrics, width)]
        for para in paras:
            if metrics.horizontalAdvance(para) <= width:
                lines.append(para)
                continue
            layout = QTextLayout(para, font, self.device)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                start = line.textStart()
                lines.append(para[start : start + line.textLength()].rstrip())
            layout.endLayout()
        if len(lines) > MAX_CELL_LINES:
            last = metrics.elidedText(lines[MAX_CELL_LINES - 1] + " …", Qt.TextElideMode.ElideRight, width)
            lines = lines[: MAX_CELL_LINES - 1] + [last if last.endswith("…") else last + "…"]
        return lines

    def row_block(self, row: ChecklistRow, shaded: bool) -> Block:
        cells = []
        for index, text in enumerate(row.cells(), start=1):
            font = self.bold if (index in (1, 4) and row.overdue) else self.body
            cells.append(self.wrap(text, font, self.columns[index][1] - self.pad * 2))
        lines = max(1, *(len(c) for c in cells))
        return Block("row", 0.0, lines * self.line + self.pad * 2, row=row, cells=cells, shaded=shaded)

    def layout(self) -> DocumentLayout:
        pages = [PageLayoutResult()]
        y = self.body_top

        def new_page() -> None:
            nonlocal y
            pages.append(PageLayoutResult())
            y = self.body_top

        def place(block: Block) -> None:
            nonlocal y
            block.top = y
            pages[-1].blocks.append(block)
            y += block.height

        if not self.checklist.groups:
            lines = self.wrap(self.checklist.empty_message, self.body, self.width)
            place(Block("message", 0.0, self.line * (len(lines) + 2), text="\n".join(lines)))
            return DocumentLayout(pages, self.width, self.height, self.body_top, self.body_bottom)

        for number, group in enumerate(self.checklist.groups):
            blocks = [self.row_block(row, i % 2 == 1) for i, row in enumerate(group.rows)]
            spacing = self.gap if number else 0.0
            # Keep the heading with its first row.
            if pages[-1].blocks and y + spacing + self.group_h + blocks[0].height > self.body_bottom:
                new_page()
                spacing = 0.0
            y += spacing
            heading = group.heading  # counted once: recounting it for each "(continued)" made the PDF quadratic
            place(Block("group", 0.0, self.group_h, text=heading))
            for block in blocks:
                if y + block.height > self.body_bottom:
                    new_page()
                    place(Block("group", 0.0, self.group_h, text=words.continued(heading)))
                place(block)
        return DocumentLayout(pages, self.width, self.height, self.body_top, self.body_bottom)

    # -- painting --

    def paint(self, painter: QPainter, document: DocumentLayout) -> None:
        total = len(document.pages)
        for number, page in enumerate(document.pages, start=1):
            if number > 1 and not self.device.newPage():
                raise no_new_page()
            self.paint_header(painter)
            for block in page.blocks:
                if block.kind == "group":
                    self.paint_group(painter, block)
                elif block.kind == "row":
                    self.paint_row(painter, block)
                else:
                    painter.setFont(self.body)
                    painter.setPen(QColor("black"))
                    painter.drawText(
                        QRectF(0, block.top + self.line, self.width, block.height),
                        Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                        block.text,
                    )
            self.paint_footer(painter, number, total)

    def _pen(self, mm: float, grey: int = 0) -> QPen:
        pen = QPen(QColor(grey, grey, grey))
        pen.setWidthF(self.mm(mm))
        return pen

    def paint_header(self, painter: QPainter) -> None:
        checklist = self.checklist
        # a change the preview's recording keeps: a pen equal to the painter's first one is not recorded, and the
        # preview then draws in its palette's text colour (light on the white page in dark mode)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setPen(QColor("black"))
        painter.setFont(self.title_font)
        fm_title = QFontMetricsF(self.title_font, self.device)
        painter.drawText(QPointF(0, fm_title.ascent()), checklist.title)
        painter.setFont(self.sub_font)
        fm_sub = QFontMetricsF(self.sub_font, self.device)
        date = checklist.date_text
        painter.drawText(QPointF(self.width - fm_sub.horizontalAdvance(date), fm_title.ascent()), date)
        count = checklist.total
        subtitle = words.with_count(checklist.subtitle, count)
        painter.drawText(QPointF(0, self.title_h + fm_sub.ascent()), subtitle)
        y = self.header_h - self.gap / 2
        painter.setPen(self._pen(0.4))
        painter.drawLine(QPointF(0, y), QPointF(self.width, y))
        if not checklist.groups:
            return
        # Column headings.
        top = self.header_h
        painter.setPen(QColor("black"))
        painter.setFont(self.head_font)
        fm_head = QFontMetricsF(self.head_font, self.device)
        for (x, w), name in zip(self.columns, column_titles(), strict=True):
            if name:
                painter.drawText(
                    QPointF(x + self.pad, top + self.pad + fm_head.ascent()),
                    fm_head.elidedText(name.upper(), Qt.TextElideMode.ElideRight, w - self.pad * 2),
                )
        painter.setPen(self._pen(0.25))
        painter.drawLine(QPointF(0, top + self.head_h), QPointF(self.width, top + self.head_h))

    def paint_group(self, painter: QPainter, block: Block) -> None:
        painter.setPen(QColor("black"))
        painter.setFont(self.group_font)
        fm = QFontMetricsF(self.group_font, self.device)
        painter.drawText(
            QPointF(0, block.top + self.pad + fm.ascent()),
            fm.elidedText(block.text, Qt.TextElideMode.ElideRight, self.width),
        )
        y = block.top + block.height - self.pad * 0.4
        painter.setPen(self._pen(0.3))
        painter.drawLine(QPointF(0, y), QPointF(self.width, y))

    def paint_row(self, painter: QPainter, block: Block) -> None:
        row = block.row
        assert row is not None
        if block.shaded:
            painter.fillRect(QRectF(0, block.top, self.width, block.height), QColor(238, 238, 238))
        # The checkbox: an empty square to tick with a pen (ticked for notes already sent).
        side = self.fm_body.ascent() * 1.05
        x0 = self.pad
        y0 = block.top + self.pad + (self.line - side) / 2
        painter.setPen(self._pen(0.3))
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(x0, y0, side, side))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if row.done:
            painter.drawLine(QPointF(x0 + side * 0.2, y0 + side * 0.55), QPointF(x0 + side * 0.42, y0 + side * 0.8))
            painter.drawLine(QPointF(x0 + side * 0.42, y0 + side * 0.8), QPointF(x0 + side * 0.85, y0 + side * 0.2))
        painter.setPen(QColor("black"))
        ascent = self.fm_body.ascent()
        for index, lines in enumerate(block.cells, start=1):
            x, _w = self.columns[index]
            for n, text in enumerate(lines):
                bold = row.overdue and ((index == 1 and n == 0) or (index == 4 and n > 0))
                painter.setFont(self.bold if bold else self.body)
                painter.drawText(QPointF(x + self.pad, block.top + self.pad + n * self.line + ascent), text)
        painter.setPen(self._pen(0.15, 150))
        bottom = block.top + block.height
        painter.drawLine(QPointF(0, bottom), QPointF(self.width, bottom))

    def paint_footer(self, painter: QPainter, number: int, total: int) -> None:
        fm = QFontMetricsF(self.small, self.device)
        y = self.height - self.footer_h + self.gap / 2
        painter.setPen(self._pen(0.25))
        painter.drawLine(QPointF(0, y), QPointF(self.width, y))
        painter.setPen(QColor("black"))
        painter.setFont(self.small)
        base = y + self.gap / 2 + fm.ascent()
        painter.drawText(QPointF(0, base), f"RefDesk · {self.checklist.title} · {self.checklist.date_text}")
        text = words.page_of(number, total)
        painter.drawText(QPointF(self.width - fm.horizontalAdvance(text), base), text)


def render_checklist(checklist: Checklist, device: QPagedPaintDevice) -> DocumentLayout:
    """Paint *checklist* on *device* (a QPrinter or QPdfWriter, page layout already set); returns the layout."""
    renderer = ChecklistPainter(checklist, device)
    document = renderer.layout()
    painter = QPainter()
    if not painter.begin(device):
        raise cannot_open()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        renderer.paint(painter, document)
    finally:
        painter.end()
    return document


def write_pdf(checklist: Checklist, path: str | Path, page_size: str = "A4") -> DocumentLayout:
    """Write *checklist* to a PDF file; raises PrintProblem (in plain words) if it cannot."""
    path = Path(path)
    try:
        with paths.private_output(path) as partial:  # names and addresses: owner-only, and whole
            writer = QPdfWriter(str(partial))
            writer.setResolution(300)
            writer.setPageLayout(page_layout(page_size))
            writer.setTitle(f"{checklist.title} — {checklist.date_text}")
            writer.setCreator("RefDesk")
            try:
                document = render_checklist(checklist, writer)
            finally:
                writer = None  # flushes and closes the file
            if partial.stat().st_size == 0:
                raise pdf_problem(path)
    except PrintProblem:
        if paths.disk_is_full(path.parent):
            raise pdf_problem(path, failures.disk_full()) from None
        raise pdf_problem(path) from None
    except OSError as exc:
        raise pdf_problem(path, failures.reason(exc)) from None
    log.info("wrote checklist (%d notes, %d pages) to %s", checklist.total, len(document.pages), path)
    return document
