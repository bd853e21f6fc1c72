"""RefDesk's vocabulary: the fixed choices (stage, direction, status…) and the words shown for them.

The choices are the ``Enum``s the tables store (``refdesk.db.models``); the words live here,
so the window, the printed sheets and the command line say the same thing, and the interface
never needs the database layer for them.  Labels are never stored in the database.  Qt-free.
"""

from __future__ import annotations

import enum

from refdesk.db.models import (
    Comfort,
    Direction,
    FirstContact,
    MeetingKind,
    Outcome,
    ReferralStatus,
    ReferralType,
    Stage,
    ThankMethod,
    ThankReason,
    ThankStatus,
)

__all__ = [
    "Comfort",
    "Direction",
    "FirstContact",
    "MeetingKind",
    "Outcome",
    "ReferralStatus",
    "ReferralType",
    "Stage",
    "ThankMethod",
    "ThankReason",
    "ThankStatus",
    "LABELS",
    "label",
    "TYPE_EXPLANATIONS",
    "FIRST_CONTACT_EXPLANATIONS",
]

LABELS: dict[enum.Enum, str] = {
    Stage.VISIBILITY: "Visibility",
    Stage.CREDIBILITY: "Credibility",
    Stage.PROFITABILITY: "Profitability",
    Stage.RETIRED: "Retired",
    MeetingKind.ONE_TO_ONE: "One-to-one",
    MeetingKind.COFFEE: "Coffee",
    MeetingKind.JOINT_CLIENT: "Joint client meeting",
    MeetingKind.CALL: "Call",
    MeetingKind.EVENT: "Event",
    Comfort.WOULD_NOT_REFER: "Would not refer",
    Comfort.WOULD_RECOMMEND: "Would recommend",
    Comfort.WOULD_INTRODUCE: "Would introduce",
    Direction.GIVEN: "Given",
    Direction.RECEIVED: "Received",
    ReferralType.RECOMMENDATION: "Recommendation",
    ReferralType.INTRODUCTION: "Introduction",
    FirstContact.PARTNER: "Partner",
    FirstContact.PROSPECT: "Prospect",
    FirstContact.ME: "Me",
    ReferralStatus.PASSED: "Passed",
    ReferralStatus.CONTACTED: "Contacted",
    ReferralStatus.MEETING: "Meeting",
    ReferralStatus.WON: "Won",
    ReferralStatus.LOST: "Lost",
    ReferralStatus.NO_CONNECTION: "No connection",
    Outcome.GOOD: "Good",
    Outcome.NEUTRAL: "Neutral",
    Outcome.BAD: "Bad",
    ThankReason.REFERRAL_RECEIVED: "Referral received",
    ThankReason.CLOSED_BUSINESS: "Closed business",
    ThankReason.OTHER: "Other",
    ThankMethod.CARD: "Handwritten card",
    ThankMethod.EMAIL: "Email",
    ThankMethod.CALL: "Call",
    ThankMethod.GIFT: "Gift",
    ThankStatus.OWED: "To write",
    ThankStatus.WRITTEN: "Written",
    ThankStatus.SENT: "Sent",
}


def label(value: enum.Enum | None) -> str:
    """The user-facing word for a choice ('' for None)."""
    if value is None:
        return ""
    return LABELS.get(value, str(value.value))


TYPE_EXPLANATIONS = {
    ReferralType.RECOMMENDATION: "You told the prospect to get in touch (lighter commitment).",
    ReferralType.INTRODUCTION: "You connected them yourself: a warm, facilitated introduction.",
}
FIRST_CONTACT_EXPLANATIONS = {
    FirstContact.PARTNER: "The partner calls the prospect (works best).",
    FirstContact.PROSPECT: "The prospect calls the partner.",
    FirstContact.ME: "I set up the first call myself.",
}
