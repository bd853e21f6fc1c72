"""The import itself: de-duplication and one all-or-nothing transaction.

Rules (issue 7):
- a row is the same partner as an existing one, or an earlier row, when they
  share any normalised email address; it is then merged: empty fields filled,
  new emails and phones added, nothing overwritten unless the caller says so;
- rows without a shared email are never merged automatically; those that look
  like a partner by name or phone are created and flagged "possible duplicate";
- a row without email that is already in RefDesk word for word (same name,
  business, phones) adds nothing, so importing a file twice adds nothing.

Speed: emails, name keys and phone keys of the existing partners are loaded
once into dicts; new rows get their ids up front and go in with
``insert_rows`` (one executemany per few thousand rows), the values shared by
every row (source, batch, timestamps) written once into the statement. Each row's
de-duplication is one pass (owners by email, phone, exact name, similar names in
the name's buckets, then indexing it). An import expected to create many
partners (BULK_ROWS) drops the partner tables' indexes (not unique ones, nor those
on partner_id its own lookups use) inside its transaction and builds them once
before it commits (a rollback or a killed process brings them
back with the rest); an import that created REFRESH_AFTER partners or more
refreshes the planner's statistics (tests/bench/bench_import.py measures it all
against csv + executemany).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz.fuzz import ratio
from rapidfuzz.process import extractOne as extract_one

from refdesk.db.bulk import insert_rows
from refdesk.db.database import REFRESH_AFTER, db, refresh_statistics
from refdesk.db.models import ImportBatch, Partner, PartnerEmail, PartnerPhone
from refdesk.services import formatting
from refdesk.services.importer.contacts import Contact, RowBuilder
from refdesk.services.importer.formats import FORMAT_LABELS, Mapping, auto_mapping, detect_format, is_known
from refdesk.services.importer.names import name_key
from refdesk.services.importer.reading import ImportRefused, Source, csv_records, inspect, vcard_blocks
from refdesk.services.importer.vcard import card_to_contact, version_of

log = logging.getLogger(__name__)

FLUSH_EVERY = 4000
# An import expected to create at least this many partners (and at least half as many as the database
# already holds) sets the text indexes of the partner tables aside and builds them again once at the end:
# SQLite and PostgreSQL sort and build an index several times faster than they grow it one row at a time.
# (On PostgreSQL only when no other session is connected: a dropped index locks its table until commit.)
BULK_ROWS = 10_000
BULK_TABLES = ("partner", "partner_email", "partner_phone")
REPORT_EVERY = 500
FUZZY_CUTOFF = 88
MERGE_FIELDS = ("company", "category", "website", "address", "notes", "tags")

Progress = Callable[[int, int, int], None]  # (bytes read, file size, rows read)


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back."""


@dataclass
class RowMessage:
    row: int | None
    message: str


@dataclass
class RowOutcome:
    """What happens (or happened) to one row, for the preview and the summary."""

    row: int
    action: str  # "create", "merge", "skip", "duplicate"
    name: str = ""
    company: str = ""
    emails: str = ""
    phones: str = ""
    message: str = ""
    partner_id: int | None = None
    match_id: int | None = None
    match_name: str = ""


@dataclass
class Options:
    overwrite: bool = False  # when a merged partner already has a different value, take the file's
    decisions: dict[int, str | int] = field(default_factory=dict)  # row → "separate" | "skip" | partner id


@dataclass
class Analysis:
    """A file looked at, not yet imported: how it will be read and the proposed mapping."""

    source: Source
    format: str
    mapping: Mapping
    samples: list[list[str]]  # first rows' cells, for the mapping step

    @property
    def format_label(self) -> str:
        if self.format == "vcard":
            return f"vCard {self.vcard_version}".strip()
        return FORMAT_LABELS.get(self.format, self.format)

    vcard_version: str = ""


