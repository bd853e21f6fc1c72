"""The thank-you table's item model on a real database: empty, filled, one status, emptied again."""

from __future__ import annotations

import datetime as dt

import pytest

from refdesk.db.models import ThankStatus, ThankYou
from refdesk.services import demo, thanks
from refdesk.ui.thanks.models import COLUMNS, REFERRAL_DATE, STATUS, IdRole, ThanksTableModel
from tests.ui.common import item_models

TODAY = dt.date.today()


@pytest.fixture
def model(db, qapp, qtmodeltester) -> ThanksTableModel:
    """A thank-you model under the model tester, on an empty database."""
    model = ThanksTableModel()
    item_models.check(qtmodeltester, model)
    return model


def test_thanks_model_shows_the_thank_yous_there_are(model):
    model.set_rows(thanks.list_thank_yous(today=TODAY))
    assert model.rowCount() == 0

    demo.generate(partners=30, referrals=300, seed=5, today=TODAY)
    ThankYou.create(due_date=TODAY, recipient_name="Walk-in thanks")  # for no referral and no partner
    model.set_rows(thanks.list_thank_yous(today=TODAY))
    assert model.rowCount() == ThankYou.select().count()
    assert item_models.titles(model) == [c.title for c in COLUMNS]
    words = item_models.texts(model, STATUS)
    for status, start in ((ThankStatus.OWED, "To write"), (ThankStatus.WRITTEN, "Written"), (ThankStatus.SENT, "Sent")):
        listed = sum(1 for text in words if text.startswith(start))
        assert listed == ThankYou.select().where(ThankYou.status == status).count() > 0
    walk_in = model.row_of(ThankYou.get(ThankYou.recipient_name == "Walk-in thanks").id)
    assert model.data(model.index(walk_in, REFERRAL_DATE)) in ("", None)  # no referral, no date

    model.set_rows(thanks.list_thank_yous(ThankStatus.OWED, today=TODAY))
    owed = ThankYou.select().where(ThankYou.status == ThankStatus.OWED)
    assert {model.data(model.index(r, 0), IdRole) for r in range(model.rowCount())} == {t.id for t in owed}

    model.set_rows(thanks.list_thank_yous(text="zz-nobody-at-all", today=TODAY))
    assert model.rowCount() == 0  # empty after a filter
