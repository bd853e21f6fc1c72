"""Export everything to a zip (one CSV per table plus one JSON file), and load that JSON back.

The CSV files are for people: UTF-8 with a byte-order mark so spreadsheets
read accents, choices in words ("Handwritten card"), and every text cell that
a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) prefixed with a single quote.  The JSON
file is for programs and for moving house: raw values, ids kept, and
``import_json()`` loads it into an empty database exactly as it was.

Both are read inside one transaction, so they show the same moment even if
another program writes meanwhile.  The zip is written beside its target and
renamed into place only when complete: a full disk or a cancelled export
never leaves half a file behind.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import enum
import errno
import io
import json
import logging
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    Field,
    ForeignKeyField,
    IntegerField,
    PeeweeException,
    TextField,
)
from playhouse.fields import EnumField

from refdesk import __version__, paths
from refdesk.db.bulk import insert_rows
from refdesk.db.database import REFRESH_AFTER, db, is_sqlite, latest_schema_version, refresh_statistics
from refdesk.db.models import (
    ALL_MODELS,
    BaseModel,
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
from refdesk.services import failures
from refdesk.services.vocabulary import label

log = logging.getLogger(__name__)

FORMAT = "refdesk-export"
FORMAT_VERSION = 1
JSON_NAME = "refdesk-data.json"
README_NAME = "README.txt"
#: the CSV file for each table, in an order that respects foreign keys
CSV_NAMES: dict[type[BaseModel], str] = {
    ImportBatch: "imports.csv",
    Partner: "partners.csv",
    PartnerEmail: "partner_emails.csv",
    PartnerPhone: "partner_phones.csv",
    Meeting: "meetings.csv",
    StandingCheck: "standing_checks.csv",
    Referral: "referrals.csv",
    ThankYou: "thank_yous.csv",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PROGRESS_EVERY = 500
JSON_COMPRESSION = 1
"""zlib's level for the JSON copy (the CSV files keep the default, 6): the JSON is for programs and
moving house, and deflating it at 6 took about as long as writing every CSV file.  On ``demo
--partners 10000 --referrals 100000 --seed 7`` the export against stdlib csv went from 2.12 to 1.88
times (``tests/bench/ab.py … bench_export.py``, 3 alternating rounds; per round 0.82), for a zip of
16.9 MB instead of 13.7."""

Progress = Callable[[int, int], None]


class ExportError(Exception):
    """Export or import failed; ``str()`` is a sentence for the user."""


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__(_("The export was cancelled; no file was written."))


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula, made inert with a leading single quote."""
    if text and text.startswith(FORMULA_START):
        return "'" + text
    return text


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return label(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float, Decimal)):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return neutralise(str(value))


def json_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _columns(model: type[BaseModel]) -> list[Field]:
    return list(model._meta.sorted_fields)


def _raw_rows(model: type[BaseModel]) -> Iterator[tuple]:
    """Every row of *model* in id order, as the database driver returns it (no peewee conversion)."""
    query = model.select(*_columns(model)).order_by(model._meta.primary_key)
    cursor = db.execute(query)
    while batch := cursor.fetchmany(500):
        yield from batch


def _plain(field: Field) -> bool:
    """True for a text or whole-number column, whose value the driver already returns as peewee would."""
    return isinstance(field, (CharField, TextField, IntegerField, ForeignKeyField)) and not isinstance(field, EnumField)


