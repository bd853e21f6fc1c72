"""The referral log: every referral given and received, its follow-up, outcome and thank-yous.

Qt-free.  The rules of the practice live here:

* A **received** referral creates a thank-you owed to the referring partner, due
  two days after the referral date.
* A referral that becomes **won** where I received the business creates a
  "closed business" thank-you carrying the closed value (due two days after the
  closed date).
* A **bad** outcome creates a follow-up, due the next day, to find out what went wrong.
* A follow-up is **due** when its date has come, it has not been confirmed, and the
  status is still passed or contacted (or the outcome is bad).  ``confirm_follow_up``
  ("connection confirmed") clears it.
* Thank-yous are created only when a referral *becomes* received / won-and-received,
  and only if the referral has none of that kind yet, so status changes back and
  forth, edits and undo never create duplicates.  Going back (won → meeting,
  received → given) removes the thank-yous that were not sent yet.
* Deleting a referral removes its unsent thank-yous (sent ones stay, as history) and
  returns a ``Snapshot`` that ``restore()`` puts back exactly, with the same ids.

Every write is one transaction and returns a ``Change`` (before/after snapshots) that
the window's undo stack replays with ``Change.undo()`` / ``Change.redo()``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from peewee import JOIN, Case, Select, fn

from refdesk.db.database import db
from refdesk.db.models import (
    Direction,
    FirstContact,
    Meeting,
    Outcome,
    Partner,
    Referral,
    ReferralStatus,
    ReferralType,
    StandingCheck,
    ThankReason,
    ThankStatus,
    ThankYou,
)
from refdesk.services.concurrency import Conflict, check_versions, save_checked, write_transaction

log = logging.getLogger(__name__)

FOLLOW_UP_DAYS = 2  # "follow up with both parties within a day or two"
THANK_YOU_DAYS = 2  # a thank-you is due two days after the referral (or the closed business)
BAD_OUTCOME_FOLLOW_UP_DAYS = 1  # "when a referral goes bad, find out why" — the next day
#: statuses in which the connection is not confirmed yet, so a follow-up is pending
FOLLOW_UP_STATUSES = (ReferralStatus.PASSED, ReferralStatus.CONTACTED)
#: statuses still in progress
OPEN_STATUSES = (ReferralStatus.PASSED, ReferralStatus.CONTACTED, ReferralStatus.MEETING)
#: the pipeline order, used for sorting by status
STATUS_ORDER = list(ReferralStatus)
MAX_VALUE = Decimal("999999999999.99")

TYPE_EXPLANATIONS = {
    ReferralType.RECOMMENDATION: "You told the prospect to get in touch (lighter commitment).",
    ReferralType.INTRODUCTION: "You connected them yourself: a warm, facilitated introduction.",
}
FIRST_CONTACT_EXPLANATIONS = {
    FirstContact.PARTNER: "The partner calls the prospect (works best).",
    FirstContact.PROSPECT: "The prospect calls the partner.",
    FirstContact.ME: "I set up the first call myself.",
}


class ReferralError(ValueError):
    """Input that cannot be saved; ``str()`` is a sentence for the user, ``field`` names the input."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.field = field


# --- what the dialog edits ------------------------------------------------------------------


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
    notes: str = ""
    version: int | None = None  # the referral's version when loaded (data_of); update_referral checks it


