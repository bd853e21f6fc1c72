"""The Today page's reminders: "Coming up" (what falls due in the next days, overdue first) and
"Next steps" (the next steps agreed at meetings, now due), from ``services.due``.

"Coming up" lists every open follow-up, thank-you, standing check-in, meeting next step and
stay-in-touch date of the next ``rules.UPCOMING_DAYS`` days, and every one already overdue, first,
marked "overdue" in words and in the error colour (never the colour alone); Enter opens the item
on its page.  "Next steps" marks the selected step done (Ctrl+D while the list has the focus, as "Mark done" on
the follow-ups; no menu shortcut uses it) through the one edit pipeline, so Ctrl+Z undoes it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView

from refdesk.services import due as due_lists
from refdesk.services import formatting, rules
from refdesk.services.partners import meetings
from refdesk.ui.common import appearance, edits
from refdesk.ui.today.models import DueColumn
from refdesk.ui.today.section import Section

KINDS = {
    "follow_up": QT_TRANSLATE_NOOP("reminders", "Follow-up"),
    "thank_you": QT_TRANSLATE_NOOP("reminders", "Thank-you"),
    "check_in": QT_TRANSLATE_NOOP("reminders", "Check-in"),
    "next_step": QT_TRANSLATE_NOOP("reminders", "Next step"),
    "cadence": QT_TRANSLATE_NOOP("reminders", "Stay in touch"),
}
"""What each kind of reminder is called in the lists (translated where shown, context ``reminders``)."""


def kind_words(kind: str) -> str:
    return QCoreApplication.translate("reminders", KINDS[kind]) if kind in KINDS else kind


def when_words(day: dt.date, overdue: bool, today: dt.date) -> str:
    """ "Sep 30" or "Sep 30 · overdue": the date, and the word when it is past."""
    text = formatting.short_date(day, today)
    return text + QCoreApplication.translate("reminders", " · overdue") if overdue else text


def _overdue_colour(row):
    return appearance.error_colour() if getattr(row, "overdue", False) else None


class ComingUpSection(Section):
    """Everything due in the next ``rules.UPCOMING_DAYS`` days, and everything overdue, first."""

    def __init__(self, page):
        self.page = page
        self.today = dt.date.today()
        super().__init__(
            QCoreApplication.translate("ComingUpSection", "Coming up"),
            [
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "When"),
                    QT_TRANSLATE_NOOP("columns", "When it falls due; overdue ones first, marked “overdue”"),
                    "30 Sep 2026 · overdue",
                    text=lambda u: when_words(u.date, u.overdue, self.today),
                    tip_text=lambda u: formatting.date_and_distance(u.date, self.today),
                    elastic=False,
                    foreground=_overdue_colour,
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "To do"),
                    QT_TRANSLATE_NOOP(
                        "columns",
                        "What to do, and with whom: a follow-up, a thank-you, a standing check-in, a meeting's next "
                        "step or staying in touch",
                    ),
                    "Follow up with Bianca Johansson and Harbour Property",
                    text=lambda u: u.title,
                    tip_text=lambda u: f"{kind_words(u.kind)}: {u.title}",
                ),
            ],
            "",
            page,
        )
        self.opened.connect(self._open)

    def _open(self, item) -> None:
        """The item on its page: a follow-up's referral, a thank-you, else the partner."""
        show = self.page.events.show_requested
        if item.kind == "follow_up" and item.referral_id is not None:
            show.emit("referrals", item.referral_id)
        elif item.kind == "thank_you" and item.ref_id is not None:
            show.emit("thanks", item.ref_id)
        elif item.partner_id is not None:
            show.emit("partners", item.partner_id)

    def show(self, today: dt.date, found: due_lists.Due) -> None:
        """Show *found*, read on *today* (``due_lists.upcoming``)."""
        self.today = today
        self.empty_text = self.tr(
            "Nothing due in the next %n day(s), and nothing overdue. Follow-ups, thank-yous, check-ins, "
            "meeting next steps and stay-in-touch dates appear here a week ahead.",
            "",
            rules.UPCOMING_DAYS,
        )
        self.set_rows(found.items, found.total)


class NextStepsSection(Section):
    """The next steps agreed at meetings, due today or overdue, with "Done" (Ctrl+D, undoable)."""

    def __init__(self, page):
        self.page = page
        self.today = dt.date.today()
        super().__init__(
            QCoreApplication.translate("NextStepsSection", "Next steps"),
            [
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Due"),
                    QT_TRANSLATE_NOOP("columns", "The date you gave the step at the meeting"),
                    "30 Sep 2026 · overdue",
                    text=lambda s: when_words(s.due_date, s.overdue, self.today),
                    tip_text=lambda s: formatting.date_and_distance(s.due_date, self.today),
                    elastic=False,
                    foreground=_overdue_colour,
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Partner"),
                    QT_TRANSLATE_NOOP("columns", "Who you met"),
                    "Bianca Johansson",
                    text=lambda s: s.partner_name,
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Next step"),
                    QT_TRANSLATE_NOOP("columns", "What you agreed to do next"),
                    "Send the brochure",
                    text=lambda s: s.step,
                ),
            ],
            self.tr(
                "No next steps due. A meeting's next step with a date (Partners → Meetings) is listed here "
                "when it falls due."
            ),
            page,
        )
        self.opened.connect(lambda s: page.events.show_requested.emit("partners", s.partner_id))
        self.done_button = self.add_button(
            self.tr("&Done"),
            self.tr("Mark the selected next step done (Ctrl+D; undo with Ctrl+Z)"),
            self.mark_done,
            "Ctrl+D",
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)  # one change per step
        self._seen: dict[int, int] = {}

    def show(self, today: dt.date, found: due_lists.Due) -> None:
        """Show *found*, read on *today* (``due_lists.next_steps_due``)."""
        self.today = today
        self._seen = {s.meeting_id: s.version for s in found.items}
        self.set_rows(found.items, found.total)

    def mark_done(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        row = rows[0]
        edits.quick(  # the change says what was done, in the status bar and the Edit menu (Ctrl+Z undoes it)
            self.page.window_,
            self,
            self.tr("Mark next step done"),
            lambda: meetings.set_next_step_done(row.meeting_id, True, self._seen.get(row.meeting_id)),
            overwrite=lambda: meetings.set_next_step_done(row.meeting_id, True, None),
        )
