"""Schema version 5: the Partners page opens at once on big databases.

An index on ``lower(name)`` gives the first screenful of partners in the list's
name order (``services.partners.first_partners``) without reading and sorting
every partner; the rest of the list loads in the background.  Expression
indexes work the same in SQLite and PostgreSQL.
"""


def up(migrator, db):
    migrator.migrate(
        migrator.sql('CREATE INDEX IF NOT EXISTS "partner_name_lower" ON "partner" (lower("name"))'),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.sql('DROP INDEX IF EXISTS "partner_name_lower"'),
    )
