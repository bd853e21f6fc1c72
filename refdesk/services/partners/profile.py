"""One partner: the profile the form edits, saving, retiring, deleting, and their referrals.

Every write returns a ``Change`` (``refdesk.services.edits``) that the window can undo.  Qt-free.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import cast

from peewee import JOIN

from refdesk.db.models import (
    Direction,
    Meeting,
    Partner,
    PartnerEmail,
    PartnerPhone,
    Referral,
    Stage,
    StandingCheck,
    ThankYou,
    normalise_email,
)
from refdesk.i18n import _
from refdesk.services import rules
from refdesk.services.concurrency import Conflict, Difference, save_checked
from refdesk.services.edits import RowsChange, recording
from refdesk.services.vocabulary import field_words, label

log = logging.getLogger(__name__)

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")

# Text fields of a partner, in the order the profile shows them.
TEXT_FIELDS = (
    "name",
    "company",
    "category",
    "website",
    "address",
    "tags",
    "notes",
    "ideal_referral",
    "what_to_tell",
    "wants_from_me",
    "want_from_them",
    "experience",
)
# Everything the edit dialog changes on the partner row itself (emails and phones are rows of their own).
EDITED_FIELDS = (*TEXT_FIELDS, "stage", "retired_reason", "cadence_weeks")
# The fields of PartnerData a "reload their version" merges (see concurrency.merge_edits).
DATA_FIELDS = (*EDITED_FIELDS, "emails", "phones")


class PartnerError(ValueError):
    """Input that cannot be saved; ``problems`` maps a field name to a sentence for the user."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__(" ".join(problems.values()))


class PartnerNotFound(LookupError):
    """The partner (or meeting, check-in) no longer exists, e.g. deleted in another window."""


@dataclass
class PartnerData:
    """Everything the profile form edits."""

    name: str = ""
    company: str = ""
    category: str = ""
    website: str = ""
    address: str = ""
    tags: str = ""
    notes: str = ""
    ideal_referral: str = ""
    what_to_tell: str = ""
    wants_from_me: str = ""
    want_from_them: str = ""
    experience: str = ""
    stage: Stage = Stage.VISIBILITY
    retired_reason: str = ""
    emails: list[tuple[str, str]] = field(default_factory=list)  # (address, label)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (number as typed, label)
    cadence_weeks: int | None = None  # stay in touch every so many weeks; None: the stage's (rules.CADENCE_WEEKS)
    id: int | None = None
    version: int | None = None  # the partner's version when loaded; update_partner checks it


def validate(data: PartnerData) -> dict[str, str]:
    """Problems with *data*, field name → sentence; empty when it can be saved."""
    problems: dict[str, str] = {}
    if not data.name.strip():
        problems["name"] = _("Give the partner a name.")
    elif len(data.name.strip()) > 200:
        problems["name"] = _("The name is longer than 200 characters; shorten it.")
    bad = [address for address, _ in data.emails if address.strip() and not EMAIL_RE.match(normalise_email(address))]
    if bad:
        problems["emails"] = _(
            "“{text}” does not look like an email address (it should look like name@example.com)."
        ).format(text=bad[0].strip())
    if data.stage is Stage.RETIRED and not data.retired_reason.strip():
        problems["retired_reason"] = _("Say why this partner is retired, so you remember later.")
    if data.cadence_weeks is not None:
        try:
            rules.check_weeks(data.cadence_weeks)
        except rules.RuleError as exc:
            problems["cadence_weeks"] = str(exc)
    return problems


def clean_tags(tags: str) -> str:
    """Comma-separated, trimmed, without empty or repeated tags."""
    seen: list[str] = []
    for tag in tags.split(","):
        tag = tag.strip()
        if tag and tag.casefold() not in (t.casefold() for t in seen):
            seen.append(tag)
    return ", ".join(seen)


def get_partner(partner_id: int) -> PartnerData:
    partner = Partner.get_or_none(Partner.id == partner_id)
    if partner is None:
        raise PartnerNotFound(partner_id)
    data = PartnerData(
        **{name: getattr(partner, name) for name in TEXT_FIELDS},
        stage=partner.stage,
        retired_reason=partner.retired_reason,
        cadence_weeks=partner.cadence_weeks,
        id=partner.id,
        version=partner.version,
    )
    data.emails, data.phones = _contacts(partner_id)
    return data


