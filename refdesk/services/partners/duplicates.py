"""Possible duplicates: partners an import created beside one that has the same name or phone number
but no shared email.  They are listed (``listing.duplicate_rows``), compared side by side
(``duplicate_pair``), merged with a choice per field (``merge.merge_partners(chosen=…)``) or told apart
(``not_the_same``).  Every write is a ``Change`` that can be undone.  Qt-free.
"""

from __future__ import annotations

from refdesk.db.models import Partner
from refdesk.i18n import _
from refdesk.services.edits import RowsChange, recording
from refdesk.services.partners.profile import PartnerData, PartnerNotFound, get_partner

# The profile fields compared side by side, with their words; emails and phones of both are always kept.
DUPLICATE_FIELDS = (
    ("name", "Name"),
    ("company", "Company"),
    ("category", "Category"),
    ("website", "Website"),
    ("address", "Address"),
    ("tags", "Tags"),
    ("notes", "Notes"),
)


def duplicate_of(partner_id: int) -> int | None:
    """The partner *partner_id* may duplicate: the one it is flagged against, or the first partner
    flagged against it; None when it is in no pair."""
    partner = Partner.get_or_none(Partner.id == partner_id)
    if partner is None:
        raise PartnerNotFound(partner_id)
    if partner.possible_duplicate_of_id is not None:
        return partner.possible_duplicate_of_id
    other = Partner.select(Partner.id).where(Partner.possible_duplicate_of == partner_id).order_by(Partner.id).first()
    return other.id if other is not None else None


def duplicate_pair(partner_id: int) -> tuple[PartnerData, PartnerData] | None:
    """(the partner there first, the one flagged as possibly the same) for a partner in a pair, or None."""
    other_id = duplicate_of(partner_id)
    if other_id is None:
        return None
    first, second = get_partner(partner_id), get_partner(other_id)
    partner = Partner.get(Partner.id == partner_id)
    if partner.possible_duplicate_of_id == other_id:  # this one is the flagged one
        first, second = second, first
    return first, second


def not_the_same(flagged_id: int, other_id: int, *, expected: dict[int, int | None] | None = None) -> RowsChange:
    """The two are different people: the flag between them is cleared (either way round)."""
    with recording("") as rec:
        both = [flagged_id, other_id]
        rec.id = flagged_id
        rec.track(Partner, Partner.id.in_(both), expected=expected)
        names: dict[int, str] = {
            p.id: p.name for p in Partner.select(Partner.id, Partner.name).where(Partner.id.in_(both))
        }
        if flagged_id not in names:
            raise PartnerNotFound(flagged_id)
        rec.text = _("Mark {first} and {second} as different people").format(
            first=names[flagged_id], second=names.get(other_id, "?")
        )
        Partner.update(possible_duplicate_of=None).where(
            ((Partner.id == flagged_id) & (Partner.possible_duplicate_of == other_id))
            | ((Partner.id == other_id) & (Partner.possible_duplicate_of == flagged_id))
        ).execute()
    return rec.change
