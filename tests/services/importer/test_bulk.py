"""Big imports: indexes set aside and rebuilt, planner statistics refreshed — and the same rows as ever."""

from __future__ import annotations

import csv

import pytest

from refdesk.db.database import db, is_sqlite
from refdesk.db.models import ImportBatch, Partner, PartnerEmail, PartnerPhone
from refdesk.services.importer import ImportCancelled, ImportRefused, Options, run_import
from refdesk.services.importer import engine as engine_module
from refdesk.services.importer import writer as writer_module
from tests.services.importer import generate
from tests.services.importer.generate import write_google_csv


def indexes() -> dict[str, str]:
    """The partner tables' indexes (name: definition) on either database."""
    if is_sqlite():
        rows = db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
            "tbl_name IN ('partner', 'partner_email', 'partner_phone')"
        ).fetchall()
    else:
        rows = db.execute_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND "
            "tablename IN ('partner', 'partner_email', 'partner_phone')"
        ).fetchall()
    return dict(rows)


def statistics() -> list[tuple]:
    if not db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        return []
    return db.execute_sql("SELECT tbl, idx FROM sqlite_stat1 WHERE tbl = 'partner'").fetchall()


@pytest.fixture
def small_batches(monkeypatch):
    """Bulk mode from 300 expected partners on, batches of 50 rows, progress every 10 rows."""
    monkeypatch.setattr(writer_module, "BULK_ROWS", 300)
    monkeypatch.setattr(writer_module, "FLUSH_EVERY", 50)
    monkeypatch.setattr(engine_module, "REPORT_EVERY", 10)


