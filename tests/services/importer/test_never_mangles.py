"""An import never changes people's data without a word: mixed encodings, stray quotes, lossy
spellings, rows recognised by name and business, and vCards bounded in memory and time."""

from __future__ import annotations

import os
import random
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refdesk.db.models import Partner, PartnerEmail, PartnerPhone
from refdesk.services.importer import EncodingUnsure, ImportRefused, StrayQuote, analyse, run_import, undo_batch
from refdesk.services.importer.dedup import lossy, merge_changes
from refdesk.services.importer.vcard import MAX_CARD_LINES, MAX_VCARD_LINE

NAMES = ["José Álvarez", "Renée Ödegaard", "François Müller", "Björn Ångström", "Zoë Brontë", "Iñigo Muñoz"]
PLAIN = ["Ada Quill", "Bram Stokely", "Cy Oh", "Dana Reyes", "Eli Park"]


def names_and_emails() -> dict[str, str]:
    return {p.name: p.emails.get().email for p in Partner.select()}


def mixed_file(seed: int) -> tuple[bytes, dict[str, str], set[int]]:
    """Mostly UTF-8, a few lines in Windows-1252 (two spreadsheets pasted together)."""
    rng = random.Random(seed)
    lines = [b"Name,Email,Company\n"]
    expected, fallback = {}, set()
    for i in range(rng.randint(5, 40)):
        name = rng.choice(NAMES + PLAIN) + f" {i}"
        email = f"p{i}@example.net"
        line = f"{name},{email},Firm {i}\n"
        cp1252 = i > 0 and rng.random() < 0.2 and not name.isascii()
        lines.append(line.encode("cp1252" if cp1252 else "utf-8"))
        if cp1252:
            fallback.add(len(lines))
        expected[name] = email
    if not fallback:  # at least one line pasted from elsewhere, and one UTF-8 line beyond ASCII
        lines.append("Zoë Brontë 99,z99@example.net,Firm\n".encode("cp1252"))
        fallback.add(len(lines))
        expected["Zoë Brontë 99"] = "z99@example.net"
    lines.insert(1, "Iñigo Muñoz 0u,u@example.net,Firm\n".encode())
    expected["Iñigo Muñoz 0u"] = "u@example.net"
    fallback = {n + 1 if n >= 2 else n for n in fallback}
    return b"".join(lines), expected, fallback


# --- 1. mixed encodings -------------------------------------------------------------------------------------


def test_sixty_mixed_encoding_files_come_in_unmangled_and_the_lines_are_named(db, write):
    for seed in range(60):
        data, expected, fallback = mixed_file(seed)
        path = write(f"mixed{seed}.csv", data)
        analysis = analyse(path)
        assert analysis.source.encoding == "utf-8" and analysis.source.fallback == "cp1252"
        assert "with" in analysis.source.encoding_label and "Windows-1252" in analysis.source.encoding_label
        summary = run_import(path, analysis=analysis)
        assert names_and_emails() == expected, seed
        told = {e.row for e in summary.errors if "not written in UTF-8" in e.message}
        assert told == fallback, seed
        undo_batch(summary.batch_id)


def test_western_windows_1252_is_read_as_such(db, write):
    path = write("w.csv", "Name,Email\nJosé Álvarez,jose@example.net\nFrançois Müller,f@example.net\n", "cp1252")
    assert analyse(path).source.encoding == "cp1252"
    run_import(path)
    assert names_and_emails() == {"José Álvarez": "jose@example.net", "François Müller": "f@example.net"}


@pytest.mark.parametrize(
    ("codec", "rows"),
    [
        ("cp1251", ["Петров Иван,p@example.ru", "Сидорова Анна,s@example.ru", "Кузнецов Олег,k@example.ru"]),
        ("cp1253", ["Παπαδόπουλος Γιώργος,g@example.gr", "Νικολάου Μαρία,m@example.gr"]),
    ],
)
def test_a_guessed_encoding_is_refused_naming_the_candidates_until_one_is_chosen(db, write, codec, rows):
    path = write(f"{codec}.csv", "Name,Email\n" + "\n".join(rows) + "\n", codec)
    with pytest.raises(EncodingUnsure) as refused:
        analyse(path)
    assert codec in refused.value.candidates
    assert "not written in UTF-8" in str(refused.value)
    assert Partner.select().count() == 0
    run_import(path, analysis=analyse(path, encoding=codec))
    assert set(names_and_emails()) == {row.split(",")[0] for row in rows}