@dataclass
class Summary:
    file: str = ""
    format: str = ""
    format_label: str = ""
    encoding: str = ""
    encoding_label: str = ""
    delimiter: str = ""
    rows: int = 0
    created: int = 0
    merged: int = 0
    skipped: int = 0
    possible_duplicates: int = 0
    errors: list[RowMessage] = field(default_factory=list)
    batch_id: int | None = None
    dry_run: bool = False
    refused: str = ""
    outcomes: list[RowOutcome] = field(default_factory=list)  # the first rows
    duplicates: list[RowOutcome] = field(default_factory=list)  # rows flagged as possible duplicates
    skip_reasons: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "format": self.format,
            "encoding": self.encoding,
            "rows": self.rows,
            "created": self.created,
            "merged": self.merged,
            "skipped": self.skipped,
            "possible_duplicates": self.possible_duplicates,
            "errors": [{"row": e.row, "message": e.message} for e in self.errors],
        }


def analyse(path: Path | str) -> Analysis:
    """Look at a file: refuses it (ImportRefused) or says how it will be read and mapped."""
    source = inspect(Path(path), is_known)
    if source.kind == "vcard":
        version = ""
        samples = []
        for _number, text, _pos in vcard_blocks(source):
            version = version or version_of(text)
            break
        analysis = Analysis(source, "vcard", Mapping([]), samples)
        analysis.vcard_version = version or "3.0"
        return analysis
    fmt = detect_format(source.header)
    mapping = auto_mapping(source.header, fmt)
    samples = []
    try:
        for record in csv_records(source):
            if record is None or record.broken:
                continue
            samples.append(record.cells)
            if len(samples) >= 5:
                break
    except (UnicodeDecodeError, OSError):
        pass
    return Analysis(source, fmt, mapping, samples)


def _phone_key(phone: str) -> str:
    """Digits only, the last ten: "+1 (555) 010-2233" and "555.010.2233" match.

    (str.isdecimal is what the regular expression ``\\d`` matches: any decimal digit, in any script.)
    """
    digits = "".join(filter(str.isdecimal, phone))
    return digits[-10:] if len(digits) >= 7 else ""


def _company_key(company: str) -> str:
    return " ".join(company.lower().split())


def _blocks(key: str) -> list[str]:
    """The buckets a name key is compared within: each word with the initials of the others ("okafor a").

    Words hold no spaces, so "word initials" names a bucket unambiguously; a string (hashed once) is a
    cheaper dictionary key than a tuple.
    """
    words = key.split(" ")
    if len(words) == 2:
        first, second = words
        return [f"{first} {second[:1]}", f"{second} {first[:1]}"]
    if len(words) < 2:
        return [key + " "]
    return [w + " " + "".join(o[:1] for j, o in enumerate(words) if j != i) for i, w in enumerate(words)]


