"""An import: reading the rows, deciding each one, writing the result, all in one transaction.

    analysis = analyse(path)    # how the file will be read, and the proposed mapping
    summary = run_import(path, analysis=analysis, mapping=..., options=..., dry_run=False)

``run_import`` streams the file's contacts through the de-duplication index (``dedup.PartnerIndex``:
new partner, merge into partner X, possible duplicate of Y, or already there) and hands what they
become to the writer (``writer.Writer``: batched inserts, merges, the batch record for undo).  Nothing
is written unless the whole file goes in: a refusal, a cancel or an error rolls it all back.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from refdesk.db.bulk import larger_cache, writing_with_own_ids
from refdesk.db.database import REFRESH_AFTER, db, refresh_statistics
from refdesk.db.models import Partner, PartnerEmail, PartnerPhone
from refdesk.i18n import N_, _
from refdesk.services import formatting
from refdesk.services.importer.contacts import Contact, RowBuilder
from refdesk.services.importer.dedup import ALREADY_THERE, MERGE, PartnerIndex, Verdict, lossy, merge_changes
from refdesk.services.importer.formats import FORMAT_LABELS, Mapping, auto_mapping, detect_format, is_known
from refdesk.services.importer.reading import (
    ImportRefused,
    Source,
    StrayQuote,
    csv_records,
    inspect,
    regular_file,
)
from refdesk.services.importer.vcard import card_to_contact, vcard_blocks, version_of
from refdesk.services.importer.writer import BULK_TABLES, Writer, close_batch, known_partners, open_batch

log = logging.getLogger(__name__)

REPORT_EVERY = 500  # rows between two progress reports (and checks for a cancel)
KEEP_DUPLICATES = 5000  # possible duplicates listed in the summary

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
    tidied: str = ""  # names kept as given: what tidying names would make of this one (if other)


@dataclass
class Options:
    overwrite: bool = False  # when a merged partner already has a different value, take the file's
    tidy_names: bool = False  # re-case all-caps or all-lower names and reorder "Last, First" (else: as given)
    decisions: dict[int, str | int] = field(default_factory=dict)  # row → "separate" | "skip" | partner id


FIELD_WORDS = {
    "name": N_("name"),
    "company": N_("company"),
    "category": N_("job title"),
    "website": N_("website"),
    "address": N_("address"),
    "notes": N_("notes"),
    "tags": N_("tags"),
}
"""A partner's field as a row message names it."""


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
        return _(FORMAT_LABELS.get(self.format, self.format))

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


def analyse(path: Path | str, *, encoding: str = "", literal_quotes: bool = False) -> Analysis:
    """Look at a file: refuses it (ImportRefused) or says how it will be read and mapped.

    *encoding*: the one the user chose (else RefDesk decides, or raises ``EncodingUnsure`` naming the
    likely ones); *literal_quotes*: read a quotation mark that would swallow whole rows as a character.
    """
    source = inspect(Path(path), is_known, encoding, literal_quotes)
    if source.kind == "vcard":
        version = ""
        samples: list[list[str]] = []
        for _number, text, _pos, _problems in vcard_blocks(source):
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
    except (UnicodeDecodeError, OSError, StrayQuote):
        pass
    return Analysis(source, fmt, mapping, samples)


def _contacts(analysis: Analysis, mapping: Mapping, where: list, tidy: bool = False, compare: bool = False):
    """The contact (or None for a blank row) of every row or card; *where* gets a position callable.
    *tidy*, *compare*: as for ``contacts.RowBuilder``."""
    source = analysis.source
    if source.kind == "vcard":
        position = [0]
        where.append(lambda: position[0])
        for number, text, pos, problems in vcard_blocks(source):
            position[0] = pos
            yield card_to_contact(number, text, problems, tidy, compare)
        return
    builder = RowBuilder(mapping, tidy, compare)
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


