"""What is due: the lists on the Today page, in ``refdesk stats``, the calendar and the notifications.

Each list has its total and its first rows (``Due``), and applies its rule from
``refdesk.services.rules`` (or, for follow-ups, ``referrals.due_condition``), the same rule the
other pages use.  Qt-free.

- ``lists``: follow-ups due, thank-yous owed, standing check-ins due;
- ``contact``: the stay-in-touch cadence of each partner, and who is overdue for contact;
- ``coming``: meetings' next steps due, and everything coming up in the next few days.
"""

from __future__ import annotations

from refdesk.services.due.coming import KINDS, NextStepDue, Upcoming, next_steps_due, upcoming
from refdesk.services.due.contact import (
    STATES,
    Cadences,
    CadenceState,
    OverdueContact,
    cadence_state,
    cadences,
    overdue_for_contact,
)
from refdesk.services.due.lists import (
    CheckInDue,
    Due,
    FollowUpDue,
    ThankOwed,
    ThanksDue,
    check_ins_due,
    follow_ups_due,
    thanks_owed,
)

__all__ = [
    "KINDS",
    "STATES",
    "CadenceState",
    "Cadences",
    "CheckInDue",
    "Due",
    "FollowUpDue",
    "NextStepDue",
    "OverdueContact",
    "ThankOwed",
    "ThanksDue",
    "Upcoming",
    "cadence_state",
    "cadences",
    "check_ins_due",
    "follow_ups_due",
    "next_steps_due",
    "overdue_for_contact",
    "thanks_owed",
    "upcoming",
]
