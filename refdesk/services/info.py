"""What is in the database: counts per table, for ``refdesk info`` and About."""

from __future__ import annotations

from refdesk.db.models import ImportBatch, Meeting, Partner, Referral, StandingCheck, ThankYou

COUNTED = {
    "partners": Partner,
    "referrals": Referral,
    "meetings": Meeting,
    "standing_checks": StandingCheck,
    "thank_yous": ThankYou,
    "imports": ImportBatch,
}


def row_counts() -> dict[str, int]:
    return {name: model.select().count() for name, model in COUNTED.items()}


def is_empty() -> bool:
    return not Partner.select().exists() and not Referral.select().exists()
