"""Referral partners: the list with its 12-month figures, profiles, meetings, check-ins, retiring and merging.

Qt-free.  The Partners page, the command line and the tests all go through here.

The list is one aggregate query (``list_partners``): for every partner the
referrals given and received in the last 12 months, the balance, the last
contact (latest meeting or referral) and the latest willingness score.  Rows
are plain tuples (see the ``COL_*`` positions) so 50,000 of them load and
filter quickly; ``filter_rows`` filters them in memory on a precomputed
lower-case search key.

Deleting and merging return a *snapshot* (plain dicts of every row touched)
that ``restore_partner`` / ``unmerge_partners`` put back exactly, with the same
ids, so the window can undo them.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import compress, repeat
from operator import contains, eq, itemgetter, ne
from pathlib import Path
from typing import Any

from peewee import JOIN, Database, PostgresqlDatabase

from refdesk.db.database import connect_url, db
from refdesk.db.models import (
    Comfort,
    Direction,
    Meeting,
    MeetingKind,
    Partner,
    PartnerEmail,
    PartnerPhone,
    Referral,
    Stage,
    StandingCheck,
    ThankYou,
    label,
    normalise_email,
)
from refdesk.paths import sqlite_url
from refdesk.services.concurrency import Change, Conflict, check_versions, save_checked, write_transaction

log = logging.getLogger(__name__)

CHECK_IN_DAYS = 90
"""A standing check-in falls due when the last one is more than this many days old (or there is none)."""

# Positions in a list row (a tuple).
COL_ID = 0
COL_NAME = 1
COL_COMPANY = 2
COL_CATEGORY = 3
COL_STAGE = 4  # the stored text, e.g. "credibility"
COL_GIVEN = 5
COL_RECEIVED = 6
COL_BALANCE = 7  # given - received
COL_LAST_CONTACT = 8  # ISO date text or None
COL_WILLINGNESS = 9  # 0-10 or None
COL_SEARCH = 10  # lower-case name, company, category, tags and emails

PartnerRow = tuple

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
EDITED_FIELDS = (*TEXT_FIELDS, "stage", "retired_reason")
# The fields of PartnerData a "reload their version" merges (see concurrency.merge_edits).
DATA_FIELDS = (*EDITED_FIELDS, "emails", "phones")
# When merging, these are joined (both kept); the others are filled in only when empty.
JOINED_FIELDS = ("notes", "ideal_referral", "what_to_tell", "wants_from_me", "want_from_them", "experience")


class PartnerError(ValueError):
    """Input that cannot be saved; ``problems`` maps a field name to a sentence for the user."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__(" ".join(problems.values()))


class PartnerNotFound(LookupError):
    """The partner (or meeting, check-in) no longer exists, e.g. deleted in another window."""


def today() -> dt.date:
    return dt.date.today()


def year_ago(day: dt.date) -> dt.date:
    """The first day of the 12-month window ending on *day* (same day one year earlier, plus one).

    The window is *day* and the 364/365 days before it: a referral dated exactly one
    year before *day* is outside; 29 February maps to 1 March.
    """
    try:
        start = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        start = dt.date(day.year - 1, 3, 1) - dt.timedelta(days=1)
    return start + dt.timedelta(days=1)


# --- the list ------------------------------------------------------------------------------------


def _is_postgres(database: Database | None = None) -> bool:
    return isinstance(database or db.obj, PostgresqlDatabase)


