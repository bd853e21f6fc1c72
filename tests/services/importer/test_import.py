"""What lands in the database for every format, and the merge rules."""

from __future__ import annotations

import pytest

from refdesk.db.models import ImportBatch, Partner, PartnerEmail, PartnerPhone
from refdesk.services.importer import Options, analyse, run_import

TIDY = Options(tidy_names=True)  # the tests of the tidying rules ask for it; names are kept as given otherwise


def partner(name: str) -> Partner:
    return Partner.get(Partner.name == name)


def emails(p: Partner) -> list[str]:
    return [e.email for e in p.emails.order_by(PartnerEmail.position, PartnerEmail.id)]


def phones(p: Partner) -> list[str]:
    return [x.phone for x in p.phones.order_by(PartnerPhone.position, PartnerPhone.id)]


def test_google_contacts(db, fixture):
    summary = run_import(fixture("google.csv"))
    assert (summary.rows, summary.created, summary.skipped) == (5, 4, 1)
    amara = partner("Amara Okafor")
    assert amara.company == "Okafor Movers" and amara.category == "Owner"
    # " ::: " multi-values, the "* Work" primary value first, the home one after
    assert emails(amara) == ["amara@okafor-movers.example", "amara.okafor@mail.example", "amara.home@mail.example"]
    assert phones(amara) == ["+1 555-010-2233", "+1 555 010 9000"]
    assert amara.address.splitlines()[0] == "12 Long Street"
    assert "Birthday: May 14" in amara.notes  # unknown-year birthday
    assert amara.tags == "Movers"  # "* myContacts" is not a tag
    assert amara.source == "import" and amara.import_batch_id == summary.batch_id
    assert partner("Dr. Hannah Goldberg").category == "Dentist"
    assert partner("Riverside Copier Co.").company == "Riverside Copier Co."  # organisation only
    assert emails(partner("Tomás Ferreira")) == ["tomas@ferreira-mortgage.example"]  # lower-cased
    assert summary.errors[0].row == 8 and "No name" in summary.errors[0].message


def test_google_legacy_utf16(db, fixture):
    run_import(fixture("google_legacy_utf16.csv"))
    soren = partner("Søren Lindqvist")
    assert soren.company == "Lindqvist & Co CPA"
    assert emails(soren) == ["soren@lindqvist-cpa.example", "soren.l@mail.example"]
    assert partner("Zoë Martin").tags == "My Contacts, Realtors"


def test_outlook_exports(db, fixture):
    run_import(fixture("outlook.csv"), options=TIDY)
    priya = partner("Priya Raman")  # "Ms." title dropped
    assert emails(priya) == ["priya@raman-law.example", "priya.raman@mail.example"]
    assert phones(priya) == ["+1 (555) 640-1000", "+1 (555) 640-2000"]  # not the assistant's phone
    assert priya.address == "400 Main St\nSuite 2\nHartford CT 06103"
    assert "Birthday" not in priya.notes  # Outlook's 0/0/00 means none
    run_import(fixture("google_outlook.csv"), options=TIDY)
    assert partner("Keiko Tanaka").tags == "Designers"
    run_import(fixture("outlook_classic_cp1252.csv"), options=TIDY)
    renee = partner("Dr. Renée Dubois")
    assert renee.company == "Clinique Dubois" and renee.notes == "Café meeting every quarter"
    assert partner("José Muñoz Jr.").category == "Plumber"


def test_linkedin_and_hubspot(db, fixture):
    run_import(fixture("linkedin_connections.csv"))
    dana = partner("Dana Whitfield")
    assert (dana.company, dana.category) == ("Whitfield Financial Planning", "Financial Planner")
    assert emails(partner("Ivan Petrov")) == []  # LinkedIn often has no email: still imported
    run_import(fixture("hubspot.csv"))
    grace = partner("Grace Holloway")
    assert grace.company == "Holloway Home Staging" and phones(grace) == ["+1 555 909 1000"]
    assert grace.address.startswith("5 Elm Rd")


