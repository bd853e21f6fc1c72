"""Possible duplicates after the import wizard: the Partners page lists them with their count, and a
side-by-side dialog merges them field by field or says they are not the same person, both undoable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from refdesk.db.models import Partner, PartnerEmail
from refdesk.services import partners as ps
from refdesk.services.importer import run_import
from refdesk.ui.partners.duplicate_dialog import MERGE, NOT_THE_SAME, DuplicateDialog
from refdesk.ui.partners.filters import FilterRow


@pytest.fixture
def page(window, qtbot):
    window.show_page("partners")
    page = window.pages["partners"]
    qtbot.waitExposed(page)
    return page


def imported(tmp_path) -> tuple[int, int, int]:
    """Amara there first; a later file brings "Amara Okafor" again with another address (flagged)."""
    first = tmp_path / "first.csv"
    first.write_text(
        "Name,Email,Company,Phone\nAmara Okafor,amara@homes.example,Okafor Realty,555 010 2233\n"
        "Ben Smith,ben@smith.example,Smith Mortgages,\n",
        encoding="utf-8",
    )
    run_import(first)
    second = tmp_path / "second.csv"
    second.write_text(
        "Name,Email,Company,Website\nAmara Okafor,amara.okafor@mail.example,Okafor Realty Group,https://okafor.example\n",
        encoding="utf-8",
    )
    summary = run_import(second)
    assert summary.possible_duplicates == 1
    amara = Partner.get(Partner.possible_duplicate_of.is_null(True), Partner.name == "Amara Okafor").id
    flagged = Partner.get(Partner.possible_duplicate_of.is_null(False)).id
    ben = Partner.get(Partner.name == "Ben Smith").id
    return amara, flagged, ben


def answer(page, monkeypatch, choice: int, pick=None):
    seen = []

    def run(dialog):
        assert isinstance(dialog, DuplicateDialog)
        seen.append(dialog)
        shot = os.environ.get("REFDESK_SHOTS")
        if shot:  # look at it: REFDESK_SHOTS=/some/folder pytest tests/ui/partners/test_duplicates.py
            dialog.adjustSize()
            dialog.grab().save(str(Path(shot) / "duplicate-dialog.png"))
        if pick:
            pick(dialog)
        dialog._finish(choice)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "_run_dialog", run)
    return seen


def test_the_filter_lists_possible_duplicates_beside_the_partner_they_may_duplicate(window, page, tmp_path):
    amara, flagged, _ben = imported(tmp_path)
    page.refresh()
    assert page.show_duplicates.text() == "Possible d&uplicates (1)"
    assert page.show_duplicates.accessibleName() and page.show_duplicates.toolTip()
    page.show_duplicates.setChecked(True)
    shown = {page.model.partner_id(r) for r in range(page.model.rowCount())}
    assert shown == {amara, flagged}
    shot = os.environ.get("REFDESK_SHOTS")
    if shot:
        window.resize(1280, 560)
        window.grab().save(str(Path(shot) / "partners-duplicates.png"))
    page.show_item(flagged)
    assert page.action_duplicate.isEnabled()
    page.show_duplicates.setChecked(False)
    assert page.model.rowCount() == 3


def test_merge_side_by_side_with_a_choice_per_field_then_undo(window, page, tmp_path, monkeypatch):
    amara, flagged, _ben = imported(tmp_path)
    page.refresh()
    page.show_item(flagged)

    def pick(dialog):
        assert set(dialog.groups) == {"company", "website"}  # the fields they differ in; the name is the same
        dialog.choose("company", 2)  # the file's "Okafor Realty Group"

    seen = answer(page, monkeypatch, MERGE, pick)
    page.action_duplicate.trigger()
    assert seen and seen[0].first.id == amara and seen[0].second.id == flagged
    kept = Partner.get(Partner.id == amara)
    assert not Partner.select().where(Partner.id == flagged).exists()
    assert kept.company == "Okafor Realty Group" and kept.website == "https://okafor.example"
    assert sorted(e.email for e in PartnerEmail.select().where(PartnerEmail.partner == amara)) == [
        "amara.okafor@mail.example",
        "amara@homes.example",
    ]
    assert page.show_duplicates.text() == "Possible d&uplicates (0)"
    assert page.selected_id() == amara
    window.undo_stack.undo()
    assert Partner.get(Partner.id == flagged).possible_duplicate_of_id == amara
    assert Partner.get(Partner.id == amara).company == "Okafor Realty"
    assert page.show_duplicates.text() == "Possible d&uplicates (1)"


def test_not_the_same_person_clears_the_flag_and_undo_brings_it_back(window, page, tmp_path, monkeypatch):
    amara, flagged, _ben = imported(tmp_path)
    page.refresh()
    page.show_duplicates.setChecked(True)
    page.show_item(amara)  # either partner of the pair opens the same comparison
    answer(page, monkeypatch, NOT_THE_SAME)
    page.action_duplicate.trigger()
    assert Partner.select().count() == 3
    assert Partner.get(Partner.id == flagged).possible_duplicate_of_id is None
    assert page.model.rowCount() == 0 and page.list_stack.currentWidget() is page.empty_label
    assert "No possible duplicates" in page.empty_label.text()
    window.undo_stack.undo()
    assert Partner.get(Partner.id == flagged).possible_duplicate_of_id == amara
    assert page.model.rowCount() == 2


def test_the_action_is_off_for_a_partner_in_no_pair(page, tmp_path):
    _amara, _flagged, ben = imported(tmp_path)
    page.refresh()
    page.show_item(ben)
    assert not page.action_duplicate.isEnabled()
    assert page.action_duplicate.shortcut().toString() == "Ctrl+Shift+D"


def test_the_filter_box_counts_and_is_reached_by_tab(qtbot):
    row = FilterRow()
    row.set_duplicate_count(1234)
    assert row.duplicates.text().startswith("Possible d&uplicates (1")
    assert row.widgets[-1] is row.duplicates


def test_duplicate_rows_and_count(db):
    a = ps.create_partner(ps.PartnerData(name="A One")).id
    b = ps.create_partner(ps.PartnerData(name="A One")).id
    ps.create_partner(ps.PartnerData(name="C Three"))
    Partner.update(possible_duplicate_of=a).where(Partner.id == b).execute()
    rows = ps.list_partners()
    assert {r[ps.COL_ID] for r in ps.duplicate_rows(rows)} == {a, b}
    assert ps.count_flagged(rows) == 1
    assert {r[ps.COL_ID] for r in ps.filter_rows(rows, "one", duplicates=True)} == {a, b}
