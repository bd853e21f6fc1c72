"""Labels and envelopes: every line inside its label on both sheets (a ruler in code), addresses
as stored and multi-line, wrapped between words only (smaller text rather than a split word), and
bidirectional controls taken out so "Evil\u202egnp.exe" prints as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPdfWriter

from refdesk.db.models import ThankMethod
from refdesk.services import mailing
from refdesk.services.mailing import ENVELOPES, SHEETS, Addressee
from refdesk.ui.thanks import labels
from tests.services.thanks_data import TODAY, partner, thank

LONG = (
    "Dr. Maximiliana Wolfeschlegelsteinhausenbergerdorff",
    "Internationale Umzugsgesellschaft für Büroeinrichtungen mbH & Co. KG",
    "Flat 12, The Old Grain Warehouse, 145–147 Commercial Road",
    "Lower Slaughter, Cheltenham, Gloucestershire GL54 2HS",
    "United Kingdom",
)


def _items(n: int) -> list[Addressee]:
    items = [Addressee(1, LONG[0], LONG, ThankMethod.CARD)]
    items += [
        Addressee(i + 2, f"Person {i}", (f"Person {i}", "1 Main St", "Springfield"), ThankMethod.CARD) for i in range(n)
    ]
    return items


def _writer(tmp_path, layout) -> QPdfWriter:
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(layout)
    return writer


def _inside(rect: QRectF, box: QRectF) -> bool:
    eps = 0.5
    return (
        rect.left() >= box.left() - eps
        and rect.right() <= box.right() + eps
        and rect.top() >= box.top() - eps
        and rect.bottom() <= box.bottom() + eps
    )


@pytest.mark.parametrize("sheet_name", ["L7160", "5160"])
def test_every_line_inside_its_label_and_no_word_split(qapp, tmp_path, sheet_name):
    sheet = SHEETS[sheet_name]
    writer = _writer(tmp_path, labels.sheet_layout(sheet))
    items = _items(sheet.per_page + 3)  # more than a sheet: a second page
    placed = labels.layout_labels(items, sheet, writer)
    scale = 300 / 25.4
    page = QRectF(0, 0, writer.width(), writer.height())
    for index, (item, where) in enumerate(zip(items, placed, strict=True)):
        x, y, w, h = (v * scale for v in sheet.cell(index))
        cell = QRectF(x, y, w, h)
        assert where.page == index // sheet.per_page
        assert _inside(where.box, cell) and _inside(cell, page)
        for rect in where.rects:
            assert _inside(rect, cell), (sheet_name, index, rect, cell)
        words = {word for line in item.lines for word in line.split()}
        for _start, text in where.lines:
            assert all(word in words or word.endswith("…") for word in text.split())  # whole words only
    long = placed[0]
    assert long.font.pointSizeF() < labels.LABEL_POINTS  # made smaller to keep the words whole
    assert placed[1].font.pointSizeF() == labels.LABEL_POINTS
    assert [t for _s, t in placed[1].lines] == ["Person 0", "1 Main St", "Springfield"]  # as stored, line by line
    assert labels.render_labels(items, sheet_name, writer) == 2


@pytest.mark.parametrize("name", list(ENVELOPES))
def test_envelopes_one_a_page_inside_the_envelope(qapp, tmp_path, name):
    writer = _writer(tmp_path, labels.envelope_layout(name))
    items = _items(2)
    placed = labels.layout_envelopes(items, name, writer)
    width, height = (v * 300 / 25.4 for v in ENVELOPES[name])
    envelope = QRectF(0, 0, width, height)
    assert [p.page for p in placed] == [0, 1, 2]
    for where in placed:
        assert all(_inside(rect, where.box) and _inside(rect, envelope) for rect in where.rects)
    assert abs(writer.width() - width) < 3 and abs(writer.height() - height) < 3


def test_mailing_prints_literally_without_bidi_controls(db):
    evil = partner("Evil\u202egnp.exe <b>Bob</b> 🎉", address="Unit 1\u2067\n  22 Rose Lane  \n\nLeeds", company="Co")
    nowhere = partner("No Address")
    t1 = thank(evil, due=TODAY).id
    t2 = thank(nowhere, due=TODAY).id
    t3 = thank(nowhere, due=TODAY, method=ThankMethod.EMAIL).id
    post = mailing.mailing("owed", today=TODAY)
    [item] = post.addressed
    assert item.id == t1 and item.to == "Evilgnp.exe <b>Bob</b> 🎉"
    assert item.lines == ("Evilgnp.exe <b>Bob</b> 🎉", "Co", "Unit 1", "  22 Rose Lane", "Leeds")
    assert [a.id for a in post.without_address] == [t2, t3]
    assert [a.id for a in post.to_post] == [t2]  # the email one needs no address
    with pytest.raises(ValueError):
        mailing.mailing("sideways")
