"""Schema version 9: the next steps of meetings held before a next step could be marked done.

Version 8 added "done" to a meeting's next step and left every next step written before it to do,
so a database with years of meetings listed every one of them on Today as overdue, and the
reminders counted them all (15,698 of 32,714 meetings in the demo data).  A next step dated more
than ``GRACE_DAYS`` before the upgrade to version 8, on a meeting not changed since, is taken as
done on its own date; the newer ones stay to do.  (The copy taken before any upgrade, listed in
Backups, holds them as they were.)
"""

import datetime as dt

GRACE_DAYS = 30


def up(migrator, db):
    p = db.param
    found = db.execute_sql(f'SELECT "applied" FROM "schema_migration" WHERE "name" = {p}', ("0008_cadence",)).fetchone()
    if found is None:
        return
    upgraded = found[0] if isinstance(found[0], dt.datetime) else dt.datetime.fromisoformat(str(found[0]))
    cutoff = upgraded.date() - dt.timedelta(days=GRACE_DAYS)
    db.execute_sql(
        'UPDATE "meeting" SET "next_step_done" = "next_step_date" WHERE "next_step_done" IS NULL'
        f' AND "next_step_date" < {p} AND "updated_at" < {p}',
        (cutoff.isoformat(), upgraded.isoformat(" ")),
    )


def down(migrator, db):
    pass  # which next steps this marked done is not recorded: they stay done
