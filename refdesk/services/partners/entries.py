"""What meetings and standing check-ins share: rows of a partner's history added, edited and
removed one at a time, each write a ``Change``.  Qt-free."""

from __future__ import annotations

from typing import Any

from refdesk.db.models import Meeting, Partner, StandingCheck
from refdesk.i18n import N_, _
from refdesk.services.edits import RowsChange, recording
from refdesk.services.partners.profile import PartnerNotFound

#: the tables whose rows are a partner's history, one row at a time
Entry = type[Meeting] | type[StandingCheck]

#: what adding, editing and deleting a row says (the Edit menu's "Undo …"), for each kind of row
SAID = {
    "meeting": (
        N_("Add meeting with {partner}"),
        N_("Edit meeting with {partner}"),
        N_("Delete meeting with {partner}"),
    ),
    "check-in": (
        N_("Add check-in with {partner}"),
        N_("Edit check-in with {partner}"),
        N_("Delete check-in with {partner}"),
    ),
}
ADD, EDIT, DELETE = range(3)


def _said(noun: str, which: int, partner_id: int) -> str:
    return _(SAID[noun][which]).format(partner=partner_name(partner_id))


def partner_name(partner_id: int) -> str:
    return Partner.select(Partner.name).where(Partner.id == partner_id).scalar() or ""


def add(model: Entry, partner_id: int, values: dict[str, Any], noun: str) -> RowsChange:
    """A new row of *model* for the partner (``change.id``)."""
    with recording("") as rec:
        if not Partner.select().where(Partner.id == partner_id).exists():
            raise PartnerNotFound(partner_id)
        rec.track(model, model.partner == partner_id)
        row = model.create(partner=partner_id, **values)
        rec.id = row.id
        rec.text = _said(noun, ADD, partner_id)
    return rec.change


def update(model: Entry, row_id: int, values: dict[str, Any], noun: str, expected_version=None) -> RowsChange:
    """Save *values* over the row; ``Conflict`` if someone else changed it since *expected_version*."""
    with recording("") as rec:
        rec.id = row_id
        rec.track(model, model.id == row_id, expected={row_id: expected_version})
        row = model.get_or_none(model.id == row_id)
        if row is None:
            raise PartnerNotFound(row_id)
        for key, value in values.items():
            setattr(row, key, value)
        row.save()
        rec.text = _said(noun, EDIT, row.partner_id)
    return rec.change


def delete(model: Entry, row_id: int, noun: str) -> RowsChange:
    with recording("") as rec:
        rec.id = row_id
        rows = rec.track(model, model.id == row_id)
        if not rows:
            raise PartnerNotFound(row_id)
        model.delete().where(model.id == row_id).execute()
        rec.text = _said(noun, DELETE, rows[row_id]["partner"])
    return rec.change