def parse_value(text: str) -> Decimal | None:
    """A closed value typed by a user ("1,200.50", "1200", "") → Decimal or None; ReferralError if not a number."""
    cleaned = (text or "").strip().replace(",", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ReferralError(
            f"“{text.strip()}” is not an amount. Type a number such as 1200 or 1200.50.", "closed_value"
        ) from None
    if not value.is_finite():
        raise ReferralError("The closed value must be an ordinary number.", "closed_value")
    return value


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
        currency=(data.currency or "").strip().upper(),
    )
    if not isinstance(data.date, dt.date):
        raise ReferralError("Give the date of the referral.", "date")
    if data.partner_id is None and not data.new_partner_name:
        who = "gave this referral to" if data.direction is Direction.GIVEN else "received this referral from"
        raise ReferralError(f"Choose the partner you {who}, or type a new partner's name.", "partner")
    if data.partner_id is not None and not Partner.select().where(Partner.id == data.partner_id).exists():
        raise ReferralError("That partner no longer exists. Choose another one.", "partner")
    if data.prospect_partner_id is not None:
        if data.prospect_partner_id == data.partner_id:
            raise ReferralError("The prospect cannot be the same partner the referral is with.", "prospect")
        if not Partner.select().where(Partner.id == data.prospect_partner_id).exists():
            raise ReferralError("The partner chosen as prospect no longer exists.", "prospect")
    elif not data.prospect_name:
        raise ReferralError("Say who the prospect is: type their name, or choose one of your partners.", "prospect")
    if data.follow_up_date is None:
        data.follow_up_date = data.date + dt.timedelta(days=FOLLOW_UP_DAYS)
    if data.follow_up_date < data.date:
        raise ReferralError(
            f"The follow-up date ({data.follow_up_date:%d %b %Y}) is before the referral date "
            f"({data.date:%d %b %Y}). Choose a follow-up on or after the referral date.",
            "follow_up_date",
        )
    if data.closed_value is not None:
        if data.closed_value < 0:
            raise ReferralError(
                "The closed value cannot be negative. Leave it empty if there was no business.", "closed_value"
            )
        if data.closed_value > MAX_VALUE:
            raise ReferralError("The closed value is too large.", "closed_value")
        data.closed_value = data.closed_value.quantize(Decimal("0.01"))
        if data.currency and (len(data.currency) != 3 or not data.currency.isalpha()):
            raise ReferralError("The currency must be a three-letter code such as USD or EUR.", "currency")
    else:
        data.currency = ""
    if data.closed_date is not None and data.closed_date < data.date:
        raise ReferralError("The closed date cannot be before the referral date.", "closed_date")
    if not data.partner_told:
        data.partner_told_date = None
    return data


# --- snapshots and changes (undo) -----------------------------------------------------------


@dataclass
class Snapshot:
    """A referral with its thank-yous (and a partner created with it), as rows, to put back exactly."""

    referral: dict[str, Any]
    thank_yous: list[dict[str, Any]] = field(default_factory=list)
    created_partner: dict[str, Any] | None = None

    @property
    def referral_id(self) -> int:
        return self.referral["id"]


@dataclass
class Change:
    """One committed change; ``undo()``/``redo()`` replay it.  ``before``/``after`` None: absent."""

    referral_id: int
    before: Snapshot | None
    after: Snapshot | None
    text: str = ""

    def _thank_ids(self, snap: Snapshot | None) -> set[int]:
        return {t["id"] for t in snap.thank_yous} if snap else set()

    @property
    def thanks_created(self) -> set[int]:
        return self._thank_ids(self.after) - self._thank_ids(self.before)

    @property
    def thanks_removed(self) -> set[int]:
        before = (
            {t["id"] for t in self.before.thank_yous if t["status"] is not ThankStatus.SENT} if self.before else set()
        )
        return before - self._thank_ids(self.after)

    @property
    def thanks_changed(self) -> bool:
        before = self.before.thank_yous if self.before else []
        after = self.after.thank_yous if self.after else []
        return before != after

    def undo(self) -> None:
        _set_state(self.referral_id, self.before, self.after)

    def redo(self) -> None:
        _set_state(self.referral_id, self.after, self.before)


def _row(model, pk: int) -> dict[str, Any] | None:
    return model.select().where(model._meta.primary_key == pk).dicts().get_or_none()


def snapshot(referral_id: int) -> Snapshot:
    ref = _row(Referral, referral_id)
    if ref is None:
        raise ReferralError("That referral no longer exists.")
    thanks = list(ThankYou.select().where(ThankYou.referral == referral_id).order_by(ThankYou.id).dicts())
    return Snapshot(ref, thanks)


def _put(model, row: dict[str, Any]) -> None:
    """Insert *row* with its id, or overwrite the existing row with that id."""
    pk = row["id"]
    values = {k: v for k, v in row.items() if k != "id"}
    if model.select().where(model._meta.primary_key == pk).exists():
        model.update(**values).where(model._meta.primary_key == pk).execute()
    else:
        model.insert(**row).execute()


