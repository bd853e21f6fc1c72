"""A worker thread's own connection (the Partners page's background loader) on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

from refdesk.db import database
from refdesk.services import partners as ps


def test_worker_database_lists_the_same_partners_from_another_thread(db):
    for name in ("Al One", "Bea Two", "Cat Three"):
        ps.create_partner(ps.PartnerData(name=name, emails=[(f"{name.split()[0].lower()}@x.example", "")]))
    worker = database.worker_database()
    assert worker is not None and worker is not database.db.obj and worker.is_closed()
    result: list = []
    thread = threading.Thread(target=lambda: result.append(ps.list_partners_with(worker)))
    thread.start()
    thread.join(30)
    assert result and sorted(result[0]) == sorted(ps.list_partners())
    assert worker.is_closed()
    assert ps.count_partners() == 3  # the application's connection still works