def _final(field: Field, write: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A function giving ``write(field.python_value(raw))`` for a stored value that is not None, faster.

    Converting each cell through peewee (a date parsed by ``strptime`` tried format by format, then
    written back as ISO text) and then through ``csv_cell``/``json_value`` was most of an export's
    time.  Here a date or time stored as its canonical ISO text (what RefDesk writes in SQLite) is
    written as that text, which is what ``isoformat()`` of the parsed value gives; choices and yes/no
    values are written once per distinct stored value; text and whole numbers (``_plain``) skip the
    conversion.  ``refdesk export`` of ``demo --partners 10000 --referrals 100000 --seed 7`` took 8.1 s of
    CPU against 12.4 s through peewee's conversions (the same files; runs alternating, at load 12;
    ``tests/bench/bench_export.py`` compares with stdlib csv).  ``tests/services/test_export.py`` holds
    every cell to what peewee's own conversions write.
    """
    convert = field.python_value
    if isinstance(field, (DateTimeField, DateField)):
        parse = dt.datetime.fromisoformat if isinstance(field, DateTimeField) else dt.date.fromisoformat
        sep = {"sep": " "} if isinstance(field, DateTimeField) else {}

        def iso(raw: Any) -> Any:
            if isinstance(raw, str):
                try:
                    if parse(raw).isoformat(**sep) == raw:
                        return raw
                except ValueError:
                    pass
            return write(convert(raw))

        return iso
    if isinstance(field, (EnumField, BooleanField)):
        seen: dict[Any, Any] = {}

        def once(raw: Any) -> Any:
            try:
                return seen[raw]
            except KeyError:
                value = seen[raw] = write(convert(raw))
                return value

        return once
    return lambda raw: write(convert(raw))


def _or_empty(write: Callable[[Any], str]) -> Callable[[Any], str]:
    return lambda raw: "" if raw is None else write(raw)


def _csv_cells(model: type[BaseModel]) -> Callable[[tuple], list[str]]:
    """A function turning a raw row of *model* into its CSV cells (``csv_cell`` of each python value)."""
    cells: list[Callable[[Any], str]] = []
    for field in _columns(model):
        if isinstance(field, (IntegerField, ForeignKeyField)) and _plain(field):
            cells.append(lambda raw: "" if raw is None else str(raw))
        elif _plain(field):
            cells.append(lambda raw: "" if raw is None else neutralise(raw))
        else:
            cells.append(_or_empty(_final(field, csv_cell)))
    return lambda row: [cell(raw) for cell, raw in zip(cells, row, strict=True)]


def _json_values(model: type[BaseModel]) -> Callable[[tuple], dict[str, Any]]:
    """A function turning a raw row of *model* into its JSON record (``json_value`` of each python value)."""
    fields = _columns(model)
    names = [f.column_name for f in fields]
    fixes = [(f.column_name, i, _final(f, json_value)) for i, f in enumerate(fields) if not _plain(f)]

    def record(row: tuple) -> dict[str, Any]:
        values = dict(zip(names, row, strict=True))
        for name, i, write in fixes:
            raw = row[i]
            if raw is not None:
                values[name] = write(raw)
        return values

    return record


_D = "[0-9]"
_ISO_DATE = f"{_D * 4}-{_D * 2}-{_D * 2}"
_ISO_DATETIME = f"{_ISO_DATE} {_D * 2}:{_D * 2}:{_D * 2}"


class _InSql:
    """A table's CSV cells and JSON records worked out by SQLite itself, for ``export_all``.

    The per-cell Python of ``_csv_cells`` and ``_json_values`` (and one ``json.dumps`` per record)
    was most of an export's time; here the query returns each row's CSV cells, ready for
    ``csv.writer.writerows``, and each JSON record as text (``json_object``).  Each column comes
    with the condition under which SQLite's answer is the Python one: a table holding one stored
    value outside those conditions (a hand-edited file: "2024-2-9" as a date, a time with
    microseconds) is written by the Python functions instead.  ``tests/services/test_export.py``
    holds both to the same cells and records.
    """

    def __init__(self, model: type[BaseModel]):
        table = model._meta.table_name
        cells: list[str] = []
        pairs: list[str] = []
        sound: list[str] = []
        self.csv_params: list[Any] = []
        self.check_params: list[Any] = []
        for field in _columns(model):
            c = f'"{field.column_name}"'
            cell = value = c
            if isinstance(field, (IntegerField, ForeignKeyField)) and _plain(field):
                pass
            elif _plain(field):
                starts = ", ".join(f"'{s}'" for s in "=+-@") + ", char(9), char(13)"
                cell = f"CASE WHEN substr({c}, 1, 1) IN ({starts}) THEN char(39) || {c} ELSE {c} END"
                sound.append(f"typeof({c}) IN ('text', 'null')")
            elif isinstance(field, EnumField):
                members = list(field.enum_class)
                cell = f"CASE {c} " + " ".join("WHEN ? THEN ?" for _m in members) + " END"
                self.csv_params += [x for m in members for x in (m.value, label(m))]
                sound.append(f"({c} IS NULL OR {c} IN ({', '.join('?' * len(members))}))")
                self.check_params += [m.value for m in members]
            elif isinstance(field, BooleanField):
                cell = f"CASE WHEN {c} THEN 'yes' ELSE 'no' END"
                value = f"CASE WHEN {c} IS NULL THEN NULL WHEN {c} THEN json('true') ELSE json('false') END"
                sound.append(f"typeof({c}) IN ('integer', 'null')")
            elif isinstance(field, (DateTimeField, DateField)):
                # ISO text as RefDesk writes it: either a date (time) whose isoformat() it is, or text
                # no format of peewee's reads, which Python writes as it is too
                shape = _ISO_DATETIME if isinstance(field, DateTimeField) else _ISO_DATE
                sound.append(f"({c} IS NULL OR (typeof({c}) = 'text' AND {c} GLOB '{shape}'))")
            elif isinstance(field, DecimalField):  # str(Decimal(str(the stored number)))
                cell = value = f"CAST({c} AS TEXT)"
                sound.append(
                    f"(typeof({c}) IN ('integer', 'null') OR (typeof({c}) = 'real' AND abs({c}) BETWEEN 1e-4 AND 1e15"
                    f" AND CAST(CAST({c} AS TEXT) AS REAL) = {c}))"
                )
            else:
                raise TypeError(f"no SQL form for {field!r}")
            cells.append(cell)
            pairs.append(f"'{field.column_name}', {value}")
        order = f' ORDER BY "{model._meta.primary_key.column_name}"'  # type: ignore[union-attr]
        self.csv = f'SELECT {", ".join(cells)} FROM "{table}"' + order
        self.json = f'SELECT json_object({", ".join(pairs)}) FROM "{table}"' + order
        self.check = f'SELECT EXISTS (SELECT 1 FROM "{table}" WHERE NOT coalesce({" AND ".join(sound) or "1"}, 0))'

    @classmethod
    def for_table(cls, model: type[BaseModel]) -> _InSql | None:
        """The SQL forms of *model*'s rows, or None where the Python functions must write them: not
        SQLite, a column of a kind the SQL forms do not know, or a stored value outside them."""
        if not is_sqlite() or len(_columns(model)) > 60:  # (json_object takes at most 127 arguments)
            return None
        try:
            forms = cls(model)
        except TypeError:
            return None
        if db.execute_sql(forms.check, forms.check_params).fetchone()[0]:
            log.info("%s holds values written by hand: it is exported through Python", model._meta.table_name)
            return None
        return forms

    def csv_batches(self) -> Iterator[list[tuple]]:
        cursor = db.execute_sql(self.csv, self.csv_params)
        while batch := cursor.fetchmany(PROGRESS_EVERY):
            yield batch

    def json_batches(self) -> Iterator[list[str]]:
        cursor = db.execute_sql(self.json)
        while batch := cursor.fetchmany(PROGRESS_EVERY):
            yield [row[0] for row in batch]


def _csv_batches(model: type[BaseModel], forms: _InSql | None) -> Iterator[list]:
    """*model*'s rows as CSV cells, a few hundred at a time (worked out by SQLite with *forms*)."""
    if forms is not None:
        yield from forms.csv_batches()
        return
    cells = _csv_cells(model)
    yield from _batches(cells(row) for row in _raw_rows(model))