def _partner_is_unused(partner_id: int) -> bool:
    return not any(
        q.exists()
        for q in (
            Referral.select().where((Referral.partner == partner_id) | (Referral.prospect_partner == partner_id)),
            ThankYou.select().where(ThankYou.partner == partner_id),
            Meeting.select().where(Meeting.partner == partner_id),
            StandingCheck.select().where(StandingCheck.partner == partner_id),
        )
    )


def _set_state(referral_id: int, target: Snapshot | None, other: Snapshot | None) -> None:
    with db.atomic():
        if target is None:
            _remove(referral_id)
            created = other.created_partner if other else None
            if created and _partner_is_unused(created["id"]):
                Partner.delete().where(Partner.id == created["id"]).execute()
            return
        restore(target)


def restore(snap: Snapshot) -> None:
    """Put a referral and its thank-yous back exactly as in *snap* (same ids)."""
    with db.atomic():
        if snap.created_partner is not None:
            if not Partner.select().where(Partner.id == snap.created_partner["id"]).exists():
                Partner.insert(**snap.created_partner).execute()
        partner_ids = {snap.referral["partner"], snap.referral.get("prospect_partner")} - {None}
        found = {p for (p,) in Partner.select(Partner.id).where(Partner.id.in_(list(partner_ids))).tuples()}
        if found != partner_ids:
            raise ReferralError("The referral cannot be put back: its partner has been deleted since.")
        _put(Referral, snap.referral)
        keep = [t["id"] for t in snap.thank_yous]
        ThankYou.delete().where((ThankYou.referral == snap.referral_id) & ThankYou.id.not_in(keep)).execute()
        for row in snap.thank_yous:
            _put(ThankYou, row)


def _remove(referral_id: int) -> None:
    ThankYou.delete().where((ThankYou.referral == referral_id) & (ThankYou.status != ThankStatus.SENT)).execute()
    ThankYou.update(referral=None).where(ThankYou.referral == referral_id).execute()
    Referral.delete().where(Referral.id == referral_id).execute()


# --- writing --------------------------------------------------------------------------------


def quick_create_partner(name: str, company: str = "", category: str = "") -> Partner:
    """A partner with just a name (and company), created from the referral dialog."""
    name = (name or "").strip()
    if not name:
        raise ReferralError("Type the new partner's name.", "partner")
    with db.atomic():
        return Partner.create(
            name=name, company=(company or "").strip(), category=(category or "").strip(), source="typed"
        )


def _referral_values(data: ReferralData) -> dict[str, Any]:
    return {
        "date": data.date,
        "direction": data.direction,
        "partner": data.partner_id,
        "prospect_partner": data.prospect_partner_id,
        "prospect_name": data.prospect_name,
        "prospect_contact": data.prospect_contact,
        "prospect_need": data.prospect_need,
        "type": data.type,
        "first_contact": data.first_contact,
        "follow_up_date": data.follow_up_date,
        "follow_up_done": data.follow_up_done,
        "status": data.status,
        "closed_value": data.closed_value,
        "currency": data.currency,
        "closed_date": data.closed_date,
        "outcome": data.outcome,
        "outcome_feedback": data.outcome_feedback,
        "partner_told": data.partner_told,
        "partner_told_date": data.partner_told_date,
        "notes": data.notes,
    }


def data_of(referral_id: int) -> ReferralData:
    """The editable values of a saved referral (for the dialog)."""
    ref = Referral.get_or_none(Referral.id == referral_id)
    if ref is None:
        raise ReferralError("That referral no longer exists.")
    return ReferralData(
        date=ref.date,
        direction=ref.direction,
        partner_id=ref.partner_id,
        prospect_partner_id=ref.prospect_partner_id,
        prospect_name=ref.prospect_name,
        prospect_contact=ref.prospect_contact,
        prospect_need=ref.prospect_need,
        type=ref.type,
        first_contact=ref.first_contact,
        follow_up_date=ref.follow_up_date,
        follow_up_done=ref.follow_up_done,
        status=ref.status,
        closed_value=ref.closed_value,
        currency=ref.currency,
        closed_date=ref.closed_date,
        outcome=ref.outcome,
        outcome_feedback=ref.outcome_feedback,
        partner_told=ref.partner_told,
        partner_told_date=ref.partner_told_date,
        notes=ref.notes,
        version=ref.version,
    )


