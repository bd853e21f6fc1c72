"""The importer's fast paths give exactly what the plain rules give (they exist only for speed)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from refdesk.services.importer.contacts import _EMAILISH, Contact, split_emails, split_phones
from refdesk.services.importer.engine import _phone_key
from refdesk.services.importer.names import _NOT_NAME, _WORD, _fold, name_key

# Names: mostly ASCII letters and spaces (the fast path), with tabs, digits, punctuation, accents and
# other scripts mixed in (the general path).
NAME_CHARS = st.sampled_from(list("abcxyzABCXYZ    \t.,-'’0123_éÉñØßİıﬁ李ΣΫ\u0301\u00a0") + ["dr", "Jr", "PhD", "Mr."])
names = st.lists(NAME_CHARS, max_size=30).map("".join)
PHONE_CHARS = st.sampled_from(list("0123456789 +-().x/") + ["٣", "۷", "²", "½", "①", "\u0966", "Ⅻ"])
phones = st.lists(PHONE_CHARS, max_size=25).map("".join)


def reference_name_key(name: str) -> str:
    words = [w for w in _WORD.findall(_fold(name)) if w not in _NOT_NAME]
    words.sort()
    return " ".join(words)


def reference_phone_key(phone: str) -> str:
    digits = re.sub(r"\D+", "", phone)
    return digits[-10:] if len(digits) >= 7 else ""


@settings(max_examples=400, deadline=None)
@given(names)
def test_name_key_matches_the_general_rule(name):
    name_key.cache_clear()
    assert name_key(name) == reference_name_key(name)


@settings(max_examples=400, deadline=None)
@given(phones)
def test_phone_key_matches_the_digit_rule(phone):
    assert _phone_key(phone) == reference_phone_key(phone)


def test_known_names_and_phones():
    assert name_key("Dr. Hannah  Goldberg") == name_key("hannah goldberg") == "goldberg hannah"
    assert name_key("GOLDBERG\tHannah PhD") == "goldberg hannah"
    assert name_key("Chloé O'Neill") == "chloe neill o"
    assert _phone_key("+1 (555) 010-2233") == _phone_key("555.010.2233") == "5550102233"
    assert _phone_key("٠١٢٣٤٥٦٧") == "٠١٢٣٤٥٦٧"  # Arabic-Indic digits are digits
    assert _phone_key("x² 12345") == ""  # a superscript is not


def test_email_cells():
    contact = Contact(1)
    split_emails("Amara@Okafor.example ::: amara@okafor.example ::: mailto:AO@x.example; nope", contact)
    assert [e for e, _ in contact.emails] == ["amara@okafor.example", "ao@x.example"]
    assert contact.problems == ["“nope” is not an email address, so it was not imported."]


two_words = st.tuples(
    st.sampled_from(["amara", "Okafor", "DR", "jr", "Ann", "ann", "b", "PhD", "o'neill", "zoë", "x1", "mr"]),
    st.sampled_from([" ", "  ", "\t", " \n "]),
    st.sampled_from(["Okafor", "amara", "Ann", "ANN", "sr", "Mr.", "li", "de", "j.", "ß", "v"]),
).map("".join)


@settings(max_examples=300, deadline=None)
@given(two_words)
def test_two_word_name_keys_match_the_general_rule(name):
    name_key.cache_clear()
    assert name_key(name) == reference_name_key(name)


def test_phone_cells():
    contact = Contact(1, phones=[("555 1", "Work")])
    split_phones("  555  0100 ::: 555 1;(555) 0199\n ext ", contact, "Mobile", primary=True)
    assert contact.phones == [("555 0100", "Mobile"), ("(555) 0199", "Mobile"), ("555 1", "Work")]
    assert contact.problems == ["“ext” is not a phone number, so it was not imported."]
    contact = Contact(1)
    for cell in ("+1 555\t010 2233", "+1 555 010 2233", "", "  "):
        split_phones(cell, contact, "Work")
    assert contact.phones == [("+1 555 010 2233", "Work")] and contact.problems == []


def test_several_plain_addresses_in_one_cell():
    contact = Contact(1, emails=[("x@y.example", "Home")])
    split_emails("a@b.example ::: x@y.example ::: a@b.example ::: c@d.example", contact, "Work", primary=True)
    assert contact.emails == [("a@b.example", "Work"), ("c@d.example", "Work"), ("x@y.example", "Home")]
    contact = Contact(1)
    split_emails("a@b.example ::: A@B.example ::: not-an-address", contact, "Work")  # the general path
    assert contact.emails == [("a@b.example", "Work")]
    assert contact.problems == ["“not-an-address” is not an email address, so it was not imported."]


def test_email_cells_follow_the_one_rule():
    """Brackets, quotes and any kind of space around an address are not part of it (``split_emails``
    once read a lone address in such a cell as written, or refused it)."""
    for cell, emails, problems in [
        ("<amara@okafor.example>", ["amara@okafor.example"], []),
        ("'amara@okafor.example'", ["amara@okafor.example"], []),
        ("amara@okafor.example\t", ["amara@okafor.example"], []),
        ("\tamara@okafor.example\r", ["amara@okafor.example"], []),
        ("amara\tokafor@x.example", ["okafor@x.example"], ["“amara” is not an email address, so it was not imported."]),
        ("<@a", [], ["“<@a” is not an email address, so it was not imported."]),
    ]:
        contact = Contact(1)
        split_emails(cell, contact, "Work")
        assert ([e for e, _ in contact.emails], contact.problems) == (emails, problems), cell


EMAIL_CHARS = st.sampled_from(list("abzAZ09.@@_-+ :;,<>\"'()\t") + [" ::: ", "mailto:", "MAILTO:", "İ", "é", "ß", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(EMAIL_CHARS, min_size=1, max_size=30).map("".join), st.booleans())
def test_any_email_cell_gives_distinct_addresses_or_row_messages(cell, primary):
    contact = Contact(1, emails=[("x@y.example", "Home")])
    split_emails(cell, contact, "Work", primary)
    addresses = [e for e, _ in contact.emails]
    assert len(addresses) == len(set(addresses)) and "x@y.example" in addresses
    assert all(_EMAILISH.match(e) and e == e.lower() for e in addresses)
    assert all(p.endswith("is not an email address, so it was not imported.") for p in contact.problems)
