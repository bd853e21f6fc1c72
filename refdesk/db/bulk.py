"""Fast bulk inserts for demo data and imports.

peewee's ``insert_many`` builds a query object per batch, which costs more
than SQLite itself at 100,000 rows.  ``insert_rows`` prepares one INSERT and
hands all rows to the driver's ``executemany``.  Values must already be in
database form (``db_value``): text for enums, ISO strings for dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from peewee import Field, chunked

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
    for chunk in chunked(rows, batch):
        values = [tuple(r) + extra_t for r in chunk]
        if hasattr(database, "_state") and database.server_version is not None and param == "%s":
            from psycopg2.extras import execute_batch

            execute_batch(cursor, sql, values, page_size=500)
        else:
            cursor.executemany(sql, values)
        count += len(values)
    return count