def _list_sql(database: Database, chosen: str = "") -> str:
    """The list query.  Parameters: those of *chosen*, then since, since, until, until.

    *chosen*, when given, is a SELECT of the ids of the partners to list (e.g. one partner, or the
    first screenful); the referral aggregate is then restricted to them too, so a few rows cost a
    few index look-ups instead of a pass over every referral.
    """
    param = database.param
    if _is_postgres(database):
        emails = "string_agg(e.email, ' ')"
    else:
        emails = "group_concat(e.email, ' ')"
    since = until = param
    if chosen:
        head = f"WITH chosen AS ({chosen}),\nref AS ("
        only = "AND partner_id IN (SELECT id FROM chosen) "
        where = "WHERE p.id IN (SELECT id FROM chosen)\nORDER BY lower(p.name), p.id"
    else:
        head, only, where = "WITH ref AS (", "", ""
    return f"""
{head}
    SELECT partner_id,
           SUM(CASE WHEN direction = 'given' AND date >= {since} THEN 1 ELSE 0 END) AS given,
           SUM(CASE WHEN direction = 'received' AND date >= {since} THEN 1 ELSE 0 END) AS received,
           MAX(date) AS last_ref
    FROM referral WHERE date <= {until} {only}GROUP BY partner_id
)
SELECT p.id, p.name, p.company, p.category, p.stage,
       COALESCE(ref.given, 0), COALESCE(ref.received, 0),
       ref.last_ref,
       (SELECT MAX(m.date) FROM meeting m WHERE m.partner_id = p.id AND m.date <= {until}),
       (SELECT s.willingness FROM standing_check s WHERE s.partner_id = p.id
        ORDER BY s.date DESC, s.id DESC LIMIT 1),
       p.name || ' ' || p.company || ' ' || p.category || ' ' || p.tags || ' '
           || COALESCE((SELECT {emails} FROM partner_email e WHERE e.partner_id = p.id), '')
FROM partner p LEFT JOIN ref ON ref.partner_id = p.id
{where}
"""


def _window(on: dt.date | None) -> tuple[str, str, str, str]:
    day = on or today()
    since, until = year_ago(day).isoformat(), day.isoformat()
    return since, since, until, until


def _rows(raw: Iterable[Sequence[Any]]) -> list[PartnerRow]:
    out = []
    append = out.append
    for pid, name, company, category, stage, given, received, last_ref, last_meet, will, search in raw:
        if last_ref is not None and not isinstance(last_ref, str):
            last_ref = last_ref.isoformat()
        if last_meet is not None and not isinstance(last_meet, str):
            last_meet = last_meet.isoformat()
        last = last_ref if last_meet is None or (last_ref is not None and last_ref > last_meet) else last_meet
        append((pid, name, company, category, stage, given, received, given - received, last, will, search.lower()))
    return out


def list_partners(
    *,
    on: dt.date | None = None,
    text: str = "",
    stage: Stage | None = None,
    category: str = "",
    show_retired: bool = True,
    database: Database | None = None,
) -> list[PartnerRow]:
    """Every partner as a row tuple (``COL_*``), in id order, with its 12-month figures as of *on*.

    The optional filters are those of ``filter_rows``; by default every partner, retired too.
    *database* is another connection to use instead of the application's (e.g. in a worker thread).
    """
    database = database or db.obj
    cursor = database.execute_sql(_list_sql(database), _window(on))
    rows = _rows(cursor.fetchall())
    if text or stage is not None or category or not show_retired:
        rows = filter_rows(rows, text, stage=stage, category=category, show_retired=show_retired)
    return rows


def list_partners_in_file(path: Path, *, on: dt.date | None = None) -> list[PartnerRow]:
    """``list_partners`` over a connection of its own to the SQLite file *path*, closed afterwards.

    For a worker thread: the application's connection belongs to the thread that opened it.
    """
    database = connect_url(sqlite_url(path))
    try:
        database.connect()
        return list_partners(on=on, database=database)
    finally:
        database.close()


def list_partners_with(database: Database, *, on: dt.date | None = None) -> list[PartnerRow]:
    """``list_partners`` over *database*, a connection of its own (``worker_database()``), closed afterwards.

    For a worker thread, on SQLite and PostgreSQL alike.
    """
    try:
        database.connect(reuse_if_open=True)
        return list_partners(on=on, database=database)
    finally:
        database.close()


def first_partners(limit: int, *, on: dt.date | None = None, show_retired: bool = False) -> list[PartnerRow]:
    """The first *limit* rows of the list in name order (case-insensitive, then id), with all their figures.

    Enough to paint the Partners page at once on a big database while ``list_partners`` loads the
    rest in the background.  ``lower(name)`` (an index, migration 0004) orders ASCII names exactly
    as the page's ``str.casefold`` does.  Retired partners are left out unless *show_retired*.
    """
    param = db.obj.param
    params: list[Any] = []
    where = ""
    if not show_retired:
        where = f"WHERE stage <> {param} "
        params.append(Stage.RETIRED.value)
    chosen = f"SELECT id FROM partner {where}ORDER BY lower(name), id LIMIT {param}"
    params.append(limit)
    return _rows(db.execute_sql(_list_sql(db.obj, chosen), (*params, *_window(on))).fetchall())


