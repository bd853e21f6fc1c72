"""Merging two partners who are the same person: everything ends up on the one kept.  Qt-free."""

from __future__ import annotations

import logging

from refdesk.db.models import Meeting, Partner, PartnerEmail, PartnerPhone, Referral, Stage, StandingCheck, ThankYou
from refdesk.i18n import _
from refdesk.services.edits import RowsChange, recording
from refdesk.services.partners.profile import TEXT_FIELDS, PartnerError, PartnerNotFound, clean_tags

log = logging.getLogger(__name__)

# When merging, these are joined (both kept); the others are filled in only when empty.
JOINED_FIELDS = ("notes", "ideal_referral", "what_to_tell", "wants_from_me", "want_from_them", "experience")
_OWNED = (PartnerEmail, PartnerPhone, Meeting, StandingCheck, Referral, ThankYou)


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def merge_partners(
    keep_id: int,
    other_id: int,
    *,
    expected: dict[int, int | None] | None = None,
    chosen: dict[str, str] | None = None,
) -> RowsChange:
    """Move everything of *other_id* onto *keep_id* and delete *other_id*.

    Every email, phone, meeting, check-in, referral (as partner and as prospect) and
    thank-you ends up on the kept partner.  Empty profile fields are filled from the
    other partner; notes and the referral-practice fields are joined; tags are united.
    An email or phone the kept partner already has is not doubled.  *expected*: the two
    partners' versions the user saw (``Conflict`` if either changed since).  *chosen*: profile
    fields the user picked from one side or the other (field → value), which the kept partner
    takes instead.
    """
    if keep_id == other_id:
        raise PartnerError({"merge": _("Choose two different partners to merge.")})
    both = [keep_id, other_id]
    with recording("") as rec:
        rec.id = keep_id
        rec.track(Partner, Partner.id.in_(both), expected=expected)
        for model in _OWNED:
            rec.track(model, model.partner.in_(both))
        rec.track(Referral, Referral.prospect_partner.in_(both))
        rec.track(Partner, Partner.possible_duplicate_of.in_(both))
        keep = Partner.get_or_none(Partner.id == keep_id)
        other = Partner.get_or_none(Partner.id == other_id)
        if keep is None:
            raise PartnerNotFound(keep_id)
        if other is None:
            raise PartnerNotFound(other_id)
        rec.text = _("Merge {other} into {kept}").format(other=other.name, kept=keep.name)
        for model, key in ((PartnerEmail, lambda row: row.email), (PartnerPhone, lambda row: _digits(row.phone))):
            mine: list[PartnerEmail | PartnerPhone] = list(
                model.select().where(model.partner == keep_id).order_by(model.position, model.id)
            )
            have = {key(row) for row in mine}
            position = max((row.position for row in mine), default=0) + 1
            for row in model.select().where(model.partner == other_id).order_by(model.position, model.id):
                if key(row) in have:
                    model.delete().where(model.id == row.id).execute()
                    continue
                have.add(key(row))
                model.update(partner=keep_id, position=position).where(model.id == row.id).execute()
                position += 1
        for model in (Meeting, StandingCheck, Referral, ThankYou):
            model.update(partner=keep_id).where(model.partner == other_id).execute()
        Referral.update(prospect_partner=keep_id).where(Referral.prospect_partner == other_id).execute()

        for name in TEXT_FIELDS:
            mine, theirs = getattr(keep, name).strip(), getattr(other, name).strip()
            if not theirs or theirs == mine or name == "name":
                continue
            if not mine:
                setattr(keep, name, getattr(other, name))
            elif name in JOINED_FIELDS:
                setattr(keep, name, f"{getattr(keep, name).rstrip()}\n\n{theirs}")
        keep.tags = clean_tags(f"{keep.tags}, {other.tags}")
        for name, value in (chosen or {}).items():
            if name in TEXT_FIELDS:
                setattr(keep, name, value)
        if keep.stage is Stage.RETIRED and other.stage is not Stage.RETIRED:
            keep.stage, keep.retired_reason = other.stage, ""
        keep.save()
        # "possibly the same as the other one": now possibly the same as the one kept
        Partner.update(possible_duplicate_of=keep_id).where(Partner.possible_duplicate_of == other_id).execute()
        Partner.update(possible_duplicate_of=None).where(Partner.id == keep_id).execute()
        Partner.delete().where(Partner.id == other_id).execute()
    log.info("merged partner %s into %s", other_id, keep_id)
    return rec.change
