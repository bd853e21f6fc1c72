"""Past imports: list them, and undo one.

Undo removes the partners an import created (unless you have since logged
referrals, meetings, check-ins or thank-yous with them: those are kept and
named) and reverts what it filled in on merged partners — but only where the
value is still what the import put there.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from peewee import fn

from refdesk.db.database import db
from refdesk.db.models import (
    ImportBatch,
    Meeting,
    Partner,
    PartnerEmail,
    PartnerPhone,
    Referral,
    StandingCheck,
    ThankYou,
)
from refdesk.i18n import _, ngettext
from refdesk.services import formatting
from refdesk.services.edits import CallChange

log = logging.getLogger(__name__)


class UndoProblem(Exception):
    """An import cannot be undone; ``str()`` says why in plain words."""


@dataclass
class BatchInfo:
    id: int
    file: str
    format: str
    when: dt.datetime
    rows: int
    created: int
    merged: int
    skipped: int
    flagged: int
    undone_at: dt.datetime | None


@dataclass
class UndoResult:
    removed: int = 0
    reverted: int = 0
    kept: list[str] = field(default_factory=list)  # partners kept because they have since been used


def list_batches() -> list[BatchInfo]:
    """Every import, newest first."""
    query = ImportBatch.select().order_by(ImportBatch.created_at.desc(), ImportBatch.id.desc())
    return [
        BatchInfo(b.id, b.file, b.format, b.created_at, b.rows, b.created, b.merged, b.skipped, b.flagged, b.undone_at)
        for b in query
    ]


def _in_use(ids: list[int]) -> set[int]:
    used: set[int] = set()
    for model, column in (
        (Referral, Referral.partner),
        (Referral, Referral.prospect_partner),
        (Meeting, Meeting.partner),
        (StandingCheck, StandingCheck.partner),
        (ThankYou, ThankYou.partner),
    ):
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = cast("Iterable[tuple[int]]", model.select(column).where(column.in_(chunk)).distinct().tuples())
            used.update(pid for (pid,) in rows)
    return used


def undo_batch(batch_id: int) -> UndoResult:
    """Undo one import in a single transaction."""
    result = UndoResult()
    with db.atomic():
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None:
            raise UndoProblem(_("That import is no longer in the history."))
        if batch.undone_at is not None:
            raise UndoProblem(
                _("That import was already undone on {when}.").format(when=formatting.date_time(batch.undone_at))
            )
        details = json.loads(batch.details or "{}") if batch.details else {}
        # Merged partners first: revert fields still holding what the import wrote, drop what it added.
        for entry in details.get("merged", []):
            partner = Partner.get_or_none(Partner.id == entry["partner"])
            if partner is None:
                continue
            changed = False
            for name, (old, new) in entry.get("fields", {}).items():
                if getattr(partner, name) == new:
                    setattr(partner, name, old)
                    changed = True
            if changed:
                partner.save()
            if entry.get("emails"):
                PartnerEmail.delete().where(
                    PartnerEmail.id.in_(entry["emails"]), PartnerEmail.partner == partner.id
                ).execute()
            if entry.get("phones"):
                PartnerPhone.delete().where(
                    PartnerPhone.id.in_(entry["phones"]), PartnerPhone.partner == partner.id
                ).execute()
            result.reverted += 1
        rows = cast("Iterable[tuple[int]]", Partner.select(Partner.id).where(Partner.import_batch == batch.id).tuples())
        created = [pid for (pid,) in rows]
        used = _in_use(created)
        if used:
            names = Partner.select(Partner.name).where(Partner.id.in_(list(used))).order_by(Partner.name)
            result.kept = [p.name for p in names]
        removable = [pid for pid in created if pid not in used]
        for start in range(0, len(removable), 500):
            chunk = removable[start : start + 500]
            Partner.update(possible_duplicate_of=None).where(Partner.possible_duplicate_of.in_(chunk)).execute()
            PartnerEmail.delete().where(PartnerEmail.partner.in_(chunk)).execute()
            PartnerPhone.delete().where(PartnerPhone.partner.in_(chunk)).execute()
            Partner.delete().where(Partner.id.in_(chunk)).execute()
        result.removed = len(removable)
        batch.undone_at = dt.datetime.now().replace(microsecond=0)
        batch.save()
    log.info(
        "undid import %s: removed %s, reverted %s, kept %s", batch_id, result.removed, result.reverted, len(result.kept)
    )
    return result


def undo_question(batch: BatchInfo) -> str:
    """What to ask before undoing an import (Edit → Undo right after it, or Import history)."""
    from pathlib import Path

    return _(
        "Undo the import of {file} ({when})?\n\n"
        "This removes the {created} it created (except any you have logged referrals, meetings or thank-yous "
        "with since) and reverts what it filled in on {merged}. It cannot be redone."
    ).format(
        file=Path(batch.file).name,
        when=formatting.date_time(batch.when),
        created=ngettext("{count} partner", "{count} partners", batch.created).format(
            count=formatting.number(batch.created)
        ),
        merged=ngettext("{count} partner", "{count} partners", batch.merged).format(
            count=formatting.number(batch.merged)
        ),
    )


def batch_info(batch_id: int) -> BatchInfo | None:
    return next((b for b in list_batches() if b.id == batch_id), None)


def result_words(result: UndoResult) -> str:
    text = _("Import undone: {removed} removed, {reverted} reverted.").format(
        removed=ngettext("{count} partner", "{count} partners", result.removed).format(
            count=formatting.number(result.removed)
        ),
        reverted=ngettext("{count} merged partner", "{count} merged partners", result.reverted).format(
            count=formatting.number(result.reverted)
        ),
    )
    if result.kept:
        kept = len(result.kept)
        text += " " + ngettext(
            "Kept {count} partner you have used since: {names}",
            "Kept {count} partners you have used since: {names}",
            kept,
        ).format(count=formatting.number(kept), names=", ".join(result.kept[:10]))
    return text


def import_change(batch_id: int) -> CallChange:
    """A committed import as a ``Change``: undoing it (once, after the same question Import history
    asks) is ``undo_batch``; it cannot be redone."""
    from pathlib import Path

    batch = batch_info(batch_id)
    change = CallChange(
        _("Import {file}").format(file=Path(batch.file).name) if batch else _("Import contacts"),
        lambda: None,
        None,
        areas_={"partners"},
        confirm_undo=undo_question(batch) if batch else None,
        id=batch_id,
    )

    def undo() -> None:
        change.result = undo_batch(batch_id)  # what the undo removed, for the wizard to say

    change.undo_fn = undo
    return change


def flagged_count() -> int:
    """How many partners are marked as possible duplicates."""
    return Partner.select(fn.COUNT(Partner.id)).where(Partner.possible_duplicate_of.is_null(False)).scalar() or 0