def _apply_automatic(data: ReferralData, old: ReferralData | None, today: dt.date) -> ReferralData:
    """Changes the rules make to the referral itself before it is saved."""
    if data.outcome is Outcome.BAD and (old is None or old.outcome is not Outcome.BAD):
        # a bad outcome: find out what went wrong, tomorrow
        data.follow_up_date = max(today, data.date) + dt.timedelta(days=BAD_OUTCOME_FOLLOW_UP_DAYS)
        data.follow_up_done = False
    if data.status is ReferralStatus.WON and data.closed_date is None:
        data.closed_date = max(today, data.date)
    if data.partner_told and data.partner_told_date is None:
        data.partner_told_date = max(today, data.date)
    return data


def _sync_thank_yous(ref_id: int, data: ReferralData, old: ReferralData | None, today: dt.date) -> None:
    """Create, update or remove the referral's automatic thank-yous (inside a transaction)."""
    received = data.direction is Direction.RECEIVED
    was_received = old is not None and old.direction is Direction.RECEIVED
    won = received and data.status is ReferralStatus.WON
    was_won = was_received and old is not None and old.status is ReferralStatus.WON
    unsent = ThankYou.status != ThankStatus.SENT
    mine = ThankYou.referral == ref_id

    def existing(reason: ThankReason):
        return ThankYou.select().where(mine & (ThankYou.reason == reason))

    # thank the partner for the referral
    reason = ThankReason.REFERRAL_RECEIVED
    due = data.date + dt.timedelta(days=THANK_YOU_DAYS)
    if received:
        if not was_received and not existing(reason).exists():
            ThankYou.create(partner=data.partner_id, referral=ref_id, reason=reason, due_date=due)
        else:
            ThankYou.update(partner=data.partner_id, due_date=due).where(
                mine & (ThankYou.reason == reason) & (ThankYou.status == ThankStatus.OWED)
            ).execute()
    else:
        ThankYou.delete().where(mine & (ThankYou.reason == reason) & unsent).execute()

    # thank the partner for the business it brought
    reason = ThankReason.CLOSED_BUSINESS
    due = (data.closed_date or today) + dt.timedelta(days=THANK_YOU_DAYS)
    if won:
        if not was_won and not existing(reason).exists():
            ThankYou.create(
                partner=data.partner_id, referral=ref_id, reason=reason, amount=data.closed_value, due_date=due
            )
        else:
            ThankYou.update(amount=data.closed_value).where(mine & (ThankYou.reason == reason) & unsent).execute()
            ThankYou.update(partner=data.partner_id, due_date=due).where(
                mine & (ThankYou.reason == reason) & (ThankYou.status == ThankStatus.OWED)
            ).execute()
    else:
        ThankYou.delete().where(mine & (ThankYou.reason == reason) & unsent).execute()


def _describe(data: ReferralData, partner_name: str) -> str:
    arrow = "to" if data.direction is Direction.GIVEN else "from"
    return f"referral {arrow} {partner_name}"


def _partner_name(partner_id: int | None) -> str:
    if partner_id is None:
        return ""
    return Partner.select(Partner.name).where(Partner.id == partner_id).scalar() or ""


def create_referral(data: ReferralData, today: dt.date | None = None) -> Change:
    """Log a new referral (creating its partner if ``new_partner_name`` is set) and its thank-yous."""
    today = today or dt.date.today()
    data = validate(data)
    with db.atomic():
        created = None
        if data.partner_id is None:
            partner = quick_create_partner(data.new_partner_name)
            data.partner_id = partner.id
            created = _row(Partner, partner.id)
        data = _apply_automatic(data, None, today)
        ref = Referral.create(**_referral_values(data))
        _sync_thank_yous(ref.id, data, None, today)
        after = snapshot(ref.id)
        after.created_partner = created
    log.info("logged referral %s", ref.id)
    return Change(ref.id, None, after, f"Log {_describe(data, _partner_name(data.partner_id))}")


