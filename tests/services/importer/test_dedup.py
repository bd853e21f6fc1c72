"""The de-duplication index on plain in-memory data: no database, no file."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from refdesk.services.importer.contacts import Contact
from refdesk.services.importer.dedup import (
    ALREADY_THERE,
    MERGE,
    NEW,
    PartnerIndex,
    blocks,
    company_key,
    merge_changes,
    phone_key,
)


def contact(name="", company="", emails=(), phones=(), row=1) -> Contact:
    return Contact(row, name, company, emails=[(e, "") for e in emails], phones=[(p, "") for p in phones])


def index() -> PartnerIndex:
    """RefDesk holding three partners."""
    found = PartnerIndex()
    found.add_existing(
        [(1, "Amara Okafor", "Bright Sparks Electric"), (2, "Hannah Goldberg", "Goldberg CPA"), (3, "Ben Carter", "")],
        [("amara@brightsparks.example", 1), ("hannah@goldberg.example", 2), ("office@goldberg.example", 2)],
        [(1, "+1 (555) 010-2233"), (2, "555 010 9999"), (3, "12")],
    )
    return found


def test_phone_keys_are_the_last_ten_decimal_digits():
    assert phone_key("+1 (555) 010-2233") == phone_key("555.010.2233") == "5550102233"
    assert phone_key("٠١٢٣٤٥٦٧") == "٠١٢٣٤٥٦٧"  # Arabic-Indic digits are digits
    assert phone_key("x² 12345") == ""  # a superscript is not; fewer than seven digits make no key
    assert company_key("  Goldberg   CPA ") == "goldberg cpa"


PHONE_CHARS = st.sampled_from(list("0123456789 +-().x/") + ["٣", "۷", "²", "½", "①", "\u0966", "Ⅻ"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PHONE_CHARS, max_size=25).map("".join))
def test_phone_key_is_the_digit_rule(phone):
    digits = re.sub(r"\D+", "", phone)
    assert phone_key(phone) == (digits[-10:] if len(digits) >= 7 else "")


def test_buckets_are_each_word_with_the_initials_of_the_others():
    assert blocks("amara okafor") == ["amara o", "okafor a"]
    assert blocks("chloe neill o") == ["chloe no", "neill co", "o cn"]
    assert blocks("cher") == ["cher "]


def test_a_shared_email_address_merges():
    verdict = index().decide(contact("A. Okafor", emails=["amara@brightsparks.example"]))
    assert (verdict.action, verdict.partner, verdict.why, verdict.also) == (MERGE, 1, "same email address", [])
    verdict = index().decide(contact("Both", emails=["office@goldberg.example", "amara@brightsparks.example"]))
    assert (verdict.action, verdict.partner, verdict.also) == (MERGE, 2, [1])


def test_the_users_choice_to_merge_is_taken_when_the_partner_exists():
    verdict = index().decide(contact("Somebody", emails=["new@x.example"]), 3)
    assert (verdict.action, verdict.partner, verdict.why) == (MERGE, 3, "you chose to merge")
    assert index().decide(contact("Somebody"), 99).action == NEW


def test_a_row_recognised_by_name_and_business():
    found = index()
    assert found.decide(contact("amara OKAFOR", "Bright  Sparks electric", phones=["555 010 2233"])).action == (
        ALREADY_THERE
    )
    assert found.decide(contact("Ben Carter", phones=["12"])).action == ALREADY_THERE  # no phone key: no difference
    # a second phone at the same business: recognised, so the number can be added to them
    verdict = found.decide(contact("Amara Okafor", "Bright Sparks Electric", phones=["555 777 8888"]))
    assert (verdict.action, verdict.partner, verdict.why) == (ALREADY_THERE, 1, "same name and business")
    # another business, or (without one) a phone they have not got: a new partner, flagged
    verdict = found.decide(contact("Amara Okafor", "Okafor Movers"))
    assert (verdict.action, verdict.partner, verdict.why) == (NEW, 1, "same name")
    verdict = found.decide(contact("Ben Carter", phones=["555 777 8888"]))
    assert (verdict.action, verdict.partner, verdict.why) == (NEW, 3, "same name")
    # with an email address it is never "already there"
    assert found.decide(contact("Ben Carter", emails=["ben@carter.example"])).partner == 3


def test_possible_duplicates_by_phone_then_name_then_similar_name():
    found = index()
    verdict = found.decide(contact("Someone Else", phones=["(555) 010-9999"]))
    assert (verdict.action, verdict.partner, verdict.why) == (NEW, 2, "same phone number")
    verdict = found.decide(contact("Ben Carter", phones=["555 010 2233"]))
    assert (verdict.partner, verdict.why) == (1, "same phone number")  # the phone comes first
    verdict = found.decide(contact("Dr. Hannah  Goldberg"))
    assert (verdict.partner, verdict.why, verdict.name_key) == (2, "same name", "goldberg hannah")
    verdict = found.decide(contact("Amara Okafro"))
    assert (verdict.partner, verdict.why) == (1, "similar name")
    verdict = found.decide(contact("Zed Quill"))
    assert (verdict.action, verdict.partner, verdict.why) == (NEW, None, "")


def test_separate_means_no_possible_duplicate():
    verdict = index().decide(contact("Amara Okafor", phones=["555 010 2233"]), "separate")
    assert (verdict.action, verdict.partner) == (NEW, None)


def test_new_partners_are_matched_by_later_rows():
    found = index()
    first = contact("Priya Raman", emails=["priya@raman.example"], phones=["555 444 1212"], row=2)
    verdict = found.decide(first)
    found.add_new(10, first, verdict)
    assert found.decide(contact("P. Raman", emails=["priya@raman.example"])).partner == 10
    assert found.decide(contact("Priya Raman")).why == "same name"
    assert found.decide(contact("Priya Ramen")).partner == 10
    assert found.decide(contact("Other", phones=["+1 555 444 1212"])).partner == 10


def test_merging_adds_only_what_the_partner_has_not_got():
    found = index()
    row = contact(
        "Amara Okafor",
        emails=["amara@brightsparks.example", "amara@home.example"],
        phones=["555.010.2233", "555 222 3333", "555 222 3333", "12", "12"],
    )
    emails, phones = found.add_to(1, row)
    assert emails == [("amara@home.example", "")]
    assert phones == [("555 222 3333", ""), ("12", "")]
    assert found.emails["amara@home.example"] == 1 and found.phones["5552223333"] == 1
    assert found.add_to(1, row) == ([], [("12", "")])  # a number too short for a key is never matched


def test_merged_fields_fill_gaps_and_keep_what_differs():
    current = {"name": "Amara", "company": "Bright Sparks", "category": "", "website": "", "address": "", "notes": ""}
    current["tags"] = "Movers, VIP"
    new = {
        "company": "Other Co",
        "category": "Electrician",
        "website": "",
        "address": "",
        "notes": "",
        "tags": "VIP, BNI",
    }
    changes, kept = merge_changes(current, new, overwrite=False)
    assert changes == {"category": ["", "Electrician"], "tags": ["Movers, VIP", "Movers, VIP, BNI"]}
    assert kept == ["company"]
    changes, kept = merge_changes(current, new, overwrite=True)
    assert changes["company"] == ["Bright Sparks", "Other Co"] and kept == []
