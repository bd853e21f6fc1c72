"""The referral log: every referral given and received, its follow-up, outcome and thank-yous.

``data`` is what a user types and its checks, ``write`` logs and changes referrals (each write a
``Change`` the window can undo, the rules of the practice applied), ``query`` reads the log.
Qt-free.
"""

from refdesk.services.referrals.data import MAX_VALUE, ReferralData, ReferralError, parse_value, validate
from refdesk.services.referrals.query import (
    FOLLOW_UP_STATUSES,
    OPEN_STATUSES,
    SORT_KEYS,
    STATUS_ORDER,
    ReferralFilter,
    ReferralRow,
    count_due,
    count_referrals,
    due_condition,
    due_follow_ups,
    follow_up_due,
    get_row,
    iter_referrals,
    list_referrals,
    pending_condition,
    position,
    thank_yous_of,
)
from refdesk.services.referrals.write import (
    confirm_follow_up,
    confirm_follow_ups,
    create_referral,
    data_of,
    delete_referral,
    quick_create_partner,
    set_outcome,
    set_partner_told,
    set_status,
    set_thanked,
    update_referral,
)

__all__ = [
    "FOLLOW_UP_STATUSES",
    "MAX_VALUE",
    "OPEN_STATUSES",
    "SORT_KEYS",
    "STATUS_ORDER",
    "ReferralData",
    "ReferralError",
    "ReferralFilter",
    "ReferralRow",
    "confirm_follow_up",
    "confirm_follow_ups",
    "count_due",
    "count_referrals",
    "create_referral",
    "data_of",
    "delete_referral",
    "due_condition",
    "due_follow_ups",
    "follow_up_due",
    "get_row",
    "iter_referrals",
    "list_referrals",
    "parse_value",
    "pending_condition",
    "position",
    "quick_create_partner",
    "set_outcome",
    "set_partner_told",
    "set_status",
    "set_thanked",
    "thank_yous_of",
    "update_referral",
    "validate",
]