class _Engine:
    def __init__(
        self,
        batch_id: int | None,
        options: Options,
        dry_run: bool,
        keep_outcomes: int,
        fraction_read: Callable[[], float] | None = None,
    ):
        self.batch_id = batch_id
        self.fraction_read = fraction_read
        self.set_aside: list[tuple[str, str]] | None = None  # indexes dropped for a bulk load: (name, sql)
        self.options = options
        self.dry_run = dry_run
        self.keep_outcomes = keep_outcomes
        self.summary = Summary(dry_run=dry_run)
        database = db.obj
        cur = database.execute_sql
        self.max_existing = cur('SELECT COALESCE(MAX(id), 0) FROM "partner"').fetchone()[0]
        self.next_partner = self.max_existing + 1
        self.next_email = cur('SELECT COALESCE(MAX(id), 0) FROM "partner_email"').fetchone()[0] + 1
        self.next_phone = cur('SELECT COALESCE(MAX(id), 0) FROM "partner_phone"').fetchone()[0] + 1
        self.email_index: dict[str, int] = dict(cur('SELECT email, partner_id FROM "partner_email"').fetchall())
        self.phone_index: dict[str, int] = {}
        for pid, phone in cur('SELECT partner_id, phone FROM "partner_phone"'):
            key = _phone_key(phone)
            if key:
                self.phone_index.setdefault(key, pid)
        self.names: dict[int, str] = {}
        # name key → the first partner with it; bucket → the distinct name keys in it (see _blocks)
        self.name_index: dict[str, int] = {}
        self.block_index: dict[str, list[str]] = {}
        self.existing_by_key: dict[str, list[int]] = {}  # name key → every partner already in RefDesk with it
        self.companies: dict[int, str] = {}
        for pid, name, company in cur('SELECT id, name, company FROM "partner"'):
            self.names[pid] = name
            self.companies[pid] = _company_key(company)
            key = name_key(name)
            if key:
                self.existing_by_key.setdefault(key, []).append(pid)
                self._index_key(pid, key)
        self.pending: dict[int, list] = {}  # new partners not yet written: id → row
        self.new_fields: dict[int, dict[str, str]] = {}  # dry run: fields of created partners
        self.touched: dict[int, dict[str, str]] = {}  # fields of existing partners merged into
        self.phone_sets: dict[int, set[str]] = {}
        self.pending_emails: list[tuple] = []
        self.pending_phones: list[tuple] = []
        self.details: list[dict] = []
        self.decisions = options.decisions
        self.now = dt.datetime.now().replace(microsecond=0).isoformat(" ")

    # --- indexes ---------------------------------------------------------------------------------------------

    def _index_key(self, pid: int, key: str) -> None:
        if key in self.name_index:
            return  # the key is in its buckets already, and a match on it names its first partner
        self.name_index[key] = pid
        block_index = self.block_index
        for block in _blocks(key):
            entry = block_index.get(block)
            if entry is None:
                block_index[block] = [key]
            else:
                entry.append(key)

    # --- rows ------------------------------------------------------------------------------------------------

    def note(self, row: int | None, message: str) -> None:
        self.summary.errors.append(RowMessage(row, message))

    def _outcome(self, contact: Contact, action: str, message: str = "", partner_id=None, match_id=None) -> None:
        s = self.summary
        if len(s.outcomes) >= self.keep_outcomes and action != "duplicate":
            return
        outcome = RowOutcome(
            contact.row,
            action,
            contact.name,
            contact.company,
            ", ".join(e for e, _ in contact.emails),
            ", ".join(p for p, _ in contact.phones),
            message,
            partner_id,
            match_id,
            self.names.get(match_id, "") if match_id else "",
        )
        if len(s.outcomes) < self.keep_outcomes:
            s.outcomes.append(outcome)
        if action == "duplicate" and len(s.duplicates) < 5000:
            s.duplicates.append(outcome)

    def skip(self, contact: Contact, reason: str) -> None:
        s = self.summary
        s.skipped += 1
        s.skip_reasons[reason] = s.skip_reasons.get(reason, 0) + 1
        self.note(contact.row, reason)
        self._outcome(contact, "skip", reason)

    def add(self, contact: Contact) -> None:
        s = self.summary
        s.rows += 1
        if contact.problems:
            for problem in contact.problems:
                self.note(contact.row, problem)
        if contact.skip:
            self.skip(contact, contact.skip)
            return
        decision = self.decisions.get(contact.row) if self.decisions else None
        if decision == "skip":
            self.skip(contact, "You chose to skip this row.")
            return
        emails = contact.emails
        if emails:
            get_owner = self.email_index.get
            if len(emails) == 1:
                owner = get_owner(emails[0][0])
                owners = [] if owner is None else [owner]
            else:
                owners = []
                for email, _label in emails:
                    pid = get_owner(email)
                    if pid is not None and pid not in owners:
                        owners.append(pid)
            if owners:
                if len(owners) > 1:
                    others = ", ".join(f"“{self.names.get(p, p)}”" for p in owners[1:])
                    self.note(
                        contact.row,
                        f"Its email addresses belong to more than one partner; it was merged "
                        f"into “{self.names.get(owners[0], owners[0])}” only (also matches "
                        f"{others}).",
                    )
                self._merge(owners[0], contact, "same email address")
                return
        if decision is not None and isinstance(decision, int) and decision in self.names:
            self._merge(decision, contact, "you chose to merge")
            return
        key = name_key(contact.name)
        name_index = self.name_index
        if not emails and key:
            for pid in self.existing_by_key.get(key, ()):
                if self._already_there(pid, contact):
                    self.skip(contact, "Already in RefDesk (same name, business and phone numbers).")
                    return
        # One pass over the keys: phone, exact name, then similar names in the key's buckets.
        phones = contact.phones
        if not phones:
            pkeys = ()
        elif len(phones) == 1:
            pkeys = (_phone_key(phones[0][0]),)
        else:
            pkeys = tuple(_phone_key(p) for p, _ in phones)
        match_id = None
        why = ""
        if decision != "separate":
            phone_index = self.phone_index
            for pkey in pkeys:
                if pkey and pkey in phone_index:
                    match_id = phone_index[pkey]
                    why = "same phone number"
                    break
        same = None
        if key:
            same = name_index.get(key)
            if same is None:  # a new name: similar ones are looked for in its buckets, where it then goes
                words = key.split(" ")
                get_block = self.block_index.get
                if len(words) == 2:
                    first, second = words
                    blocks = (f"{first} {second[:1]}", f"{second} {first[:1]}")
                    entries = (get_block(blocks[0]), get_block(blocks[1]))
                else:
                    blocks = _blocks(key)
                    entries = tuple(get_block(block) for block in blocks)
                if match_id is None and decision != "separate":
                    for entry in entries:
                        if entry:
                            found = extract_one(key, entry, scorer=ratio, score_cutoff=FUZZY_CUTOFF)
                            if found is not None:
                                match_id = name_index[found[0]]
                                why = "similar name"
                                break
            elif match_id is None and decision != "separate":
                match_id = same
                why = "same name"
        pid = self._create(contact, match_id, pkeys)
        if match_id is not None:
            s.possible_duplicates += 1
            self._outcome(
                contact, "duplicate", f"Possible duplicate of “{self.names.get(match_id, '')}” ({why}).", pid, match_id
            )
        elif self.keep_outcomes:
            self._outcome(contact, "create", "", pid)
        if key and same is None:
            name_index[key] = pid
            block_index = self.block_index
            for block, entry in zip(blocks, entries, strict=True):
                if entry is None:
                    block_index[block] = [key]
                else:
                    entry.append(key)

    def _already_there(self, pid: int, contact: Contact) -> bool:
        if self.companies.get(pid, "") != _company_key(contact.company):
            return False
        phones = self._phones_of(pid)
        return all(_phone_key(p) in phones or not _phone_key(p) for p, _ in contact.phones)

    def _phones_of(self, pid: int) -> set[str]:
        phones = self.phone_sets.get(pid)
        if phones is None:
            rows = db.obj.execute_sql(
                'SELECT phone FROM "partner_phone" WHERE partner_id = ?'.replace("?", db.obj.param), (pid,)
            ).fetchall()
            phones = {_phone_key(r[0]) for r in rows} - {""}
            self.phone_sets[pid] = phones
        return phones

    def _create(self, contact: Contact, match_id: int | None, pkeys: tuple[str, ...]) -> int:
        pid = self.next_partner
        self.next_partner = pid + 1
        self.summary.created += 1
        self.names[pid] = contact.name
        dry_run = self.dry_run
        phones: set[str] = set()
        self.phone_sets[pid] = phones
        if dry_run:
            self.new_fields[pid] = contact.fields()
        else:
            self.pending[pid] = (
                pid,
                contact.name,
                contact.company,
                contact.category,
                contact.website,
                contact.address,
                contact.notes,
                contact.tags,
                match_id,
            )
        email_index = self.email_index
        emails = contact.emails
        if len(emails) == 1:
            email, label = emails[0]
            email_index[email] = pid
            if not dry_run:
                self.pending_emails.append((self.next_email, pid, email, label, 0))
            self.next_email += 1
        elif emails:
            number = self.next_email
            pending = self.pending_emails
            for position, (email, label) in enumerate(emails):
                email_index[email] = pid
                if not dry_run:
                    pending.append((number, pid, email, label, position))
                number += 1
            self.next_email = number
        if pkeys:
            phone_index = self.phone_index
            pending = self.pending_phones
            number = self.next_phone
            for position, (phone, label) in enumerate(contact.phones):
                key = pkeys[position]
                if key:
                    phones.add(key)
                    if key not in phone_index:
                        phone_index[key] = pid
                if not dry_run:
                    pending.append((number, pid, phone, label, position))
                number += 1
            self.next_phone = number
        if not dry_run and len(self.pending) >= FLUSH_EVERY:
            if self.set_aside is None:
                self._decide_bulk()
            self.flush()
        return pid

    _SELECT_FIELDS = 'SELECT name, company, category, website, address, notes, tags FROM "partner" WHERE id = {}'

    def _fields_of(self, pid: int) -> dict[str, str]:
        if pid in self.pending:
            row = self.pending[pid]
            return dict(zip(("name", *MERGE_FIELDS), row[1:8], strict=True))
        if pid in self.new_fields:
            return self.new_fields[pid]
        if pid in self.touched:
            return self.touched[pid]
        database = db.obj
        found = database.execute_sql(self._SELECT_FIELDS.format(database.param), (pid,)).fetchone()
        values = dict(zip(("name", *MERGE_FIELDS), found or ("",) * 7, strict=True))
        self.touched[pid] = values
        return values

    def _merge(self, pid: int, contact: Contact, why: str) -> None:
        current = self._fields_of(pid)
        new_values = contact.fields()
        changes: dict[str, list[str]] = {}
        for name in MERGE_FIELDS:
            value = new_values[name]
            if not value:
                continue
            old = current.get(name, "")
            if not old:
                changes[name] = [old, value]
            elif old != value:
                if name == "tags":
                    merged = [t.strip() for t in old.split(",") if t.strip()]
                    extra = [t for t in value.split(", ") if t not in merged]
                    if extra:
                        changes[name] = [old, ", ".join(merged + extra)]
                elif self.options.overwrite:
                    changes[name] = [old, value]
                else:
                    shown = value if len(value) < 60 else value[:57] + "…"
                    self.note(
                        contact.row,
                        f"Kept the {name} RefDesk has for “{current.get('name', '')}”; the file says “{shown}”.",
                    )
        phones = self._phones_of(pid)
        new_emails = []
        for email, label in contact.emails:
            if email not in self.email_index:
                self.email_index[email] = pid
                new_emails.append((self.next_email, pid, email, label, 100 + len(new_emails)))
                self.next_email += 1
        new_phones = []
        for phone, label in contact.phones:
            key = _phone_key(phone)
            if (key and key in phones) or any(phone == p[2] for p in new_phones):
                continue
            if key:
                phones.add(key)
                self.phone_index.setdefault(key, pid)
            new_phones.append((self.next_phone, pid, phone, label, 100 + len(new_phones)))
            self.next_phone += 1
        if not changes and not new_emails and not new_phones:
            self.skip(contact, "Already in RefDesk, with nothing new to add.")
            return
        self.summary.merged += 1
        self._outcome(contact, "merge", f"Merged into “{current.get('name', '')}” ({why}).", pid, pid)
        for name, (_old, value) in changes.items():
            current[name] = value
        if pid in self.pending:
            row = self.pending[pid] = list(self.pending[pid])
            for name, (_old, value) in changes.items():
                row[1 + ("name", *MERGE_FIELDS).index(name)] = value
        elif not self.dry_run and changes:
            database = db.obj
            sets = ", ".join(f'"{name}" = {database.param}' for name in changes)
            database.execute_sql(
                f'UPDATE "partner" SET {sets}, "version" = "version" + 1, "updated_at" = {database.param} '
                f"WHERE id = {database.param}",
                (*[v for _o, v in changes.values()], dt.datetime.now().replace(microsecond=0), pid),
            )
        self.pending_emails.extend(new_emails)
        self.pending_phones.extend(new_phones)
        if pid <= self.max_existing:
            self.details.append(
                {
                    "partner": pid,
                    "fields": changes,
                    "emails": [e[0] for e in new_emails],
                    "phones": [p[0] for p in new_phones],
                }
            )
        if self.dry_run:
            self.pending_emails.clear()
            self.pending_phones.clear()

    def _decide_bulk(self) -> None:
        """At the first full batch: will this import create enough partners to rebuild indexes instead?"""
        self.set_aside = []
        database = db.obj
        fraction = self.fraction_read() if self.fraction_read is not None else 0.0
        if not 0 < fraction <= 1:
            return
        expected = self.summary.created / fraction
        if expected < BULK_ROWS or expected < len(self.names) / 2:
            return
        cur = database.execute_sql
        # Unique indexes enforce rules, and the partner_id indexes serve the import's own lookups
        # (a partner's phones) and grow in order anyway: those stay.
        if database.param == "?":  # SQLite
            for table in BULK_TABLES:
                for name, sql in cur(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                    (table,),
                ).fetchall():
                    columns = [row[2] for row in cur(f'PRAGMA index_info("{name}")').fetchall()]
                    if sql.lstrip().upper().startswith("CREATE UNIQUE") or columns[:1] == ["partner_id"]:
                        continue
                    self.set_aside.append((name, sql))
        else:  # PostgreSQL: DDL is transactional too, so a rollback or a lost connection puts them back
            # Dropping an index locks its table against every reader until the import commits (and a
            # teammate's transaction already reading it could deadlock with the drop): only when no
            # other session, not even this program's own window, is connected to the database.
            others = cur(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
            ).fetchone()[0]
            if others:
                log.info("bulk import: %d other sessions connected, the indexes stay", others)
                return
            self.set_aside = [
                (name, sql)
                for name, sql in cur(
                    "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                    "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                    "JOIN pg_namespace n ON n.oid = t.relnamespace "
                    "LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0] "
                    "WHERE n.nspname = current_schema() AND t.relname IN %s AND NOT x.indisunique "
                    "AND a.attname IS DISTINCT FROM 'partner_id' ORDER BY i.relname",
                    (BULK_TABLES,),
                ).fetchall()
            ]
        for name, _sql in self.set_aside:
            cur(f'DROP INDEX "{name}"')
        log.info("bulk import (about %d new partners): %d indexes rebuilt at the end", expected, len(self.set_aside))

    def restore_indexes(self) -> None:
        """Build the indexes set aside for a bulk load again (inside the import's transaction)."""
        for _name, sql in self.set_aside or ():
            db.obj.execute_sql(sql)
        self.set_aside = []

    def flush(self) -> None:
        if self.dry_run:
            return
        now = self.now  # the same in every row: written once into each statement, not carried by the rows
        if self.pending:
            p = Partner
            insert_rows(
                p,
                [p.id, p.name, p.company, p.category, p.website, p.address, p.notes, p.tags, p.possible_duplicate_of],
                self.pending.values(),
                constants={p.source: "import", p.import_batch: self.batch_id, p.created_at: now, p.updated_at: now},
            )
            self.pending.clear()
        if self.pending_emails:
            e = PartnerEmail
            insert_rows(
                e,
                [e.id, e.partner, e.email, e.label, e.position],
                self.pending_emails,
                constants={e.created_at: now, e.updated_at: now},
            )
            self.pending_emails.clear()
        if self.pending_phones:
            ph = PartnerPhone
            insert_rows(
                ph,
                [ph.id, ph.partner, ph.phone, ph.label, ph.position],
                self.pending_phones,
                constants={ph.created_at: now, ph.updated_at: now},
            )
            self.pending_phones.clear()


