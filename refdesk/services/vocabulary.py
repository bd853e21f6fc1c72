"""RefDesk's vocabulary: the fixed choices (stage, direction, status…) and the words shown for them.

The choices are the ``Enum``s the tables store (``refdesk.db.models``); the words live here,
so the window, the printed sheets and the command line say the same thing, and the interface
never needs the database layer for them.  Labels are never stored in the database.  Qt-free.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

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
from refdesk.services import rules

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
    "GLOSSARY",
    "Term",
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


class Term(NamedTuple):
    """A word of the practice, explained in one plain sentence, with its section in the guide."""

    word: str
    plain: str
    section: str  # the page and anchor of the built-in guide, e.g. "practice.html#stages"


GLOSSARY: dict[str, Term] = {
    "stage": Term(
        "Stage",
        "How far a partnership has come: Visibility (they know you), Credibility (they trust you), "
        "Profitability (you send each other business).",
        "practice.html#stages",
    ),
    "visibility": Term("Visibility", "They know who you are and what you do.", "practice.html#visibility"),
    "credibility": Term("Credibility", "They trust you enough to recommend you.", "practice.html#credibility"),
    "profitability": Term("Profitability", "You actually send each other business.", "practice.html#profitability"),
    "status": Term(
        "Status",
        "How far a referral got: Passed (you handed the name on), then Contacted, Meeting, and Won, Lost "
        "or No connection.",
        "practice.html#status",
    ),
    "passed": Term(
        "Passed",
        "You handed the name on, and nothing has happened yet.",
        "practice.html#status",
    ),
    "balance": Term(
        "Balance",
        f"Referrals you gave them minus referrals they gave you, {rules.WINDOW_PHRASE}: +3 means you "
        "sent three more than you got back.",
        "practice.html#balance",
    ),
    "one_way": Term(
        "One-way street",
        "A partner you send much more work to than you get back: worth a conversation about what they could send you.",
        "practice.html#one-way",
    ),
    "comfort": Term(
        "Comfort",
        "How far they would go for you: not refer you yet, tell people to call you, or bring people to you themselves.",
        "practice.html#comfort",
    ),
    "willingness": Term(
        "Willingness",
        "Their own answer, 0 to 10, to 'how likely are you to refer me?'",
        "practice.html#check-ins",
    ),
    "check_in": Term(
        "Standing check-in",
        f"Asking a partner plainly where you stand with them, every {rules.CHECK_IN_DAYS} days.",
        "practice.html#check-ins",
    ),
    "gone_quiet": Term(
        "Gone quiet",
        f"No meeting and no referral with them, either way, for {rules.QUIET_DAYS} days.",
        "practice.html#gone-quiet",
    ),
    "follow_up": Term(
        "Follow-up",
        f"A reminder {rules.FOLLOW_UP_DAYS} days after a referral to check with both sides that they spoke.",
        "practice.html#follow-up",
    ),
    "type": Term(
        "Recommendation or introduction",
        "A recommendation: you told them to call. An introduction: you brought the two together yourself.",
        "practice.html#types",
    ),
    "first_contact": Term(
        "First contact",
        "Who gets in touch first: best when your partner makes the call.",
        "practice.html#first-contact",
    ),
}
"""Every word of the practice the window shows, in plain words (tooltips, the guide's word list)."""
