"""Logging and changing referrals, with the rules of the practice applied as they are saved.

* A **received** referral creates a thank-you owed to the referring partner, due
  ``rules.THANK_YOU_DAYS`` after the referral date.
* A referral that becomes **won** where I received the business creates a
  "closed business" thank-you carrying the closed value (due after the closed date).
* A **bad** outcome creates a follow-up, due the next day, to find out what went wrong.
* Thank-yous are created only when a referral *becomes* received / won-and-received,
  and only if the referral has none of that kind yet, so status changes back and
  forth, edits and undo never create duplicates.  Going back (won → meeting,
  received → given) removes the thank-yous that were not sent yet.
* Deleting a referral removes its unsent thank-yous (sent ones stay, as history).

Every write is one transaction and returns a ``Change`` (``refdesk.services.edits``) the
window's undo stack replays.  Qt-free.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from refdesk.db.database import db
from refdesk.db.models import (
    Direction,
    Outcome,
    Partner,
    Referral,
    ReferralStatus,
    ThankReason,
    ThankStatus,
    ThankYou,
    now,
)
from refdesk.i18n import N_, _, ngettext
from refdesk.services import formatting, rules
from refdesk.services.concurrency import Conflict, save_checked
from refdesk.services.edits import Recorder, RowsChange, recording
from refdesk.services.referrals.data import ReferralData, ReferralError, validate
from refdesk.services.vocabulary import label

log = logging.getLogger(__name__)


def quick_create_partner(name: str, company: str = "", category: str = "") -> Partner:
    """A partner with just a name (and company), created from the referral dialog."""
    name = (name or "").strip()
    if not name:
        raise ReferralError(_("Type the new partner's name."), "partner")
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
        "partner_thanked_date": data.partner_thanked_date,
        "prospect_thanked_date": data.prospect_thanked_date,
        "notes": data.notes,
    }


def data_of(referral_id: int) -> ReferralData:
    """The editable values of a saved referral (for the dialog)."""
    data = data_of_or_none(referral_id)
    if data is None:
        raise ReferralError(_("That referral no longer exists."))
    return data


def data_of_or_none(referral_id: int) -> ReferralData | None:
    ref = Referral.get_or_none(Referral.id == referral_id)
    if ref is None:
        return None
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
        partner_thanked_date=ref.partner_thanked_date,
        prospect_thanked_date=ref.prospect_thanked_date,
        notes=ref.notes,
        version=ref.version,
    )


def _apply_automatic(data: ReferralData, old: ReferralData | None, today: dt.date) -> ReferralData:
    """Changes the rules make to the referral itself before it is saved."""
    if data.outcome is Outcome.BAD and (old is None or old.outcome is not Outcome.BAD):
        # a bad outcome: find out what went wrong, tomorrow
        data.follow_up_date = rules.bad_outcome_follow_up(today, data.date)
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
    due = rules.thank_you_due(data.date)
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
    due = rules.thank_you_due(data.closed_date or today)
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


def _describe(data: ReferralData, partner_name: str, *, edit: bool = False) -> str:
    """What logging (or, with *edit*, editing) the referral says: "Log referral to Ada Okafor"."""
    if data.direction is Direction.GIVEN:
        said = _("Edit referral to {partner}") if edit else _("Log referral to {partner}")
    else:
        said = _("Edit referral from {partner}") if edit else _("Log referral from {partner}")
    return said.format(partner=partner_name)


#: what marking a referral with a status says (the Edit menu's "Undo …")
STATUS_CHANGES = {
    ReferralStatus.PASSED: N_("Mark referral as passed"),
    ReferralStatus.CONTACTED: N_("Mark referral as contacted"),
    ReferralStatus.MEETING: N_("Mark referral as meeting"),
    ReferralStatus.WON: N_("Mark referral as won"),
    ReferralStatus.LOST: N_("Mark referral as lost"),
    ReferralStatus.NO_CONNECTION: N_("Mark referral as no connection"),
}


def _partner_name(partner_id: int | None) -> str:
    if partner_id is None:
        return ""
    return Partner.select(Partner.name).where(Partner.id == partner_id).scalar() or ""


def _track(rec: Recorder, referral_id: int, expected_version: int | None = None) -> None:
    """The referral's own rows: itself and its thank-yous."""
    rec.track(Referral, Referral.id == referral_id, expected={referral_id: expected_version})
    rec.track(ThankYou, ThankYou.referral == referral_id)


def _new_partner(rec: Recorder, data: ReferralData) -> None:
    """The partner typed into the dialog, created with the referral (undone with it)."""
    if data.partner_id is None:
        partner = quick_create_partner(data.new_partner_name)
        rec.created(Partner, partner.id)
        data.partner_id = partner.id


