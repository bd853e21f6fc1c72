"""Schema version 8: the stay-in-touch cadence of a partner, and a meeting's next step marked done.

``partner.cadence_weeks`` is how often to be in touch with the partner, in weeks; empty (NULL) is
the default for the partner's stage (``services/rules.py``).  ``meeting.next_step_done`` is the day
the meeting's next step was marked done; empty while it is still to do.  An index on
(next_step_done, next_step_date) serves the next steps due (Today, ``refdesk stats``, the calendar).
"""

from peewee import DateField, IntegerField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("partner", "cadence_weeks", IntegerField(null=True)),
        migrator.add_column("meeting", "next_step_done", DateField(null=True)),
        migrator.add_index("meeting", ("next_step_done", "next_step_date"), False),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("meeting", "meeting_next_step_done_next_step_date"),
        migrator.drop_column("meeting", "next_step_done"),
        migrator.drop_column("partner", "cadence_weeks"),
    )