def update_referral(
    referral_id: int,
    data: ReferralData,
    today: dt.date | None = None,
    *,
    expected_version: int | None = None,
    original: ReferralData | None = None,
) -> Change:
    """Save edits to a referral; the rules add or remove thank-yous and follow-ups as its state changes.

    *expected_version* is the version the user started editing from (``ReferralData.version``): if
    someone else saved or deleted the referral since, nothing is written (no thank-you either) and
    ``Conflict`` says what they changed (narrowed to their changes when *original*, the data as
    loaded, is given).  The check and the write are one ``UPDATE … WHERE id = ? AND version = ?``
    in the same transaction as the thank-yous.  None saves without the check ("Overwrite with mine").
    """
    today = today or dt.date.today()
    data = validate(data)
    with write_transaction():
        if expected_version is not None and not Referral.select().where(Referral.id == referral_id).exists():
            raise Conflict(Referral, referral_id, expected_version, None)
        before = snapshot(referral_id)
        old = data_of(referral_id)
        created = None
        if data.partner_id is None:
            partner = quick_create_partner(data.new_partner_name)
            data.partner_id = partner.id
            created = _row(Partner, partner.id)
        data = _apply_automatic(data, old, today)
        values = _referral_values(data)
        ref = Referral.get_by_id(referral_id)
        for key, value in values.items():
            setattr(ref, key, value)
        if expected_version is None:
            ref.save()
        else:
            loaded = _referral_values(original) if original is not None else None
            if loaded is not None and original.partner_id is None:
                loaded.pop("partner")
            save_checked(ref, expected_version, original=loaded)  # raises Conflict: the transaction is undone
        _sync_thank_yous(referral_id, data, old, today)
        after = snapshot(referral_id)
        after.created_partner = created
    return Change(referral_id, before, after, f"Edit {_describe(data, _partner_name(data.partner_id))}")


def _quick(referral_id: int, expected_version: int | None, edit, text: str, today: dt.date | None) -> Change:
    """A one-click change to a referral (status, outcome, "partner told"), version-checked.

    *expected_version* is the version the user saw (``ReferralRow.version``): if someone else
    changed or deleted the referral since, nothing is written and ``Conflict`` is raised.  The row
    is locked while it is read and written, so two people clicking at once never lose an update
    (the second one's click applies on top of the first, or is refused when it checks a version).
    """
    with write_transaction():
        if check_versions(Referral, {referral_id: expected_version}).get(referral_id) is None:
            raise ReferralError("That referral no longer exists.")
        data = data_of(referral_id)
        edit(data)
        change = update_referral(referral_id, data, today, expected_version=data.version)
    change.text = text
    return change


def set_status(
    referral_id: int, status: ReferralStatus, today: dt.date | None = None, *, expected_version: int | None = None
) -> Change:
    """Move a referral along (or back along) its pipeline (see ``_quick`` for *expected_version*)."""
    return _quick(
        referral_id,
        expected_version,
        lambda data: setattr(data, "status", status),
        f"Mark referral as {status.value.replace('_', ' ')}",
        today,
    )


def set_outcome(
    referral_id: int,
    outcome: Outcome | None,
    feedback: str | None = None,
    today: dt.date | None = None,
    *,
    expected_version: int | None = None,
) -> Change:
    def edit(data: ReferralData) -> None:
        data.outcome = outcome
        if feedback is not None:
            data.outcome_feedback = feedback

    return _quick(referral_id, expected_version, edit, "Set referral outcome", today)


def set_partner_told(
    referral_id: int, told: bool = True, today: dt.date | None = None, *, expected_version: int | None = None
) -> Change:
    """Record that the partner has been told of the outcome (today), or undo that with ``told=False``."""

    def edit(data: ReferralData) -> None:
        if not (told and data.partner_told):
            data.partner_told_date = None  # told now: _apply_automatic dates it today
        data.partner_told = bool(told)

    return _quick(
        referral_id,
        expected_version,
        edit,
        "Partner told of the outcome" if told else "Partner not told of the outcome",
        today,
    )


def confirm_follow_up(referral_id: int, done: bool = True, *, expected_version: int | None = None) -> Change:
    """Mark the referral's follow-up handled ("connection confirmed"), or pending again with ``done=False``.

    Version-checked like the other quick actions (``_quick``).
    """
    with write_transaction():
        if check_versions(Referral, {referral_id: expected_version}).get(referral_id) is None:
            raise ReferralError("That referral no longer exists.")
        before = snapshot(referral_id)
        ref = Referral.get_by_id(referral_id)
        ref.follow_up_done = bool(done)
        save_checked(ref, ref.version)
        after = snapshot(referral_id)
    return Change(referral_id, before, after, "Confirm follow-up" if done else "Reopen follow-up")