def _json_batches(model: type[BaseModel], forms: _InSql | None) -> Iterator[list[str]]:
    """*model*'s rows as JSON records (text), a few hundred at a time (by SQLite with *forms*)."""
    if forms is not None:
        yield from forms.json_batches()
        return
    record = _json_values(model)
    yield from _batches(json.dumps(record(row), ensure_ascii=False) for row in _raw_rows(model))


def _batches(items: Iterator[Any]) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == PROGRESS_EVERY:
            yield batch
            batch = []
    if batch:
        yield batch


def table_counts() -> dict[str, int]:
    return {model._meta.table_name: model.select().count() for model in ALL_MODELS}


def _readme(counts: dict[str, int], when: dt.datetime) -> str:
    lines = [
        _("RefDesk export, {when}, RefDesk {version}").format(when=f"{when:%Y-%m-%d %H:%M}", version=__version__),
        "",
        _("One CSV file per table (UTF-8; open with your spreadsheet program) and"),
        _("{json_name}, everything in one file that RefDesk can load into an empty database.").format(
            json_name=JSON_NAME
        ),
        _("Text that a spreadsheet would run as a formula starts with a single quote in the CSV files."),
        "",
    ]
    for model, name in CSV_NAMES.items():
        rows = counts[model._meta.table_name]
        lines.append(f"{name:<22} " + ngettext("{rows} row", "{rows} rows", rows).format(rows=f"{rows:>8}"))
    return "\r\n".join(lines) + "\r\n"


