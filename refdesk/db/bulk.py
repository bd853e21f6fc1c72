"""Fast bulk inserts for demo data and imports.

peewee's ``insert_many`` builds a query object per batch, which costs more
than SQLite itself at 100,000 rows.  ``insert_rows`` prepares one INSERT and
hands all rows to the driver's ``executemany``.  Values must already be in
database form (``db_value``): text for enums, ISO strings for dates.  On SQLite,
constant defaults (empty text, version 1, the default stage…) are written into
the statement as literals, so each row binds only its own values and the rows
go to the driver as they are, without being copied.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
from collections.abc import Iterable, Mapping, Sequence

from peewee import Field, chunked

from refdesk.db.database import BULK_CACHE_SIZE, CACHE_SIZE, db, is_postgres

log = logging.getLogger(__name__)


@contextlib.contextmanager
def larger_cache():
    """SQLite's page cache at ``BULK_CACHE_SIZE`` while many rows go in, back to the usual size after.

    With the usual 8 MB, a 100,000-row import took about 8% more CPU (tests/bench/bench_import.py
    --against, 3 alternating rounds).  Nothing on PostgreSQL (the server keeps its own cache)."""
    database = db.obj
    if is_postgres(database):
        yield
        return
    database.execute_sql(f"PRAGMA cache_size = {BULK_CACHE_SIZE}")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA cache_size = {CACHE_SIZE}")


def writing_with_own_ids(*models):
    """A write transaction in which rows are inserted with ids of their own (the highest id + 1 …).

    On PostgreSQL the tables of *models* are locked against other writers (``SHARE ROW EXCLUSIVE``:
    everyone can still read them) until it commits, so that no one else, a teammate's window or another
    import, takes the same ids in the meantime; on SQLite the transaction takes the write lock at once
    (``IMMEDIATE``), which does the same for the whole file.
    """
    database = db.obj
    if not is_postgres(database):
        return database.atomic("IMMEDIATE")
    return _LockedAtomic(database, [m._meta.table_name for m in models])


class _LockedAtomic:
    def __init__(self, database, tables: list[str]):
        self._atomic = database.atomic()
        self._database = database
        self._tables = tables

    def __enter__(self):
        entered = self._atomic.__enter__()
        names = ", ".join(f'"{t}"' for t in self._tables)
        self._database.execute_sql(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE")
        return entered

    def __exit__(self, *exc):
        return self._atomic.__exit__(*exc)


def insert_rows(
    model,
    fields: Sequence[Field],
    rows: Iterable[Sequence],
    batch: int = 2000,
    constants: Mapping[Field, object] | None = None,
) -> int:
    """Insert *rows* (tuples in the order of *fields*) into *model*'s table; returns the count.

    *constants* gives fields that hold the same value (in database form) in every row, so the rows need
    not carry it.  Fields left out get their defaults (``created_at``, ``version``, empty text…).
    Call inside ``db.atomic()``.
    """
    names = [f.column_name for f in fields]
    extra_names = []
    extra = []
    for field, value in (constants or {}).items():
        extra.append(value)
        extra_names.append(field.column_name)
    for field in model._meta.sorted_fields:
        if field.column_name in names or field.column_name in extra_names or field.default is None:
            continue
        value = field.default() if callable(field.default) else field.default
        extra.append(field.db_value(value))
        extra_names.append(field.column_name)
    database = db.obj
    param = database.param
    table = model._meta.table_name
    cursor = database.cursor()
    if is_postgres(database):
        columns = ", ".join(f'"{n}"' for n in names + extra_names)
        count = _copy_rows(cursor, table, columns, rows, tuple(extra))
        if "id" in names:  # explicit ids do not advance the sequence: move it past them
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'GREATEST((SELECT MAX(id) FROM "{table}"), 1))'
            )
        return count
    # SQLite: constants become literals; anything else (a timestamp default) is bound with each row.
    literals = [_literal(v) for v in extra]
    bound = tuple(v for v, lit in zip(extra, literals, strict=True) if lit is None)
    bound_names = [n for n, lit in zip(extra_names, literals, strict=True) if lit is None]
    literal_names = [n for n, lit in zip(extra_names, literals, strict=True) if lit is not None]
    columns = ", ".join(f'"{n}"' for n in names + bound_names + literal_names)
    values = ", ".join([param] * (len(names) + len(bound)) + [lit for lit in literals if lit is not None])
    sql = f'INSERT INTO "{table}" ({columns}) VALUES ({values})'
    count = 0
    for chunk in chunked(rows, batch):
        if bound:
            chunk = [tuple(r) + bound for r in chunk]
        cursor.executemany(sql, chunk)
        count += len(chunk)
    return count


def _literal(value) -> str | None:
    """*value* as an SQL literal, or None when it is better bound as a parameter."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


_NULL = "\\N\x1e"  # backslash, N, and an ASCII record separator


def _copy_rows(cursor, table: str, columns: str, rows: Iterable[Sequence], extra: tuple, batch: int = 20000) -> int:
    """PostgreSQL: ``COPY … FROM STDIN`` in CSV, the server's fastest way in (team mode, issue 9).

    psycopg2's executemany sends one statement per row; COPY was ~2x faster than execute_values
    (tests/bench/bench_postgres.py).  NULL is written as a marker no RefDesk text contains.
    """
    sql = f"COPY \"{table}\" ({columns}) FROM STDIN WITH (FORMAT csv, NULL '{_NULL}')"
    count = 0
    for chunk in chunked(rows, batch):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for row in chunk:
            values = tuple(row) + extra
            if _NULL in values:
                raise ValueError("a value equals the COPY NULL marker")
            writer.writerow([_NULL if v is None else v for v in values])
            count += 1
        # Bytes, not text: nothing for psycopg2 to encode as it reads.
        data = io.BytesIO(buffer.getvalue().encode(_python_encoding(cursor)))
        # When the server ends the connection mid-COPY, psycopg2 also prints the error to stderr itself
        # (as it decodes the server's message) before raising it: kept out of the user's terminal.
        with contextlib.redirect_stderr(io.StringIO()) as printed:
            try:
                cursor.copy_expert(sql, data)
            finally:
                if printed.getvalue():
                    log.info("the database driver printed, during COPY: %s", printed.getvalue().strip())
    return count


def _python_encoding(cursor) -> str:
    from psycopg2.extensions import encodings

    return encodings.get(cursor.connection.encoding, "utf-8")
