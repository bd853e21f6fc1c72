"""The referral log's item model on a real database: empty, filled a batch at a time, filtered,
sorted, and jumped to a far row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from refdesk.db.models import Direction, Referral
from refdesk.services import demo
from refdesk.services import referrals as svc
from refdesk.ui.referrals.models import COLUMNS, DATE, DIRECTION, ID_ROLE, ReferralTableModel
from tests.ui.common import item_models

BATCH = 40  # small batches, so the demo data takes several fetches


@pytest.fixture
def model(db, qapp, qtmodeltester, monkeypatch) -> ReferralTableModel:
    """A referral model under the model tester, on an empty database."""
    monkeypatch.setattr(ReferralTableModel, "BATCH", BATCH)
    model = ReferralTableModel()
    item_models.check(qtmodeltester, model)
    return model


def fetch_all(model: ReferralTableModel) -> None:
    while model.canFetchMore():
        model.fetchMore()


def test_referral_model_lists_every_referral_a_batch_at_a_time(model):
    model.reload()
    assert model.rowCount() == 0 and not model.canFetchMore()

    demo.generate(partners=20, referrals=200, seed=5)
    model.reload()
    total = Referral.select().count()
    # a few batches (the tester fetches more too), not all
    assert model.rowCount() < total and model.rowCount() % BATCH == 0 and model.canFetchMore()
    assert item_models.titles(model) == [c.title for c in COLUMNS]
    fetch_all(model)
    assert model.rowCount() == total == svc.count_referrals()
    ids = [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)  # each referral once, however many batches
    dates = [model.referral(r).date for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)  # newest first

    model.set_filter(svc.ReferralFilter(direction=Direction.RECEIVED))
    fetch_all(model)
    assert model.rowCount() == Referral.select().where(Referral.direction == Direction.RECEIVED).count()
    assert set(item_models.texts(model, DIRECTION)) == {"Received"}

    model.set_filter(svc.ReferralFilter(text="zz-nobody-at-all"))
    assert model.rowCount() == 0 and not model.canFetchMore()  # empty after a filter

    model.set_filter(svc.ReferralFilter())
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder if column % 2 else Qt.SortOrder.AscendingOrder)
        assert model.rowCount() < total and model.rowCount() % BATCH == 0
    model.sort(DATE, Qt.SortOrder.AscendingOrder)
    oldest = Referral.select().order_by(Referral.date, Referral.id).first()
    assert model.referral(0).date == oldest.date

    # jumping to a referral far down the list (Show on the Referrals page) loads the rows up to it
    last = total - 1
    model.ensure_loaded(last)
    assert model.rowCount() == last + 1 and model.referral(last) is not None


def test_asking_for_more_while_a_batch_comes_in_loads_it_once(db, qapp, monkeypatch):
    """A view or proxy may ask for more as soon as it hears rows are coming (the model tester does):
    the batch on its way is not fetched a second time."""
    monkeypatch.setattr(ReferralTableModel, "BATCH", 10)
    demo.generate(partners=5, referrals=35, seed=2)
    model = ReferralTableModel()
    model.reload()
    asked = []
    model.rowsAboutToBeInserted.connect(lambda *_: asked.append(model.canFetchMore()) or model.fetchMore())
    fetch_all(model)
    ids = [model.referral(r).id for r in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == Referral.select().count() == 35
    assert asked and not any(asked)  # nothing more to fetch until the rows on their way are in