def _contacts(analysis: Analysis, mapping: Mapping, where: list):
    """The contact (or None for a blank row) of every row or card; *where* gets a position callable."""
    source = analysis.source
    if source.kind == "vcard":
        position = [0]
        where.append(lambda: position[0])
        for number, text, pos in vcard_blocks(source):
            position[0] = pos
            yield card_to_contact(number, text)
        return
    builder = RowBuilder(mapping)
    build = builder.build
    for record in csv_records(source, where):
        if record is None:
            yield None
            continue
        if record.broken:
            contact = Contact(record.row, skip=record.broken)
        else:
            contact = build(record.row, record.cells)
        if record.problems:
            contact.problems[:0] = record.problems
        yield contact


def run_import(
    path: Path | str,
    *,
    analysis: Analysis | None = None,
    mapping: Mapping | None = None,
    options: Options | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    keep_outcomes: int = 0,
) -> Summary:
    """Import *path* into the open database in one transaction and return what happened.

    Raises ImportRefused (nothing written) for a file that cannot be imported, ImportCancelled when
    *cancelled()* turns true (nothing written).  With *dry_run* nothing is ever written.
    """
    analysis = analysis or analyse(path)
    source = analysis.source
    mapping = mapping or analysis.mapping
    options = options or Options()
    if source.kind == "csv" and not mapping.usable():
        found = ", ".join(f"“{h}”" for h in source.header if h.strip())[:300]
        raise ImportRefused(
            f"No column of {source.path.name} holds a name, a business or an email address "
            f"(its columns are {found or 'empty'}), so there is nothing to import."
        )
    database = db.obj
    is_sqlite = database.param == "?"
    context = database.atomic("IMMEDIATE") if is_sqlite and not dry_run else database.atomic()
    summary = None
    try:
        with context:
            if not is_sqlite and not dry_run:
                database.execute_sql("LOCK TABLE partner, partner_email, partner_phone IN SHARE ROW EXCLUSIVE MODE")
            batch = None
            if not dry_run:
                batch = ImportBatch.create(file=str(source.path), format=analysis.format, encoding=source.encoding)
            where: list = []
            size = source.size or 1
            engine = _Engine(
                batch.id if batch else None,
                options,
                dry_run,
                keep_outcomes,
                lambda: where[0]() / size if where else 0.0,
            )
            summary = engine.summary
            summary.file = str(source.path)
            summary.format = analysis.format
            summary.format_label = analysis.format_label
            summary.encoding = source.encoding
            summary.encoding_label = source.encoding_label
            summary.delimiter = source.delimiter_label if source.kind == "csv" else ""
            count = 0
            add = engine.add
            for contact in _contacts(analysis, mapping, where):
                count += 1
                if contact is not None:
                    add(contact)
                if count % REPORT_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()
                    if progress is not None:
                        progress(where[0]() if where else 0, source.size, summary.rows)
            if summary.rows == 0:
                raise ImportRefused(
                    f"{source.path.name} has column names but no contacts under them."
                    if source.kind == "csv"
                    else f"{source.path.name} holds no contact cards."
                )
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            engine.flush()
            engine.restore_indexes()
            if batch is not None:
                if summary.created == 0 and summary.merged == 0:
                    batch.delete_instance()  # nothing changed: leave no trace
                else:
                    batch.rows = summary.rows
                    batch.created = summary.created
                    batch.merged = summary.merged
                    batch.skipped = summary.skipped
                    batch.flagged = summary.possible_duplicates
                    batch.details = json.dumps({"merged": engine.details})
                    batch.save()
                    summary.batch_id = batch.id
                    if not is_sqlite:
                        for table in ("partner", "partner_email", "partner_phone"):
                            database.execute_sql(
                                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
                            )
            if progress is not None:
                progress(source.size, source.size, summary.rows)
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            f"{source.path.name} stops being readable as {source.encoding_label} "
            f"near byte {formatting.number(exc.start)}; nothing was imported."
        ) from exc
    if not dry_run and summary.created >= REFRESH_AFTER:
        try:  # so the pages' queries get good plans over the many new rows; the rows are already saved
            refresh_statistics(BULK_TABLES)
        except Exception as exc:  # only a speed-up: it must never make the import look failed
            log.warning("statistics not refreshed after the import: %s", exc)
    log.info(
        "import of %s: %s rows, %s created, %s merged, %s skipped, %s flagged%s",
        source.path,
        summary.rows,
        summary.created,
        summary.merged,
        summary.skipped,
        summary.possible_duplicates,
        " (dry run)" if dry_run else "",
    )
    return summary


def refused_summary(path: Path | str, message: str) -> Summary:
    summary = Summary(file=str(path), refused=message)
    summary.errors.append(RowMessage(None, message))
    return summary
