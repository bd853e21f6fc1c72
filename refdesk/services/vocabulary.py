"""RefDesk's vocabulary: the fixed choices (stage, direction, status…) and the words shown for them.

The choices are the ``Enum``s the tables store (``refdesk.db.choices``); the words live here,
so the window, the printed sheets and the command line say the same thing, and the interface
never needs the database layer for them.  Labels are never stored in the database.  Qt-free.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from refdesk.db.choices import (
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
from refdesk.i18n import N_, Words, _
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
    """A word of the practice, explained in one plain sentence, with its section in the guide.

    ``word`` and ``plain`` say it in the language spoken, with the practice's day counts as they are
    set now (``{follow_up_days}``, ``{check_in_days}``, ``{window}`` in the English)."""

    english_word: str
    english_plain: str
    section: str  # the page and anchor of the built-in guide, e.g. "practice.html#stages"

    @property
    def word(self) -> str:
        return _(self.english_word)

    @property
    def plain(self) -> str:
        return _(self.english_plain).format(
            follow_up_days=rules.FOLLOW_UP_DAYS,
            check_in_days=rules.CHECK_IN_DAYS,
            window=rules.WINDOW_PHRASE,
        )


GLOSSARY: dict[str, Term] = {
    "stage": Term(
        N_("Stage"),
        N_(
            "How far a partnership has come: Visibility (they know you), Credibility (they trust you), "
            "Profitability (you send each other business)."
        ),
        "practice.html#stages",
    ),
    "visibility": Term(N_("Visibility"), N_("They know who you are and what you do."), "practice.html#visibility"),
    "credibility": Term(N_("Credibility"), N_("They trust you enough to recommend you."), "practice.html#credibility"),
    "profitability": Term(
        N_("Profitability"), N_("You actually send each other business."), "practice.html#profitability"
    ),
    "status": Term(
        N_("Status"),
        N_(
            "How far a referral got: Passed (you handed the name on), then Contacted, Meeting, and Won, Lost "
            "or No connection."
        ),
        "practice.html#status",
    ),
    "passed": Term(N_("Passed"), N_("You handed the name on, and nothing has happened yet."), "practice.html#status"),
    "balance": Term(
        N_("Balance"),
        N_(
            "Referrals you gave them minus referrals they gave you, {window}: +3 means you "
            "sent three more than you got back."
        ),
        "practice.html#balance",
    ),
    "one_way": Term(
        N_("One-way street"),
        N_(
            "A partner you send much more work to than you get back: worth a conversation about what they could send you."
        ),
        "practice.html#one-way",
    ),
    "comfort": Term(
        N_("Comfort"),
        N_(
            "How far they would go for you: not refer you yet, tell people to call you, or bring people to you themselves."
        ),
        "practice.html#comfort",
    ),
    "willingness": Term(
        N_("Willingness"),
        N_("Their own answer, 0 to 10, to 'how likely are you to refer me?'"),
        "practice.html#check-ins",
    ),
    "check_in": Term(
        N_("Standing check-in"),
        N_("Asking a partner plainly where you stand with them, every {check_in_days} days."),
        "practice.html#check-ins",
    ),
    "gone_quiet": Term(
        N_("Gone quiet"),
        N_(
            "Overdue for contact: no meeting, referral either way, check-in or thank-you sent to them "
            "within their stay-in-touch cadence (every few weeks, by stage or their own)."
        ),
        "practice.html#gone-quiet",
    ),
    "follow_up": Term(
        N_("Follow-up"),
        N_("A reminder {follow_up_days} days after a referral to check with both sides that they spoke."),
        "practice.html#follow-up",
    ),
    "type": Term(
        N_("Recommendation or introduction"),
        N_("A recommendation: you told them to call. An introduction: you brought the two together yourself."),
        "practice.html#types",
    ),
    "first_contact": Term(
        N_("First contact"),
        N_("Who gets in touch first: best when your partner makes the call."),
        "practice.html#first-contact",
    ),
}
"""Every word of the practice the window shows, in plain words (tooltips, the guide's word list)."""


def explanation(value: ReferralType | FirstContact) -> str:
    """What a referral type or a first contact means, in a sentence (in the language spoken)."""
    table: dict = TYPE_EXPLANATIONS if isinstance(value, ReferralType) else FIRST_CONTACT_EXPLANATIONS
    return _(table[value])


FIELDS: Words[str] = Words(
    {
        # what a field is called where RefDesk names one (what someone else changed, in a conflict)
        "address": N_("Address"),
        "amount": N_("Amount"),
        "cadence_weeks": N_("Stay in touch every"),
        "category": N_("Category"),
        "closed_date": N_("Closed date"),
        "closed_value": N_("Closed value"),
        "comfort": N_("Comfort"),
        "company": N_("Company"),
        "currency": N_("Currency"),
        "date": N_("Date"),
        "direction": N_("Direction"),
        "due_date": N_("Due date"),
        "email": N_("Email address"),
        "emails": N_("Email addresses"),
        "experience": N_("My experience with them"),
        "first_contact": N_("First contact"),
        "follow_up_date": N_("Follow-up date"),
        "follow_up_done": N_("Follow-up done"),
        "ideal_referral": N_("Ideal referral"),
        "import_batch": N_("Import"),
        "kind": N_("Kind"),
        "label": N_("Label"),
        "method": N_("Method"),
        "name": N_("Name"),
        "next_step": N_("Next step"),
        "next_step_date": N_("Next step due"),
        "next_step_done": N_("Next step done"),
        "note": N_("Note"),
        "notes": N_("Notes"),
        "outcome": N_("Outcome"),
        "outcome_feedback": N_("Feedback"),
        "partner": N_("Partner"),
        "partner_thanked_date": N_("Partner thanked me"),
        "partner_told": N_("Partner told"),
        "partner_told_date": N_("Partner told on"),
        "phone": N_("Phone number"),
        "phones": N_("Phone numbers"),
        "position": N_("Order"),
        "possible_duplicate_of": N_("Possible duplicate of"),
        "prospect_contact": N_("Prospect's phone or email"),
        "prospect_name": N_("Prospect"),
        "prospect": N_("Prospect"),
        "prospect_need": N_("What they need"),
        "prospect_partner": N_("Prospect"),
        "prospect_thanked_date": N_("Prospect thanked me"),
        "reason": N_("Reason"),
        "recipient_name": N_("Recipient"),
        "recipient": N_("Recipient"),
        "referral": N_("Referral"),
        "retired_reason": N_("Retired because"),
        "sent_date": N_("Sent on"),
        "source": N_("Source"),
        "stage": N_("Stage"),
        "status": N_("Status"),
        "tags": N_("Tags"),
        "type": N_("Type"),
        "want_from_them": N_("What I want from them"),
        "wants_from_me": N_("What they want from me"),
        "website": N_("Website"),
        "what_to_tell": N_("What to tell others about them"),
        "willingness": N_("Willingness"),
        "written_date": N_("Written on"),
    }
)


def field_words(name: str) -> str:
    """What the field *name* ("follow_up_date") is called, in the language spoken ("Follow-up date")."""
    return FIELDS[name] if name in FIELDS else name.replace("_", " ").capitalize()
