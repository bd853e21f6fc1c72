"""Schema version 2: covering indexes for the reciprocity statistics.

With them, the charts and the Today page read only index pages at 100,000
referrals (given/received per day, balances per partner, closed value per month,
follow-ups due) instead of visiting every referral row.  The old
(partner, date) index is a prefix of the new (partner, date, direction) one.
"""


def up(migrator, db):
    migrator.migrate(
        migrator.drop_index("referral", "referral_partner_id_date"),
        migrator.add_index("referral", ("partner_id", "date", "direction"), False),
        migrator.add_index("referral", ("date", "direction", "partner_id"), False),
        migrator.add_index("referral", ("status", "closed_date", "date", "direction", "closed_value"), False),
        migrator.add_index("referral", ("follow_up_done", "follow_up_date", "status"), False),
        migrator.add_index("thank_you", ("status", "due_date"), False),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("thank_you", "thank_you_status_due_date"),
        migrator.drop_index("referral", "referral_follow_up_done_follow_up_date_status"),
        migrator.drop_index("referral", "referral_status_closed_date_date_direction_closed_value"),
        migrator.drop_index("referral", "referral_date_direction_partner_id"),
        migrator.drop_index("referral", "referral_partner_id_date_direction"),
        migrator.add_index("referral", ("partner_id", "date"), False),
    )
