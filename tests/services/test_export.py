"""Export: a zip with one CSV per table and one JSON file; the JSON loads back into an empty database."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import os
import stat
import zipfile
from decimal import Decimal

import pytest

from refdesk import paths
from refdesk.db import database
from refdesk.db.models import (
    ALL_MODELS,
    Direction,
    Partner,
    PartnerPhone,
    Referral,
    ReferralStatus,
    ThankStatus,
    ThankYou,
)
from refdesk.services import demo
from refdesk.services.export import (
    CSV_NAMES,
    JSON_NAME,
    ExportCancelled,
    ExportError,
    export_all,
    import_json,
    neutralise,
)

NASTY = ['=HYPERLINK("http://evil","click")', "+1 555 0100", "-2+3", "@SUM(A1:A2)", "\tTAB", "plain"]


def dump_all() -> dict[str, list[tuple]]:
    """Every row of every table, as stored."""
    out = {}
    for model in ALL_MODELS:
        fields = model._meta.sorted_fields
        out[model._meta.table_name] = list(model.select(*fields).order_by(model.id).tuples())
    return out


def read_csv(zf: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    with zf.open(name) as fh:
        return list(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")))


@pytest.fixture
def filled(db):
    demo.generate(partners=25, referrals=120, seed=7)
    p = Partner.create(
        name=NASTY[0], company=NASTY[3], notes='Ünïcode ✓ and "quotes",\ncommas and lines', tags=NASTY[2]
    )
    PartnerPhone.create(partner=p, phone=NASTY[1])
    r = Referral.create(
        date=dt.date(2024, 2, 29),
        direction=Direction.RECEIVED,
        partner=p,
        prospect_name=NASTY[4],
        status=ReferralStatus.WON,
        closed_value=Decimal("1234.50"),
        follow_up_date=None,
    )
    ThankYou.create(
        partner=p,
        referral=r,
        amount=Decimal("0.10"),
        due_date=dt.date(2024, 3, 2),
        status=ThankStatus.SENT,
        note="=1+1",
    )
    # deleting a row leaves a gap in the ids: the round trip must keep ids, not renumber
    Partner.create(name="Gone").delete_instance()
    return db


def test_zip_has_one_csv_per_table_and_a_json(filled, tmp_path):
    target = tmp_path / "out.zip"
    counts = export_all(target)
    with zipfile.ZipFile(target) as zf:
        names = set(zf.namelist())
        assert set(CSV_NAMES.values()) <= names
        assert JSON_NAME in names
        for model, name in CSV_NAMES.items():
            rows = read_csv(zf, name)
            assert len(rows) == model.select().count() == counts[model._meta.table_name]
        doc = json.loads(zf.read(JSON_NAME).decode("utf-8"))
    assert doc["format"] == "refdesk-export"
    assert doc["counts"] == counts
    assert len(doc["tables"]["referral"]) == Referral.select().count()
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_export_is_readable_by_the_user_only(filled, tmp_path):
    target = tmp_path / "out.zip"
    export_all(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # names, emails, phones and addresses


def test_formulas_are_neutralised_in_csv_but_kept_in_json(filled, tmp_path):
    target = tmp_path / "out.zip"
    export_all(target)
    with zipfile.ZipFile(target) as zf:
        partners = {row["id"]: row for row in read_csv(zf, "partners.csv")}
        phones = read_csv(zf, "partner_phones.csv")
        referrals = read_csv(zf, "referrals.csv")
        thanks = read_csv(zf, "thank_yous.csv")
        doc = json.loads(zf.read(JSON_NAME))
    nasty = next(row for row in partners.values() if "HYPERLINK" in row["name"])
    assert nasty["name"] == "'" + NASTY[0]
    assert nasty["company"] == "'@SUM(A1:A2)"
    assert nasty["tags"] == "'-2+3"
    assert nasty["notes"].startswith("Ünïcode ✓") and "\ncommas" in nasty["notes"]
    assert any(row["phone"] == "'+1 555 0100" for row in phones)
    assert any(row["prospect_name"] == "'\tTAB" for row in referrals)
    assert any(row["note"] == "'=1+1" for row in thanks)
    # every text cell, in every file: nothing a spreadsheet would run
    with zipfile.ZipFile(target) as zf:
        for name in CSV_NAMES.values():
            for row in read_csv(zf, name):
                for value in row.values():
                    assert not value.startswith(("=", "+", "@", "\t")), (name, value)
                    assert not value.startswith("-") or value.lstrip("-").replace(".", "").isdigit(), (name, value)
    # the JSON keeps the real text
    assert any(r["name"] == NASTY[0] for r in doc["tables"]["partner"])
    won = next(r for r in doc["tables"]["referral"] if r["prospect_name"] == NASTY[4])
    assert (
        Decimal(won["closed_value"]) == Decimal("1234.50") and won["status"] == "won" and won["follow_up_date"] is None
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("=1+1", "'=1+1"),
        ("+44", "'+44"),
        ("-x", "'-x"),
        ("@A1", "'@A1"),
        ("\rX", "'\rX"),
        ("a=b", "a=b"),
        ("", ""),
        ("'already", "'already"),
    ],
)
def test_neutralise(text, expected):
    assert neutralise(text) == expected


def test_round_trip_into_an_empty_database_gives_the_same_data(filled, tmp_path):
    before = dump_all()
    target = tmp_path / "out.zip"
    export_all(target)
    filled.close()
    other = tmp_path / "other"
    other.mkdir()
    handle = database.open_database(paths.sqlite_url(other / "refdesk.db"))
    try:
        loaded = import_json(target)
        assert loaded == {name: len(rows) for name, rows in before.items()}
        assert dump_all() == before
        # the new database keeps working: the next partner gets a fresh id
        new = Partner.create(name="After the move")
        assert new.id > max(row[0] for row in before["partner"])
    finally:
        handle.close()


def test_import_from_the_bare_json_file_too(filled, tmp_path):
    before = dump_all()
    target = tmp_path / "out.zip"
    export_all(target)
    json_path = tmp_path / "data.json"
    json_path.write_bytes(zipfile.ZipFile(target).read(JSON_NAME))
    filled.close()
    handle = database.open_database(paths.sqlite_url(tmp_path / "fresh.db"))
    try:
        import_json(json_path)
        assert dump_all() == before
    finally:
        handle.close()


def test_import_refuses_a_database_that_has_data(filled, tmp_path):
    target = tmp_path / "out.zip"
    export_all(target)
    before = dump_all()
    with pytest.raises(ExportError, match="only be loaded into an empty database"):
        import_json(target)
    assert dump_all() == before


def test_import_refuses_files_that_are_not_exports(db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}')
    with pytest.raises(ExportError, match="not a RefDesk export"):
        import_json(bad)
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(b"\xff\xfe not json")
    with pytest.raises(ExportError, match="not a RefDesk export"):
        import_json(garbage)
    half = tmp_path / "half.json"
    half.write_text(
        json.dumps(
            {
                "format": "refdesk-export",
                "format_version": 1,
                "schema_version": 1,
                "tables": {"partner": [{"id": 1, "name": "A", "stage": "no-such-stage"}]},
            }
        )
    )
    with pytest.raises(ExportError, match="cannot read"):
        import_json(half)
    assert Partner.select().count() == 0  # nothing half-loaded


def test_empty_database_exports_headers_only(db, tmp_path):
    target = tmp_path / "empty.zip"
    counts = export_all(target)
    assert sum(counts.values()) == 0
    with zipfile.ZipFile(target) as zf:
        header = zf.read("partners.csv").decode("utf-8-sig").splitlines()
    assert header[0].startswith("id,") and len(header) == 1


def test_progress_is_reported_and_cancel_leaves_no_file(filled, tmp_path):
    seen = []
    export_all(tmp_path / "a.zip", progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    target = tmp_path / "b.zip"
    with pytest.raises(ExportCancelled):
        export_all(target, cancelled=lambda: True)
    assert not target.exists() and not list(tmp_path.glob("b.zip*"))


def test_full_disk_leaves_no_partial_file_and_keeps_an_older_export(filled, tmp_path, monkeypatch):
    target = tmp_path / "out.zip"
    target.write_bytes(b"last week's export")
    real_write = zipfile.ZipFile.writestr

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    with pytest.raises(ExportError, match="The disk is full"):
        export_all(target)
    monkeypatch.setattr(zipfile.ZipFile, "writestr", real_write)
    assert target.read_bytes() == b"last week's export"
    assert not list(tmp_path.glob("*.partial"))


def test_missing_folder_is_explained(db, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_all(tmp_path / "nowhere" / "out.zip")


@pytest.mark.sqlite_only
def test_cli_export_contract(db, data_dir, tmp_path):
    from tests.conftest import run_refdesk

    Partner.create(name="=cmd|' /C calc'!A0")
    db.close()
    target = tmp_path / "cli.zip"
    result = run_refdesk("--data-dir", str(data_dir), "export", str(target))
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout and "1 partner" in result.stdout
    with zipfile.ZipFile(target) as zf:
        assert read_csv(zf, "partners.csv")[0]["name"] == "'=cmd|' /C calc'!A0"
    result = run_refdesk("--data-dir", str(data_dir), "export", str(tmp_path / "missing" / "x.zip"))
    assert result.returncode == 2
    assert result.stderr.startswith("refdesk: ") and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.sqlite_only  # two data folders: two SQLite files
def test_cli_import_json_round_trip(db, data_dir, tmp_path):
    from tests.conftest import run_refdesk

    Partner.create(name="Carried over")
    db.close()
    target = tmp_path / "cli.zip"
    assert run_refdesk("--data-dir", str(data_dir), "export", str(target)).returncode == 0
    fresh = tmp_path / "fresh"
    result = run_refdesk("--data-dir", str(fresh), "import-json", str(target))
    assert result.returncode == 0, result.stderr
    again = run_refdesk("--data-dir", str(fresh), "import-json", str(target))
    assert again.returncode == 2 and "empty database" in again.stderr
    info = run_refdesk("--data-dir", str(fresh), "info", "--json")
    assert json.loads(info.stdout)["counts"]["partners"] == 1


def _cells_agree_with_peewee() -> int:
    """Each table's cells and JSON values as the export writes them, against peewee's own conversions."""
    from refdesk.services import export

    checked = 0
    for model in CSV_NAMES:
        fields = model._meta.sorted_fields
        converted = list(model.select(*fields).order_by(model.id).tuples())
        raw = list(export._raw_rows(model))
        cells, record = export._csv_cells(model), export._json_values(model)
        assert len(raw) == len(converted)
        for stored, values in zip(raw, converted, strict=True):
            assert cells(stored) == [export.csv_cell(v) for v in values]
            assert record(stored) == {f.column_name: export.json_value(v) for f, v in zip(fields, values, strict=True)}
            checked += 1
    return checked


def test_fast_cells_write_what_peewee_conversions_write(filled):
    """The export reads stored values and skips peewee's conversions; each cell must come out the same."""
    assert _cells_agree_with_peewee() > 300