def test_names_as_given_and_the_preview_says_what_tidying_would_do(db, fixture):
    preview = run_import(fixture("spreadsheet.csv"), dry_run=True, keep_outcomes=50)
    okafor = next(o for o in preview.outcomes if o.name == "OKAFOR, AMARA")
    assert okafor.tidied == "Amara Okafor"
    run_import(fixture("spreadsheet.csv"))
    assert partner("OKAFOR, AMARA").emails.count() == 1  # kept as written


def test_hand_made_spreadsheet(db, fixture):
    summary = run_import(fixture("spreadsheet.csv"), options=TIDY)
    amara = partner("Amara Okafor")  # "OKAFOR, AMARA"
    assert emails(amara) == ["amara@brightsparks.example"]  # mailto: removed, lower-cased
    assert amara.notes == "Great electrician,\nanswers at weekends"  # multi-line cell
    assert emails(partner("Dr. Hannah Goldberg")) == ["hannah@goldbergdental.example"]  # spaces trimmed
    assert partner("Mary-Jane McDonald-O'Brien").company == "Tiny Tailors"
    assert partner("Lone Business Ltd").notes == "Just a company"
    formula = partner("+Plus Person")  # formulas stored as the literal text
    assert formula.company == '=HYPERLINK("http://evil.example")'
    assert formula.notes == "=1+2" and phones(formula) == ["-5551234"]
    assert any("not an email address" in e.message for e in summary.errors)
    assert summary.skipped == 1


@pytest.mark.parametrize("name", ["spreadsheet_sep_semicolon.csv", "spreadsheet_semicolon.csv"])
def test_semicolon_spreadsheets(db, fixture, name):
    run_import(fixture(name))
    assert phones(partner("Lena Vogel")) == ["+49 30 1234567"]


def test_tab_cp1252_and_utf16_spreadsheets(db, fixture):
    run_import(fixture("spreadsheet_tab.tsv"))
    run_import(fixture("spreadsheet_cp1252_cr.csv"))
    run_import(fixture("spreadsheet_utf16_tab.txt"))
    assert partner("Ben Carter").company == "Carter Roofing"
    assert partner("Chloé Bérard").company == "Bérard Fleurs"
    assert partner("Aïcha Benali").company == "Benali Traiteur"


def test_vcards(db, fixture):
    run_import(fixture("apple.vcf"))
    amara = partner("Amara Okafor")
    assert emails(amara) == ["amara@okafor-movers.example", "amara.okafor@mail.example"]
    assert amara.company == "Okafor Movers" and amara.category == "Owner"
    assert "folded onto a second line" in amara.notes and "chamber breakfast, wants" in amara.notes
    assert "Birthday: May 14" in amara.notes and "1604" not in amara.notes
    copier = partner("Riverside Copier Co.")  # organisation-only card
    assert phones(copier) == ["555-0199"]
    summary = run_import(fixture("google.vcf"))
    assert partner("Dr. Hannah Goldberg").tags == "Dentists"
    assert any(e.row == 2 and "could not be read" in e.message for e in summary.errors)
    run_import(fixture("android_v4.vcf"))
    assert phones(partner("Acme Plumbing")) == ["+1-555-555-0100"]
    assert "Birthday: February 14" in partner("Wei Li").notes


# --- de-duplication ------------------------------------------------------------------------------------------------


def test_match_on_secondary_email_with_case_and_spaces_merges(db, write):
    run_import(write("a.csv", "Name,Email,Phone\nAmara Okafor,amara@okafor.example ; amara.o@mail.example,555 1\n"))
    path = write("b.csv", "Name,Business,Email,Phone\nA. Okafor,Okafor Movers,  AMARA.O@Mail.Example  ,555 2\n")
    summary = run_import(path)
    assert (summary.created, summary.merged) == (0, 1)
    amara = partner("Amara Okafor")  # name not overwritten
    assert amara.company == "Okafor Movers"  # empty field filled
    assert phones(amara) == ["555 1", "555 2"]
    assert Partner.select().count() == 1


def test_rows_of_one_file_sharing_an_email_merge(db, write):
    summary = run_import(write("a.csv", "Name,Email,Phone\nBo Ek,bo@ek.example,555 1\nBo Ek,BO@EK.EXAMPLE,555 2\n"))
    assert (summary.created, summary.merged) == (1, 1)
    assert phones(partner("Bo Ek")) == ["555 1", "555 2"]


