"""The import wizard's and Import history's item models under the model tester, on real files
imported into a real database: the column mapping (edited), the preview's rows, the possible
duplicates (decided), and the past imports (one undone)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from refdesk.db.models import ImportBatch, Partner
from refdesk.services.importer import TARGETS, analyse, list_batches, run_import, undo_batch
from refdesk.ui.importing.history import BatchModel
from refdesk.ui.importing.models import DuplicateModel, MappingModel, OutcomeModel
from tests.ui.common import item_models

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"
FILES = ["google.csv", "outlook_classic_cp1252.csv", "spreadsheet_semicolon.csv"]
EDIT = Qt.ItemDataRole.EditRole


@pytest.mark.parametrize("name", FILES)
def test_mapping_model_lists_the_files_columns_and_where_each_goes(db, qapp, qtmodeltester, name):
    analysis = analyse(FIXTURES / name)
    model = MappingModel(analysis.mapping, analysis.samples)
    item_models.check(qtmodeltester, model)
    assert model.rowCount() == len(analysis.mapping.columns) > 0
    headers = [c.header for c in analysis.mapping.columns]
    assert [model.data(model.index(r, model.COLUMN)) for r in range(model.rowCount())] == [
        h or f"(column {c.index + 1} has no name)" for h, c in zip(headers, analysis.mapping.columns, strict=True)
    ]
    # choosing where a column goes: the row says so, and the mapping the import uses has it
    target = model.index(0, model.TARGET)
    assert model.flags(target) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, model.COLUMN)) & Qt.ItemFlag.ItemIsEditable
    other = next(key for key in TARGETS if key != model.data(target, EDIT))
    assert model.setData(target, other, EDIT)
    assert model.data(target, EDIT) == other == analysis.mapping.columns[0].target
    assert model.data(target) == TARGETS[other]
    assert not model.setData(target, "no such place", EDIT)


@pytest.mark.parametrize("name", FILES)
def test_outcome_model_shows_what_happens_to_each_row(db, qapp, qtmodeltester, name):
    model = OutcomeModel()
    item_models.check(qtmodeltester, model)
    assert model.rowCount() == 0
    summary = run_import(FIXTURES / name, dry_run=True, keep_outcomes=50)
    model.set_outcomes(summary.outcomes)
    assert model.rowCount() == len(summary.outcomes) > 0
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [str(o.row) for o in summary.outcomes]
    created = sum(1 for r in range(model.rowCount()) if model.data(model.index(r, 5)).startswith("New partner"))
    assert created == sum(1 for o in summary.outcomes if o.action == "create")
    assert Partner.select().count() == 0  # a preview imports nothing
    model.set_outcomes([])
    assert model.rowCount() == 0


def test_duplicate_model_keeps_a_decision_per_row(db, qapp, qtmodeltester):
    first = run_import(FIXTURES / "google.csv", dry_run=True, keep_outcomes=50)
    created = [o for o in first.outcomes if o.action == "create"][:3]
    already = {o.row: Partner.create(name=o.name, company="Elsewhere Ltd").id for o in created}
    model = DuplicateModel()
    item_models.check(qtmodeltester, model)
    assert model.rowCount() == 0

    summary = run_import(FIXTURES / "google.csv", dry_run=True, keep_outcomes=50)
    model.set_outcomes(summary.duplicates)
    assert model.rowCount() == summary.possible_duplicates == len(already)
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == [o.name for o in created]
    decision = model.index(0, 5)
    assert model.data(decision, EDIT) == "flag" and model.data(decision) == "Import, mark as duplicate"
    assert model.flags(decision) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(decision, "merge", EDIT) and model.setData(model.index(1, 5), "skip", EDIT)
    assert not model.setData(decision, "throw away", EDIT)
    rows = [o.row for o in summary.duplicates]
    assert model.options_decisions() == {rows[0]: already[rows[0]], rows[1]: "skip"}
    model.set_outcomes(summary.duplicates)  # a new check starts the decisions afresh
    assert model.options_decisions() == {}


def test_batch_model_lists_past_imports_newest_first(db, qapp, qtmodeltester):
    model = BatchModel()
    item_models.check(qtmodeltester, model)
    model.reload()
    assert model.rowCount() == 0

    first = run_import(FIXTURES / "google.csv")
    second = run_import(FIXTURES / "outlook.csv")
    undo_batch(first.batch_id)
    model.reload()
    assert model.rowCount() == ImportBatch.select().count() == 2
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["outlook.csv", "google.csv"]
    assert (
        model.data(model.index(0, 3)) == f"{second.rows:,}" and model.data(model.index(0, 4)) == f"{second.created:,}"
    )
    assert model.data(model.index(0, 8)) == "Imported"
    assert model.data(model.index(1, 8)).startswith("Undone")
    assert [b.file for b in model.batches] == [b.file for b in list_batches()]
