"""The import's database side: what RefDesk holds, read once; new partners written in batches; merges;
the batch record that lets an import be undone.

New partners get their ids up front, so their emails and phones can name them before anything is
written; they go in with ``insert_rows`` (one executemany per few thousand rows), the values shared by
every row (source, batch, timestamps) given once.  A merge into a partner RefDesk had is an UPDATE, and
what it changed is kept for undo (``ImportBatch.details``).

An import expected to create many partners (BULK_ROWS) sets the partner tables' text indexes aside
inside its transaction and builds them once before it commits (a rollback or a killed process brings
them back with the rest): SQLite and PostgreSQL build an index from sorted rows much faster than they
grow it row by row.  On the 100,000-row benchmark (tests/bench/bench_import.py) the import takes about
15% less time this way.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable

from refdesk.db.bulk import insert_rows
from refdesk.db.database import db
from refdesk.db.models import ImportBatch, Partner, PartnerEmail, PartnerPhone
from refdesk.services.importer.contacts import Contact
from refdesk.services.importer.dedup import MERGE_FIELDS, PartnerIndex

log = logging.getLogger(__name__)

FLUSH_EVERY = 4000  # new partners held before they are written
# An import expected to create at least this many partners (and at least half as many as the database
# already holds) sets the text indexes of the partner tables aside and builds them again once at the end.
# (On PostgreSQL only when no other session is connected: a dropped index locks its table until commit.)
BULK_ROWS = 10_000
BULK_TABLES = ("partner", "partner_email", "partner_phone")
FIELDS = ("name", *MERGE_FIELDS)
_SELECT_FIELDS = 'SELECT name, company, category, website, address, notes, tags FROM "partner" WHERE id = {}'


def known_partners() -> PartnerIndex:
    """Every partner RefDesk holds, with its email addresses and phone numbers, in a ``PartnerIndex``."""
    cur = db.obj.execute_sql
    index = PartnerIndex()
    index.add_existing(
        cur('SELECT id, name, company FROM "partner"'),
        cur('SELECT email, partner_id FROM "partner_email"').fetchall(),
        cur('SELECT partner_id, phone FROM "partner_phone"'),
    )
    return index


class Writer:
    """Writes one import's partners, emails and phones (nothing at all in a dry run)."""

    def __init__(
        self,
        batch_id: int | None,
        dry_run: bool,
        existing: int,
        fraction_read: Callable[[], float] | None = None,
    ):
        self.batch_id = batch_id
        self.dry_run = dry_run
        self.existing = existing  # partners RefDesk held before the import
        self.created = 0
        self.fraction_read = fraction_read
        self.set_aside: list[tuple[str, str]] | None = None  # indexes dropped for a bulk load: (name, sql)
        cur = db.obj.execute_sql
        self.max_existing = cur('SELECT COALESCE(MAX(id), 0) FROM "partner"').fetchone()[0]
        self.next_partner = self.max_existing + 1
        self.next_email = cur('SELECT COALESCE(MAX(id), 0) FROM "partner_email"').fetchone()[0] + 1
        self.next_phone = cur('SELECT COALESCE(MAX(id), 0) FROM "partner_phone"').fetchone()[0] + 1
        self.pending: dict[int, tuple | list] = {}  # new partners not yet written: id → row
        self.pending_emails: list[tuple] = []
        self.pending_phones: list[tuple] = []
        self.new_fields: dict[int, dict[str, str]] = {}  # dry run: fields of created partners
        self.touched: dict[int, dict[str, str]] = {}  # fields of partners merged into, as they are now
        self.details: list[dict] = []  # what each merge into a partner RefDesk had changed, for undo
        self.now = dt.datetime.now().replace(microsecond=0).isoformat(" ")

    # --- rows ------------------------------------------------------------------------------------------------

    def create(self, contact: Contact, duplicate_of: int | None) -> int:
        """A new partner from *contact* (flagged as a possible duplicate of *duplicate_of*); returns its id."""
        pid = self.next_partner
        self.next_partner = pid + 1
        self.created += 1
        if self.dry_run:
            self.new_fields[pid] = contact.fields()
            self.next_email += len(contact.emails)
            self.next_phone += len(contact.phones)
            return pid
        self.pending[pid] = (
            pid,
            contact.name,
            contact.company,
            contact.category,
            contact.website,
            contact.address,
            contact.notes,
            contact.tags,
            duplicate_of,
        )
        for position, (email, label) in enumerate(contact.emails):
            self.pending_emails.append((self.next_email, pid, email, label, position))
            self.next_email += 1
        for position, (phone, label) in enumerate(contact.phones):
            self.pending_phones.append((self.next_phone, pid, phone, label, position))
            self.next_phone += 1
        if len(self.pending) >= FLUSH_EVERY:
            if self.set_aside is None:
                self._decide_bulk()
            self.flush()
        return pid

    def fields_of(self, pid: int) -> dict[str, str]:
        """The partner's name and mergeable fields as they are now (a dict its merges update)."""
        if pid in self.pending:
            return dict(zip(FIELDS, self.pending[pid][1:8], strict=True))
        if pid in self.new_fields:
            return self.new_fields[pid]
        if pid in self.touched:
            return self.touched[pid]
        database = db.obj
        found = database.execute_sql(_SELECT_FIELDS.format(database.param), (pid,)).fetchone()
        values = dict(zip(FIELDS, found or ("",) * 7, strict=True))
        self.touched[pid] = values
        return values

    def merge(
        self,
        pid: int,
        current: dict[str, str],
        changes: dict[str, list[str]],
        emails: list[tuple[str, str]],
        phones: list[tuple[str, str]],
    ) -> None:
        """Merge into *pid* (whose fields ``fields_of`` gave as *current*): the *changes* ({field: [old,
        new]}) and the new (email, label) and (phone, label) pairs."""
        new_emails = []
        for email, label in emails:
            new_emails.append((self.next_email, pid, email, label, 100 + len(new_emails)))
            self.next_email += 1
        new_phones = []
        for phone, label in phones:
            new_phones.append((self.next_phone, pid, phone, label, 100 + len(new_phones)))
            self.next_phone += 1
        for name, (_old, value) in changes.items():
            current[name] = value
        if pid in self.pending:
            row = self.pending[pid] = list(self.pending[pid])
            for name, (_old, value) in changes.items():
                row[1 + FIELDS.index(name)] = value
        elif not self.dry_run and changes:
            database = db.obj
            sets = ", ".join(f'"{name}" = {database.param}' for name in changes)
            database.execute_sql(
                f'UPDATE "partner" SET {sets}, "version" = "version" + 1, "updated_at" = {database.param} '
                f"WHERE id = {database.param}",
                (*[v for _o, v in changes.values()], dt.datetime.now().replace(microsecond=0), pid),
            )
        if not self.dry_run:
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

    def finish(self) -> None:
        """The last rows written, and the indexes set aside built again (inside the import's transaction)."""
        self.flush()
        for _name, sql in self.set_aside or ():
            db.obj.execute_sql(sql)
        self.set_aside = []

    # --- indexes set aside for a big import ----------------------------------------------------------------

    def _decide_bulk(self) -> None:
        """At the first full batch: will this import create enough partners to rebuild indexes instead?"""
        self.set_aside = []
        database = db.obj
        fraction = self.fraction_read() if self.fraction_read is not None else 0.0
        if not 0 < fraction <= 1:
            return
        expected = self.created / fraction
        if expected < BULK_ROWS or expected < (self.existing + self.created) / 2:
            return
        cur = database.execute_sql
        # Unique indexes enforce rules, and the partner_id indexes serve lookups by partner and grow in
        # order anyway: those stay.
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


# --- the batch record, for undo ----------------------------------------------------------------------------


def open_batch(path: str, file_format: str, encoding: str) -> ImportBatch:
    return ImportBatch.create(file=path, format=file_format, encoding=encoding)


def close_batch(batch: ImportBatch, summary, details: list[dict]) -> int | None:
    """Record what the import did (its id is returned), or remove the batch when it changed nothing."""
    if summary.created == 0 and summary.merged == 0:
        batch.delete_instance()  # nothing changed: leave no trace
        return None
    batch.rows = summary.rows
    batch.created = summary.created
    batch.merged = summary.merged
    batch.skipped = summary.skipped
    batch.flagged = summary.possible_duplicates
    batch.details = json.dumps({"merged": details})
    batch.save()
    database = db.obj
    if database.param != "?":  # PostgreSQL: explicit ids do not move the sequences
        for table in BULK_TABLES:
            database.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
    return batch.id