def test_a_big_import_rebuilds_the_indexes_it_set_aside(db, tmp_path, small_batches):
    before = indexes()
    seen_during: list[set[str]] = []
    path = write_google_csv(tmp_path / "big.csv", 600)
    summary = run_import(path, progress=lambda *_: seen_during.append(set(indexes())))
    assert summary.created == 600 and not summary.errors
    # Part-way through, the text indexes were gone but the partner_id ones (the import's own lookups) stayed.
    during = seen_during[len(seen_during) // 2]
    assert "partner_name" not in during and "partneremail_email" not in during
    assert {"partneremail_partner_id", "partnerphone_partner_id"} <= during
    assert indexes() == before  # every index back, defined exactly as before
    if is_sqlite():
        assert db.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
        plan = " ".join(
            str(r)
            for r in db.execute_sql(
                "EXPLAIN QUERY PLAN SELECT partner_id FROM partner_email WHERE email = 'x@y.example'"
            ).fetchall()
        )
        assert "partneremail_email" in plan
    assert (Partner.select().count(), PartnerEmail.select().count(), PartnerPhone.select().count()) == (600, 800, 600)
    assert run_import(path).created == 0  # and the rebuilt indexes serve the next import


def test_cancelling_a_big_import_leaves_the_indexes_and_no_rows(db, tmp_path, small_batches):
    before = indexes()
    path = write_google_csv(tmp_path / "big.csv", 600)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 40  # row 410: well after the indexes were dropped

    with pytest.raises(ImportCancelled):
        run_import(path, cancelled=cancelled)
    assert indexes() == before
    assert Partner.select().count() == 0 and ImportBatch.select().count() == 0


def test_a_small_import_into_a_big_database_keeps_its_indexes(db, tmp_path, small_batches):
    run_import(write_google_csv(tmp_path / "first.csv", 400, seed=1))
    seen_during: list[set[str]] = []
    # 100 new rows against 400 partners: not worth rebuilding the indexes of the whole table.
    summary = run_import(
        write_google_csv(tmp_path / "second.csv", 100, seed=2), progress=lambda *_: seen_during.append(set(indexes()))
    )
    assert summary.created == 100
    assert all("partner_name" in s for s in seen_during)


def test_rows_merge_into_partners_created_batches_earlier(db, tmp_path, small_batches):
    people = list(generate.rows(400, seed=9))
    first = people[0]
    merged = list(first)
    merged[11] = first[11].split(" ::: ")[0].upper()  # the first row's email, in capitals…
    merged[15] = "+1 555 999 9999"  # …with a new phone: merged into a partner written batches ago
    flagged = [
        "Someone",
        "",
        "Else",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "s@x.example",
        "",
        "",
        "",
        people[3][15],
        "",
        "",
        "",
        "",
    ]  # row 403 shares row 5's phone: flagged…
    separate = [
        "Another",
        "",
        "One",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "a@x.example",
        "",
        "",
        "",
        people[4][15],
        "",
        "",
        "",
        "",
    ]  # …row 404 too, but the user said "separate"
    path = tmp_path / "many.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([generate.HEADER, *people, merged, flagged, separate])
    summary = run_import(path, options=Options(decisions={404: "separate"}))
    assert (summary.created, summary.merged) == (402, 1)
    partner = Partner.get(Partner.id == 1)
    assert [p.phone for p in partner.phones.order_by(PartnerPhone.position)] == [first[15], "+1 555 999 9999"]
    assert Partner.get(Partner.name == "Someone Else").possible_duplicate_of_id == 4
    assert Partner.get(Partner.name == "Another One").possible_duplicate_of_id is None
    assert [d.row for d in summary.duplicates if d.name in ("Someone Else", "Another One")] == [403]


@pytest.mark.sqlite_only  # reads SQLite's sqlite_stat1
def test_statistics_refreshed_after_a_large_import_only(db, write, tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "REFRESH_AFTER", 50)
    run_import(write_google_csv(tmp_path / "small.csv", 49, seed=3))
    run_import(write_google_csv(tmp_path / "dry.csv", 80, seed=4), dry_run=True)
    assert statistics() == []
    run_import(write_google_csv(tmp_path / "large.csv", 60, seed=5))
    assert ("partner", "partner_name") in statistics()


def test_on_postgresql_a_big_import_keeps_the_indexes_while_someone_else_is_connected(db, tmp_path, small_batches):
    if is_sqlite():
        pytest.skip("PostgreSQL: dropping an index would lock teammates out until the import commits")
    from refdesk.db.database import db as handle

    teammate = type(handle.obj)(handle.obj.database, **handle.obj.connect_params)  # a second client
    teammate.connect()
    try:
        seen_during: list[set[str]] = []
        summary = run_import(
            write_google_csv(tmp_path / "big.csv", 600), progress=lambda *_: seen_during.append(set(indexes()))
        )
        assert summary.created == 600
        assert all("partner_name" in during for during in seen_during)  # never dropped
        assert teammate.execute_sql("SELECT count(*) FROM partner").fetchone() == (600,)
    finally:
        teammate.close()


def test_the_cycle_collector_rests_during_an_import_and_is_back_after(db, tmp_path, small_batches):
    """Paused while the rows go in (it walked the growing index over and over), on again after an import,
    a refused one and a cancelled one, left off when it was off; the rows leave no cycles behind meanwhile."""
    import gc

    path = write_google_csv(tmp_path / "big.csv", 600)
    seen: list[bool] = []
    gc.collect()
    assert run_import(path, progress=lambda *_: seen.append(gc.isenabled())).created == 600
    assert seen and not any(seen) and gc.isenabled()
    gc.disable()
    try:
        uncollected = gc.collect()
        assert run_import(path).created == 0 and not gc.isenabled()
    finally:
        gc.enable()
    assert uncollected < 200  # what the first import left for the collector: a few objects, not some per row
    empty = tmp_path / "empty.csv"
    empty.write_text("Name,E-mail 1 - Value\n", encoding="utf-8")
    with pytest.raises(ImportRefused):
        run_import(empty)
    assert gc.isenabled()
    with pytest.raises(ImportCancelled):
        run_import(path, cancelled=lambda: True)
    assert gc.isenabled()