def test_the_command_line_refuses_a_guess_with_exit_2_and_the_candidates(data_dir, tmp_path):
    import json

    from tests.conftest import run_refdesk

    path = tmp_path / "ru.csv"
    path.write_bytes("Name,Email\nПетров Иван,p@example.ru\nСидорова Анна,s@example.ru\n".encode("cp1251"))
    result = run_refdesk("--data-dir", str(data_dir), "import-contacts", str(path), "--json")
    assert result.returncode == 2
    out = json.loads(result.stdout)
    assert "cp1251" in out["encoding_candidates"] and "--encoding" in result.stderr
    result = run_refdesk("--data-dir", str(data_dir), "import-contacts", str(path), "--json", "--encoding", "cp1251")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 2


# --- 2. stray quotes ----------------------------------------------------------------------------------------


def test_a_stray_opening_quote_never_merges_two_people(db, write):
    path = write(
        "q.csv", 'Name,Email\n"Ada Quill,ada@example.net\n"Bram Stokely,bram@example.net\nCy Oh,cy@example.net\n'
    )
    with pytest.raises(StrayQuote) as refused:
        run_import(path)
    assert refused.value.line == 2 and "Line 2 of q.csv" in str(refused.value)
    assert Partner.select().count() == 0
    summary = run_import(path, analysis=analyse(path, literal_quotes=True))
    assert sorted(e.email for e in PartnerEmail.select()) == ["ada@example.net", "bram@example.net", "cy@example.net"]
    assert all(p.emails.count() == 1 for p in Partner.select())
    assert {e.row for e in summary.errors if "never closed" in e.message} == {2, 3}


def test_twenty_thousand_stray_quotes_are_refused_at_once_or_all_come_in(db, write):
    lines = [f'"Person {i},p{i}@example.net' for i in range(20_000)]
    path = write("many.csv", "Name,Email\n" + "\n".join(lines) + "\n")
    started = time.perf_counter()
    with pytest.raises(StrayQuote, match="Line 2 "):
        run_import(path)
    assert time.perf_counter() - started < 5
    summary = run_import(path, analysis=analyse(path, literal_quotes=True))
    assert summary.created == 20_000 and PartnerEmail.select().count() == 20_000


def test_an_unclosed_quote_does_not_lose_the_rows_after_it(db, write):
    path = write(
        "u.csv", 'Name,Email,Notes\nAnn Lee,ann@lee.example,"met at\nBo Ek,bo@ek.example,\nCy Oh,cy@oh.example,\n'
    )
    with pytest.raises(StrayQuote, match="Line 2"):
        run_import(path)
    run_import(path, analysis=analyse(path, literal_quotes=True))
    assert set(names_and_emails()) == {"Ann Lee", "Bo Ek", "Cy Oh"}


def test_quoted_cells_over_several_lines_still_come_in(db, write):
    path = write(
        "ok.csv", 'Name,Email,Notes\nAnn Lee,ann@lee.example,"met at the fair,\nwants movers"\nBo Ek,bo@ek.example,\n'
    )
    run_import(path)
    assert Partner.get(Partner.name == "Ann Lee").notes == "met at the fair,\nwants movers"


rows_strategy = st.lists(
    st.tuples(st.sampled_from(NAMES + PLAIN), st.booleans(), st.booleans(), st.sampled_from(["", '"', '""'])),
    min_size=1,
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=rows_strategy, literal=st.booleans())
def test_never_two_source_records_in_one_partner(db, tmp_path, rows, literal):
    """Stray quotes anywhere and lines in another encoding: refused with a reason, or one partner per row."""
    Partner.delete().execute()
    out = [b"Name,Email,Company\n"]
    for i, (name, stray, cp1252, quote) in enumerate(rows):
        opening = quote if stray else ""
        line = f"{opening}{name} {i},r{i}@example.net,Firm {i}\n"
        out.append(line.encode("cp1252" if cp1252 else "utf-8"))
    path = tmp_path / "h.csv"
    path.write_bytes(b"".join(out))
    try:
        run_import(path, analysis=analyse(path, literal_quotes=literal))
    except ImportRefused as exc:
        assert str(exc)
        return
    for partner in Partner.select():
        assert partner.emails.count() <= 1
        assert "@" not in partner.name and "\n" not in partner.name
        assert "Ã" not in partner.name and "\ufffd" not in partner.name


# --- 3. the best spelling wins ------------------------------------------------------------------------------


def test_lossy_spellings_lose():
    assert lossy("?ukasz Wi?niewski", "Łukasz Wiśniewski")
    assert lossy("?ukasz Wi?niewski", "Lukasz Wisniewski")
    assert lossy("Ren\ufffde", "Renée")
    assert not lossy("Lukasz", "Łukasz")  # no letter lost: the stored spelling stays
    assert not lossy("Łukasz Wiśniewski", "?ukasz Wi?niewski")
    assert not lossy("Ready?", "Ready!")  # a question mark where the other has no letter
    changes, kept = merge_changes(
        {"name": "?ukasz Wi?niewski", "company": "Wi?niewski Sp."},
        {
            "name": "Łukasz Wiśniewski",
            "company": "Wiśniewski Sp.",
            "category": "",
            "website": "",
            "address": "",
            "notes": "",
            "tags": "",
        },
        overwrite=False,
    )
    assert changes == {
        "name": ["?ukasz Wi?niewski", "Łukasz Wiśniewski"],
        "company": ["Wi?niewski Sp.", "Wiśniewski Sp."],
    }
    assert kept == []