def test_nothing_overwritten_without_the_users_choice(db, write):
    run_import(write("a.csv", "Name,Business,Email\nBo Ek,Ek Movers,bo@ek.example\n"))
    summary = run_import(write("b.csv", "Name,Business,Email\nBo Ek,Ek Removals,bo@ek.example\n"))
    assert partner("Bo Ek").company == "Ek Movers"
    assert summary.skipped == 1 and any("Kept the company" in e.message for e in summary.errors)
    summary = run_import(
        write("c.csv", "Name,Business,Email\nBo Ek,Ek Removals,bo@ek.example\n"), options=Options(overwrite=True)
    )
    assert summary.merged == 1 and partner("Bo Ek").company == "Ek Removals"


def test_same_name_different_people_stay_two_and_are_flagged(db, write):
    run_import(write("a.csv", "Name,Email\nSam Lee,sam@lee-law.example\n"))
    summary = run_import(write("b.csv", "Name,Email\nSam Lee,sam@lee-bakery.example\n"))
    assert (summary.created, summary.merged, summary.possible_duplicates) == (1, 0, 1)
    first, second = Partner.select().order_by(Partner.id)
    assert second.possible_duplicate_of_id == first.id
    assert summary.duplicates[0].match_name == "Sam Lee"


def test_flags_by_phone_and_similar_name(db, write):
    run_import(write("a.csv", "Name,Phone\nKatherine Nguyen,+1 (555) 123-4567\nJon Petersen,555 9\n"))
    summary = run_import(
        write(
            "b.csv",
            "Name,Phone,Email\nK. Nguyen-Smith,555.123.4567,k@x.example\n"
            "John Petersen,,john@p.example\nTotally Different,,t@d.example\n",
        )
    )
    assert summary.possible_duplicates == 2
    reasons = {d.name: d.message for d in summary.duplicates}
    assert "same phone number" in reasons["K. Nguyen-Smith"]
    assert "similar name" in reasons["John Petersen"]


def test_duplicate_decisions(db, write):
    run_import(write("a.csv", "Name,Email\nSam Lee,sam@lee-law.example\n"))
    sam = partner("Sam Lee")
    path = write(
        "b.csv",
        "Name,Email,Phone\nSam Lee,sam.lee@mail.example,555 7\nSam Lee,sam@other.example,\n"
        "Sam Lee,sam@third.example,\n",
    )
    summary = run_import(path, options=Options(decisions={2: sam.id, 3: "skip", 4: "separate"}))
    assert (summary.merged, summary.skipped, summary.created, summary.possible_duplicates) == (1, 1, 1, 0)
    assert emails(sam) == ["sam@lee-law.example", "sam.lee@mail.example"]


def test_reimporting_the_same_file_adds_nothing(db, fixture):
    for name in (
        "google.csv",
        "outlook_classic_cp1252.csv",
        "linkedin_connections.csv",
        "spreadsheet.csv",
        "apple.vcf",
    ):
        run_import(fixture(name))
        before = (
            Partner.select().count(),
            PartnerEmail.select().count(),
            PartnerPhone.select().count(),
            ImportBatch.select().count(),
        )
        summary = run_import(fixture(name))
        assert (summary.created, summary.merged) == (0, 0), name
        after = (
            Partner.select().count(),
            PartnerEmail.select().count(),
            PartnerPhone.select().count(),
            ImportBatch.select().count(),
        )
        assert after == before, name
        assert summary.batch_id is None


def test_dry_run_writes_nothing_but_counts(db, fixture):
    summary = run_import(fixture("google.csv"), dry_run=True, keep_outcomes=10)
    assert (summary.created, summary.skipped) == (4, 1)
    assert [o.action for o in summary.outcomes] == ["create", "create", "create", "create", "skip"]
    assert Partner.select().count() == 0 and ImportBatch.select().count() == 0


def test_user_mapping_change_is_used(db, write):
    path = write("a.csv", "Col A,Col B\nAnn Lee,Lee Bakery\n")
    analysis = analyse(path)
    assert not analysis.mapping.usable()
    analysis.mapping.set_target(0, "full_name")
    analysis.mapping.set_target(1, "company")
    run_import(path, analysis=analysis)
    assert partner("Ann Lee").company == "Lee Bakery"
