"""Fast bulk inserts for demo data and imports.

peewee's ``insert_many`` builds a query object per batch, which costs more
than SQLite itself at 100,000 rows.  ``insert_rows`` prepares one INSERT and
hands all rows to the driver's ``executemany``.  Values must already be in
database form (``db_value``): text for enums, ISO strings for dates.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from peewee import Field, PostgresqlDatabase, chunked

from refdesk.db.database import db


def insert_rows(model, fields: Sequence[Field], rows: Iterable[Sequence], batch: int = 2000) -> int:
    """Insert *rows* (tuples in the order of *fields*) into *model*'s table; returns the count.

    Fields left out get their defaults (``created_at``, ``version``, empty text…).
    Call inside ``db.atomic()``.
    """
    names = [f.column_name for f in fields]
    extra = []
    for field in model._meta.sorted_fields:
        if field.column_name in names or field.default is None:
            continue
        value = field.default() if callable(field.default) else field.default
        extra.append(field.db_value(value))
        names.append(field.column_name)
    extra_t = tuple(extra)
    database = db.obj
    param = database.param
    table = model._meta.table_name
    columns = ", ".join(f'"{n}"' for n in names)
    sql = f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join([param] * len(names))})'
    count = 0
    cursor = database.cursor()
    if isinstance(database, PostgresqlDatabase):
        count = _copy_rows(cursor, table, columns, rows, extra_t)
        if "id" in names:  # explicit ids do not advance the sequence: move it past them
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'GREATEST((SELECT MAX(id) FROM "{table}"), 1))'
            )
        return count
    for chunk in chunked(rows, batch):
        values = [tuple(r) + extra_t for r in chunk]
        cursor.executemany(sql, values)
        count += len(values)
    return count


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
        buffer.seek(0)
        cursor.copy_expert(sql, buffer)
    return count
