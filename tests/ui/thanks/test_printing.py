"""The printed checklist: pages, header and footer, rows never split, escaping, A4 and Letter (text read back with pypdf)."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from refdesk.db.models import ThankStatus
from refdesk.services.checklist import build_checklist
from refdesk.ui.thanks import printing
from tests.services.thanks_data import TODAY, many, partner, referral, thank

POINTS = {"A4": (595, 842), "Letter": (612, 792)}


@pytest.fixture
def gui(qapp):
    return qapp


def pdf_pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_300_notes_break_cleanly_across_pages(db, gui, tmp_path, size):
    many(300)
    checklist = build_checklist("owed", today=TODAY)
    path = tmp_path / f"list-{size}.pdf"
    layout = printing.write_pdf(checklist, path, size)

    reader = PdfReader(str(path))
    assert len(reader.pages) == len(layout.pages) > 5
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == POINTS[size]

    # the layout: each note on exactly one page, and every row inside the body area of its page
    placed = [rid for page in layout.pages for rid in page.row_ids]
    assert sorted(placed) == sorted(r.id for r in checklist.rows)
    assert len(placed) == len(set(placed)) == 300
    for page in layout.pages:
        for block in page.blocks:
            assert layout.body_top <= block.top
            assert block.top + block.height <= layout.body_bottom + 0.01
        assert page.blocks[0].kind == "group"  # every page starts by naming its group
        assert page.blocks[-1].kind == "row"  # never a heading alone at the foot of a page

    # the PDF: header and "page x of y" on every page, each note once, and each row whole on one page
    pages = pdf_pages(path)
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert text.startswith("Thank-you checklist")
        assert f"Page {number} of {total}" in text
        assert "RECIPIENT" in text and "SEND TO" in text and "METHOD" in text
    where: dict[str, int] = {}
    for number, text in enumerate(pages, start=1):
        for name in re.findall(r"Partner \d{4}", text):
            assert name not in where, f"{name} printed twice"
            where[name] = number
    assert len(where) == 300
    for i in range(300):
        text = pages[where[f"Partner {i:04d}"] - 1]
        assert f"Prospect {i:04d}" in text, f"row {i} split from its reason"
        assert f"Company {i:04d}" in text
        if i % 3 == 0:
            assert re.search(rf"\bApartment {i}\b", text), f"address of row {i} split"


def test_group_order_and_overdue_marks_in_the_pdf(db, gui, tmp_path):
    p = partner("Writer")
    thank(partner("Sent Sam"), due=TODAY, status=ThankStatus.SENT)
    thank(partner("Written Wanda"), due=TODAY, status=ThankStatus.WRITTEN)
    thank(partner("Late Larry"), referral(p, "Jane Doe", "kitchen remodel"), due=TODAY.replace(day=3))
    thank(partner("Future Fay"), due=TODAY.replace(day=20))
    path = tmp_path / "all.pdf"
    printing.write_pdf(build_checklist("all", today=TODAY), path)
    [text] = pdf_pages(path)
    order = [
        text.index(s)
        for s in (
            "To write — 2 notes, 1 overdue",
            "Late Larry",
            "OVERDUE 7 days late",
            "Future Fay",
            "Written, to send — 1 note",
            "Written Wanda",
            "Sent — 1 note",
            "Sent Sam",
        )
    ]
    assert order == sorted(order)
    assert "for referring Jane Doe — kitchen remodel" in text
    assert text.count("OVERDUE") == 1


def test_user_text_prints_literally(db, gui, tmp_path):
    bob = partner("<b>Bob</b>", address="<img src=x>")
    thank(bob, referral(bob, "<i>Ivy</i> & co", "<u>move</u>"), due=TODAY)
    thank(None, due=TODAY, recipient_name="<img src=x>")
    path = tmp_path / "escape.pdf"
    printing.write_pdf(build_checklist(today=TODAY), path)
    [text] = pdf_pages(path)
    assert "<b>Bob</b>" in text
    assert text.count("<img src=x>") == 2
    assert "for referring <i>Ivy</i> & co — <u>move</u>" in text


def test_nothing_to_list_gives_one_page_that_says_so(db, gui, tmp_path):
    path = tmp_path / "empty.pdf"
    layout = printing.write_pdf(build_checklist(today=TODAY), path, "Letter")
    assert len(layout.pages) == 1
    [text] = pdf_pages(path)
    assert "No thank-you notes to write. Nothing to write today." in text
    assert "Page 1 of 1" in text
    assert "RECIPIENT" not in text


def test_a_very_long_cell_is_cut_so_its_row_still_fits(db, gui, tmp_path):
    p = partner("Long " + "word" * 200, address="\n".join(f"line {i}" for i in range(40)))
    thank(p, due=TODAY)
    path = tmp_path / "long.pdf"
    layout = printing.write_pdf(build_checklist(today=TODAY), path)
    [page] = layout.pages
    row = page.blocks[1]
    assert all(len(lines) <= printing.MAX_CELL_LINES for lines in row.cells)
    assert row.cells[1][-1].endswith("…")
    assert row.top + row.height <= layout.body_bottom


def test_unwritable_pdf_is_reported_in_words(db, gui, tmp_path):
    with pytest.raises(printing.PrintProblem, match="could not be written"):
        printing.write_pdf(build_checklist(today=TODAY), tmp_path / "no-such-folder" / "x.pdf")


def test_default_page_size_follows_the_locale():
    from PySide6.QtCore import QLocale

    assert printing.default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "Letter"
    assert printing.default_page_size(QLocale(QLocale.Language.English, QLocale.Country.Canada)) == "Letter"
    assert printing.default_page_size(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "A4"
    assert printing.default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "A4"


def test_a_long_group_is_counted_once_and_every_continued_page_names_it(db, gui, tmp_path, monkeypatch):
    """Laying out costs the same per note at any size: the group's counts are read once, not per page."""
    from refdesk.services import checklist as checklist_module

    many(300)
    checklist = build_checklist("owed", today=TODAY)
    reads = []
    heading = checklist_module.ChecklistGroup.heading
    monkeypatch.setattr(
        checklist_module.ChecklistGroup, "heading", property(lambda group: reads.append(1) or heading.fget(group))
    )
    layout = printing.write_pdf(checklist, tmp_path / "long.pdf")

    assert len(layout.pages) > 5
    assert len(reads) == len(checklist.groups) == 1
    first, *rest = [page.blocks[0].text for page in layout.pages]
    assert first.startswith("To write — 300 notes")
    assert rest == [f"{first} (continued)"] * len(rest)


