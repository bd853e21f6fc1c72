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
from refdesk.i18n import N_, _

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
    "explanation",
]

LABELS: dict[enum.Enum, str] = {
    Stage.VISIBILITY: N_("Visibility"),
    Stage.CREDIBILITY: N_("Credibility"),
    Stage.PROFITABILITY: N_("Profitability"),
    Stage.RETIRED: N_("Retired"),
    MeetingKind.ONE_TO_ONE: N_("One-to-one"),
    MeetingKind.COFFEE: N_("Coffee"),
    MeetingKind.JOINT_CLIENT: N_("Joint client meeting"),
    MeetingKind.CALL: N_("Call"),
    MeetingKind.EVENT: N_("Event"),
    Comfort.WOULD_NOT_REFER: N_("Would not refer"),
    Comfort.WOULD_RECOMMEND: N_("Would recommend"),
    Comfort.WOULD_INTRODUCE: N_("Would introduce"),
    Direction.GIVEN: N_("Given"),
    Direction.RECEIVED: N_("Received"),
    ReferralType.RECOMMENDATION: N_("Recommendation"),
    ReferralType.INTRODUCTION: N_("Introduction"),
    FirstContact.PARTNER: N_("Partner"),
    FirstContact.PROSPECT: N_("Prospect"),
    FirstContact.ME: N_("Me"),
    ReferralStatus.PASSED: N_("Passed"),
    ReferralStatus.CONTACTED: N_("Contacted"),
    ReferralStatus.MEETING: N_("Meeting"),
    ReferralStatus.WON: N_("Won"),
    ReferralStatus.LOST: N_("Lost"),
    ReferralStatus.NO_CONNECTION: N_("No connection"),
    Outcome.GOOD: N_("Good"),
    Outcome.NEUTRAL: N_("Neutral"),
    Outcome.BAD: N_("Bad"),
    ThankReason.REFERRAL_RECEIVED: N_("Referral received"),
    ThankReason.CLOSED_BUSINESS: N_("Closed business"),
    ThankReason.OTHER: N_("Other"),
    ThankMethod.CARD: N_("Handwritten card"),
    ThankMethod.EMAIL: N_("Email"),
    ThankMethod.CALL: N_("Call"),
    ThankMethod.GIFT: N_("Gift"),
    ThankStatus.OWED: N_("To write"),
    ThankStatus.WRITTEN: N_("Written"),
    ThankStatus.SENT: N_("Sent"),
}


def label(value: enum.Enum | None) -> str:
    """The user-facing word for a choice ('' for None)."""
    if value is None:
        return ""
    return _(LABELS[value]) if value in LABELS else str(value.value)


TYPE_EXPLANATIONS = {
    ReferralType.RECOMMENDATION: N_("You told the prospect to get in touch (lighter commitment)."),
    ReferralType.INTRODUCTION: N_("You connected them yourself: a warm, facilitated introduction."),
}
FIRST_CONTACT_EXPLANATIONS = {
    FirstContact.PARTNER: N_("The partner calls the prospect (works best)."),
    FirstContact.PROSPECT: N_("The prospect calls the partner."),
    FirstContact.ME: N_("I set up the first call myself."),
}


def explanation(value: ReferralType | FirstContact) -> str:
    """What a referral type or a first contact means, in a sentence (in the language spoken)."""
    table: dict = TYPE_EXPLANATIONS if isinstance(value, ReferralType) else FIRST_CONTACT_EXPLANATIONS
    return _(table[value])