def partner_row(partner_id: int, *, on: dt.date | None = None) -> PartnerRow | None:
    """One partner's list row (same figures as ``list_partners``), or None if it does not exist."""
    chosen = f"SELECT id FROM partner WHERE id = {db.obj.param}"
    rows = _rows(db.execute_sql(_list_sql(db.obj, chosen), (partner_id, *_window(on))).fetchall())
    return rows[0] if rows else None


def search_words(text: str) -> list[str]:
    return text.lower().split()


def filter_rows(
    rows: Sequence[PartnerRow],
    text: str = "",
    *,
    stage: Stage | None = None,
    category: str = "",
    show_retired: bool = False,
) -> list[PartnerRow]:
    """The rows matching every word of *text* (in name, company, category, tags or email), a stage and a category.

    Retired partners are left out unless *show_retired* (or *stage* is Retired).
    """
    return match_words(base_rows(rows, stage=stage, category=category, show_retired=show_retired), search_words(text))


def base_rows(
    rows: Sequence[PartnerRow], *, stage: Stage | None = None, category: str = "", show_retired: bool = False
) -> list[PartnerRow]:
    """The rows at *stage* and in *category*; without retired ones unless asked (or *stage* is Retired)."""
    # map/compress keep the loops in C, so 50,000 rows take a few milliseconds.
    result: Iterable[PartnerRow] = rows
    if stage is not None:
        result = compress(rows, map(eq, map(_stage_of, rows), repeat(stage.value)))
    elif not show_retired:
        result = compress(rows, map(ne, map(_stage_of, rows), repeat(Stage.RETIRED.value)))
    if category:
        result = list(result)
        result = compress(result, map(eq, map(_category_of, result), repeat(category)))
    return list(result)


def match_words(rows: Sequence[PartnerRow], words: Sequence[str]) -> list[PartnerRow]:
    """The rows whose search key contains every one of *words* (already lower-case)."""
    result = list(rows)
    for word in words:
        result = list(compress(result, map(contains, map(_search_of, result), repeat(word))))
    return result


_stage_of = itemgetter(COL_STAGE)
_category_of = itemgetter(COL_CATEGORY)
_search_of = itemgetter(COL_SEARCH)


def categories() -> list[str]:
    """The categories (professions) in use, sorted."""
    query = Partner.select(Partner.category).where(Partner.category != "").distinct().tuples()
    return sorted((c for (c,) in query), key=str.casefold)


def count_partners() -> int:
    return Partner.select().count()


# --- one partner -------------------------------------------------------------------------------


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
    id: int | None = None
    version: int | None = None  # the partner's version when loaded; update_partner checks it


def validate(data: PartnerData) -> dict[str, str]:
    """Problems with *data*, field name → sentence; empty when it can be saved."""
    problems: dict[str, str] = {}
    if not data.name.strip():
        problems["name"] = "Give the partner a name."
    elif len(data.name.strip()) > 200:
        problems["name"] = "The name is longer than 200 characters; shorten it."
    bad = [address for address, _ in data.emails if address.strip() and not EMAIL_RE.match(normalise_email(address))]
    if bad:
        problems["emails"] = (
            f"“{bad[0].strip()}” does not look like an email address (it should look like name@example.com)."
        )
    if data.stage is Stage.RETIRED and not data.retired_reason.strip():
        problems["retired_reason"] = "Say why this partner is retired, so you remember later."
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


def create_partner(data: PartnerData) -> int:
    """Save a new partner; raises PartnerError if *data* is not valid."""
    problems = validate(data)
    if problems:
        raise PartnerError(problems)
    with db.atomic():
        partner = Partner()
        _apply(partner, data)
        partner.save()
        _replace_contacts(partner.id, data)
    log.info("created partner %s", partner.id)
    return partner.id


def update_partner(
    partner_id: int, data: PartnerData, expected_version: int | None = None, *, original: PartnerData | None = None
) -> int:
    """Save *data* over the partner and return its new version; raises PartnerError / PartnerNotFound.

    *expected_version* is the version the user started editing from (``PartnerData.version``): if
    someone else saved or deleted the partner since, nothing is written and ``Conflict`` says what
    they changed (narrowed to their changes when *original*, the data as loaded, is given).  The
    check and the write are one ``UPDATE … WHERE id = ? AND version = ?`` in the same transaction as
    the emails and phones.  None saves without the check (undo/redo, "Overwrite with mine").
    """
    problems = validate(data)
    if problems:
        raise PartnerError(problems)
    with write_transaction():
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
    return partner.version


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
    for name, title in (("emails", "Email addresses"), ("phones", "Phone numbers")):
        # compared as shown, so a label typed with spaces or an email in capitals is no change
        their_text, my_text = _contact_text(theirs[name]), _contact_text(getattr(data, name))
        base = _contact_text(getattr(original, name)) if original is not None else my_text
        if their_text != base:
            changes.append(Change(name, title, their_text, my_text))
    return Conflict(Partner, conflict.id, conflict.expected_version, conflict.their_version, changes)


