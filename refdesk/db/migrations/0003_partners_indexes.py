"""Schema version 3: covering indexes for the Partners page.

The partner list computes, for every partner, the referrals given and received
in the last 12 months, the latest meeting and the latest standing check-in in
one query.  These indexes let SQLite answer those parts from the index alone
instead of visiting every referral, meeting and check-in row.
"""

from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_index("referral", ("partner_id", "direction", "date"), False),
        migrator.add_index("meeting", ("partner_id", "date"), False),
        migrator.add_index("standing_check", ("partner_id", "date"), False),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("standing_check", "standing_check_partner_id_date"),
        migrator.drop_index("meeting", "meeting_partner_id_date"),
        migrator.drop_index("referral", "referral_partner_id_direction_date"),
    )