def test_a_clean_spelling_by_email_replaces_the_question_marks_and_says_so(db, write):
    first = write("outlook.csv", "Name,Email\n?ukasz Wi?niewski,lukasz@example.pl\n", "cp1252")
    run_import(first)
    second = write("google.csv", "Name,Email\nŁukasz Wiśniewski,lukasz@example.pl\n")
    summary = run_import(second)
    assert Partner.get().name == "Łukasz Wiśniewski"
    assert any("?ukasz Wi?niewski" in e.message and "lost letters" in e.message for e in summary.errors)
    undo_batch(summary.batch_id)
    assert Partner.get().name == "?ukasz Wi?niewski"
    run_import(second)
    run_import(first)  # the lossy file again: the clean spelling stays
    assert Partner.get().name == "Łukasz Wiśniewski"


# --- 4. a recognised row adds what it brings ----------------------------------------------------------------


def test_a_row_recognised_by_name_and_business_adds_its_profile_url_and_second_phone(db, write):
    run_import(write("a.csv", "Name,Company,Phone\nAmara Okafor,Okafor Movers,555 010 2233\n"))
    summary = run_import(
        write(
            "linkedin.csv",
            "First Name,Last Name,URL,Company,Position\n"
            "Amara,Okafor,https://www.linkedin.com/in/amara-okafor,Okafor Movers,Owner\n",
        )
    )
    amara = Partner.get()
    assert Partner.select().count() == 1 and summary.merged == 1 and summary.possible_duplicates == 0
    assert amara.website == "https://www.linkedin.com/in/amara-okafor" and amara.category == "Owner"
    run_import(write("b.csv", "Name,Company,Phone\nAmara Okafor,Okafor Movers,555 777 8888\n"))
    assert sorted(p.phone for p in PartnerPhone.select()) == ["555 010 2233", "555 777 8888"]
    again = run_import(write("b2.csv", "Name,Company,Phone\nAmara Okafor,Okafor Movers,555 777 8888\n"))
    assert (again.created, again.merged, again.skipped) == (0, 0, 1)
    undo_batch(summary.batch_id)
    assert Partner.get().website == ""


# --- 5. bounded vCard ---------------------------------------------------------------------------------------


def card(body: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\n{body}END:VCARD\r\n"


def test_a_fifo_is_refused_at_once(db, tmp_path):
    fifo = tmp_path / "contacts.vcf"
    os.mkfifo(fifo)
    done = []

    def attempt():
        try:
            run_import(fifo)
        except ImportRefused as exc:
            done.append(str(exc))

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():  # unblock the open() it hangs in, so the test ends either way
        with open(fifo, "w"):
            pass
        thread.join(5)
        pytest.fail("reading a FIFO hung")
    assert done and "pipe (FIFO)" in done[0]


def test_a_card_with_more_lines_than_the_limit_is_cut_and_said_so_in_seconds(db, write):
    emails = "".join(f"EMAIL:p{i}@example.net\r\n" for i in range(40_000))
    path = write("many.vcf", card(f"FN:Many Mails\r\n{emails}") + card("FN:After Card\r\nEMAIL:after@example.net\r\n"))
    started = time.perf_counter()
    summary = run_import(path)
    assert time.perf_counter() - started < 20
    assert summary.created == 2
    many = Partner.get(Partner.name == "Many Mails")
    assert 0 < many.emails.count() < MAX_CARD_LINES
    assert any(e.row == 1 and "longer than RefDesk reads" in e.message for e in summary.errors)
    assert Partner.get(Partner.name == "After Card").emails.get().email == "after@example.net"


def test_an_overlong_line_is_left_out_and_named_the_rest_of_the_card_kept(db, write):
    path = write(
        "long.vcf", card("FN:Long Line\r\nNOTE:" + "x" * (MAX_VCARD_LINE + 10) + "\r\nEMAIL:long@line.example\r\n")
    )
    summary = run_import(path)
    long = Partner.get()
    assert long.name == "Long Line" and long.emails.get().email == "long@line.example" and long.notes == ""
    assert any("NOTE line longer than" in e.message for e in summary.errors)


def test_cards_from_phones_and_mail_clients_keep_name_company_emails_and_phones(db, write):
    lotus = card(
        "PROFILE:VCARD\r\nNAME:Lotus Notes contact\r\nFN:Gail Rourke\r\nN:Rourke;Gail;;;\r\n"
        "ORG:Company, The;TheDepartment\r\nEMAIL;TYPE=INTERNET:gail@rourke.example\r\nTEL;TYPE=WORK:555 0101\r\n"
    )
    android = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96degaard;Ren=C3=A9e;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9e =C3=96dega=\r\nard\r\nTEL;CELL:+1 555 0102\r\n"
        "EMAIL;HOME:renee@odegaard.example\r\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n abc\r\n\r\n"
        "END:VCARD\r\n"
    )
    broken = card(
        "FN:Half Broken\r\nEMAIL:half@broken.example\r\nX-WEIRD;=;=:\r\nTEL;TYPE=WORK:555 0103\r\nBAD LINE\r\n"
    )
    summary = run_import(write("clients.vcf", lotus + android + broken))
    gail = Partner.get(Partner.name == "Gail Rourke")
    assert gail.company == "Company, The"
    assert [e.email for e in gail.emails] == ["gail@rourke.example"] and [p.phone for p in gail.phones] == ["555 0101"]
    renee = Partner.get(Partner.name == "Renée Ödegaard")
    assert [e.email for e in renee.emails] == ["renee@odegaard.example"]
    assert [p.phone for p in renee.phones] == ["+1 555 0102"]
    half = Partner.get(Partner.name == "Half Broken")
    assert [p.phone for p in half.phones] == ["555 0103"]
    assert summary.created == 3
    assert any(e.row == 3 and "BAD" in e.message for e in summary.errors)


