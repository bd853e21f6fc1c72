"""The tables, one peewee model each.

Fixed choices are the ``Enum``s of ``choices.py``, stored as their text value.  Every table
carries ``created_at``/``updated_at`` and a ``version`` counter (bumped on each
save) that team mode uses to notice two people editing the same row.
"""

from __future__ import annotations

import datetime as dt
from typing import overload

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    fn,
)
from playhouse.fields import EnumField

from refdesk.db.choices import (
    Comfort,
    Direction,
    FirstContact,
    MeetingKind,
    Outcome,
    ReferralStatus,
    ReferralType,
    Stage,
    ThankMethod,
    ThankReason,
    ThankStatus,
)
from refdesk.db.database import db


def normalise_email(email: str) -> str:
    """Trimmed, lower-case, without a ``mailto:`` prefix: the form used for matching."""
    email = (email or "").strip()
    if email.lower().startswith("mailto:"):
        email = email[7:]
    return email.strip().lower()


def now() -> dt.datetime:
    """The time stamp written into ``created_at`` / ``updated_at`` (whole seconds)."""
    return dt.datetime.now().replace(microsecond=0)


@overload
def as_date(value: None) -> None: ...
@overload
def as_date(value: dt.date | str) -> dt.date: ...
@overload
def as_date(value: object) -> dt.date | None: ...
def as_date(value: object) -> dt.date | None:
    """A date as the database driver returns it (SQLite: ISO text; PostgreSQL: a date) as a date."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


class BaseModel(Model):
    # Annotations only, for type checkers: peewee adds the ``id`` primary key, and an ``<name>_id``
    # accessor (the id without a query) beside each foreign key, at run time.  A bare annotation
    # makes no field, so the tables are unchanged.
    id: AutoField[int]
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    def save(self, *args, **kwargs):
        if self.get_id() is not None and self.is_dirty():
            self.updated_at = now()
            self.version = (self.version or 0) + 1
        return super().save(*args, **kwargs)

    class Meta:
        database = db
        legacy_table_names = False


class ImportBatch(BaseModel):
    """One contacts import, kept so it can be listed and undone."""

    file = TextField()
    format = CharField()
    encoding = CharField(default="")
    rows = IntegerField(default=0)
    created = IntegerField(default=0)
    merged = IntegerField(default=0)
    skipped = IntegerField(default=0)
    flagged = IntegerField(default=0)
    details = TextField(default="")  # JSON: what merged rows filled in, for undo
    undone_at = DateTimeField(null=True)


class Partner(BaseModel):
    name = CharField(index=True)
    company = CharField(default="", index=True)
    category = CharField(default="", index=True)  # profession
    website = CharField(default="")
    address = TextField(default="")
    notes = TextField(default="")
    tags = CharField(default="")  # comma-separated
    ideal_referral = TextField(default="")  # "what would be a good referral for you?"
    what_to_tell = TextField(default="")  # "what do you want me to tell people about you?"
    wants_from_me = TextField(default="")
    want_from_them = TextField(default="")
    experience = TextField(default="")  # my experience of their service
    stage = EnumField(Stage, default=Stage.VISIBILITY, index=True)
    retired_reason = TextField(default="")
    source = CharField(default="typed")  # "typed", "demo", or "import"
    import_batch = ForeignKeyField(ImportBatch, null=True, backref="partners", on_delete="SET NULL")
    import_batch_id: ForeignKeyField[int | None]
    # set by an import when this partner looks like another one (same name or phone, no shared email)
    possible_duplicate_of = ForeignKeyField("self", null=True, backref="possible_duplicates", on_delete="SET NULL")
    possible_duplicate_of_id: ForeignKeyField[int | None]
    # stay in touch every so many weeks; None: the default for the stage (migration 0008)
    cadence_weeks = IntegerField(null=True)

    def __str__(self) -> str:
        return self.name


# The list's name order, for the first screenful of the Partners page (migration 0005).
Partner.add_index(Partner.index(fn.LOWER(Partner.name), name="partner_name_lower"))


class PartnerEmail(BaseModel):
    partner = ForeignKeyField(Partner, backref="emails", on_delete="CASCADE")
    partner_id: ForeignKeyField[int]
    email = CharField(index=True)  # normalised: trimmed, lower-case
    label = CharField(default="")
    position = IntegerField(default=0)

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        return super().save(*args, **kwargs)


class PartnerPhone(BaseModel):
    partner = ForeignKeyField(Partner, backref="phones", on_delete="CASCADE")
    partner_id: ForeignKeyField[int]
    phone = CharField()  # kept as typed
    label = CharField(default="")
    position = IntegerField(default=0)


class Meeting(BaseModel):
    partner = ForeignKeyField(Partner, backref="meetings", on_delete="CASCADE")
    partner_id: ForeignKeyField[int]
    date = DateField(index=True)
    kind = EnumField(MeetingKind, default=MeetingKind.ONE_TO_ONE)
    notes = TextField(default="")
    next_step = TextField(default="")
    next_step_date = DateField(null=True)
    next_step_done = DateField(null=True)  # the day the next step was marked done; None: still to do (migration 0008)

    class Meta:
        indexes = (
            (("partner", "date"), False),  # latest meeting per partner (migration 0003)
            (("next_step_done", "next_step_date"), False),  # next steps due (migration 0008)
        )


class StandingCheck(BaseModel):
    partner = ForeignKeyField(Partner, backref="standing_checks", on_delete="CASCADE")
    partner_id: ForeignKeyField[int]
    date = DateField(index=True)
    willingness = IntegerField(constraints=[Check("willingness BETWEEN 0 AND 10")])
    comfort = EnumField(Comfort)
    notes = TextField(default="")

    class Meta:
        indexes = ((("partner", "date"), False),)  # latest check-in per partner (migration 0003)


class Referral(BaseModel):
    date = DateField(index=True)
    direction = EnumField(Direction, index=True)
    partner = ForeignKeyField(Partner, backref="referrals", on_delete="CASCADE")
    partner_id: ForeignKeyField[int]
    # The prospect: a person described here, or another partner ("I introduced A to B").
    prospect_partner = ForeignKeyField(Partner, null=True, backref="referred_as_prospect", on_delete="SET NULL")
    prospect_partner_id: ForeignKeyField[int | None]
    prospect_name = CharField(default="")
    prospect_contact = TextField(default="")
    prospect_need = TextField(default="")
    type = EnumField(ReferralType, default=ReferralType.RECOMMENDATION)
    first_contact = EnumField(FirstContact, default=FirstContact.PARTNER)
    follow_up_date = DateField(null=True, index=True)
    follow_up_done = BooleanField(default=False)  # "connection confirmed"
    status = EnumField(ReferralStatus, default=ReferralStatus.PASSED, index=True)
    closed_value = DecimalField(max_digits=14, decimal_places=2, null=True)
    currency = CharField(default="")
    closed_date = DateField(null=True)
    outcome = EnumField(Outcome, null=True)
    outcome_feedback = TextField(default="")
    partner_told = BooleanField(default=False)
    partner_told_date = DateField(null=True)
    # on a referral I give: the day the partner, and the prospect, thanked me (None: not yet; migration 0007)
    partner_thanked_date = DateField(null=True)
    prospect_thanked_date = DateField(null=True)
    notes = TextField(default="")

    class Meta:
        # (partner, date, direction) onwards: covering indexes for the statistics (migration 0002);
        # (partner, direction, date): 12-month counts per partner for the Partners page (migration 0003).
        indexes = (
            (("partner", "date", "direction"), False),
            (("direction", "date"), False),
            (("date", "direction", "partner"), False),
            (("status", "closed_date", "date", "direction", "closed_value"), False),
            (("follow_up_done", "follow_up_date", "status"), False),
            (("partner", "direction", "date"), False),
            # "ask how it went": its list (migration 0007), its count from the index alone (0010)
            (("direction", "partner_thanked_date", "date", "partner"), False),
            (("prospect_partner", "date"), False),  # a partner's latest referral as the prospect (migration 0008)
        )


class ThankYou(BaseModel):
    partner = ForeignKeyField(Partner, null=True, backref="thank_yous", on_delete="CASCADE")
    partner_id: ForeignKeyField[int | None]
    recipient_name = CharField(default="")  # when the recipient is not a partner
    referral = ForeignKeyField(Referral, null=True, backref="thank_yous", on_delete="SET NULL")
    referral_id: ForeignKeyField[int | None]
    reason = EnumField(ThankReason, default=ThankReason.REFERRAL_RECEIVED)
    amount = DecimalField(max_digits=14, decimal_places=2, null=True)  # closed business value
    method = EnumField(ThankMethod, default=ThankMethod.CARD)
    due_date = DateField(index=True)
    status = EnumField(ThankStatus, default=ThankStatus.OWED, index=True)
    written_date = DateField(null=True)
    sent_date = DateField(null=True)
    note = TextField(default="")

    class Meta:
        indexes = (
            (("status", "due_date"), False),  # thank-yous owed (migration 0002)
            (("partner", "status", "sent_date"), False),  # the latest thank-you sent to a partner (migration 0008)
        )


ALL_MODELS: list[type[BaseModel]] = [
    ImportBatch,
    Partner,
    PartnerEmail,
    PartnerPhone,
    Meeting,
    StandingCheck,
    Referral,
    ThankYou,
]
