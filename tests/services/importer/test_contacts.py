"""A row's cells made into a contact: names, email and phone cells, by the one rule for each."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from refdesk.services.importer.contacts import _EMAILISH, Contact, RowBuilder, split_emails, split_phones
from refdesk.services.importer.formats import Column, Mapping
from refdesk.services.importer.names import _key_of, join_parts, name_key, parts_as_given


def test_known_name_keys():
    assert name_key("Dr. Hannah  Goldberg") == name_key("hannah goldberg") == "goldberg hannah"
    assert name_key("GOLDBERG\tHannah PhD") == "goldberg hannah"
    assert name_key("Chloé O'Neill") == "chloe neill o"


def test_email_cells():
    contact = Contact(1)
    split_emails("Amara@Okafor.example ::: amara@okafor.example ::: mailto:AO@x.example; nope", contact)
    assert [e for e, _ in contact.emails] == ["amara@okafor.example", "ao@x.example"]
    assert contact.problems == ["“nope” is not an email address, so it was not imported."]


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


def test_names_are_kept_as_given_unless_tidying_is_asked_for():
    mapping = Mapping([Column(0, "First Name", "first_name"), Column(1, "Last Name", "last_name")])
    builder = RowBuilder(mapping)
    assert builder.build(2, ["AMARA", "OKAFOR"]).name == "AMARA OKAFOR"
    assert builder.build(2, ["", "Okafor, Amara"]).name == "Okafor, Amara"
    assert builder.build(2, ["Ann\tMarie", " Lee "]).name == "Ann Marie Lee"  # spaces tidied, as in every name
    assert builder.build(2, ["AMARA", "OKAFOR"]).tidied == ""  # not asked to compare: no extra work
    preview = RowBuilder(mapping, compare=True)
    assert preview.build(2, ["AMARA", "OKAFOR"]).tidied == "Amara Okafor"  # what the preview shows tidying does
    assert preview.build(2, ["Amara", "Okafor"]).tidied == ""  # tidying changes nothing


def test_first_and_last_names_are_tidied_as_the_name_rule_says():
    builder = RowBuilder(
        Mapping([Column(0, "First Name", "first_name"), Column(1, "Last Name", "last_name")]), tidy=True
    )
    assert builder.build(2, ["AMARA", "OKAFOR"]).name == "Amara Okafor"
    assert builder.build(2, ["Ann\tMarie", " Lee "]).name == "Ann Marie Lee"  # spaces tidied, as in every name
    assert builder.build(2, ["", "Okafor, Amara"]).name == "Amara Okafor"
    assert builder.build(2, ["Hannah", "Goldberg, CPA"]).name == "Hannah Goldberg, CPA"


NAME_CHARS = st.sampled_from(list("aZé ,.-'\t") + ["  ", "\u00a0", "Mc", "van", "DE", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(NAME_CHARS, max_size=12).map("".join), st.lists(NAME_CHARS, max_size=12).map("".join))
def test_the_short_path_for_first_and_last_names_gives_what_join_parts_gives(first, last):
    """RowBuilder.build's "First Last" short path (it pays on big files: see its docstring) names
    each person exactly as the one name rule, ``join_parts``, does (names tidied), or as
    ``parts_as_given`` does (names kept as given)."""
    mapping = Mapping([Column(0, "First Name", "first_name"), Column(1, "Last Name", "last_name")])
    tidied = RowBuilder(mapping, tidy=True).build(2, [first, last]).name
    given = RowBuilder(mapping).build(2, [first, last]).name
    if first.strip() or last.strip():
        assert tidied == join_parts("", first.strip(), "", last.strip(), "")
        assert given == parts_as_given("", first.strip(), "", last.strip(), "")


@settings(max_examples=300, deadline=None)
@given(st.lists(EMAIL_CHARS, min_size=1, max_size=30).map("".join))
def test_a_plain_address_is_read_as_the_general_path_reads_it(cell):
    """The short path for a cell holding one plain address gives what splitting and normalising give."""
    contact, general = Contact(1), Contact(1)
    split_emails(cell, contact, "Work")
    split_emails(f" {cell} ", general, "Work")  # the space sends it down the general path
    assert (contact.emails, contact.problems) == (
        general.emails,
        [p.replace(f" {cell} ", cell) for p in general.problems],
    )


def test_several_label_columns_and_several_first_name_columns_are_read():
    """The builder picks the first column of each field at once; a field fed by two columns takes the
    first non-empty one, and labels repeat across rows without changing."""
    builder = RowBuilder(
        Mapping(
            [
                Column(0, "Given", "first_name"),
                Column(1, "First", "first_name"),
                Column(2, "Last", "last_name"),
                Column(3, "Email", "email", label_column=4),
                Column(4, "Email type", "ignore"),
                Column(5, "Labels", "tags"),
            ]
        )
    )
    rows = [builder.build(n, ["", "ada", "quill", f"a{n}@x.example", "* Work", "VIP ::: Movers"]) for n in range(3)]
    assert [c.name for c in rows] == ["ada quill"] * 3  # as given
    assert [c.emails for c in rows] == [[(f"a{n}@x.example", "Work")] for n in range(3)]
    assert {c.tags for c in rows} == {"VIP, Movers"}


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="abcXYZ .,'-\tÉé1", max_size=30) | st.sampled_from(["Dr Amara Okafor", "JOHN SMITH JR", "mr", ""])
)
def test_a_plain_name_gets_the_key_the_general_rule_gives(name):
    assert name_key(name) == _key_of(name)
