"""A partner's meetings: one-to-ones, coffees, joint client meetings, calls, events.  Qt-free."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from refdesk.db.models import Meeting, MeetingKind
from refdesk.i18n import _
from refdesk.services import formatting, rules
from refdesk.services.edits import RowsChange, recording
from refdesk.services.partners import entries
from refdesk.services.partners.profile import PartnerError, PartnerNotFound


@dataclass
class MeetingData:
    date: dt.date
    kind: MeetingKind = MeetingKind.ONE_TO_ONE
    notes: str = ""
    next_step: str = ""
    next_step_date: dt.date | None = None
    id: int | None = None
    partner_id: int | None = None
    version: int | None = None  # when loaded: an edit checks nobody saved since
    next_step_done: dt.date | None = None  # when loaded: the day the next step was marked done (set_next_step_done)


def validate_meeting(data: MeetingData) -> dict[str, str]:
    problems = {}
    if data.next_step_date is not None and data.next_step_date < data.date:
        problems["next_step_date"] = _("The next step cannot be due before the meeting itself.")
    if data.next_step_date is not None and (data.next_step_date - data.date).days > rules.NEXT_STEP_MAX_DAYS:
        problems["next_step_date"] = _(
            "The next step is due more than two years after the meeting: check the year ({day})."
        ).format(day=formatting.date(data.next_step_date))
    if data.next_step_date is not None and not data.next_step.strip():
        problems["next_step"] = "Say what the next step is, or clear its date."
    return problems


def list_meetings(partner_id: int) -> list[MeetingData]:
    """The partner's meetings, newest first."""
    query = Meeting.select().where(Meeting.partner == partner_id).order_by(Meeting.date.desc(), Meeting.id.desc())
    return [_data(m) for m in query]


def _data(m: Meeting) -> MeetingData:
    return MeetingData(
        m.date, m.kind, m.notes, m.next_step, m.next_step_date, m.id, m.partner_id, m.version, m.next_step_done
    )


def get_meeting(meeting_id: int) -> MeetingData:
    m = Meeting.get_or_none(Meeting.id == meeting_id)
    if m is None:
        raise PartnerNotFound(meeting_id)
    return _data(m)


def _values(data: MeetingData) -> dict:
    problems = validate_meeting(data)
    if problems:
        raise PartnerError(problems)
    return {
        "date": data.date,
        "kind": data.kind,
        "notes": data.notes.rstrip(),
        "next_step": data.next_step.strip(),
        "next_step_date": data.next_step_date,
    }


def add_meeting(partner_id: int, data: MeetingData) -> RowsChange:
    """Log a meeting (``change.id``)."""
    return entries.add(Meeting, partner_id, _values(data), "meeting")


def update_meeting(meeting_id: int, data: MeetingData) -> RowsChange:
    """Save *data* over the meeting (checked against ``data.version`` when it is set)."""
    return entries.update(Meeting, meeting_id, _values(data), "meeting", data.version)


def delete_meeting(meeting_id: int) -> RowsChange:
    return entries.delete(Meeting, meeting_id, "meeting")


def set_next_step_done(meeting_id: int, done: bool, version: int | None, *, today: dt.date | None = None) -> RowsChange:
    """Mark the meeting's next step done (dated *today*) or still to do again.

    *version* is the meeting's version the user saw: if someone else changed or deleted the
    meeting since, nothing is written and ``Conflict`` is raised.  A meeting without a next step
    raises ``PartnerError``."""
    with recording("") as rec:
        rec.id = meeting_id
        rec.track(Meeting, Meeting.id == meeting_id, expected={meeting_id: version})
        meeting = Meeting.get_or_none(Meeting.id == meeting_id)
        if meeting is None:
            raise PartnerNotFound(meeting_id)
        if not meeting.next_step.strip():
            raise PartnerError({"next_step": _("This meeting has no next step to mark done.")})
        name = entries.partner_name(meeting.partner_id)
        if done:
            rec.text = _("Next step done with {partner}").format(partner=name)
            meeting.next_step_done = meeting.next_step_done or today or dt.date.today()
        else:
            rec.text = _("Next step to do again with {partner}").format(partner=name)
            meeting.next_step_done = None
        meeting.save()
    return rec.change