class _Rows:
    """Each row's fate: the index decides, the writer writes, the summary counts and explains."""

    def __init__(self, index: PartnerIndex, writer: Writer, options: Options, summary: Summary, keep_outcomes: int):
        self.index = index
        self.writer = writer
        self.options = options
        self.summary = summary
        self.keep_outcomes = keep_outcomes

    def note(self, row: int | None, message: str) -> None:
        self.summary.errors.append(RowMessage(row, message))

    def outcome(self, contact: Contact, action: str, message: str = "", partner_id=None, match_id=None) -> None:
        s = self.summary
        keep = len(s.outcomes) < self.keep_outcomes
        if not keep and action != "duplicate":
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
            self.index.names.get(match_id, "") if match_id else "",
            contact.tidied,
        )
        if keep:
            s.outcomes.append(outcome)
        if action == "duplicate" and len(s.duplicates) < KEEP_DUPLICATES:
            s.duplicates.append(outcome)

    def skip(self, contact: Contact, reason: str) -> None:
        s = self.summary
        s.skipped += 1
        s.skip_reasons[reason] = s.skip_reasons.get(reason, 0) + 1
        self.note(contact.row, reason)
        self.outcome(contact, "skip", reason)

    def add(self, contact: Contact) -> None:
        s = self.summary
        s.rows += 1
        for problem in contact.problems:
            self.note(contact.row, problem)
        if contact.skip:
            self.skip(contact, contact.skip)
            return
        decision = self.options.decisions.get(contact.row)
        if decision == "skip":
            self.skip(contact, _("You chose to skip this row."))
            return
        verdict = self.index.decide(contact, decision)
        if verdict.action == MERGE or verdict.action == ALREADY_THERE:
            self.merge(verdict, contact)
            return
        match_id = verdict.partner
        pid = self.writer.create(contact, match_id)
        self.index.add_new(pid, contact, verdict)
        s.created += 1
        if match_id is not None:
            s.possible_duplicates += 1
            name = self.index.names.get(match_id, "")
            said = _("Possible duplicate of “{partner}” ({why}).").format(partner=name, why=_(verdict.why))
            self.outcome(contact, "duplicate", said, pid, match_id)
        elif len(s.outcomes) < self.keep_outcomes:  # (past the first ones, a created row is only counted)
            self.outcome(contact, "create", "", pid)

    def merge(self, verdict: Verdict, contact: Contact) -> None:
        pid = verdict.partner
        assert pid is not None, "a merge verdict names the partner merged into"
        names = self.index.names
        if verdict.also:
            others = ", ".join(f"“{names.get(p, p)}”" for p in verdict.also)
            self.note(
                contact.row,
                _(
                    "Its email addresses belong to more than one partner; it was merged "
                    "into “{partner}” only (also matches {others})."
                ).format(partner=names.get(pid, pid), others=others),
            )
        current = self.writer.fields_of(pid)
        new_values = contact.fields()
        changes, kept = merge_changes(current, new_values, self.options.overwrite)
        for name, (old, value) in changes.items():
            if old and name != "tags" and lossy(old, value):
                said = _("Replaced the {field} “{old}” with “{new}”: the stored one had lost letters.")
                self.note(contact.row, said.format(field=_(FIELD_WORDS.get(name, name)), old=old, new=value))
        for name in kept:
            value = new_values[name]
            shown = value if len(value) < 60 else value[:57] + "…"
            said = _("Kept the {field} RefDesk has for “{partner}”; the file says “{value}”.")
            self.note(
                contact.row,
                said.format(field=_(FIELD_WORDS.get(name, name)), partner=current.get("name", ""), value=shown),
            )
        emails, phones = self.index.add_to(pid, contact)
        if not changes and not emails and not phones:
            self.skip(contact, _("Already in RefDesk, with nothing new to add."))
            return
        self.summary.merged += 1
        said = _("Merged into “{partner}” ({why}).").format(partner=current.get("name", ""), why=_(verdict.why))
        self.outcome(contact, "merge", said, pid, pid)
        self.writer.merge(pid, current, changes, emails, phones)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the rows go in, on again after (as it was before).

    An import allocates a few objects per row and keeps 100,000s (the de-duplication index, the rows
    waiting to be written), so the collector's full passes walk an ever larger heap: on a 100,000-row
    Google CSV they took 0.37 of 3.83 s of CPU (gc.callbacks); with them the import took 10.9% more
    CPU and 11.0% more time (tests/bench/bench_import.py --against, medians of 5 alternating rounds;
    ratio to the bare loader 1.89 against 2.16, CPU 1.90 against 2.08), with the same peak memory.  The rows make no reference cycles, so nothing piles
    up meanwhile.  Pinned by ``test_the_cycle_collector_rests_during_an_import_and_is_back_after``.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
    regular_file(source.path)  # still an ordinary file (a FIFO would hang the import holding the write lock)
    mapping = mapping or analysis.mapping
    options = options or Options()
    if source.kind == "csv" and not mapping.usable():
        found = ", ".join(f"“{h}”" for h in source.header if h.strip())[:300]
        if found:
            said = _(
                "No column of {file} holds a name, a business or an email address (its columns are {columns}), "
                "so there is nothing to import."
            )
        else:
            said = _(
                "No column of {file} holds a name, a business or an email address (its columns are empty), "
                "so there is nothing to import."
            )
        raise ImportRefused(said.format(file=source.path.name, columns=found))
    database = db.obj
    # The writer gives rows ids of their own: nobody else may insert into these tables meanwhile.
    context = database.atomic() if dry_run else writing_with_own_ids(Partner, PartnerEmail, PartnerPhone)
    summary = None
    try:
        with _collector_paused(), larger_cache(), context:
            batch = None
            if not dry_run:
                batch = open_batch(str(source.path), analysis.format, source.encoding)
            where: list = []
            size = source.size or 1
            index = known_partners()
            writer = Writer(
                batch.id if batch else None,
                dry_run,
                len(index.names),
                lambda: where[0]() / size if where else 0.0,
            )
            summary = Summary(dry_run=dry_run)
            summary.file = str(source.path)
            summary.format = analysis.format
            summary.format_label = analysis.format_label
            summary.encoding = source.encoding
            summary.encoding_label = source.encoding_label
            summary.delimiter = source.delimiter_label if source.kind == "csv" else ""
            rows = _Rows(index, writer, options, summary, keep_outcomes)
            count = 0
            for contact in _contacts(analysis, mapping, where, options.tidy_names, keep_outcomes > 0):
                count += 1
                if contact is not None:
                    rows.add(contact)
                if count % REPORT_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()
                    if progress is not None:
                        progress(where[0]() if where else 0, source.size, summary.rows)
            if summary.rows == 0:
                if source.kind == "csv":
                    said = _("{file} has column names but no contacts under them.")
                else:
                    said = _("{file} holds no contact cards.")
                raise ImportRefused(said.format(file=source.path.name))
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            writer.finish()
            if batch is not None:
                summary.batch_id = close_batch(batch, summary, writer.details)
            if progress is not None:
                progress(source.size, source.size, summary.rows)
            # Freed while the collector still rests: else its first pass after the import walks the whole
            # de-duplication index and the writer's rows (0.13 s of CPU after a 100,000-row import, 0.01 s
            # with them freed here; gc.callbacks).
            del rows, index, writer
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            _("{file} stops being readable as {encoding} near byte {byte}; nothing was imported.").format(
                file=source.path.name, encoding=source.encoding_label, byte=formatting.number(exc.start)
            )
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
