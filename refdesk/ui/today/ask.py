"""The Today page's "Ask how it went" list: referrals I gave some days ago that the partner has not
thanked me for (``services.referrals.thanked.ask_how_it_went``), a gentle reminder to call.

How many days to wait is a setting (``today/ask_after_days``, default ``rules.ASK_AFTER_DAYS``),
changed in Edit → Settings… only (the list's first column says so in its tooltip).  "Partner thanked
me" (Ctrl+H) records the thanks in one undoable click, and the referral leaves the list; Enter opens
it on the Referrals page.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from refdesk.services import formatting, rules
from refdesk.services import referrals as referrals_service
from refdesk.services.referrals import thanked
from refdesk.services.vocabulary import ReferralStatus, label
from refdesk.ui.common import edits, settings
from refdesk.ui.today.models import DueColumn
from refdesk.ui.today.section import Section

SETTING = "today/ask_after_days"


def ask_after_days() -> int:
    """The days to wait for the partner's thanks before asking how it went (the setting)."""
    days = settings.get(SETTING)
    return days if isinstance(days, int) and 1 <= days <= 365 else rules.ASK_AFTER_DAYS


def _status(row: thanked.AskHowItWent) -> str:
    try:
        return label(ReferralStatus(row.status))
    except ValueError:
        return row.status


class AskSection(Section):
    """Given referrals with no thanks from the partner after N days."""

    def __init__(self, page):
        self.page = page
        self.today = dt.date.today()
        thanked_too = QCoreApplication.translate("AskSection", " · prospect thanked")  # before the widget is made
        super().__init__(
            QCoreApplication.translate("AskSection", "Ask how it went"),
            [
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Given"),
                    QT_TRANSLATE_NOOP("columns", "When you gave the referral"),
                    "30 Sep 2026",
                    text=lambda a: formatting.short_date(a.date, self.today),
                    tip_text=lambda a: formatting.date_and_distance(a.date, self.today),
                    elastic=False,
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Partner"),
                    QT_TRANSLATE_NOOP("columns", "Who you gave it to"),
                    "Bianca Johansson",
                    text=lambda a: a.partner_name,
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Prospect"),
                    QT_TRANSLATE_NOOP("columns", "Who you referred"),
                    "Harbour Property",
                    text=lambda a: a.prospect,
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Status"),
                    QT_TRANSLATE_NOOP("columns", "Where the referral is, and whether the prospect thanked you"),
                    "Meeting · prospect thanked",
                    text=lambda a: _status(a) + (thanked_too if a.prospect_thanked else ""),
                ),
            ],
            "",
            page,
        )
        self.opened.connect(lambda a: page.events.show_requested.emit("referrals", a.referral_id))
        self.done_button = self.add_button(
            self.tr("Partner &thanked me"),
            self.tr(
                "The partner has thanked you for the selected referral: record it today (Ctrl+H; undo with Ctrl+Z)"
            ),
            self.mark_thanked,
            "Ctrl+H",
        )
        self.days = ask_after_days()
        self._seen: dict[int, int] = {}
        self._update_empty()

    def _update_empty(self) -> None:
        days = self.days
        self.empty_text = self.tr(
            "Nothing to ask: every partner you gave a referral to more than %n day(s) ago has thanked you. "
            "When one has not, RefDesk lists it here so you can ask how it went.",
            "",
            days,
        )

    def show(self, today: dt.date, asks: thanked.AskList, days: int) -> None:
        """Show *asks*, read on *today* after *days* (the setting, ``ask_after_days()``, when read)."""
        self.today = today
        self.days = days
        self._update_empty()
        self.set_column_tip(
            0,
            self.tr(
                "When you gave the referral: listed once the partner has not thanked you for %n day(s) "
                "(Edit → Settings…)",
                "",
                self.days,
            ),
        )
        self._seen = {a.referral_id: a.version for a in asks.items}
        self.set_rows(asks.items, asks.total)

    def mark_thanked(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        row = rows[0]
        edits.quick(
            self.page.window_,
            self,
            self.tr("Partner thanked me"),
            lambda: referrals_service.set_thanked(
                row.referral_id, "partner", expected_version=self._seen.get(row.referral_id)
            ),
            overwrite=lambda: referrals_service.set_thanked(row.referral_id, "partner"),
            message=self.tr("Noted: %1 thanked you. Undo with Ctrl+Z.").replace("%1", row.partner_name),
        )
