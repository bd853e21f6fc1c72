"""insert_rows: the fast bulk path keeps every value exactly (NULL vs empty, quotes, newlines, decimals)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from refdesk.db.bulk import insert_rows
from refdesk.db.database import db as proxy
from refdesk.db.models import Direction, Partner, Referral, ReferralStatus


def test_awkward_values_round_trip(db):
    partner = Partner.create(name="P")
    fields = [
        Referral.date,
        Referral.direction,
        Referral.partner,
        Referral.prospect_name,
        Referral.notes,
        Referral.closed_value,
        Referral.follow_up_date,
        Referral.follow_up_done,
        Referral.status,
    ]
    texts = ["", 'say "hi", then leave', "two\nlines\r\nand a tab\t", "back\\slash \\N", "Zoë — ünïcode ✓"]
    rows = []
    for i, text in enumerate(texts):
        rows.append(
            (
                dt.date(2026, 1, i + 1).isoformat(),
                Direction.GIVEN.value,
                partner.id,
                text,
                text,
                Decimal("1234.50") if i % 2 else None,
                None if i % 2 else dt.date(2026, 2, 1).isoformat(),
                bool(i % 2),
                ReferralStatus.WON.value,
            )
        )
    with proxy.atomic():
        assert insert_rows(Referral, fields, rows) == len(texts)
    got = list(Referral.select().order_by(Referral.date))
    assert [r.prospect_name for r in got] == texts
    assert [r.notes for r in got] == texts
    assert [r.closed_value for r in got] == [None, Decimal("1234.50")] * 2 + [None]
    assert [r.follow_up_date for r in got][:2] == [dt.date(2026, 2, 1), None]
    assert [r.follow_up_done for r in got] == [False, True, False, True, False]
    assert all(r.version == 1 and r.created_at is not None for r in got)  # defaults filled in
    assert got[0].status is ReferralStatus.WON


def test_postgres_takes_the_copy_path(db, monkeypatch):
    from peewee import PostgresqlDatabase

    from refdesk.db import bulk

    calls = []
    real = bulk._copy_rows
    monkeypatch.setattr(bulk, "_copy_rows", lambda *a, **k: calls.append(1) or real(*a, **k))
    with proxy.atomic():
        insert_rows(Partner, [Partner.name], [("A",), ("B",)])
    assert Partner.select().count() == 2
    assert bool(calls) == isinstance(proxy.obj, PostgresqlDatabase)


@pytest.mark.sqlite_only
def test_an_import_has_the_larger_page_cache_and_gives_it_back(db, tmp_path, monkeypatch):
    """Every connection keeps 8 MB of pages (memory: each worker has one); an import's has 32 MB while
    its rows go in, then 8 MB again."""
    from refdesk.db.database import BULK_CACHE_SIZE, SQLITE_PRAGMAS
    from refdesk.services.importer import run_import

    def cache() -> int:
        return db.execute_sql("PRAGMA cache_size").fetchone()[0]

    assert cache() == SQLITE_PRAGMAS["cache_size"] == -8000
    from refdesk.services.importer import engine

    seen = []
    real = engine.known_partners

    def watching():  # (read once the import's transaction has begun)
        seen.append(cache())
        return real()

    monkeypatch.setattr(engine, "known_partners", watching)
    path = tmp_path / "contacts.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Value\nAda,Okafor,ada@example.org\n", encoding="utf-8")
    run_import(path)
    assert seen == [BULK_CACHE_SIZE] and cache() == -8000