def test_cells_measured_once_are_laid_out_as_measured_afresh(db, gui, tmp_path, monkeypatch):
    """The painter measures each distinct cell once per document; the pages must be the same as measuring each."""
    from PySide6.QtGui import QPdfWriter

    many(300)
    checklist = build_checklist("all", today=TODAY)

    def blocks():
        writer = QPdfWriter(str(tmp_path / "measure.pdf"))
        writer.setResolution(300)
        writer.setPageLayout(printing.page_layout("A4"))
        painter = printing.ChecklistPainter(checklist, writer)
        return [[(b.kind, b.top, b.text, b.cells) for b in page.blocks] for page in painter.layout().pages]

    remembered = blocks()
    monkeypatch.setattr(printing.ChecklistPainter, "wrap", printing.ChecklistPainter._wrap)
    assert remembered == blocks()
    assert len(remembered) > 5


def test_a_long_email_breaks_at_its_seams_not_mid_word(db, gui, tmp_path):
    from refdesk.db.models import PartnerEmail, ThankMethod

    p = partner("Max Long")
    email = "maximiliana.wolfeschlegelstein@internationale-umzugsgesellschaft.example"
    PartnerEmail.create(partner=p, email=email)
    thank(p, due=TODAY, method=ThankMethod.EMAIL)
    layout = printing.write_pdf(build_checklist(today=TODAY), tmp_path / "email.pdf")
    row = layout.pages[0].blocks[1]
    lines = row.cells[1]
    assert len(lines) > 1 and "".join(lines) == email  # nothing lost, nothing added
    seams = ("maximiliana.", "wolfeschlegelstein", "@internationale-", "umzugsgesellschaft.", "example")
    assert all(any(line.startswith(s) or line.endswith(s) or s in line for line in lines) for s in seams)
    assert all(line.endswith((".", "-")) or lines[i + 1].startswith("@") for i, line in enumerate(lines[:-1]))
