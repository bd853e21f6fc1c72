"""The Backups dialog's item model on real backups of a real database: none, some, one damaged."""

from __future__ import annotations

import datetime as dt

from refdesk import paths
from refdesk.db.models import Partner, Referral
from refdesk.services import demo
from refdesk.services.backup import COUNTED_TABLES, backup_counts, list_backups, make_backup
from refdesk.ui.backups.dialog import BackupsModel
from tests.ui.common import item_models

DAY = dt.datetime(2025, 3, 14, 9, 30)


def rows(folder):
    return [(info, backup_counts(info.path)) for info in list_backups(folder)]


def test_backups_model_lists_each_backup_with_what_it_holds(db, qapp, data_dir, qtmodeltester):
    folder = paths.backup_dir(data_dir)
    database = data_dir / paths.DATABASE_FILE
    model = BackupsModel()
    item_models.check(qtmodeltester, model)
    model.set_rows(rows(folder))
    assert model.rowCount() == 0

    demo.generate(partners=20, referrals=120, seed=5)
    make_backup(database, folder, now=DAY)
    Partner.create(name="Added after the first backup")
    make_backup(database, folder, now=DAY + dt.timedelta(days=1))
    damaged = make_backup(database, folder, now=DAY + dt.timedelta(days=2))
    damaged.write_bytes(b"not a database")
    model.set_rows(rows(folder))
    assert model.rowCount() == 3
    assert item_models.titles(model)[3:] == list(COUNTED_TABLES.values())
    partners, referrals = 3, 4  # the columns after Taken, Kind and Size
    newest_first = [model.backup(r).taken for r in range(model.rowCount())]
    assert newest_first == sorted(newest_first, reverse=True)
    assert model.data(model.index(0, partners)) == "damaged" and model.counts(0) is None
    assert model.data(model.index(1, partners)) == f"{Partner.select().count():,}"
    assert model.data(model.index(2, partners)) == f"{Partner.select().count() - 1:,}"
    assert model.data(model.index(2, referrals)) == f"{Referral.select().count():,}"

    model.set_rows([])
    assert model.rowCount() == 0
