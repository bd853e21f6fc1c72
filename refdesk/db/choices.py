"""The fixed choices the tables store, as Python ``Enum``s kept as their text value.

Plain Python, without peewee: the rules, the vocabulary and the window's settings use them
before the database is opened (``refdesk.db.models`` stores them; ``services/vocabulary.py``
holds the words shown for them).
"""

from __future__ import annotations

import enum


class Stage(enum.Enum):
    VISIBILITY = "visibility"
    CREDIBILITY = "credibility"
    PROFITABILITY = "profitability"
    RETIRED = "retired"


class MeetingKind(enum.Enum):
    ONE_TO_ONE = "one_to_one"
    COFFEE = "coffee"
    JOINT_CLIENT = "joint_client_meeting"
    CALL = "call"
    EVENT = "event"


class Comfort(enum.Enum):
    WOULD_NOT_REFER = "would_not_refer"
    WOULD_RECOMMEND = "would_recommend"
    WOULD_INTRODUCE = "would_introduce"


class Direction(enum.Enum):
    GIVEN = "given"
    RECEIVED = "received"


class ReferralType(enum.Enum):
    RECOMMENDATION = "recommendation"  # told the prospect to call
    INTRODUCTION = "introduction"  # warm, facilitated connection


class FirstContact(enum.Enum):
    PARTNER = "partner"
    PROSPECT = "prospect"
    ME = "me"


class ReferralStatus(enum.Enum):
    PASSED = "passed"
    CONTACTED = "contacted"
    MEETING = "meeting"
    WON = "won"
    LOST = "lost"
    NO_CONNECTION = "no_connection"


class Outcome(enum.Enum):
    GOOD = "good"
    NEUTRAL = "neutral"
    BAD = "bad"


class ThankReason(enum.Enum):
    REFERRAL_RECEIVED = "referral_received"
    CLOSED_BUSINESS = "closed_business"
    OTHER = "other"


class ThankMethod(enum.Enum):
    CARD = "handwritten_card"
    EMAIL = "email"
    CALL = "call"
    GIFT = "gift"


class ThankStatus(enum.Enum):
    OWED = "owed"
    WRITTEN = "written"
    SENT = "sent"