def create_referral(data: ReferralData, today: dt.date | None = None) -> RowsChange:
    """Log a new referral (``change.id``), creating its partner if ``new_partner_name`` is set, and its thank-yous."""
    today = today or dt.date.today()
    data = validate(data)
    with recording("") as rec:
        _new_partner(rec, data)
        data = _apply_automatic(data, None, today)
        rec.track_ids(Referral, [])
        rec.track_ids(ThankYou, [])
        ref = Referral.create(**_referral_values(data))
        rec.created(Referral, ref.id)
        rec.id = ref.id
        rec.track(ThankYou, ThankYou.referral == ref.id)
        _sync_thank_yous(ref.id, data, None, today)
        rec.text = _describe(data, _partner_name(data.partner_id))
    log.info("logged referral %s", ref.id)
    return rec.change


def update_referral(
    referral_id: int,
    data: ReferralData,
    today: dt.date | None = None,
    *,
    expected_version: int | None = None,
    original: ReferralData | None = None,
) -> RowsChange:
    """Save edits to a referral; the rules add or remove thank-yous and follow-ups as its state changes.

    *expected_version* is the version the user started editing from (``ReferralData.version``): if
    someone else saved or deleted the referral since, nothing is written (no thank-you either) and
    ``Conflict`` says what they changed (narrowed to their changes when *original*, the data as
    loaded, is given).  The check and the write are one ``UPDATE … WHERE id = ? AND version = ?``
    in the same transaction as the thank-yous.  None saves without the check ("Overwrite with mine").
    """
    today = today or dt.date.today()
    data = validate(data)
    with recording("") as rec:
        rec.id = referral_id
        _track(rec, referral_id)
        old = data_of_or_none(referral_id)
        if old is None:
            if expected_version is not None:
                raise Conflict(Referral, referral_id, expected_version, None)
            raise ReferralError(_("That referral no longer exists."))
        _new_partner(rec, data)
        data = _apply_automatic(data, old, today)
        ref = Referral.get_by_id(referral_id)
        for key, value in _referral_values(data).items():
            setattr(ref, key, value)
        if expected_version is None:
            ref.save()
        else:
            loaded = None
            if original is not None:
                loaded = _referral_values(original)
                if original.partner_id is None:
                    loaded.pop("partner")
            save_checked(ref, expected_version, original=loaded)  # raises Conflict: the transaction is undone
        _sync_thank_yous(referral_id, data, old, today)
        rec.text = _describe(data, _partner_name(data.partner_id), edit=True)
    return rec.change


def _quick(referral_id: int, expected_version: int | None, edit, text: str, today: dt.date | None) -> RowsChange:
    """A one-click change to a referral (status, outcome, "partner told"), version-checked.

    *expected_version* is the version the user saw (``ReferralRow.version``): if someone else
    changed or deleted the referral since, nothing is written and ``Conflict`` is raised.  The row
    is locked while it is read and written, so two people clicking at once never lose an update
    (the second one's click applies on top of the first, or is refused when it checks a version).
    """
    with recording(text) as rec:
        rec.id = referral_id
        _track(rec, referral_id, expected_version)
        data = data_of(referral_id)
        edit(data)
        update_referral(referral_id, data, today, expected_version=data.version)
    return rec.change


def set_status(
    referral_id: int,
    status: ReferralStatus,
    today: dt.date | None = None,
    *,
    expected_version: int | None = None,
    closed_value: Decimal | None = None,
    currency: str | None = None,
    closed_date: dt.date | None = None,
    reason: str | None = None,
) -> RowsChange:
    """Move a referral along (or back along) its pipeline (see ``_quick`` for *expected_version*).

    In the same change: for Won, the value of the business, its currency and the day it closed
    (default today, never before the referral); for any status, *reason* (why it was lost) becomes
    the outcome feedback.  The values are checked as the dialog's are (``ReferralError``)."""

    def edit(data: ReferralData) -> None:
        data.status = status
        if status is ReferralStatus.WON:
            if closed_value is not None:
                data.closed_value = closed_value
            if currency:
                data.currency = currency
            if closed_date is not None:
                data.closed_date = closed_date
        if reason is not None:
            data.outcome_feedback = reason

    if status is ReferralStatus.WON and closed_value is not None:
        text = _("Mark referral as won ({value})").format(value=formatting.money(closed_value, currency or ""))
    elif status in STATUS_CHANGES:
        text = _(STATUS_CHANGES[status])
    else:
        text = _("Mark referral as {status}").format(status=label(status))
    return _quick(referral_id, expected_version, edit, text, today)