def retire_partner(partner_id: int, reason: str, *, expected_version: int | None = None) -> None:
    """Mark the partner retired with *reason* (kept in the list under "show retired").

    *expected_version* is the partner's version the user saw (``PartnerData.version``): if someone
    else changed or deleted the partner since, nothing is written and ``Conflict`` is raised.
    """
    if not reason.strip():
        raise PartnerError({"retired_reason": "Say why this partner is retired, so you remember later."})
    with write_transaction():
        check_versions(Partner, {partner_id: expected_version})
        partner = Partner.get_or_none(Partner.id == partner_id)
        if partner is None:
            raise PartnerNotFound(partner_id)
        partner.stage = Stage.RETIRED
        partner.retired_reason = reason.strip()
        partner.save()


def set_stage(partner_id: int, stage: Stage, reason: str = "", *, expected_version: int | None = None) -> None:
    """Put the partner at *stage* (e.g. back from retired); *reason* is kept only for Retired.

    *expected_version*: checked as in ``retire_partner``.
    """
    with write_transaction():
        check_versions(Partner, {partner_id: expected_version})
        partner = Partner.get_or_none(Partner.id == partner_id)
        if partner is None:
            raise PartnerNotFound(partner_id)
        partner.stage = stage
        partner.retired_reason = reason if stage is Stage.RETIRED else ""
        partner.save()


# --- delete / restore (snapshots) ----------------------------------------------------------------


def _dicts(query) -> list[dict]:
    return list(query.dicts())


def snapshot_partner(partner_id: int) -> dict:
    """Every row that belongs to the partner, and every link to it from elsewhere, as plain dicts."""
    partner = _dicts(Partner.select().where(Partner.id == partner_id))
    if not partner:
        raise PartnerNotFound(partner_id)
    referrals = _dicts(Referral.select().where(Referral.partner == partner_id))
    referral_ids = [r["id"] for r in referrals]
    thanks = _dicts(ThankYou.select().where(ThankYou.partner == partner_id))
    # links from other partners' rows that deleting would clear (ON DELETE SET NULL)
    prospect_links = [
        r
        for (r,) in Referral.select(Referral.id)
        .where((Referral.prospect_partner == partner_id) & (Referral.partner != partner_id))
        .tuples()
    ]
    thank_links = []
    if referral_ids:
        thank_links = [
            (t, r)
            for t, r in ThankYou.select(ThankYou.id, ThankYou.referral)
            .where(
                ThankYou.referral.in_(referral_ids) & ((ThankYou.partner != partner_id) | ThankYou.partner.is_null())
            )
            .tuples()
        ]
    return {
        "partner": partner[0],
        "emails": _dicts(PartnerEmail.select().where(PartnerEmail.partner == partner_id)),
        "phones": _dicts(PartnerPhone.select().where(PartnerPhone.partner == partner_id)),
        "meetings": _dicts(Meeting.select().where(Meeting.partner == partner_id)),
        "checks": _dicts(StandingCheck.select().where(StandingCheck.partner == partner_id)),
        "referrals": referrals,
        "thanks": thanks,
        "prospect_links": prospect_links,
        "thank_links": thank_links,
    }


def delete_partner(partner_id: int) -> dict:
    """Delete the partner and everything that is theirs; returns the snapshot ``restore_partner`` takes."""
    with db.atomic():
        snapshot = snapshot_partner(partner_id)
        Referral.update(prospect_partner=None).where(Referral.prospect_partner == partner_id).execute()
        referral_ids = [r["id"] for r in snapshot["referrals"]]
        if referral_ids:
            ThankYou.update(referral=None).where(ThankYou.referral.in_(referral_ids)).execute()
        for model in (ThankYou, Referral, StandingCheck, Meeting, PartnerPhone, PartnerEmail):
            model.delete().where(model.partner == partner_id).execute()
        Partner.delete().where(Partner.id == partner_id).execute()
    log.info("deleted partner %s (%d referrals)", partner_id, len(snapshot["referrals"]))
    return snapshot


