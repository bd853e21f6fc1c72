"""Note templates: the defaults fill in, placeholders are checked (unknown ones and a lone $ named),
nothing is evaluated, and the values come from the referral thanked for."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from refdesk.db.models import Direction, Partner, Referral, ReferralStatus, ThankReason
from refdesk.services import formatting, templates


def test_every_default_template_is_valid_and_fills_in():
    values = {"first_name": "Ada", "prospect": "Jane Doe", "business": "$1,200 of business", "my_name": "Sam"}
    for kind, text in templates.DEFAULTS.items():
        templates.check(text)
        filled = templates.fill(text, values)
        assert filled.startswith("Dear Ada,") and filled.endswith("Sam") and "$" not in filled.replace("$1,200", "")
        assert kind in templates.KINDS and kind in templates.SUBJECTS


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Dear $firstname,", "$firstname is not a placeholder"),
        ("Dear ${prospekt}", "$prospekt is not a placeholder"),
        ("Dear ${first_name,", "does not close it"),
        ("It cost $ 5", "write $$ for a dollar sign"),
        ("{__import__('os')}", None),  # braces alone are text: nothing is evaluated
        ("$${first_name} and $$", None),
    ],
)
def test_check_names_the_problem(text, words):
    if words is None:
        templates.check(text)
        assert "import" in templates.fill(text, {}) or "$" in templates.fill(text, {})
    else:
        with pytest.raises(templates.TemplateError, match=words.replace("$", r"\$").replace("(", r"\(")):
            templates.check(text)


def test_values_come_from_the_referral(db):
    ada = Partner.create(name="Dr. Ada Okafor")
    ref = Referral.create(
        date=dt.date(2026, 3, 1),
        direction=Direction.RECEIVED,
        partner=ada,
        prospect_name="Jane Doe",
        prospect_need="kitchen remodel",
        status=ReferralStatus.WON,
        closed_value=Decimal("1200"),
        currency="USD",
    )
    values = templates.values_for(ada.name, ref.id, "Sam Seller")
    assert values == {
        "first_name": "Ada",
        "prospect": "Jane Doe",
        "business": f"{formatting.money(Decimal('1200'), 'USD')} of business (kitchen remodel)",
        "my_name": "Sam Seller",
    }
    kind = templates.kind_for(ThankReason.CLOSED_BUSINESS, True)
    note = templates.draft(kind, templates.DEFAULTS[kind], values)
    assert note.subject == "Thank you: the referral became business"
    assert "Dear Ada," in note.body and "Jane Doe" in note.body and note.body.endswith("Sam Seller")
    assert templates.kind_for(ThankReason.OTHER, False) == templates.PROSPECT_CLIENT
    assert templates.values_for("Someone", None, "")["prospect"] == ""