@pytest.mark.sqlite_only
def test_fast_cells_write_what_peewee_writes_for_hand_edited_values(filled):
    """Values no RefDesk writes but a hand-edited SQLite file might hold: peewee's own reading decides."""
    from refdesk.db.database import db as handle

    handle.execute_sql(
        "UPDATE referral SET date = '2024-2-9', created_at = '2024-02-09T10:11:12', "
        "updated_at = '2024-02-09 10:11:12.000000', follow_up_date = '2024-02-11 00:00:00', "
        "notes = '-1' WHERE id = (SELECT MIN(id) FROM referral)"
    )
    handle.execute_sql(
        "UPDATE thank_you SET written_date = 'soon', amount = 12 WHERE id = (SELECT MIN(id) FROM thank_you)"
    )
    assert _cells_agree_with_peewee() > 300


def _written(rows) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


@pytest.mark.sqlite_only
def test_cells_worked_out_by_sqlite_are_the_python_ones(filled):
    """On SQLite the export takes each table's cells and JSON records from the query itself; they must
    be what the Python functions (held to peewee's conversions above) write, table by table."""
    from refdesk.services import export

    for model in CSV_NAMES:
        forms = export._InSql.for_table(model)
        assert forms is not None, model  # the fast path is taken for everything RefDesk writes
        python_cells = [export._csv_cells(model)(row) for row in export._raw_rows(model)]
        sql_cells = [cell for batch in forms.csv_batches() for cell in batch]
        assert _written(sql_cells) == _written(python_cells), model
        record = export._json_values(model)
        python_records = [record(row) for row in export._raw_rows(model)]
        sql_records = [json.loads(text) for batch in forms.json_batches() for text in batch]
        assert sql_records == python_records, model