def _insert(model, rows: list[dict]) -> None:
    for start in range(0, len(rows), 100):
        model.insert_many(rows[start : start + 100]).execute()


def restore_partner(snapshot: dict) -> int:
    """Put a deleted partner back exactly as it was (same ids, links restored)."""
    pid = snapshot["partner"]["id"]
    with db.atomic():
        _insert(Partner, [snapshot["partner"]])
        _insert(PartnerEmail, snapshot["emails"])
        _insert(PartnerPhone, snapshot["phones"])
        _insert(Meeting, snapshot["meetings"])
        _insert(StandingCheck, snapshot["checks"])
        _insert(Referral, snapshot["referrals"])
        _insert(ThankYou, snapshot["thanks"])
        if snapshot["prospect_links"]:
            Referral.update(prospect_partner=pid).where(Referral.id.in_(snapshot["prospect_links"])).execute()
        for thank_id, referral_id in snapshot["thank_links"]:
            ThankYou.update(referral=referral_id).where(ThankYou.id == thank_id).execute()
    log.info("restored partner %s", pid)
    return pid


# --- merge --------------------------------------------------------------------------------------


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def merge_partners(keep_id: int, other_id: int) -> dict:
    """Move everything of *other_id* onto *keep_id* and delete *other_id*; returns the snapshot for undo.

    Every email, phone, meeting, check-in, referral (as partner and as prospect) and
    thank-you ends up on the kept partner.  Empty profile fields are filled from the
    other partner; notes and the referral-practice fields are joined; tags are united.
    An email or phone the kept partner already has is not doubled.
    """
    if keep_id == other_id:
        raise PartnerError({"merge": "Choose two different partners to merge."})
    with db.atomic():
        keep = Partner.get_or_none(Partner.id == keep_id)
        other = Partner.get_or_none(Partner.id == other_id)
        if keep is None:
            raise PartnerNotFound(keep_id)
        if other is None:
            raise PartnerNotFound(other_id)
        snapshot = {
            "keep": _dicts(Partner.select().where(Partner.id == keep_id))[0],
            "other": snapshot_partner(other_id),
            "moved": {},
        }
        have_emails = {
            e for (e,) in PartnerEmail.select(PartnerEmail.email).where(PartnerEmail.partner == keep_id).tuples()
        }
        have_phones = {
            _digits(p)
            for (p,) in PartnerPhone.select(PartnerPhone.phone).where(PartnerPhone.partner == keep_id).tuples()
        }
        next_email = (
            PartnerEmail.select(PartnerEmail.position)
            .where(PartnerEmail.partner == keep_id)
            .order_by(PartnerEmail.position.desc())
            .scalar()
            or 0
        ) + 1
        next_phone = (
            PartnerPhone.select(PartnerPhone.position)
            .where(PartnerPhone.partner == keep_id)
            .order_by(PartnerPhone.position.desc())
            .scalar()
            or 0
        ) + 1
        moved_emails, moved_phones = [], []
        for row in snapshot["other"]["emails"]:
            if row["email"] in have_emails:
                PartnerEmail.delete().where(PartnerEmail.id == row["id"]).execute()
                continue
            have_emails.add(row["email"])
            PartnerEmail.update(partner=keep_id, position=next_email).where(PartnerEmail.id == row["id"]).execute()
            next_email += 1
            moved_emails.append(row["id"])
        for row in snapshot["other"]["phones"]:
            if _digits(row["phone"]) in have_phones:
                PartnerPhone.delete().where(PartnerPhone.id == row["id"]).execute()
                continue
            have_phones.add(_digits(row["phone"]))
            PartnerPhone.update(partner=keep_id, position=next_phone).where(PartnerPhone.id == row["id"]).execute()
            next_phone += 1
            moved_phones.append(row["id"])
        moved = snapshot["moved"]
        moved["emails"], moved["phones"] = moved_emails, moved_phones
        for key, model in (
            ("meetings", Meeting),
            ("checks", StandingCheck),
            ("referrals", Referral),
            ("thanks", ThankYou),
        ):
            moved[key] = [r["id"] for r in snapshot["other"][key]]
            model.update(partner=keep_id).where(model.partner == other_id).execute()
        moved["prospect_links"] = [
            r for (r,) in Referral.select(Referral.id).where(Referral.prospect_partner == other_id).tuples()
        ]
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
        if keep.stage is Stage.RETIRED and other.stage is not Stage.RETIRED:
            keep.stage, keep.retired_reason = other.stage, ""
        keep.save()
        Partner.delete().where(Partner.id == other_id).execute()
    log.info("merged partner %s into %s", other_id, keep_id)
    return snapshot