def export_all(
    target: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: dt.datetime | None = None,
) -> dict[str, int]:
    """Write the export zip to *target*; returns the row count per table.

    *progress(done, total)* is called now and then; *cancelled()* returning True stops the export.
    """
    target = Path(target)
    now = now or dt.datetime.now().replace(microsecond=0)
    try:
        with db.atomic(), paths.private_output(target) as partial:  # one snapshot; owner-only, whole or not at all
            counts = table_counts()
            total = 2 * sum(counts.values())
            done = 0

            def tick(step: int = 1) -> None:
                nonlocal done
                done += step
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                if progress is not None:
                    progress(done, total)

            if progress is not None:
                progress(0, total)
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(README_NAME, _readme(counts, now))
                forms = {model: _InSql.for_table(model) for model in CSV_NAMES}
                for model, name in CSV_NAMES.items():
                    with zf.open(name, "w") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh:
                        raw.write(codecs.BOM_UTF8)  # (what "utf-8-sig" writes, without its Python encoder per row)
                        writer = csv.writer(fh)
                        writer.writerow([f.column_name for f in _columns(model)])
                        for batch in _csv_batches(model, forms[model]):
                            writer.writerows(batch)
                            tick(len(batch))
                zf.compresslevel = JSON_COMPRESSION
                with zf.open(JSON_NAME, "w") as raw, io.TextIOWrapper(raw, encoding="utf-8") as fh:
                    _write_json(fh, counts, now, tick, forms)
    except ExportError:
        raise
    except (OSError, sqlite3.Error, PeeweeException) as exc:
        raise ExportError(explain(exc, target)) from exc
    log.info("exported %s rows to %s", sum(counts.values()), target)
    return counts


