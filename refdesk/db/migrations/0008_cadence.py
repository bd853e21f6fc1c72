"""Schema version 8: the stay-in-touch cadence of a partner, and a meeting's next step marked done.

``partner.cadence_weeks`` is how often to be in touch with the partner, in weeks; empty (NULL) is
the default for the partner's stage (``services/rules.py``).  ``meeting.next_step_done`` is the day
the meeting's next step was marked done; empty while it is still to do.  An index on
(next_step_done, next_step_date) serves the next steps due (Today, ``refdesk stats``, the calendar);
two more serve the Partners list's last touch (the latest referral as the prospect, the latest
thank-you sent).
"""

from peewee import DateField, IntegerField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("partner", "cadence_weeks", IntegerField(null=True)),
        migrator.add_column("meeting", "next_step_done", DateField(null=True)),
        migrator.add_index("meeting", ("next_step_done", "next_step_date"), False),
        # the Partners list's last touch per partner: without these SQLite may look for a partner's latest
        # referral as the prospect through the date index, reading every referral for every partner
        migrator.add_index("referral", ("prospect_partner_id", "date"), False),
        migrator.add_index("thank_you", ("partner_id", "status", "sent_date"), False),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("thank_you", "thank_you_partner_id_status_sent_date"),
        migrator.drop_index("referral", "referral_prospect_partner_id_date"),
        migrator.drop_index("meeting", "meeting_next_step_done_next_step_date"),
        migrator.drop_column("meeting", "next_step_done"),
        migrator.drop_column("partner", "cadence_weeks"),
    )
