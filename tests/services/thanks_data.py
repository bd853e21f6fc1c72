"""Rows for thank-you tests: partners, referrals and thank-yous created directly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from refdesk.db.bulk import insert_rows
from refdesk.db.database import db
from refdesk.db.models import (
    Direction,
    Partner,
    Referral,
    ReferralStatus,
    ThankMethod,
    ThankReason,
    ThankStatus,
    ThankYou,
)

TODAY = dt.date(2026, 3, 10)


def partner(name: str, address: str = "", company: str = "") -> Partner:
    return Partner.create(name=name, address=address, company=company)


def referral(
    p: Partner,
    prospect: str = "Jane Doe",
    need: str = "kitchen remodel",
    *,
    value=None,
    currency="",
    day: dt.date = dt.date(2026, 3, 1),
    prospect_partner: Partner | None = None,
) -> Referral:
    return Referral.create(
        date=day,
        direction=Direction.RECEIVED,
        partner=p,
        prospect_name=prospect,
        prospect_need=need,
        prospect_partner=prospect_partner,
        status=ReferralStatus.WON if value else ReferralStatus.PASSED,
        closed_value=Decimal(value) if value else None,
        currency=currency,
    )


def thank(
    p: Partner | None,
    ref: Referral | None = None,
    *,
    due: dt.date,
    status=ThankStatus.OWED,
    reason=ThankReason.REFERRAL_RECEIVED,
    method=ThankMethod.CARD,
    amount=None,
    recipient_name="",
    note="",
) -> ThankYou:
    return ThankYou.create(
        partner=p,
        referral=ref,
        due_date=due,
        status=status,
        reason=reason,
        method=method,
        amount=Decimal(amount) if amount is not None else None,
        recipient_name=recipient_name,
        note=note,
    )


def many(count: int, *, status=ThankStatus.OWED, start: dt.date = dt.date(2026, 1, 1)) -> list[int]:
    """*count* partners, one referral and one thank-you each, named "Partner 0001"…; returns thank-you ids."""
    with db.atomic():
        first_p = (Partner.select(Partner.id).order_by(Partner.id.desc()).scalar() or 0) + 1
        first_r = (Referral.select(Referral.id).order_by(Referral.id.desc()).scalar() or 0) + 1
        first_t = (ThankYou.select(ThankYou.id).order_by(ThankYou.id.desc()).scalar() or 0) + 1
        insert_rows(
            Partner,
            [Partner.id, Partner.name, Partner.company, Partner.address],
            [
                (
                    first_p + i,
                    f"Partner {i:04d}",
                    f"Company {i:04d}",
                    f"{i} Long Road\nApartment {i}\nSpringfield" if i % 3 == 0 else f"{i} Short St\nRiverton",
                )
                for i in range(count)
            ],
        )
        insert_rows(
            Referral,
            [
                Referral.id,
                Referral.date,
                Referral.direction,
                Referral.partner,
                Referral.prospect_name,
                Referral.prospect_need,
            ],
            [
                (
                    first_r + i,
                    start.isoformat(),
                    "received",
                    first_p + i,
                    f"Prospect {i:04d}",
                    "a very long description of what the prospect needs, so the reason wraps onto several lines"
                    if i % 7 == 0
                    else "office move",
                )
                for i in range(count)
            ],
        )
        insert_rows(
            ThankYou,
            [
                ThankYou.id,
                ThankYou.partner,
                ThankYou.referral,
                ThankYou.reason,
                ThankYou.method,
                ThankYou.due_date,
                ThankYou.status,
            ],
            [
                (
                    first_t + i,
                    first_p + i,
                    first_r + i,
                    "referral_received",
                    "handwritten_card",
                    (start + dt.timedelta(days=i % 90)).isoformat(),
                    status.value,
                )
                for i in range(count)
            ],
        )
    return [first_t + i for i in range(count)]
