"""Mailing labels and envelopes for the notes to post, painted on a printer or a PDF.

Each address is printed exactly as stored (``services.mailing``), line by line, and a line too
long for its label is wrapped between words only: when a word still does not fit, the text gets
smaller (down to ``MIN_POINTS``) rather than being split mid-word.  Text is painted as plain text
with ``QPainter.drawText``: nothing typed is read as markup, and bidirectional controls were taken
out before.  ``layout_*`` return where every line goes, so tests can hold each one inside its label.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
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
)

from refdesk import paths
from refdesk.services import failures
from refdesk.services.mailing import ENVELOPES, SHEETS, Addressee, Sheet
from refdesk.ui.thanks.printing import PAGE_SIZES, PrintProblem, cannot_open, no_new_page, pdf_problem

log = logging.getLogger(__name__)

LABEL_POINTS = 10.0
ENVELOPE_POINTS = 12.0
MIN_POINTS = 6.0
ELIDE = Qt.TextElideMode.ElideRight
PADDING_MM = 3.0  # inside each label: printers do not place a sheet to the tenth of a millimetre


@dataclass
class Placed:
    """One address on one page: its box (the label or the envelope's address area) and its lines."""

    page: int
    box: QRectF
    lines: list[tuple[QPointF, str]] = field(default_factory=list)  # baseline start, text
    rects: list[QRectF] = field(default_factory=list)  # each line's ink, for checking
    font: QFont | None = None


def sheet_layout(sheet: Sheet) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE_SIZES[sheet.page]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def envelope_layout(name: str) -> QPageLayout:
    width, height = ENVELOPES[name]
    title = QCoreApplication.translate("labels", "Envelope %1").replace("%1", name)
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, title)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _words_fit(lines: tuple[str, ...], metrics: QFontMetricsF, width: float) -> bool:
    return all(metrics.horizontalAdvance(word) <= width for line in lines for word in line.split())


def wrap(lines: tuple[str, ...], metrics: QFontMetricsF, width: float) -> list[str]:
    """Each stored line broken between words only, so no line is wider than *width* (words permitting)."""
    out: list[str] = []
    for line in lines:
        words = line.split()
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(candidate) > width:
                out.append(current)
                current = word
            else:
                current = candidate
        out.append(current)
    return out


