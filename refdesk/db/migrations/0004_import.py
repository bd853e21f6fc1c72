"""Schema version 4 (importer): a partner can be marked "possible duplicate of" another.

The importer sets it when a new partner looks like an existing one by name or
phone but shares no email address, so the user can merge them or keep both.
"""

from peewee import *


def up(migrator, db):
    class Partner(Model):
        id: AutoField  # peewee adds it at run time; named here for the type checker

        class Meta:
            database = db
            table_name = "partner"

    field = ForeignKeyField(Partner, null=True, on_delete="SET NULL", field=Partner.id)
    migrator.migrate(migrator.add_column("partner", "possible_duplicate_of_id", field))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("partner", "possible_duplicate_of_id"))
