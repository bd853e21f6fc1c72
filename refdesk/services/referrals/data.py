"""What a user types about one referral, and the checks it must pass before it is saved.  Qt-free."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from refdesk.db.models import Direction, FirstContact, Outcome, Partner, ReferralStatus, ReferralType
from refdesk.i18n import _
from refdesk.services import formatting, rules

MAX_VALUE = Decimal("999999999999.99")


class ReferralError(ValueError):
    """Input that cannot be saved; ``str()`` is a sentence for the user, ``field`` names the input."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.field = field


@dataclass
class ReferralData:
    """Everything a user types about one referral."""

    date: dt.date
    direction: Direction = Direction.GIVEN
    partner_id: int | None = None
    new_partner_name: str = ""  # when no partner is chosen: create this one with the referral
    prospect_partner_id: int | None = None  # "I introduced A to B": the prospect is a partner
    prospect_name: str = ""
    prospect_contact: str = ""
    prospect_need: str = ""
    type: ReferralType = ReferralType.RECOMMENDATION
    first_contact: FirstContact = FirstContact.PARTNER
    follow_up_date: dt.date | None = None  # None: two days after the referral date
    follow_up_done: bool = False
    status: ReferralStatus = ReferralStatus.PASSED
    closed_value: Decimal | None = None
    currency: str = ""
    closed_date: dt.date | None = None
    outcome: Outcome | None = None
    outcome_feedback: str = ""
    partner_told: bool = False
    partner_told_date: dt.date | None = None
    # a referral I gave: the day the partner, and the prospect, thanked me (None: not yet)
    partner_thanked_date: dt.date | None = None
    prospect_thanked_date: dt.date | None = None
    notes: str = ""
    version: int | None = None  # the referral's version when loaded (data_of); update_referral checks it


def parse_value(text: str) -> Decimal | None:
    """A closed value typed by a user, the locale's way ("1,200.50") → Decimal or None; ReferralError if not a number."""
    try:
        return formatting.parse_amount(text)
    except formatting.AmountError as exc:
        raise ReferralError(str(exc), "closed_value") from None


def check_closed(
    value: Decimal | None, currency: str, closed_date: dt.date | None, referral_date: dt.date
) -> tuple[Decimal | None, str]:
    """The closed business's value (to the cent) and currency (upper case, '' without a value), or
    ReferralError naming the field: a negative or absurdly large value, a currency that is not three
    letters, a closed date before the referral."""
    currency = (currency or "").strip().upper()
    if value is not None:
        if value < 0:
            raise ReferralError(
                _("The closed value cannot be negative. Leave it empty if there was no business."), "closed_value"
            )
        if value > MAX_VALUE:
            raise ReferralError(_("The closed value is too large."), "closed_value")
        value = value.quantize(Decimal("0.01"))
        if currency and (len(currency) != 3 or not currency.isalpha()):
            raise ReferralError(_("The currency must be a three-letter code such as USD or EUR."), "currency")
    else:
        currency = ""
    if closed_date is not None and closed_date < referral_date:
        raise ReferralError(_("The closed date cannot be before the referral date."), "closed_date")
    return value, currency


def validate(data: ReferralData) -> ReferralData:
    """Check *data*; returns a cleaned copy or raises ReferralError naming the first problem."""
    data = replace(
        data,
        new_partner_name=data.new_partner_name.strip(),
        prospect_name=data.prospect_name.strip(),
        prospect_contact=data.prospect_contact.strip(),
        prospect_need=data.prospect_need.strip(),
        outcome_feedback=data.outcome_feedback.strip(),
        notes=data.notes.strip(),
        currency=(data.currency or "").strip().upper() or formatting.default_currency(),  # its own, kept
    )
    if not isinstance(data.date, dt.date):
        raise ReferralError(_("Give the date of the referral."), "date")
    if data.partner_id is None and not data.new_partner_name:
        if data.direction is Direction.GIVEN:
            said = _("Choose the partner you gave this referral to, or type a new partner's name.")
        else:
            said = _("Choose the partner you received this referral from, or type a new partner's name.")
        raise ReferralError(said, "partner")
    if data.partner_id is not None and not Partner.select().where(Partner.id == data.partner_id).exists():
        raise ReferralError(_("That partner no longer exists. Choose another one."), "partner")
    if data.prospect_partner_id is not None:
        if data.prospect_partner_id == data.partner_id:
            raise ReferralError(_("The prospect cannot be the same partner the referral is with."), "prospect")
        if not Partner.select().where(Partner.id == data.prospect_partner_id).exists():
            raise ReferralError(_("The partner chosen as prospect no longer exists."), "prospect")
    elif not data.prospect_name:
        raise ReferralError(_("Say who the prospect is: type their name, or choose one of your partners."), "prospect")
    if data.follow_up_date is None:
        data.follow_up_date = rules.follow_up_date(data.date)
    if data.follow_up_date < data.date:
        raise ReferralError(
            _(
                "The follow-up date ({follow_up}) is before the referral date ({date}). "
                "Choose a follow-up on or after the referral date."
            ).format(follow_up=formatting.date(data.follow_up_date), date=formatting.date(data.date)),
            "follow_up_date",
        )
    data.closed_value, data.currency = check_closed(data.closed_value, data.currency, data.closed_date, data.date)
    if not data.partner_told:
        data.partner_told_date = None
    if data.direction is Direction.RECEIVED:  # I thank them: the thanks I get are on referrals I give
        data.partner_thanked_date = data.prospect_thanked_date = None
    for field, said in (
        ("partner_thanked_date", _("The day the partner thanked you ({day}) is before the referral date ({date}).")),
        ("prospect_thanked_date", _("The day the prospect thanked you ({day}) is before the referral date ({date}).")),
    ):
        day = getattr(data, field)
        if day is not None and day < data.date:
            raise ReferralError(said.format(day=formatting.date(day), date=formatting.date(data.date)), field)
    return data
