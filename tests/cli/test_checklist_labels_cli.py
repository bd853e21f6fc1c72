"""``refdesk checklist --labels L7160|5160 | --envelopes C6|DL --pdf FILE [--json]``: the exact contract.

``--json`` prints ``{"file", "notes", "without_address": [{"id", "to"}], "pages"}``: for the checklist
``notes`` counts the notes listed; with labels or envelopes, those printed (one per listed note with
a postal address), and ``without_address`` lists the notes left out."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from refdesk.db.models import ThankMethod, ThankStatus
from tests.conftest import run_refdesk
from tests.services.thanks_data import TODAY, partner, referral, thank


@pytest.fixture
def notes(db):
    ann = partner("Ann Lee", address="1 Main St\nSpringfield IL 62701", company="Lee Homes")
    evil = partner("Evil\u202egnp.exe <b>Co</b> 🎉", address="Flat 2\n10 Long Road")
    bob = partner("Bob NoAddress")
    ids = {
        "ann": thank(ann, referral(ann), due=TODAY).id,
        "evil": thank(evil, due=TODAY).id,
        "bob": thank(bob, due=TODAY).id,
        "bob_email": thank(bob, due=TODAY, method=ThankMethod.EMAIL).id,
        "written": thank(ann, due=TODAY, status=ThankStatus.WRITTEN).id,
    }
    db.close()
    return ids


def _json(*args):
    result = run_refdesk("checklist", *args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_checklist_json(notes, data_dir, tmp_path):
    out = tmp_path / "list.pdf"
    doc = _json("--pdf", str(out))
    assert set(doc) == {"file", "notes", "without_address", "pages"}
    assert doc["file"] == str(out.resolve()) and doc["pages"] == 1
    assert doc["notes"] == 4  # the owed notes listed
    assert doc["without_address"] == [{"id": notes["bob"], "to": "Bob NoAddress"}]  # by post, no address


@pytest.mark.parametrize(
    ("option", "value", "size"), [("--labels", "L7160", [595, 842]), ("--labels", "5160", [612, 792])]
)
def test_labels_json_and_pdf(notes, data_dir, tmp_path, option, value, size):
    out = tmp_path / f"labels-{value}.pdf"
    doc = _json("--pdf", str(out), option, value.lower())  # the name in any case
    assert doc["notes"] == 2 and doc["pages"] == 1
    assert doc["without_address"] == [
        {"id": notes["bob"], "to": "Bob NoAddress"},
        {"id": notes["bob_email"], "to": "Bob NoAddress"},
    ]
    reader = PdfReader(str(out))
    assert [round(float(v)) for v in reader.pages[0].mediabox.upper_right] == size
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Ann Lee" in text and "Lee Homes" in text and "Springfield IL 62701" in text
    assert "Evilgnp.exe <b>Co</b>" in text  # literal, the override gone
    assert "\u202e" not in text and "Bob NoAddress" not in text


@pytest.mark.parametrize(("value", "size"), [("C6", [459, 323]), ("DL", [624, 312])])
def test_envelopes(notes, data_dir, tmp_path, value, size):
    out = tmp_path / f"env-{value}.pdf"
    doc = _json("--pdf", str(out), "--envelopes", value, "--status", "all")
    assert doc["notes"] == 3 and doc["pages"] == 3  # ann twice (owed and written), evil
    reader = PdfReader(str(out))
    assert [round(float(v)) for v in reader.pages[0].mediabox.upper_right] == size
    assert "Ann Lee" in " ".join(reader.pages[0].extract_text().split())


def test_sentence_and_bad_combinations(notes, data_dir, tmp_path):
    out = tmp_path / "l.pdf"
    result = run_refdesk("checklist", "--pdf", str(out), "--labels", "L7160")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Wrote {out}: 2 L7160 labels on 1 page; 2 notes left out, with no postal address."
    for args in (
        ("--labels", "L7161"),
        ("--labels", "L7160", "--envelopes", "DL"),
        ("--labels", "5160", "--page-size", "A4"),
    ):
        bad = run_refdesk("checklist", "--pdf", str(tmp_path / "x.pdf"), *args)
        assert bad.returncode == 2 and bad.stdout == "" and len(bad.stderr.strip().splitlines()) >= 1
        assert not (tmp_path / "x.pdf").exists()
