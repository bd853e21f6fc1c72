"""Bad input never crashes and never half-imports; undo puts things back."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refdesk.db.models import ImportBatch, Partner, PartnerEmail, PartnerPhone, Referral
from refdesk.services.importer import (
    ImportCancelled,
    ImportRefused,
    UndoProblem,
    analyse,
    list_batches,
    run_import,
    undo_batch,
)
from refdesk.services.importer.reading import StrayQuote


def snapshot(database) -> list:
    """Every row of every table, in id order (works on SQLite and PostgreSQL)."""
    from refdesk.db.models import ALL_MODELS

    return [list(model.select().order_by(model.id).tuples()) for model in ALL_MODELS]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("empty.csv", "empty"),
        ("header_only.csv", "no contacts"),
        ("binary.csv", "not a text file"),
        ("spreadsheet_saved_as_csv.csv", "Save As"),
        ("bad_utf16.csv", "cannot be read"),
        ("no_usable_columns.csv", "No column"),
    ],
)
def test_refused_files_write_nothing(db, fixture, name, words):
    run_import(fixture("google.csv"))
    before = snapshot(db)
    with pytest.raises(ImportRefused, match=words):
        run_import(fixture(name))
    assert snapshot(db) == before


def test_ragged_rows_nul_and_unclosed_quote_are_row_messages(db, fixture):
    with pytest.raises(StrayQuote, match="Line 5 of ragged_and_broken.csv") as refused:
        run_import(fixture("ragged_and_broken.csv"))
    assert refused.value.line == 5 and Partner.select().count() == 0
    summary = run_import(
        fixture("ragged_and_broken.csv"), analysis=analyse(fixture("ragged_and_broken.csv"), literal_quotes=True)
    )
    by_row = {}
    for e in summary.errors:
        by_row.setdefault(e.row, []).append(e.message)
    assert "extra cell" in by_row[2][0]
    assert "missing ones were left empty" in by_row[3][0]
    assert "NUL" in by_row[4][0]
    assert "never closed" in " ".join(by_row[5])
    assert Partner.get(Partner.name == "Nina Nul").emails.get().email == "nina@nul.example"
    assert Partner.get(Partner.name == "Ulla Unclosed").emails.get().email == "ulla@unclosed.example"
    assert Partner.get(Partner.name == "Victor After").phones.get().phone == "555 4"
    assert summary.created == 5 and summary.skipped == 0


def test_a_one_megabyte_cell(db, write):
    path = write("big.csv", "Name,Email,Notes\nBig Cell,big@cell.example," + "x" * 1_048_576 + "\nAfter,a@b.example,\n")
    summary = run_import(path)
    assert summary.created == 2
    assert len(Partner.get(Partner.name == "Big Cell").notes) == 20_000
    assert any("1,048,576 characters" in e.message for e in summary.errors)


def test_cancel_leaves_nothing(db, fixture, tmp_path):
    from tests.services.importer.generate import write_google_csv

    run_import(fixture("google.csv"))
    before = snapshot(db)
    path = write_google_csv(tmp_path / "big.csv", 3000)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(ImportCancelled):
        run_import(path, cancelled=cancelled)
    assert snapshot(db) == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.lists(
            st.sampled_from(
                [
                    b"Name",
                    b"Email",
                    b",",
                    b";",
                    b"\t",
                    b"\n",
                    b"\r\n",
                    b'"',
                    b"a@b.c",
                    b"\x00",
                    b"\xff\xfe",
                    b"\xef\xbb\xbf",
                    b"sep=;",
                    b"BEGIN:VCARD\n",
                    b"END:VCARD\n",
                    b"FN:x\n",
                    b"=1+1",
                    b"\xe9",
                    b"Okafor, Amara",
                ]
            ),
            max_size=40,
        ).map(b"".join),
    )
)
def test_any_bytes_give_a_summary_or_a_clear_refusal(db, tmp_path, data):
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    before = (
        Partner.select().count(),
        PartnerEmail.select().count(),
        PartnerPhone.select().count(),
        ImportBatch.select().count(),
    )
    try:
        summary = run_import(path)
    except ImportRefused as exc:
        assert str(exc) and len(str(exc)) > 20
        after = (
            Partner.select().count(),
            PartnerEmail.select().count(),
            PartnerPhone.select().count(),
            ImportBatch.select().count(),
        )
        assert after == before
        return
    assert summary.rows >= 1
    assert summary.created + summary.merged + summary.skipped == summary.rows
    assert Partner.select().count() == before[0] + summary.created
    # clean up so every example starts from the same database
    if summary.batch_id:
        undo_batch(summary.batch_id)
        ImportBatch.delete().execute()


def test_undo_removes_created_and_reverts_merged(db, write):
    first = run_import(write("a.csv", "Name,Email,Phone\nBo Ek,bo@ek.example,555 1\n"))
    bo = Partner.get(Partner.name == "Bo Ek")
    before = {"company": bo.company, "emails": ["bo@ek.example"], "phones": ["555 1"]}
    second = run_import(
        write(
            "b.csv",
            "Name,Business,Email,Phone\nBo Ek,Ek Movers,bo@ek.example;b2@ek.example,"
            "555 2\nNew Person,New Co,new@p.example,\n",
        )
    )
    assert (second.created, second.merged) == (1, 1)
    result = undo_batch(second.batch_id)
    assert (result.removed, result.reverted) == (1, 1)
    bo = Partner.get(Partner.name == "Bo Ek")
    assert bo.company == before["company"]
    assert [e.email for e in bo.emails] == before["emails"]
    assert [p.phone for p in bo.phones] == before["phones"]
    assert not Partner.select().where(Partner.name == "New Person").exists()
    batches = list_batches()
    assert batches[0].id == second.batch_id and batches[0].undone_at is not None
    assert batches[1].id == first.batch_id and batches[1].undone_at is None
    with pytest.raises(UndoProblem, match="already undone"):
        undo_batch(second.batch_id)


def test_undo_keeps_partners_in_use_and_values_edited_since(db, write):
    run_import(write("a.csv", "Name,Email\nBo Ek,bo@ek.example\n"))
    second = run_import(
        write("b.csv", "Name,Business,Email\nBo Ek,Ek Movers,bo@ek.example\nUsed Person,,u@p.example\n")
    )
    bo = Partner.get(Partner.name == "Bo Ek")
    bo.company = "Ek Removals (edited)"
    bo.save()
    used = Partner.get(Partner.name == "Used Person")
    Referral.create(date=dt.date.today(), direction="given", partner=used)
    result = undo_batch(second.batch_id)
    assert result.kept == ["Used Person"]
    assert Partner.get(Partner.name == "Bo Ek").company == "Ek Removals (edited)"
    assert Partner.select().where(Partner.name == "Used Person").exists()


def test_unclosed_quote_without_nul_bytes(db, write):
    path = write("q.csv", 'Name,Email\nAnn Lee,ann@lee.example\nBo Ek,"bo@ek.example\nCy Oh,cy@oh.example\n')
    with pytest.raises(StrayQuote, match="Line 3 of q.csv"):
        run_import(path)
    summary = run_import(path, analysis=analyse(path, literal_quotes=True))
    assert any(e.row == 3 and "never closed" in e.message for e in summary.errors)
    assert (summary.created, summary.skipped) == (3, 0)


def test_an_unclosed_quote_in_the_last_notes_is_still_one_row_message(db, write):
    """A quote running to the end over lines that are not rows (no email, no row of cells) is a broken row."""
    summary = run_import(write("n.csv", 'Name,Email,Notes\nAnn Lee,ann@lee.example,"met at\nthe fair\n'))
    assert any(e.row == 2 and "never closed" in e.message and "2 lines" in e.message for e in summary.errors)
    assert (summary.created, summary.skipped) == (0, 1)


def test_blank_rows_are_not_counted(db, write):
    summary = run_import(write("b.csv", "Name,Email\n\nAnn Lee,ann@lee.example\n,\n  ,  \n"))
    assert (summary.rows, summary.created, summary.skipped) == (1, 1, 0)
