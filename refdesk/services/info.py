"""What is in the database: where it is, its schema version and counts per table, for ``refdesk info`` and About."""

from __future__ import annotations

from refdesk.db import database as _database
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


def schema(url: str, database) -> dict:
    """The database in words (its file, or its server without the password) and its schema versions."""
    return {
        "database": _database.describe(url),
        "schema_version": _database.schema_version(database),
        "latest_schema_version": _database.latest_schema_version(),
    }