def _write_json(
    fh,
    counts: dict[str, int],
    now: dt.datetime,
    tick: Callable[[int], None],
    forms: dict[type[BaseModel], _InSql | None],
) -> None:
    head = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "refdesk_version": __version__,
        "schema_version": latest_schema_version(),
        "exported_at": now.isoformat(sep=" "),
        "counts": counts,
    }
    fh.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "tables": {')
    for t, model in enumerate(CSV_NAMES):
        fh.write(("," if t else "") + f"\n  {json.dumps(model._meta.table_name)}: [")
        for b, batch in enumerate(_json_batches(model, forms[model])):
            fh.write(("," if b else "") + "\n   " + ",\n   ".join(batch))
            tick(len(batch))
        fh.write("\n  ]")
    fh.write("\n }\n}\n")


def explain(exc: BaseException, target: Path) -> str:
    text = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return _("The disk is full, so the export {target} was not written. Your data is unchanged.").format(
                target=target
            )
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return _(
                "RefDesk is not allowed to write to {folder}. Choose another folder; your data is unchanged."
            ).format(folder=target.parent)
        if exc.errno == errno.ENOENT:
            return _("The folder {folder} does not exist. Choose another folder.").format(folder=target.parent)
        return _("The export could not be written to {target}: {reason}. Your data is unchanged.").format(
            target=target, reason=failures.reason(exc)
        )
    if "locked" in text or "busy" in text:
        return _("Another program is holding the database locked, so it could not be read. Try again in a moment.")
    return _("The database could not be read for the export ({error}). Your data is unchanged.").format(error=exc)


# --- loading the JSON back -------------------------------------------------------------------


def _load_document(source: Path) -> dict:
    try:
        if zipfile.is_zipfile(source):
            with zipfile.ZipFile(source) as zf:
                if JSON_NAME not in zf.namelist():
                    raise ExportError(
                        _("{name} is a zip file but not a RefDesk export (no {json_name} inside).").format(
                            name=source.name, json_name=JSON_NAME
                        )
                    )
                with zf.open(JSON_NAME) as fh:
                    doc = json.load(io.TextIOWrapper(fh, encoding="utf-8"))
        else:
            with open(source, encoding="utf-8") as fh:
                doc = json.load(fh)
    except ExportError:
        raise
    except (OSError, zipfile.BadZipFile) as exc:
        raise ExportError(
            _("{path} cannot be read: {reason}").format(path=source, reason=getattr(exc, "strerror", None) or exc)
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise ExportError(
            _("{name} is not a RefDesk export (it is not valid JSON: {error}).").format(name=source.name, error=exc)
        ) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("tables"), dict):
        raise ExportError(_("{name} is not a RefDesk export.").format(name=source.name))
    if doc.get("format_version", 0) > FORMAT_VERSION or doc.get("schema_version", 0) > latest_schema_version():
        raise ExportError(
            _("{name} was written by a newer version of RefDesk; update RefDesk to load it.").format(name=source.name)
        )
    return doc


def _python_value(field: Field, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(field, EnumField):
        return field.enum_class(value)
    if isinstance(field, DateTimeField):
        return dt.datetime.fromisoformat(value)
    if isinstance(field, DateField):
        return dt.date.fromisoformat(value)
    if isinstance(field, DecimalField):
        return Decimal(str(value))
    if isinstance(field, BooleanField):
        return bool(value)
    if isinstance(field, (IntegerField, ForeignKeyField)) or field.name == "id":
        return int(value)
    return value


def import_json(source: Path) -> dict[str, int]:
    """Load an export (the zip or its JSON file) into an EMPTY database, keeping ids; returns counts."""
    source = Path(source)
    doc = _load_document(source)
    tables: dict = doc["tables"]
    known = {m._meta.table_name for m in ALL_MODELS}
    unknown = set(tables) - known
    if unknown:
        raise ExportError(
            _("{name} holds tables this RefDesk does not know: {tables}.").format(
                name=source.name, tables=", ".join(sorted(unknown))
            )
        )
    loaded: dict[str, int] = {}
    try:
        with db.atomic():
            if any(model.select().exists() for model in ALL_MODELS):
                raise ExportError(
                    _(
                        "Data can only be loaded into an empty database. "
                        "Start a new database (File → New database…) and load it there."
                    )
                )
            for model in CSV_NAMES:
                name = model._meta.table_name
                records = tables.get(name, [])
                fields = [f for f in _columns(model) if not records or f.column_name in records[0]]
                rows = (
                    tuple(f.db_value(_python_value(f, record.get(f.column_name))) for f in fields) for record in records
                )
                loaded[name] = insert_rows(model, fields, rows) if records else 0
            if not is_sqlite():
                for model in CSV_NAMES:
                    table = model._meta.table_name
                    db.execute_sql(
                        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                        f'COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'
                    )
    except ExportError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ExportError(
            _("{name} has a value RefDesk cannot read ({error}); nothing was loaded.").format(
                name=source.name, error=exc
            )
        ) from exc
    except (sqlite3.Error, PeeweeException) as exc:
        raise ExportError(
            _("{name} could not be loaded ({error}); nothing was loaded.").format(name=source.name, error=exc)
        ) from exc
    if sum(loaded.values()) >= REFRESH_AFTER:
        try:
            refresh_statistics([name for name, count in loaded.items() if count])
        except PeeweeException as exc:  # only a speed-up: the data is loaded and committed
            log.warning("statistics not refreshed after loading %s: %s", source, exc)
    log.info("imported %s from %s", loaded, source)
    return loaded