def set_outcome(
    referral_id: int,
    outcome: Outcome | None,
    feedback: str | None = None,
    today: dt.date | None = None,
    *,
    expected_version: int | None = None,
) -> RowsChange:
    def edit(data: ReferralData) -> None:
        data.outcome = outcome
        if feedback is not None:
            data.outcome_feedback = feedback

    return _quick(referral_id, expected_version, edit, _("Set referral outcome"), today)


def set_partner_told(
    referral_id: int, told: bool = True, today: dt.date | None = None, *, expected_version: int | None = None
) -> RowsChange:
    """Record that the partner has been told of the outcome (today), or undo that with ``told=False``."""

    def edit(data: ReferralData) -> None:
        if not (told and data.partner_told):
            data.partner_told_date = None  # told now: _apply_automatic dates it today
        data.partner_told = bool(told)

    return _quick(
        referral_id,
        expected_version,
        edit,
        _("Partner told of the outcome") if told else _("Partner not told of the outcome"),
        today,
    )


THANKED_BY = ("partner", "prospect")


def set_thanked(
    referral_id: int,
    who: str,
    thanked: bool = True,
    today: dt.date | None = None,
    *,
    on: dt.date | None = None,
    expected_version: int | None = None,
) -> RowsChange:
    """Record that the partner (*who* = "partner") or the prospect ("prospect") thanked me for a
    referral I gave, on *on* (default today, never before the referral date), or undo that with
    ``thanked=False``.  A received referral refuses: there, I am the one who thanks."""
    if who not in THANKED_BY:
        raise ValueError(f"who must be one of {THANKED_BY}, not {who!r}")
    field = f"{who}_thanked_date"
    today = today or dt.date.today()

    def edit(data: ReferralData) -> None:
        if data.direction is not Direction.GIVEN:
            raise ReferralError(_("Thanks are recorded on referrals you gave; for this one, you owe the thank-you."))
        setattr(data, field, max(on or today, data.date) if thanked else None)

    if who == "partner":
        text = _("The partner thanked me") if thanked else _("The partner has not thanked me")
    else:
        text = _("The prospect thanked me") if thanked else _("The prospect has not thanked me")
    return _quick(referral_id, expected_version, edit, text, today)


def confirm_follow_ups(
    ids: list[int], done: bool = True, *, expected: Mapping[int, int | None] | None = None
) -> RowsChange:
    """Mark the referrals' follow-ups handled ("connection confirmed"), or pending again with ``done=False``.

    *expected* maps ids to the versions the user saw: all of them, or none on a ``Conflict``.
    """
    ids = sorted(set(ids))
    if len(ids) == 1:
        text = _("Confirm follow-up") if done else _("Reopen follow-up")
    elif done:
        text = ngettext("Confirm {count} follow-up", "Confirm {count} follow-ups", len(ids)).format(count=len(ids))
    else:
        text = ngettext("Reopen {count} follow-up", "Reopen {count} follow-ups", len(ids)).format(count=len(ids))
    with recording(text) as rec:
        rows = rec.track_ids(Referral, ids, expected={i: (expected or {}).get(i) for i in ids})
        missing = set(ids) - set(rows)
        if missing:
            raise ReferralError(_("That referral no longer exists."))
        Referral.update(
            {Referral.follow_up_done: bool(done), Referral.version: Referral.version + 1, Referral.updated_at: now()}
        ).where(Referral.id.in_(ids)).execute()
        rec.id = ids[0] if len(ids) == 1 else None
    return rec.change


def confirm_follow_up(referral_id: int, done: bool = True, *, expected_version: int | None = None) -> RowsChange:
    """``confirm_follow_ups`` for one referral."""
    return confirm_follow_ups([referral_id], done, expected={referral_id: expected_version})


def delete_referral(referral_id: int, *, expected_version: int | None = None) -> RowsChange:
    """Delete a referral and its unsent thank-yous (sent ones stay, as history, without the link)."""
    with recording("") as rec:
        rec.id = referral_id
        _track(rec, referral_id, expected_version)
        partner_id = Referral.select(Referral.partner).where(Referral.id == referral_id).scalar()
        if partner_id is None:
            raise ReferralError(_("That referral no longer exists."))
        ThankYou.delete().where((ThankYou.referral == referral_id) & (ThankYou.status != ThankStatus.SENT)).execute()
        ThankYou.update(referral=None).where(ThankYou.referral == referral_id).execute()
        Referral.delete().where(Referral.id == referral_id).execute()
        name = _partner_name(partner_id)
        rec.text = _("Delete referral ({partner})").format(partner=name) if name else _("Delete referral")
    log.info("deleted referral %s", referral_id)
    return rec.change