def unmerge_partners(snapshot: dict) -> None:
    """Undo ``merge_partners``: the other partner comes back with exactly what it had."""
    keep = snapshot["keep"]
    other = snapshot["other"]
    other_id = other["partner"]["id"]
    moved = snapshot["moved"]
    with db.atomic():
        _insert(Partner, [other["partner"]])
        for key, model in (
            ("emails", PartnerEmail),
            ("phones", PartnerPhone),
            ("meetings", Meeting),
            ("checks", StandingCheck),
            ("referrals", Referral),
            ("thanks", ThankYou),
        ):
            if moved[key]:
                model.update(partner=other_id).where(model.id.in_(moved[key])).execute()
        # emails/phones that were dropped as duplicates, with their original positions
        for key, model in (("emails", PartnerEmail), ("phones", PartnerPhone)):
            dropped = [r for r in other[key] if r["id"] not in set(moved[key])]
            _insert(model, dropped)
            for row in other[key]:
                if row["id"] in set(moved[key]):
                    model.update(position=row["position"]).where(model.id == row["id"]).execute()
        if moved["prospect_links"]:
            Referral.update(prospect_partner=other_id).where(Referral.id.in_(moved["prospect_links"])).execute()
        fields = {k: v for k, v in keep.items() if k != "id"}
        Partner.update(**fields).where(Partner.id == keep["id"]).execute()
    log.info("undid merge of partner %s into %s", other_id, keep["id"])


# --- meetings -----------------------------------------------------------------------------------


@dataclass
class MeetingData:
    date: dt.date
    kind: MeetingKind = MeetingKind.ONE_TO_ONE
    notes: str = ""
    next_step: str = ""
    next_step_date: dt.date | None = None
    id: int | None = None
    partner_id: int | None = None


def validate_meeting(data: MeetingData) -> dict[str, str]:
    problems = {}
    if data.next_step_date is not None and data.next_step_date < data.date:
        problems["next_step_date"] = "The next step cannot be due before the meeting itself."
    if data.next_step_date is not None and not data.next_step.strip():
        problems["next_step"] = "Say what the next step is, or clear its date."
    return problems


def list_meetings(partner_id: int) -> list[MeetingData]:
    """The partner's meetings, newest first."""
    query = Meeting.select().where(Meeting.partner == partner_id).order_by(Meeting.date.desc(), Meeting.id.desc())
    return [MeetingData(m.date, m.kind, m.notes, m.next_step, m.next_step_date, m.id, partner_id) for m in query]


def get_meeting(meeting_id: int) -> MeetingData:
    m = Meeting.get_or_none(Meeting.id == meeting_id)
    if m is None:
        raise PartnerNotFound(meeting_id)
    return MeetingData(m.date, m.kind, m.notes, m.next_step, m.next_step_date, m.id, m.partner_id)


def add_meeting(partner_id: int, data: MeetingData) -> int:
    problems = validate_meeting(data)
    if problems:
        raise PartnerError(problems)
    with db.atomic():
        if not Partner.select().where(Partner.id == partner_id).exists():
            raise PartnerNotFound(partner_id)
        meeting = Meeting.create(
            partner=partner_id,
            date=data.date,
            kind=data.kind,
            notes=data.notes.rstrip(),
            next_step=data.next_step.strip(),
            next_step_date=data.next_step_date,
        )
    return meeting.id


def update_meeting(meeting_id: int, data: MeetingData) -> None:
    problems = validate_meeting(data)
    if problems:
        raise PartnerError(problems)
    with db.atomic():
        meeting = Meeting.get_or_none(Meeting.id == meeting_id)
        if meeting is None:
            raise PartnerNotFound(meeting_id)
        meeting.date, meeting.kind, meeting.notes = data.date, data.kind, data.notes.rstrip()
        meeting.next_step, meeting.next_step_date = data.next_step.strip(), data.next_step_date
        meeting.save()