# --- 6. cards from real clients -----------------------------------------------------------------------------

CLIENTS = [
    # file, name, company, emails, phones
    ("android_2_1.vcf", "Renée Ödegaard", "Fjord Movers", ["renee@odegaard.example"], ["+1 555 0103", "+1 555 0102"]),
    (
        "iphone.vcf",
        "Keiko Tanaka",
        "Tanaka Design",
        ["keiko@tanaka.example", "studio@tanaka.example"],
        ["+1 (555) 220-2000", "+1 (555) 220-1000"],
    ),
    ("lotus_notes.vcf", "Gail Rourke", "Rourke Accounting", ["gail@rourke.example"], ["555 0101"]),
    (
        "mac_address_book.vcf",
        "Riverside Copier Co.",
        "Riverside Copier Co.",
        ["sales@riverside-copier.example"],
        ["555-0199"],
    ),
    ("mac_address_book.vcf", "Amara Okafor", "Okafor Movers", ["amara@okafor-movers.example"], ["555 010 2233"]),
    (
        "outlook_2003.vcf",
        "Bram Stokely",
        "Company, The",
        ["bram@company-the.example"],
        ["(555) 640-1000", "(555) 640-2000"],
    ),
    (
        "outlook_2007.vcf",
        "Priya Raman",
        "Raman Law",
        ["priya@raman-law.example", "priya.raman@mail.example"],
        ["+1 (555) 640-3000"],
    ),
]


@pytest.mark.parametrize(("file", "name", "company", "emails", "phones"), CLIENTS)
def test_every_card_from_phones_and_mail_clients_comes_in_whole(db, fixture, file, name, company, emails, phones):
    summary = run_import(fixture(f"vcard_clients/{file}"))
    assert summary.skipped == 0
    assert not [e.message for e in summary.errors if "left out" in e.message or "cannot be read" in e.message]
    partner = Partner.get(Partner.name == name)
    assert partner.company == company
    assert [e.email for e in partner.emails.order_by(PartnerEmail.position)] == emails
    assert sorted(p.phone for p in partner.phones) == sorted(phones)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.binary(max_size=400),
    lines=st.lists(
        st.sampled_from(
            [
                "EMAIL:a@b.example",
                "TEL:555",
                "N:;;;;",
                "PHOTO;ENCODING=b:",
                " QUJD",
                "item1.X-ABLabel:x",
                "ORG:A, B;C",
                "NOTE;ENCODING=QUOTED-PRINTABLE:x=",
                "",
            ]
        ),
        max_size=8,
    ),
)
def test_any_vcard_bytes_give_a_result_or_a_clear_refusal(db, tmp_path, body, lines):
    Partner.delete().execute()
    path = tmp_path / "any.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Any Body\r\n"
        + "\r\n".join(lines).encode()
        + b"\r\n"
        + body
        + b"\r\nEND:VCARD\r\n"
    )
    try:
        summary = run_import(path)
    except ImportRefused as exc:
        assert str(exc)
        return
    assert summary.rows == summary.created + summary.merged + summary.skipped
    assert all(p.emails.count() <= 1 for p in Partner.select())
