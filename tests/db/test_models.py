"""The models: choices stored as text, constraints, normalised emails, timestamps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from peewee import IntegrityError

from refdesk.db.database import db as proxy
from refdesk.db.models import (
    Comfort,
    Direction,
    Partner,
    PartnerEmail,
    Referral,
    ReferralStatus,
    Stage,
    StandingCheck,
    ThankYou,
    normalise_email,
)
from refdesk.services.vocabulary import label


def test_enum_fields_store_text_and_read_back_enums(db):
    partner = Partner.create(name="Amara Okafor", stage=Stage.CREDIBILITY)
    raw = proxy.execute_sql(f"SELECT stage FROM partner WHERE id = {proxy.param}", (partner.id,)).fetchone()[0]
    assert raw == "credibility"
    assert Partner.get_by_id(partner.id).stage is Stage.CREDIBILITY
    assert Partner.create(name="New").stage is Stage.VISIBILITY


def test_emails_are_stored_normalised(db):
    partner = Partner.create(name="Hannah Goldberg")
    PartnerEmail.create(partner=partner, email="  mailto:Hannah.Goldberg@Example.COM ")
    assert [e.email for e in partner.emails] == ["hannah.goldberg@example.com"]
    assert normalise_email(" MAILTO:x@Y.org") == "x@y.org"


def test_willingness_must_be_between_0_and_10(db):
    partner = Partner.create(name="Ben")
    StandingCheck.create(partner=partner, date=dt.date(2026, 1, 5), willingness=10, comfort=Comfort.WOULD_INTRODUCE)
    with pytest.raises(IntegrityError), proxy.atomic():
        StandingCheck.create(partner=partner, date=dt.date(2026, 1, 5), willingness=11, comfort=Comfort.WOULD_INTRODUCE)
    assert StandingCheck.select().count() == 1


def test_save_bumps_version_and_updated_at(db):
    partner = Partner.create(name="Carla")
    partner.updated_at = dt.datetime(2020, 1, 1)
    Partner.update(updated_at=dt.datetime(2020, 1, 1)).where(Partner.id == partner.id).execute()
    partner = Partner.get_by_id(partner.id)
    partner.company = "Carla's Cleaning"
    partner.save()
    again = Partner.get_by_id(partner.id)
    assert again.version == 2
    assert again.updated_at > dt.datetime(2020, 1, 1)


def test_referral_round_trip_and_partner_deletion_cascades(db):
    a = Partner.create(name="A")
    b = Partner.create(name="B")
    ref = Referral.create(
        date=dt.date(2026, 3, 1),
        direction=Direction.RECEIVED,
        partner=a,
        prospect_partner=b,
        closed_value=Decimal("4200.50"),
        status=ReferralStatus.WON,
        currency="USD",
    )
    ThankYou.create(partner=a, referral=ref, due_date=dt.date(2026, 3, 3))
    got = Referral.get_by_id(ref.id)
    assert got.closed_value == Decimal("4200.50")
    assert got.direction is Direction.RECEIVED and got.status is ReferralStatus.WON
    b.delete_instance()
    assert Referral.get_by_id(ref.id).prospect_partner is None  # the referral stays
    a.delete_instance()
    assert Referral.select().count() == 0 and ThankYou.select().count() == 0


def test_labels_are_words():
    assert label(Stage.PROFITABILITY) == "Profitability"
    assert label(None) == ""
