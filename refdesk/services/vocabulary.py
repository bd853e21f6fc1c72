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
from refdesk.i18n import N_, _
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
        "Overdue for contact: no meeting, referral either way, check-in or thank-you sent to them "
        "within their stay-in-touch cadence (every few weeks, by stage or their own).",
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


def explanation(value: ReferralType | FirstContact) -> str:
    """What a referral type or a first contact means, in a sentence (in the language spoken)."""
    table: dict = TYPE_EXPLANATIONS if isinstance(value, ReferralType) else FIRST_CONTACT_EXPLANATIONS
    return _(table[value])