def fit(lines: tuple[str, ...], box: QRectF, device: QPagedPaintDevice, points: float) -> tuple[QFont, list[str]]:
    """The largest font (from *points* down to MIN_POINTS) at which *lines* fit *box* without splitting a word."""
    font = QFont(QGuiApplication.font())
    font.setStyleHint(QFont.StyleHint.SansSerif)
    if hasattr(font, "setFeature"):  # no "ﬁ" ligatures: the PDF's text stays searchable as typed
        font.setFeature(QFont.Tag("liga"), 0)
    size = points
    while True:
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font, device)
        wrapped = wrap(lines, metrics, box.width())
        fits = _words_fit(lines, metrics, box.width()) and len(wrapped) * metrics.lineSpacing() <= box.height()
        if fits or size <= MIN_POINTS:
            break
        size = max(MIN_POINTS, size - 0.5)
    if len(wrapped) * metrics.lineSpacing() > box.height():  # still too many lines: the last shown ends "…"
        keep = max(1, int(box.height() // metrics.lineSpacing()))
        wrapped = wrapped[:keep]
        wrapped[-1] = metrics.elidedText(wrapped[-1] + " …", ELIDE, box.width())
    return font, [
        metrics.elidedText(w, ELIDE, box.width()) if metrics.horizontalAdvance(w) > box.width() else w for w in wrapped
    ]


def _place(item: Addressee, page: int, box: QRectF, device: QPagedPaintDevice, points: float) -> Placed:
    font, lines = fit(item.lines, box, device, points)
    metrics = QFontMetricsF(font, device)
    placed = Placed(page, box, font=font)
    y = box.top() + metrics.ascent()
    for text in lines:
        start = QPointF(box.left(), y)
        placed.lines.append((start, text))
        ink = QRectF(box.left(), y - metrics.ascent(), metrics.horizontalAdvance(text), metrics.height())
        placed.rects.append(ink)
        y += metrics.lineSpacing()
    return placed


def _dpi(device: QPagedPaintDevice) -> float:
    return float(device.resolution() if hasattr(device, "resolution") else device.logicalDpiY())


def layout_labels(items: list[Addressee], sheet: Sheet, device: QPagedPaintDevice) -> list[Placed]:
    """Where each address goes on the sheets: label by label, left to right, top to bottom."""
    scale = _dpi(device) / 25.4
    pad = PADDING_MM * scale
    placed = []
    for index, item in enumerate(items):
        x, y, w, h = (v * scale for v in sheet.cell(index))
        box = QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad)
        placed.append(_place(item, index // sheet.per_page, box, device, LABEL_POINTS))
    return placed


def layout_envelopes(items: list[Addressee], name: str, device: QPagedPaintDevice) -> list[Placed]:
    """One envelope a page; the address in the lower right part, where the post expects it."""
    width, height = ENVELOPES[name]
    scale = _dpi(device) / 25.4
    box = QRectF(width * 0.42 * scale, height * 0.4 * scale, width * 0.52 * scale, height * 0.5 * scale)
    return [_place(item, index, box, device, ENVELOPE_POINTS) for index, item in enumerate(items)]


def paint(placed: list[Placed], device: QPagedPaintDevice, pages: int) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise cannot_open()
    try:
        painter.setPen(QColor("black"))
        for page in range(pages):
            if page and not device.newPage():
                raise no_new_page()
            for item in placed:
                if item.page != page:
                    continue
                painter.setFont(item.font)
                for start, text in item.lines:
                    painter.drawText(start, text)  # plain text, as stored
    finally:
        painter.end()


def render_labels(items: list[Addressee], sheet_name: str, device: QPagedPaintDevice) -> int:
    """Paint labels on *device* (its page layout set to the sheet's); returns the number of pages."""
    sheet = SHEETS[sheet_name]
    placed = layout_labels(items, sheet, device)
    pages = max(1, -(-len(items) // sheet.per_page))
    paint(placed, device, pages)
    return pages


def render_envelopes(items: list[Addressee], name: str, device: QPagedPaintDevice) -> int:
    placed = layout_envelopes(items, name, device)
    pages = max(1, len(items))
    paint(placed, device, pages)
    return pages


def write_pdf(items: list[Addressee], path: str | Path, *, labels: str = "", envelopes: str = "") -> int:
    """Write labels (sheet *labels*) or envelopes (size *envelopes*) to a PDF; the number of pages."""
    path = Path(path)
    try:
        with paths.private_output(path) as partial:  # names and addresses: owner-only, and whole
            writer = QPdfWriter(str(partial))
            writer.setResolution(300)
            if labels:
                writer.setPageLayout(sheet_layout(SHEETS[labels]))
                writer.setTitle(QCoreApplication.translate("labels", "Mailing labels (%1)").replace("%1", labels))
            else:
                writer.setPageLayout(envelope_layout(envelopes))
                writer.setTitle(QCoreApplication.translate("labels", "Envelopes (%1)").replace("%1", envelopes))
            writer.setCreator("RefDesk")
            try:
                pages = render_labels(items, labels, writer) if labels else render_envelopes(items, envelopes, writer)
            finally:
                writer = None  # flushes and closes the file
            if partial.stat().st_size == 0:
                raise pdf_problem(path)
    except PrintProblem:
        if paths.disk_is_full(path.parent):
            raise pdf_problem(path, failures.disk_full()) from None
        raise
    except OSError as exc:
        raise pdf_problem(path, failures.reason(exc)) from None
    log.info("wrote %d %s to %s", len(items), "labels" if labels else "envelopes", path)
    return pages
