from __future__ import annotations

import pytest

from refdesk.services.importer.names import display_name, join_parts, name_key


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Okafor, Amara", "Amara Okafor"),
        ("OKAFOR, AMARA", "Amara Okafor"),
        ("Dr. Hannah Goldberg", "Dr. Hannah Goldberg"),
        ("dr hannah goldberg", "Dr. Hannah Goldberg"),
        ("MR JOHN SMITH", "John Smith"),
        ("  Ms.   Priya   Raman ", "Priya Raman"),
        ("mary-jane mcdonald-o'brien", "Mary-Jane McDonald-O'Brien"),
        ("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"),
        ("Hannah Goldberg, CPA", "Hannah Goldberg CPA"),
        ("JOSE MUNOZ JR.", "Jose Munoz Jr."),
        ("DeShawn McKenzie", "DeShawn McKenzie"),
        ("ÉLODIE BÉRARD", "Élodie Bérard"),
        ("", ""),
    ],
)
def test_display_name(raw, shown):
    assert display_name(raw) == shown


def test_join_parts_drops_plain_honorifics_keeps_dr():
    assert join_parts("Mr.", "John", "", "Smith", "") == "John Smith"
    assert join_parts("Dr", "Hannah", "", "Goldberg", "") == "Dr. Hannah Goldberg"
    assert join_parts("", "AMARA", "", "OKAFOR", "") == "Amara Okafor"
    assert join_parts("", "", "", "Okafor, Amara", "") == "Amara Okafor"
    assert join_parts("", "José", "", "Muñoz", "Jr.") == "José Muñoz Jr."


def test_name_key_ignores_order_case_titles_and_accents():
    assert name_key("Dr. Hannah Goldberg") == name_key("goldberg hannah") == "goldberg hannah"
    assert name_key("Zoë Martin") == name_key("ZOE MARTIN")
