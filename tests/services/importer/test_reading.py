"""Encodings, delimiters, preambles, line endings and refusals."""

from __future__ import annotations

import codecs

import pytest

from refdesk.services.importer import ImportRefused, analyse


@pytest.mark.parametrize(
    ("name", "fmt", "encoding", "delimiter"),
    [
        ("google.csv", "google", "utf-8", "comma"),
        ("google_legacy_utf16.csv", "google-legacy", "utf-16", "comma"),
        ("outlook.csv", "outlook", "utf-8", "comma"),
        ("google_outlook.csv", "outlook", "utf-8", "comma"),
        ("outlook_classic_cp1252.csv", "outlook-classic", "cp1252", "comma"),
        ("linkedin_connections.csv", "linkedin", "utf-8", "comma"),
        ("hubspot.csv", "hubspot", "utf-8", "comma"),
        ("spreadsheet.csv", "spreadsheet", "utf-8", "comma"),
        ("spreadsheet_sep_semicolon.csv", "spreadsheet", "utf-8-sig", "semicolon"),
        ("spreadsheet_semicolon.csv", "spreadsheet", "utf-8", "semicolon"),
        ("spreadsheet_tab.tsv", "spreadsheet", "utf-8", "tab"),
        ("spreadsheet_cp1252_cr.csv", "spreadsheet", "cp1252", "comma"),
        ("spreadsheet_utf16_tab.txt", "spreadsheet", "utf-16", "tab"),
    ],
)
def test_detects_format_encoding_delimiter(fixture, name, fmt, encoding, delimiter):
    analysis = analyse(fixture(name))
    assert analysis.format == fmt
    assert analysis.source.encoding == encoding
    assert analysis.source.delimiter_label == delimiter
    assert analysis.mapping.usable()
    assert analysis.samples, "the mapping step shows sample values"


@pytest.mark.parametrize(("name", "version"), [("apple.vcf", "3.0"), ("google.vcf", "3.0"), ("android_v4.vcf", "4.0")])
def test_detects_vcards(fixture, name, version):
    analysis = analyse(fixture(name))
    assert analysis.format == "vcard"
    assert analysis.format_label == f"vCard {version}"


def test_linkedin_note_lines_before_header_are_skipped(fixture):
    analysis = analyse(fixture("linkedin_connections.csv"))
    assert analysis.source.header[:3] == ["First Name", "Last Name", "URL"]
    assert analysis.samples[0][0] == "Dana"


def test_mapping_is_by_header_name_not_position(write):
    one = analyse(write("a.csv", "Email,Name,Business\nx@y.example,Ann Lee,Lee Co\n"))
    two = analyse(write("b.csv", "Business,Email,Name\nLee Co,x@y.example,Ann Lee\n"))
    assert {c.header: c.target for c in one.mapping.columns} == {c.header: c.target for c in two.mapping.columns}
    assert one.mapping.to_dict() == {"Email": "email", "Name": "full_name", "Business": "company"}


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_any_line_endings(write, ending):
    text = ending.join(["Name,Email,Notes", 'Ann Lee,ann@lee.example,"two', 'lines"', "Bo Ek,bo@ek.example,", ""])
    analysis = analyse(write("e.csv", text))
    assert analysis.samples[0][2].splitlines() == ["two", "lines"]
    assert analysis.samples[1][0] == "Bo Ek"


def test_utf8_bom_and_utf16_be_bom(write):
    text = "Name,Email\nRené Roux,rene@roux.example\n"
    for codec in ("utf-8-sig", "utf-16-be"):
        data = text.encode(codec) if codec != "utf-16-be" else codecs.BOM_UTF16_BE + text.encode("utf-16-be")
        analysis = analyse(write(f"{codec}.csv", data))
        assert analysis.samples[0][0] == "René Roux"
        assert analysis.source.header == ["Name", "Email"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("empty.csv", "empty"),
        ("binary.csv", "not a text file"),
        ("spreadsheet_saved_as_csv.csv", "spreadsheet workbook"),
        ("bad_utf16.csv", "UTF-16"),
    ],
)
def test_refusals_name_the_problem(fixture, name, words):
    with pytest.raises(ImportRefused, match=words):
        analyse(fixture(name))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportRefused, match="no file"):
        analyse(tmp_path / "nope.csv")
    with pytest.raises(ImportRefused, match="folder"):
        analyse(tmp_path)
