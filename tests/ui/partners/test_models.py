"""The partner table's item model on a real database: empty, filled, filtered, sorted, changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from refdesk.db.models import Partner, Stage
from refdesk.services import demo
from refdesk.services import partners as ps
from refdesk.ui.partners.models import COLUMNS, ID_ROLE, PartnerTableModel
from tests.ui.common import item_models

NAME, COMPANY, CATEGORY, STAGE = range(4)


@pytest.fixture
def model(db, qapp, qtmodeltester) -> PartnerTableModel:
    """A partner model under the model tester, on an empty database."""
    model = PartnerTableModel()
    item_models.check(qtmodeltester, model)
    return model


def test_partner_model_shows_the_partners_there_are(model):
    model.set_rows(ps.list_partners())
    assert model.rowCount() == 0 and model.total == 0

    demo.generate(partners=40, referrals=400, seed=5)
    model.set_rows(ps.list_partners())
    everyone = Partner.select().count()
    retired = Partner.select().where(Partner.stage == Stage.RETIRED).count()
    assert retired, "the demo data should retire someone"
    assert model.total == everyone and model.rowCount() == everyone - retired  # retired ones hidden
    assert "Retired" not in item_models.texts(model, STAGE)
    assert item_models.titles(model) == [c.title for c in COLUMNS]

    model.set_filter(show_retired=True)
    assert model.rowCount() == everyone
    assert item_models.texts(model, STAGE).count("Retired") == retired

    category = next(r[ps.COL_CATEGORY] for r in model.all_rows if r[ps.COL_CATEGORY])
    model.set_filter(category=category, show_retired=True)
    assert model.rowCount() == Partner.select().where(Partner.category == category).count()
    assert set(item_models.texts(model, CATEGORY)) == {category}

    word = model.data(model.index(0, NAME)).split()[0]
    model.set_filter(word, show_retired=True)
    assert model.rowCount() >= 1
    shown = [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]
    assert all(word.lower() in r[ps.COL_SEARCH] for r in model.all_rows if r[ps.COL_ID] in shown)
    model.set_filter(word + "zz-nobody", show_retired=True)
    assert model.rowCount() == 0  # empty after a filter

    model.set_filter(duplicates=True)
    assert model.rowCount() == 0 and model.flagged == 0  # no possible duplicates in the demo data
    first, second = (r[ps.COL_ID] for r in model.all_rows[:2])
    Partner.update(possible_duplicate_of=first).where(Partner.id == second).execute()
    model.update_rows({second: ps.partner_row(second)})
    model.set_filter(duplicates=True, show_retired=True)
    assert model.flagged == 1
    assert {model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())} == {first, second}

    model.set_filter()
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            assert model.rowCount() == everyone - retired
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    names = item_models.texts(model, NAME)
    assert names == sorted(names, key=str.casefold)

    # a partner deleted, then back (what an undo does): their row goes and comes back
    pid = model.partner_id(0)
    row = model.find(pid)
    model.update_rows({pid: None})
    assert model.rowCount() == everyone - retired - 1 and model.row_of(pid) == -1
    model.update_rows({pid: row})
    assert model.row_of(pid) == 0

    model.set_rows([])
    assert model.rowCount() == 0 and model.total == 0


def test_what_a_row_shows_follows_the_partner_after_a_change(model):
    """Each value's text is formatted once and kept: a changed or reloaded row still shows its new values."""
    demo.generate(partners=12, referrals=60, seed=3)
    model.set_rows(ps.list_partners())
    pid = model.partner_id(0)
    row = model.row_of(pid)
    before = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert before[NAME] == Partner.get_by_id(pid).name
    stage, word = (
        (Stage.CREDIBILITY, "Credibility") if before[STAGE] == "Visibility" else (Stage.VISIBILITY, "Visibility")
    )

    Partner.update(name="Zoë Renamed", stage=stage).where(Partner.id == pid).execute()
    assert model.data(model.index(model.row_of(pid), NAME)) == before[NAME]  # not reloaded: as it was
    model.update_rows({pid: ps.partner_row(pid)})
    row = model.row_of(pid)
    assert model.data(model.index(row, NAME)) == "Zoë Renamed"
    assert model.data(model.index(row, STAGE)) == word
    assert "Zoë Renamed" in model.data(model.index(row, NAME), Qt.ItemDataRole.ToolTipRole)

    Partner.update(name="Zoë Reloaded").where(Partner.id == pid).execute()
    model.set_rows(ps.list_partners())
    assert model.data(model.index(model.row_of(pid), NAME)) == "Zoë Reloaded"
    assert model.data(model.index(-1, NAME)) is None  # no cell, no text