def confirm_follow_ups(ids: list[int], expected: dict[int, int] | None = None) -> list[Change]:
    """``confirm_follow_up`` for several referrals in one transaction: all of them, or none on a Conflict."""
    expected = expected or {}
    with write_transaction():
        return [confirm_follow_up(i, expected_version=expected.get(i)) for i in ids]


def delete_referral(referral_id: int) -> Snapshot:
    """Delete a referral and its unsent thank-yous; returns what ``restore()`` needs to put it back."""
    with db.atomic():
        snap = snapshot(referral_id)
        _remove(referral_id)
    log.info("deleted referral %s", referral_id)
    return snap


def delete_change(referral_id: int) -> Change:
    """``delete_referral`` as an undoable Change."""
    snap = delete_referral(referral_id)
    name = _partner_name(snap.referral["partner"])
    return Change(referral_id, snap, None, f"Delete referral ({name})" if name else "Delete referral")


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReferralFilter:
    """What the referral list shows.  ``None``/empty means "any"."""

    direction: Direction | None = None
    status: ReferralStatus | None = None
    open_only: bool = False  # passed, contacted or meeting
    due_only: bool = False  # follow-up due (see ``follow_up_due``)
    partner_id: int | None = None  # as the partner or as the prospect
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""


@dataclass(frozen=True)
class ReferralRow:
    """One line of the referral list."""

    id: int
    date: dt.date
    direction: Direction
    partner_id: int
    partner: str
    prospect: str
    prospect_partner_id: int | None
    prospect_need: str
    type: ReferralType
    first_contact: FirstContact
    status: ReferralStatus
    follow_up_date: dt.date | None
    follow_up_done: bool
    follow_up_pending: bool  # a follow-up is waiting (due now or later)
    closed_value: Decimal | None
    currency: str
    closed_date: dt.date | None
    outcome: Outcome | None
    outcome_feedback: str
    partner_told: bool
    notes: str
    version: int = 0  # the referral's version when listed: quick actions check it

    def follow_up_due(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.follow_up_pending and self.follow_up_date is not None and self.follow_up_date <= today

    def follow_up_overdue(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.follow_up_pending and self.follow_up_date is not None and self.follow_up_date < today

    @property
    def follow_up_reason(self) -> str:
        """ "bad_outcome" (find out what went wrong) or "connection" (check the connection was made)."""
        return "bad_outcome" if self.outcome is Outcome.BAD else "connection"


def _follow_up_date_expr():
    # COALESCE keeps SQLite from walking the follow_up_date index over (nearly) every row: a plain scan is faster.
    return fn.COALESCE(Referral.follow_up_date, dt.date.max)


def _pending_expr():
    return (
        (Referral.follow_up_done == False)  # noqa: E712 - SQL, not Python
        & (_follow_up_date_expr() < dt.date.max)
        & (Referral.status.in_(FOLLOW_UP_STATUSES) | (Referral.outcome == Outcome.BAD))
    )


def _due_expr(today: dt.date):
    return _pending_expr() & (_follow_up_date_expr() <= today)


def follow_up_due(referral_id: int, today: dt.date | None = None) -> bool:
    """The "due" rule for one referral."""
    today = today or dt.date.today()
    return Referral.select().where((Referral.id == referral_id) & _due_expr(today)).exists()


ProspectPartner = Partner.alias("prospect_partner")
SORT_KEYS = ("date", "direction", "partner", "prospect", "type", "status", "follow_up", "value", "outcome")


def _where(flt: ReferralFilter, today: dt.date):
    conds = []
    if flt.direction is not None:
        conds.append(Referral.direction == flt.direction)
    if flt.status is not None:
        conds.append(Referral.status == flt.status)
    if flt.open_only:
        conds.append(Referral.status.in_(OPEN_STATUSES))
    if flt.due_only:
        conds.append(_due_expr(today))
    if flt.partner_id is not None:
        conds.append((Referral.partner == flt.partner_id) | (Referral.prospect_partner == flt.partner_id))
    if flt.date_from is not None:
        conds.append(Referral.date >= flt.date_from)
    if flt.date_to is not None:
        conds.append(Referral.date <= flt.date_to)
    text = flt.text.strip()
    if text:
        partners = Partner.select(Partner.id).where(Partner.name.contains(text) | Partner.company.contains(text))
        conds.append(
            Referral.partner.in_(partners)
            | Referral.prospect_partner.in_(partners)
            | Referral.prospect_name.contains(text)
            | Referral.prospect_need.contains(text)
            | Referral.prospect_contact.contains(text)
            | Referral.notes.contains(text)
            | Referral.outcome_feedback.contains(text)
        )
    return conds


def _order(sort: str, descending: bool, query):
    """Add ORDER BY for *sort* (one of SORT_KEYS) to an id query; joins partners when needed."""
    query, keys = _order_keys(sort, descending, query)
    return query.order_by(*keys)


def _order_keys(sort: str, descending: bool, query):
    """(query with the joins *sort* needs, the ORDER BY expressions)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    if sort == "partner":
        query = query.join(Partner, on=(Referral.partner == Partner.id))
        keys = [fn.LOWER(Partner.name)]
    elif sort == "prospect":
        query = query.join(ProspectPartner, JOIN.LEFT_OUTER, on=(Referral.prospect_partner == ProspectPartner.id))
        keys = [fn.LOWER(fn.COALESCE(ProspectPartner.name, Referral.prospect_name))]
    elif sort == "status":
        keys = [Case(Referral.status, [(s.value, i) for i, s in enumerate(STATUS_ORDER)], 99)]
    elif sort == "follow_up":
        keys = [Referral.follow_up_date]
    elif sort == "value":
        keys = [Referral.closed_value]
    else:
        keys = [getattr(Referral, sort)]
    # Empty values (no follow-up, no value, no outcome) sort as the smallest on SQLite and PostgreSQL alike.
    nullable = sort in ("follow_up", "value", "outcome")
    order = [keys[0].desc(nulls="LAST") if descending else keys[0].asc(nulls="FIRST")] if nullable else []
    if sort != "date":
        keys.append(Referral.date)
    keys.append(Referral.id)
    return query, order + [k.desc() if descending else k.asc() for k in keys[1 if nullable else 0 :]]


def _detail_query():
    pending = _pending_expr()
    return (
        Referral.select(
            Referral.id,
            Referral.date,
            Referral.direction,
            Referral.partner,
            Partner.name,
            Referral.prospect_partner,
            ProspectPartner.name,
            Referral.prospect_name,
            Referral.prospect_need,
            Referral.type,
            Referral.first_contact,
            Referral.status,
            Referral.follow_up_date,
            Referral.follow_up_done,
            Case(None, [(pending, 1)], 0),
            Referral.closed_value,
            Referral.currency,
            Referral.closed_date,
            Referral.outcome,
            Referral.outcome_feedback,
            Referral.partner_told,
            Referral.notes,
            Referral.version,
        )
        .join(Partner, on=(Referral.partner == Partner.id))
        .switch(Referral)
        .join(ProspectPartner, JOIN.LEFT_OUTER, on=(Referral.prospect_partner == ProspectPartner.id))
    )


_CENT = Decimal("0.01")


def _to_rows(query) -> list[ReferralRow]:
    return list(_iter_rows(query))


def _iter_rows(query) -> Iterator[ReferralRow]:
    """ReferralRows from a ``_detail_query()`` (raw tuples: the enum and date conversions are done here)."""
    cursor = db.execute(query)
    for (
        rid,
        date,
        direction,
        pid,
        pname,
        ppid,
        ppname,
        prospect,
        need,
        rtype,
        first,
        status,
        fdate,
        fdone,
        fpending,
        value,
        currency,
        cdate,
        outcome,
        feedback,
        told,
        notes,
        version,
    ) in cursor:
        yield ReferralRow(
            id=rid,
            date=_date(date),
            direction=Direction(direction),
            partner_id=pid,
            partner=pname,
            prospect=ppname or prospect,
            prospect_partner_id=ppid,
            prospect_need=need,
            type=ReferralType(rtype),
            first_contact=FirstContact(first),
            status=ReferralStatus(status),
            follow_up_date=_date(fdate),
            follow_up_done=bool(fdone),
            follow_up_pending=bool(fpending),
            closed_value=Decimal(str(value)).quantize(_CENT) if value is not None else None,
            currency=currency,
            closed_date=_date(cdate),
            outcome=Outcome(outcome) if outcome else None,
            outcome_feedback=feedback,
            partner_told=bool(told),
            notes=notes,
            version=version,
        )


def _select_rows(ids: list[int]) -> list[ReferralRow]:
    if not ids:
        return []
    by_id = {row.id: row for row in _to_rows(_detail_query().where(Referral.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def list_referrals(
    flt: ReferralFilter | None = None,
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 200,
    today: dt.date | None = None,
) -> list[ReferralRow]:
    """One page of the referral list, filtered and sorted in SQL."""
    flt = flt or ReferralFilter()
    today = today or dt.date.today()
    query = Referral.select(Referral.id)
    conds = _where(flt, today)
    if conds:
        query = query.where(*conds)
    query = _order(sort, descending, query)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    elif offset:
        query = query.offset(offset)
    ids = [rid for (rid,) in query.tuples()]
    return _select_rows(ids)


def iter_referrals(
    flt: ReferralFilter | None = None, descending: bool = True, today: dt.date | None = None
) -> Iterator[ReferralRow]:
    """Every matching referral by date, streamed from one query (for the command line)."""
    flt = flt or ReferralFilter()
    query = _detail_query()
    conds = _where(flt, today or dt.date.today())
    if conds:
        query = query.where(*conds)
    keys = (Referral.date, Referral.id)
    query = query.order_by(*[k.desc() if descending else k.asc() for k in keys])
    yield from _iter_rows(query)


def count_referrals(flt: ReferralFilter | None = None, today: dt.date | None = None) -> int:
    flt = flt or ReferralFilter()
    conds = _where(flt, today or dt.date.today())
    query = Referral.select()
    if conds:
        query = query.where(*conds)
    return query.count()


def position(
    referral_id: int,
    flt: ReferralFilter | None = None,
    sort: str = "date",
    descending: bool = True,
    today: dt.date | None = None,
) -> int | None:
    """The row a referral has in the filtered, sorted list (0-based), or None when the filter hides it."""
    flt = flt or ReferralFilter()
    today = today or dt.date.today()
    conds = _where(flt, today)
    if not Referral.select().where(Referral.id == referral_id, *conds).exists():
        return None
    query, keys = _order_keys(sort, descending, Referral.select(Referral.id))
    ranked = query.select(Referral.id.alias("rid"), fn.ROW_NUMBER().over(order_by=keys).alias("rn"))
    if conds:
        ranked = ranked.where(*conds)
    ranked = ranked.alias("ranked")
    number = Select([ranked], [ranked.c.rn]).where(ranked.c.rid == referral_id).bind(db).scalar()
    return None if number is None else int(number) - 1


def get_row(referral_id: int) -> ReferralRow | None:
    rows = _select_rows([referral_id])
    return rows[0] if rows else None


def due_follow_ups(today: dt.date | None = None, limit: int | None = None) -> list[ReferralRow]:
    """Referrals whose follow-up is due (oldest first): date come, not confirmed, status passed/contacted or bad."""
    today = today or dt.date.today()
    query = _detail_query().where(_due_expr(today)).order_by(_follow_up_date_expr(), Referral.id)
    if limit is not None:
        query = query.limit(limit)
    return _to_rows(query)


def count_due(today: dt.date | None = None) -> int:
    return Referral.select().where(_due_expr(today or dt.date.today())).count()


def partner_choices() -> list[tuple[int, str, str]]:
    """(id, name, company) of every partner, retired ones included, by name — for pickers."""
    return list(
        Partner.select(Partner.id, Partner.name, Partner.company).order_by(fn.LOWER(Partner.name), Partner.id).tuples()
    )


def thank_yous_of(referral_id: int) -> list[ThankYou]:
    return list(ThankYou.select().where(ThankYou.referral == referral_id).order_by(ThankYou.id))