@pytest.mark.sqlite_only
def test_a_table_with_values_written_by_hand_is_exported_through_python(filled, tmp_path):
    """A value outside what SQLite's forms cover (a date "2024-2-9", a time with microseconds, a choice
    RefDesk does not know) sends its table to the Python functions; the files say the same."""
    from refdesk.db.database import db as handle
    from refdesk.services import export

    handle.execute_sql(
        "UPDATE referral SET date = '2024-2-9', updated_at = '2024-02-09 10:11:12.000001' "
        "WHERE id = (SELECT MIN(id) FROM referral)"
    )
    handle.execute_sql("UPDATE thank_you SET amount = 0.30000000000000004 WHERE id = (SELECT MIN(id) FROM thank_you)")
    assert export._InSql.for_table(Referral) is None
    assert export._InSql.for_table(ThankYou) is None
    assert export._InSql.for_table(Partner) is not None
    export_all(tmp_path / "out.zip")
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        referrals = read_csv(zf, CSV_NAMES[Referral])
        thanks = read_csv(zf, CSV_NAMES[ThankYou])
        document = json.loads(zf.read(JSON_NAME))
    first = min(referrals, key=lambda r: int(r["id"]))
    assert first["date"] == "2024-02-09" and first["updated_at"] == "2024-02-09 10:11:12.000001"
    assert min(thanks, key=lambda r: int(r["id"]))["amount"] == "0.30000000000000004"
    assert document["tables"]["referral"][0]["date"] == "2024-02-09"
    assert len(document["tables"]["partner"]) == Partner.select().count()
