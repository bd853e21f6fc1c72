"""Schema version 7: on a referral I give, the days the partner and the prospect thanked me.

The seed's goal of every referral is a thank-you from both parties: ``partner_thanked_date`` and
``prospect_thanked_date`` are empty until that party has thanked me.  An index on
(direction, partner_thanked_date, date) serves the Today page's "ask how it went" list (given
referrals with no thanks from the partner after a number of days).
"""

from peewee import DateField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("referral", "partner_thanked_date", DateField(null=True)),
        migrator.add_column("referral", "prospect_thanked_date", DateField(null=True)),
        migrator.add_index("referral", ("direction", "partner_thanked_date", "date"), False),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("referral", "referral_direction_partner_thanked_date_date"),
        migrator.drop_column("referral", "prospect_thanked_date"),
        migrator.drop_column("referral", "partner_thanked_date"),
    )