def delete_meeting(meeting_id: int) -> dict:
    """Delete a meeting; returns its row for ``restore_rows``."""
    with db.atomic():
        rows = _dicts(Meeting.select().where(Meeting.id == meeting_id))
        if not rows:
            raise PartnerNotFound(meeting_id)
        Meeting.delete().where(Meeting.id == meeting_id).execute()
    return {"table": "meeting", "rows": rows}


# --- standing check-ins ------------------------------------------------------------------------


@dataclass
class CheckInData:
    date: dt.date
    willingness: int
    comfort: Comfort
    notes: str = ""
    id: int | None = None
    partner_id: int | None = None


def validate_checkin(data: CheckInData) -> dict[str, str]:
    problems = {}
    if not isinstance(data.willingness, int) or not 0 <= data.willingness <= 10:
        problems["willingness"] = "Willingness to refer is a score from 0 (not at all) to 10 (certainly)."
    if data.date > today():
        problems["date"] = "A check-in cannot be in the future."
    return problems


def _checkin(s: StandingCheck) -> CheckInData:
    return CheckInData(s.date, s.willingness, s.comfort, s.notes, s.id, s.partner_id)


def list_checkins(partner_id: int) -> list[CheckInData]:
    """The partner's standing check-ins, newest first."""
    query = (
        StandingCheck.select()
        .where(StandingCheck.partner == partner_id)
        .order_by(StandingCheck.date.desc(), StandingCheck.id.desc())
    )
    return [_checkin(s) for s in query]


def get_checkin(check_id: int) -> CheckInData:
    s = StandingCheck.get_or_none(StandingCheck.id == check_id)
    if s is None:
        raise PartnerNotFound(check_id)
    return _checkin(s)


def add_checkin(partner_id: int, data: CheckInData) -> int:
    problems = validate_checkin(data)
    if problems:
        raise PartnerError(problems)
    with db.atomic():
        if not Partner.select().where(Partner.id == partner_id).exists():
            raise PartnerNotFound(partner_id)
        check = StandingCheck.create(
            partner=partner_id,
            date=data.date,
            willingness=data.willingness,
            comfort=data.comfort,
            notes=data.notes.rstrip(),
        )
    return check.id


def update_checkin(check_id: int, data: CheckInData) -> None:
    problems = validate_checkin(data)
    if problems:
        raise PartnerError(problems)
    with db.atomic():
        check = StandingCheck.get_or_none(StandingCheck.id == check_id)
        if check is None:
            raise PartnerNotFound(check_id)
        check.date, check.willingness, check.comfort = data.date, data.willingness, data.comfort
        check.notes = data.notes.rstrip()
        check.save()


def delete_checkin(check_id: int) -> dict:
    with db.atomic():
        rows = _dicts(StandingCheck.select().where(StandingCheck.id == check_id))
        if not rows:
            raise PartnerNotFound(check_id)
        StandingCheck.delete().where(StandingCheck.id == check_id).execute()
    return {"table": "standing_check", "rows": rows}


def restore_rows(snapshot: dict) -> None:
    """Put back a meeting or check-in removed by ``delete_meeting`` / ``delete_checkin``."""
    model = {"meeting": Meeting, "standing_check": StandingCheck}[snapshot["table"]]
    with db.atomic():
        _insert(model, snapshot["rows"])


def check_in_due(last: dt.date | None, on: dt.date | None = None) -> bool:
    """True when there is no check-in, or the last one is more than 90 days old."""
    if last is None:
        return True
    return ((on or today()) - last).days > CHECK_IN_DAYS


def last_checkin_date(partner_id: int) -> dt.date | None:
    latest = (
        StandingCheck.select(StandingCheck.date)
        .where(StandingCheck.partner == partner_id)
        .order_by(StandingCheck.date.desc())
        .first()
    )
    return latest.date if latest is not None else None


def willingness_trend(partner_id: int) -> list[tuple[dt.date, int]]:
    """(date, willingness) of every check-in, oldest first: the trend the profile draws."""
    query = (
        StandingCheck.select(StandingCheck.date, StandingCheck.willingness)
        .where(StandingCheck.partner == partner_id)
        .order_by(StandingCheck.date, StandingCheck.id)
        .tuples()
    )
    return [(d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)), w) for d, w in query]


# --- referrals (read-only here) ---------------------------------------------------------------


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
            other = r.prospect_partner_name or r.prospect_name
        else:
            role = "prospect"
            other = r.sender_name
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
    return dict(Partner.select(Partner.id, Partner.name).where(Partner.id.in_(ids)).tuples())
