"""The importer's fast paths give exactly what the plain rules give (they exist only for speed)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from refdesk.db.models import normalise_email
from refdesk.services.importer.contacts import (
    _EMAIL_SPLIT,
    _EMAILISH,
    _MULTI_SPLIT,
    _SPECIAL,
    Contact,
    split_emails,
    split_phones,
)
from refdesk.services.importer.engine import _phone_key
from refdesk.services.importer.names import _NOT_NAME, _WORD, _fold, name_key

# Names: mostly ASCII letters and spaces (the fast path), with tabs, digits, punctuation, accents and
# other scripts mixed in (the general path).
NAME_CHARS = st.sampled_from(list("abcxyzABCXYZ    \t.,-'’0123_éÉñØßİıﬁ李ΣΫ\u0301\u00a0") + ["dr", "Jr", "PhD", "Mr."])
names = st.lists(NAME_CHARS, max_size=30).map("".join)
PHONE_CHARS = st.sampled_from(list("0123456789 +-().x/") + ["٣", "۷", "²", "½", "①", "\u0966", "Ⅻ"])
phones = st.lists(PHONE_CHARS, max_size=25).map("".join)


EMAIL_CHARS = st.sampled_from(list("abzAZ09.@@_-+ :;,<>\"'()\t") + [" ::: ", "mailto:", "MAILTO:", "İ", "é", "ß", "\n"])
cells = st.lists(EMAIL_CHARS, min_size=1, max_size=30).map("".join)


def reference_split_emails(cell: str) -> tuple[list[tuple[str, str]], list[str]]:
    """split_emails as it was before its per-token fast path (the rule the fast path must keep)."""
    emails: list[tuple[str, str]] = []
    problems: list[str] = []
    if (
        cell.count("@") == 1
        and cell.islower()
        and cell[0] != "@"
        and cell[-1] != "@"
        and len(cell) <= 254
        and not _SPECIAL.search(cell)
    ):
        return [(cell, "Work")], []
    plain = (
        "@" in cell
        and " " not in cell
        and "," not in cell
        and ";" not in cell
        and ":" not in cell
        and cell.count("@") == 1
        and cell.islower()
        and "\n" not in cell
    )
    for token in [cell] if plain else _EMAIL_SPLIT.split(cell):
        if not token:
            continue
        email = token if plain else normalise_email(token).strip("<>()\"'")
        if not email:
            continue
        if not _EMAILISH.match(email):
            problems.append(f"“{token[:80]}” is not an email address, so it was not imported.")
            continue
        if any(e == email for e, _ in emails):
            continue
        emails.append((email[:254], "Work"))
    return emails, problems


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


@settings(max_examples=600, deadline=None)
@given(cells)
def test_email_cells_split_as_the_general_rule_does(cell):
    contact = Contact(1)
    split_emails(cell, contact, "Work")
    assert (contact.emails, contact.problems) == reference_split_emails(cell)


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


def reference_split_phones(cell: str, existing: list[tuple[str, str]], primary: bool):
    """split_phones as it was before its one-number fast path."""
    phones, problems, found = list(existing), [], []
    for token in _MULTI_SPLIT.split(cell) if any(c in cell for c in ":;\n\r") else [cell]:
        phone = " ".join(token.split())
        if not phone:
            continue
        if not any(map(str.isdigit, phone)):
            problems.append(f"“{phone[:80]}” is not a phone number, so it was not imported.")
            continue
        if any(p == phone for p, _ in phones) or any(p == phone for p, _ in found):
            continue
        found.append((phone[:80], "Mobile"))
    return (found + phones if primary else phones + found), problems


PHONE_CELL = st.lists(st.sampled_from(list("0125 +-()x\t") + ["٣", " ::: ", ";", "\n", "ext"]), max_size=20).map(
    "".join
)


@settings(max_examples=400, deadline=None)
@given(PHONE_CELL, st.lists(st.sampled_from(["555 1", "0", "12", "+1 555"]), max_size=2, unique=True), st.booleans())
def test_split_phones_matches_the_general_rule(cell, existing, primary):
    contact = Contact(1, phones=[(p, "Work") for p in existing])
    split_phones(cell, contact, "Mobile", primary)
    expected, problems = reference_split_phones(cell, [(p, "Work") for p in existing], primary)
    assert contact.phones == expected
    assert contact.problems == problems


def test_several_plain_addresses_in_one_cell():
    contact = Contact(1, emails=[("x@y.example", "Home")])
    split_emails("a@b.example ::: x@y.example ::: a@b.example ::: c@d.example", contact, "Work", primary=True)
    assert contact.emails == [("a@b.example", "Work"), ("c@d.example", "Work"), ("x@y.example", "Home")]
    contact = Contact(1)
    split_emails("a@b.example ::: A@B.example ::: not-an-address", contact, "Work")  # the general path
    assert contact.emails == [("a@b.example", "Work")]
    assert contact.problems == ["“not-an-address” is not an email address, so it was not imported."]


ADDRESS = st.lists(st.sampled_from(list("ab.9_-+@é") + ["A", " ", ":", "\x00"]), min_size=1, max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(ADDRESS, min_size=1, max_size=4).map(" ::: ".join))
def test_joined_address_cells_split_as_the_general_rule_does(cell):
    contact = Contact(1)
    split_emails(cell, contact, "Work")
    assert (contact.emails, contact.problems) == reference_split_emails(cell)