def _contacts(partner_id: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    emails = [
        (e.email, e.label)
        for e in PartnerEmail.select()
        .where(PartnerEmail.partner == partner_id)
        .order_by(PartnerEmail.position, PartnerEmail.id)
    ]
    phones = [
        (p.phone, p.label)
        for p in PartnerPhone.select()
        .where(PartnerPhone.partner == partner_id)
        .order_by(PartnerPhone.position, PartnerPhone.id)
    ]
    return emails, phones


def _apply(partner: Partner, data: PartnerData) -> None:
    for name in TEXT_FIELDS:
        value = getattr(data, name)
        value = value.strip() if name not in ("notes", "address") else value.rstrip()
        setattr(partner, name, value)
    partner.tags = clean_tags(data.tags)
    partner.stage = data.stage
    partner.retired_reason = data.retired_reason.strip() if data.stage is Stage.RETIRED else ""
    partner.cadence_weeks = None if data.cadence_weeks is None else int(data.cadence_weeks)


def _replace_contacts(partner_id: int, data: PartnerData) -> None:
    PartnerEmail.delete().where(PartnerEmail.partner == partner_id).execute()
    PartnerPhone.delete().where(PartnerPhone.partner == partner_id).execute()
    seen = set()
    position = 0
    for address, tag in data.emails:
        address = normalise_email(address)
        if address and address not in seen:
            seen.add(address)
            PartnerEmail.create(partner=partner_id, email=address, label=tag.strip(), position=position)
            position += 1
    position = 0
    for number, tag in data.phones:
        if number.strip():
            PartnerPhone.create(partner=partner_id, phone=number.strip(), label=tag.strip(), position=position)
            position += 1


def _track(rec, partner_id: int, **kwargs) -> None:
    """The partner's own rows: the profile, its emails and its phones."""
    rec.track(Partner, Partner.id == partner_id, **kwargs)
    rec.track(PartnerEmail, PartnerEmail.partner == partner_id)
    rec.track(PartnerPhone, PartnerPhone.partner == partner_id)


def create_partner(data: PartnerData) -> RowsChange:
    """Save a new partner (``change.id``); raises PartnerError if *data* is not valid."""
    problems = validate(data)
    if problems:
        raise PartnerError(problems)
    with recording(_("Add partner {name}").format(name=data.name.strip())) as rec:
        partner = Partner()
        _apply(partner, data)
        partner.save()
        rec.created(Partner, partner.id)
        rec.id = partner.id
        rec.track(PartnerEmail, PartnerEmail.partner == partner.id)
        rec.track(PartnerPhone, PartnerPhone.partner == partner.id)
        _replace_contacts(partner.id, data)
    log.info("created partner %s", partner.id)
    return rec.change


def update_partner(
    partner_id: int, data: PartnerData, expected_version: int | None = None, *, original: PartnerData | None = None
) -> RowsChange:
    """Save *data* over the partner; raises PartnerError / PartnerNotFound.

    *expected_version* is the version the user started editing from (``PartnerData.version``): if
    someone else saved or deleted the partner since, nothing is written and ``Conflict`` says what
    they changed (narrowed to their changes when *original*, the data as loaded, is given).  The
    check and the write are one ``UPDATE … WHERE id = ? AND version = ?`` in the same transaction as
    the emails and phones.  None saves without the check ("Overwrite with mine").
    """
    problems = validate(data)
    if problems:
        raise PartnerError(problems)
    with recording(_("Edit {name}").format(name=data.name.strip())) as rec:
        rec.id = partner_id
        _track(rec, partner_id)
        partner = Partner.get_or_none(Partner.id == partner_id)
        if partner is None:
            if expected_version is not None:
                raise Conflict(Partner, partner_id, expected_version, None)
            raise PartnerNotFound(partner_id)
        _apply(partner, data)
        if expected_version is None:
            partner.save()
        else:
            loaded = {name: getattr(original, name) for name in EDITED_FIELDS} if original is not None else None
            try:
                save_checked(partner, expected_version, original=loaded)
            except Conflict as conflict:
                raise _with_contacts(conflict, data, original) from None
        _replace_contacts(partner_id, data)
    log.info("updated partner %s (version %s)", partner_id, partner.version)
    return rec.change


def _contact_text(pairs: list[tuple[str, str]]) -> str:
    return "; ".join(
        f"{value.strip()} ({tag.strip()})" if tag.strip() else value.strip() for value, tag in pairs if value.strip()
    )


def _with_contacts(conflict: Conflict, data: PartnerData, original: PartnerData | None) -> Conflict:
    """*conflict* plus the emails and phones someone else changed (they live in rows of their own)."""
    if conflict.deleted:
        return conflict
    changes = list(conflict.changes)
    theirs = dict(zip(("emails", "phones"), _contacts(conflict.id), strict=True))
    for name in ("emails", "phones"):
        title = field_words(name)
        # compared as shown, so a label typed with spaces or an email in capitals is no change
        their_text, my_text = _contact_text(theirs[name]), _contact_text(getattr(data, name))
        base = _contact_text(getattr(original, name)) if original is not None else my_text
        if their_text != base:
            changes.append(Difference(name, title, their_text, my_text))
    return Conflict(Partner, conflict.id, conflict.expected_version, conflict.their_version, changes)


def set_stage(partner_id: int, stage: Stage, reason: str = "", *, expected_version: int | None = None) -> RowsChange:
    """Put the partner at *stage* (e.g. back from retired); *reason* is kept only for Retired.

    *expected_version* is the partner's version the user saw (``PartnerData.version``): if someone
    else changed or deleted the partner since, nothing is written and ``Conflict`` is raised.
    """
    if stage is Stage.RETIRED and not reason.strip():
        raise PartnerError({"retired_reason": _("Say why this partner is retired, so you remember later.")})
    with recording("") as rec:
        rec.id = partner_id
        rec.track(Partner, Partner.id == partner_id, expected={partner_id: expected_version})
        partner = Partner.get_or_none(Partner.id == partner_id)
        if partner is None:
            raise PartnerNotFound(partner_id)
        if stage is Stage.RETIRED:
            rec.text = _("Retire {name}").format(name=partner.name)
        else:
            rec.text = _("Move {name} to {stage}").format(name=partner.name, stage=label(stage))
        partner.stage = stage
        partner.retired_reason = reason.strip() if stage is Stage.RETIRED else ""
        partner.save()
    return rec.change


def retire_partner(partner_id: int, reason: str, *, expected_version: int | None = None) -> RowsChange:
    """Mark the partner retired with *reason* (kept in the list under "show retired")."""
    return set_stage(partner_id, Stage.RETIRED, reason, expected_version=expected_version)


def delete_partner(partner_id: int, *, expected_version: int | None = None) -> RowsChange:
    """Delete the partner and everything that is theirs (their links from other rows are cleared).

    Undoing the change puts every row back as it was, with the same ids.
    """
    with recording("") as rec:
        rec.id = partner_id
        _track(rec, partner_id, expected={partner_id: expected_version})
        partner = Partner.get_or_none(Partner.id == partner_id)
        if partner is None:
            raise PartnerNotFound(partner_id)
        rec.text = _("Delete {name}").format(name=partner.name)
        query = Referral.select(Referral.id).where(Referral.partner == partner_id)
        referral_ids = [r for (r,) in cast("Iterable[tuple[int]]", query.tuples())]
        for history in (Meeting, StandingCheck):
            rec.track(history, history.partner == partner_id)
        rec.track(Referral, (Referral.partner == partner_id) | (Referral.prospect_partner == partner_id))
        rec.track(ThankYou, (ThankYou.partner == partner_id) | ThankYou.referral.in_(referral_ids))
        Referral.update(prospect_partner=None).where(Referral.prospect_partner == partner_id).execute()
        if referral_ids:
            ThankYou.update(referral=None).where(ThankYou.referral.in_(referral_ids)).execute()
        for model in (ThankYou, Referral, StandingCheck, Meeting, PartnerPhone, PartnerEmail):
            model.delete().where(model.partner == partner_id).execute()
        Partner.delete().where(Partner.id == partner_id).execute()
    log.info("deleted partner %s (%d referrals)", partner_id, len(referral_ids))
    return rec.change


# --- their referrals (read-only here) -------------------------------------------------------------


@dataclass
class ReferralLine:
    id: int
    date: dt.date
    direction: Direction
    role: str  # "partner": they gave/received it; "prospect": they were the prospect
    other: str  # the prospect (or, for role "prospect", the partner who sent it)
    need: str
    type: str
    status: str
    value: Decimal | None
    currency: str


def partner_referrals(partner_id: int) -> list[ReferralLine]:
    """The partner's referrals in both directions, and those where they were the prospect; newest first."""
    Prospect = Partner.alias()
    Sender = Partner.alias()
    query = (
        Referral.select(Referral, Prospect.name.alias("prospect_partner_name"), Sender.name.alias("sender_name"))
        .join(Prospect, JOIN.LEFT_OUTER, on=(Referral.prospect_partner == Prospect.id))
        .switch(Referral)
        .join(Sender, JOIN.LEFT_OUTER, on=(Referral.partner == Sender.id))
        .where((Referral.partner == partner_id) | (Referral.prospect_partner == partner_id))
        .order_by(Referral.date.desc(), Referral.id.desc())
    )
    lines = []
    for r in query.objects():
        if r.partner_id == partner_id:
            role = "partner"
            other = r.prospect_partner_name or r.prospect_name  # type: ignore[attr-defined]  # an alias in the SELECT
        else:
            role = "prospect"
            other = r.sender_name  # type: ignore[attr-defined]  # an alias in the SELECT
        lines.append(
            ReferralLine(
                r.id,
                r.date,
                r.direction,
                role,
                other or "",
                r.prospect_need,
                label(r.type),
                label(r.status),
                r.closed_value,
                r.currency,
            )
        )
    return lines


def partner_names(ids: Iterable[int]) -> dict[int, str]:
    ids = list(ids)
    if not ids:
        return {}
    query = Partner.select(Partner.id, Partner.name).where(Partner.id.in_(ids))
    return dict(cast("Iterable[tuple[int, str]]", query.tuples()))
