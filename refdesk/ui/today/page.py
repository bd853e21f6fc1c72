"""The Today page (the start page): headline figures and what needs doing.

Every list item opens its partner, referral or thank-you (Enter or double-click); "Coming up"
lists what falls due in the next 7 days, overdue first (``reminders.py``); follow-ups, thank-yous
and meetings' next steps can be marked done right here (Ctrl+D, undoable);
"Print conversations to have" gives a one-page sheet for the top one-way streets.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, Qt, Slot
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from refdesk.services import formatting, rules
from refdesk.services import referrals as referrals_service
from refdesk.services import thanks as thanks_service
from refdesk.services import today as today_service
from refdesk.services.vocabulary import Direction, ReferralStatus, ThankReason, ThankStatus, label
from refdesk.ui.common import edits, files, worker
from refdesk.ui.common.first_paint import AfterFirstPaint
from refdesk.ui.common.page import Page, heading
from refdesk.ui.help import guide
from refdesk.ui.today.ask import AskSection, ask_after_days
from refdesk.ui.today.models import DueColumn
from refdesk.ui.today.reminders import ComingUpSection, NextStepsSection
from refdesk.ui.today.section import Section

log = logging.getLogger(__name__)

PARTNER = QT_TRANSLATE_NOOP("columns", "Partner")
THE_PARTNER = QT_TRANSLATE_NOOP("columns", "The partner")
RIGHT = Qt.AlignmentFlag.AlignRight


def _enum_label(enum_cls, value: str) -> str:
    try:
        return label(enum_cls(value))
    except ValueError:
        return value


def _who(row) -> str:
    return f"{row.name}\n{row.company}" if row.company else row.name


class Figure(QFrame):
    """A headline number with its caption."""

    def __init__(self, caption: str, tip: str):
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("0")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.setToolTip(tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, accessible: str) -> None:
        self.value.setText(value)
        self.setAccessibleName(accessible)


class TodayPage(Page):
    key = "today"
    title = QT_TRANSLATE_NOOP("pages", "Today")

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.today = dt.date.today()

        self.heading = heading(QCoreApplication.translate("pages", self.title))

        self.fig_given_month = Figure(self.tr("given this month"), self.tr("Referrals you gave this calendar month"))
        self.fig_received_month = Figure(
            self.tr("received this month"), self.tr("Referrals you received this calendar month")
        )
        self.fig_given_year = Figure(self.tr("given in the last 12 months"), rules.window_words())
        self.fig_received_year = Figure(self.tr("received in the last 12 months"), rules.window_words())
        self.fig_thanks = Figure(
            self.tr("thank-yous owed"), self.tr("Thank-you notes owed: still to write, or written and not sent yet")
        )
        figures = QHBoxLayout()
        for fig in (
            self.fig_given_month,
            self.fig_received_month,
            self.fig_given_year,
            self.fig_received_year,
            self.fig_thanks,
        ):
            figures.addWidget(fig, 1)

        self.follow_ups = Section(
            self.tr("Follow-ups due"),
            [
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Due"),
                    QT_TRANSLATE_NOOP("columns", "When to check that both sides connected"),
                    "30 Sep 2026",
                    text=lambda f: formatting.short_date(f.follow_up_date, self.today),
                    tip_text=lambda f: formatting.date_and_distance(f.follow_up_date, self.today),
                    elastic=False,
                ),
                DueColumn(PARTNER, THE_PARTNER, "Bianca Johansson", text=lambda f: f.partner_name),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Referral"),
                    QT_TRANSLATE_NOOP("columns", "Given to or received from them, and the prospect"),
                    "Received from · Harbour Property",
                    text=lambda f: (
                        (self.tr("Given to") if f.direction == Direction.GIVEN.value else self.tr("Received from"))
                        + (f" · {f.prospect}" if f.prospect else "")
                    ),
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Status"),
                    QT_TRANSLATE_NOOP("columns", "Where the referral is"),
                    "Contacted",
                    text=lambda f: _enum_label(ReferralStatus, f.status),
                    elastic=False,
                ),
            ],
            "",
        )
        self.follow_ups.opened.connect(lambda f: self.events.show_requested.emit("referrals", f.referral_id))
        self.follow_ups.done_button = self.follow_ups.add_button(
            self.tr("Mark &done"),
            self.tr("Both sides connected: mark the selected follow-ups done (Ctrl+D; undo with Ctrl+Z)"),
            self.mark_follow_ups_done,
            "Ctrl+D",
        )

        overdue = self.tr(" · overdue")
        self.thanks = Section(
            self.tr("Thank-yous owed"),
            [
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Due"),
                    QT_TRANSLATE_NOOP("columns", "When the thank-you should go out"),
                    "30 Sep 2026" + overdue,
                    text=lambda t: formatting.short_date(t.due_date, self.today) + (overdue if t.overdue else ""),
                    tip_text=lambda t: formatting.date_and_distance(t.due_date, self.today),
                    elastic=False,
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "To"),
                    QT_TRANSLATE_NOOP("columns", "Who to thank"),
                    "Bianca Johansson",
                    text=lambda t: t.recipient or self.tr("(no name)"),
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "For"),
                    QT_TRANSLATE_NOOP("columns", "Why you are thanking them"),
                    "Closed business · $12,500",
                    text=lambda t: (
                        _enum_label(ThankReason, t.reason)
                        + (f" · {formatting.money(t.amount, t.currency)}" if t.amount else "")
                    ),
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Status"),
                    QT_TRANSLATE_NOOP("columns", "To write, or written and not sent yet"),
                    "To write",
                    text=lambda t: _enum_label(ThankStatus, t.status),
                    elastic=False,
                ),
            ],
            self.tr("All thank-yous sent. A referral you receive adds a thank-you to write here."),
        )
        self.thanks.opened.connect(lambda t: self.events.show_requested.emit("thanks", t.thank_id))
        self.thanks.done_button = self.thanks.add_button(
            self.tr("Mark &sent"),
            self.tr("Mark the selected thank-yous sent today (Ctrl+D; undo with Ctrl+Z)"),
            self.mark_thanks_sent,
            "Ctrl+D",
        )

        self.conversations = Section(
            self.tr("Conversations to have"),
            [
                DueColumn(PARTNER, THE_PARTNER, "Bianca Johansson", text=lambda b: b.name, tip_text=_who),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Given"),
                    lambda: self.tr("Referrals you gave them %1").replace("%1", rules.WINDOW_PHRASE),
                    "Given",
                    numeric=True,
                    text=lambda b: formatting.number(b.given),
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Received"),
                    lambda: self.tr("Referrals they gave you %1").replace("%1", rules.WINDOW_PHRASE),
                    "Received",
                    numeric=True,
                    text=lambda b: formatting.number(b.received),
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Balance"),
                    lambda: guide.tip("balance"),
                    "Balance",
                    numeric=True,
                    text=lambda b: formatting.signed(b.balance),
                ),
            ],
            self.tr("No one-way streets: everyone you referred to in the last 12 months gave something back."),
        )
        self.conversations.add_help("one_way")
        self.conversations.opened.connect(lambda b: self.events.show_requested.emit("partners", b.partner_id))
        self.print_button = self.conversations.add_button(
            self.tr("&Print…"),
            self.tr(
                "A one-page list of these partners with what they want, to take into the conversation "
                "(Ctrl+Shift+P; Ctrl+P prints the thank-you checklist)"
            ),
            self.print_conversations,
            "Ctrl+Shift+P",
            needs_selection=False,
        )
        self.print_more = QToolButton()
        self.print_more.setText(self.tr("PDF…"))
        self.print_more.setToolTip(self.tr("Save the conversations list as a PDF file"))
        self.print_more.setAccessibleName(self.tr("Save conversations to have as PDF"))
        self.print_more.clicked.connect(self.save_conversations_pdf_dialog)
        self.conversations.buttons.insertWidget(self.conversations.buttons.count() - 2, self.print_more)

        never, never_asked = self.tr("never"), self.tr("never asked")
        self.check_ins = Section(
            self.tr("Check-ins due"),
            [
                DueColumn(PARTNER, THE_PARTNER, "Bianca Johansson", text=lambda c: c.name, tip_text=_who),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Last asked"),
                    "",  # the rule in force: refresh() says it
                    "30 Sep 2026",
                    text=lambda c: formatting.short_date(c.last_check, self.today, empty=never),
                    tip_text=lambda c: formatting.date_and_distance(c.last_check, self.today, empty=never_asked),
                    elastic=False,
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Score"),
                    QT_TRANSLATE_NOOP("columns", "Their last willingness to refer you, 0–10"),
                    "10/10",
                    numeric=True,
                    text=lambda c: "—" if c.last_willingness is None else f"{c.last_willingness}/10",
                ),
            ],
            "",
        )
        self.check_ins.add_help("check_in")
        self.check_ins.opened.connect(lambda c: self.events.show_requested.emit("partners", c.partner_id))

        self.quiet = Section(
            self.tr("Overdue for contact"),
            [
                DueColumn(PARTNER, THE_PARTNER, "Bianca Johansson", text=lambda q: q.name, tip_text=_who),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Last contact"),
                    QT_TRANSLATE_NOOP(
                        "columns", "The latest meeting, referral either way, standing check-in or thank-you sent"
                    ),
                    "30 Sep 2026",
                    text=lambda q: formatting.short_date(q.last_contact, self.today, empty=never),
                    tip_text=lambda q: formatting.date_and_distance(q.last_contact, self.today, empty=never),
                    elastic=False,
                ),
                DueColumn(
                    QT_TRANSLATE_NOOP("columns", "Stay in touch"),
                    QT_TRANSLATE_NOOP("columns", "How often you want to be in touch with them (Partners → Edit)"),
                    "every 12 weeks",
                    text=lambda q: self.tr("every %n week(s)", "", q.weeks),
                    tip_text=lambda q: self.tr("Contact was due %1").replace(
                        "%1", formatting.date_and_distance(q.due_date, self.today)
                    ),
                ),
            ],
            self.tr(
                "No one is overdue for contact: every partner had a meeting, a referral, a check-in or a thank-you "
                "within their stay-in-touch time."
            ),
        )
        self.quiet.add_help("gone_quiet")
        self.quiet.opened.connect(lambda q: self.events.show_requested.emit("partners", q.partner_id))

        self.ask = AskSection(self)  # refdesk/ui/today/ask.py
        self.coming_up = ComingUpSection(self)  # refdesk/ui/today/reminders.py
        self.next_steps = NextStepsSection(self)

        self.sections = (
            self.follow_ups,
            self.thanks,
            self.conversations,
            self.check_ins,
            self.quiet,
            self.ask,
            self.coming_up,
            self.next_steps,
        )
        # Two lists side by side, so the page fits a 1024-pixel-wide window without scrolling sideways.
        grid = QGridLayout()
        for i, section in enumerate(
            (
                self.follow_ups,
                self.thanks,
                self.coming_up,
                self.next_steps,
                self.check_ins,
                self.quiet,
                self.conversations,
                self.ask,
            )
        ):
            grid.addWidget(section, i // 2, i % 2)
        for col in range(2):
            grid.setColumnStretch(col, 1)

        self.updating = QLabel()  # "As at 4:21 PM · updating…", or why Today could not be read afresh
        self.updating.setTextFormat(Qt.TextFormat.PlainText)
        self.updating.setWordWrap(True)  # a reason can be long: it wraps beside the heading, never cut off
        self.updating.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.updating.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.updating, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # The last known Today shows at once, marked "updating…"; the lists are read afresh just after
        # the page's first paint, so RefDesk appears at once on a big database.  After the page's, not
        # the window's: at start-up the window's frame is up before this page is built, and a read
        # begun then held up painting the last known Today (they share the interpreter): launch →
        # Today painted went from 363 to 326 ms (medians; 0.95 as the median of rounds' ratios), read
        # afresh unchanged (tests/bench/ab.py with bench_startup.py, 8 rounds, 10,000 partners and
        # 100,000 referrals).
        self.shown = False  # something on show: the last known Today, or the lists read afresh
        self.loaded = False  # the lists read afresh on show
        self._generation = 0  # refreshes and edits so far: a background read overtaken by one is dropped
        self._reading = -1  # the generation the background read began in
        self.events.data_changed.connect(self._data_changed)
        self._seen_referrals: dict[int, int] = {}
        self._seen_thanks: dict[int, int] = {}
        last = today_service.load_last(self.window_.data_dir, self.window_.url, self.today, ask_after_days())
        if last is not None:
            self._show(last, fresh=False)
        else:
            for section in self.sections:
                section.show_loading()
        self._first_paint_watch = AfterFirstPaint(self, self._first_load)

    def _first_load(self) -> None:
        """The lists afresh, read in the background when they can be (the window stays responsive,
        and the last known Today, if any, stays on show meanwhile)."""
        if self.loaded:
            return
        if not worker.can_run_in_background():
            self.refresh()
            return
        today, days = dt.date.today(), ask_after_days()
        self._reading = self._generation
        # methods of the page, not closures: once the page is gone (another database), nobody is called
        worker.start(
            lambda job: today_service.read(today, days), name="today", on_done=self._arrived, on_failed=self._not_read
        )

    def _current(self) -> bool:
        """The background read's result is for this page as it is: not overtaken by a refresh nor by an
        edit anywhere, and the page's widgets still there (a window being closed deletes them first)."""
        return self._reading == self._generation and shiboken6.isValid(self.heading)

    @Slot(object)
    def _arrived(self, content: today_service.TodayContent) -> None:
        if self._current():
            self._show(content)

    @Slot(str)
    def _not_read(self, why: str) -> None:
        """The background read failed (the reason is in the log): say so where "updating…" was."""
        if not self._current():
            return
        self.updating.setText(self.tr("Not up to date: %1").replace("%1", why))
        self.updating.setToolTip(why)
        self.updating.setVisible(True)
        if not self.shown:
            for section in self.sections:
                section.empty.setText(why)

    def _data_changed(self, _what: str) -> None:
        """Something was changed, here or on another page: a background read begun before is stale."""
        self._generation += 1

    # --- data ------------------------------------------------------------------------------------

    def refresh(self, today: dt.date | None = None) -> None:
        """Read the lists afresh, as of *today* (default: the real today)."""
        self._generation += 1
        self._show(today_service.read(today or dt.date.today(), ask_after_days()))

    def _show(self, content: today_service.TodayContent, *, fresh: bool = True) -> None:
        """Fill the page with *content*; unless *fresh*, it is the last known Today, marked as such."""
        self.shown = True
        self.loaded = fresh
        self.today = today = content.today
        self.heading.setText(self.tr("Today, %1").replace("%1", formatting.long_date(today)))
        self.updating.setText(
            "" if fresh else self.tr("As at %1 · updating…").replace("%1", formatting.time(content.read_at))
        )
        self.updating.setToolTip(self.tr("Today as RefDesk last showed it, while it reads your data afresh"))
        self.updating.setVisible(not fresh)
        self._say_rules()
        h = content.headline
        n = formatting.number
        self.fig_given_month.set(
            n(h.given_this_month), self.tr("%n referral(s) given this month", "", h.given_this_month)
        )
        self.fig_received_month.set(
            n(h.received_this_month), self.tr("%n referral(s) received this month", "", h.received_this_month)
        )
        self.fig_given_year.set(
            n(h.given_12_months), self.tr("%1 given in the last 12 months").replace("%1", n(h.given_12_months))
        )
        self.fig_received_year.set(
            n(h.received_12_months), self.tr("%1 received in the last 12 months").replace("%1", n(h.received_12_months))
        )
        for fig in (self.fig_given_year, self.fig_received_year):
            fig.setToolTip(rules.window_words(today))
        self.fig_thanks.set(
            n(h.thanks_owed),
            self.tr("%n thank-you(s) owed, %1 overdue", "", h.thanks_owed).replace("%1", n(h.thanks_overdue)),
        )
        self.fig_thanks.caption.setText(
            self.tr("thank-yous owed (%1 overdue)").replace("%1", n(h.thanks_overdue))
            if h.thanks_overdue
            else self.tr("thank-yous owed")
        )
        due, owed = content.follow_ups, content.thanks
        # the versions shown, read with the rows: a quick action applies to these (see _push)
        self._seen_referrals = {f.referral_id: f.version for f in due.items}
        self._seen_thanks = {t.thank_id: t.version for t in owed.items}
        self.follow_ups.set_rows(due.items, due.total)
        self.thanks.set_rows(owed.items, owed.total)
        self.conversations.set_rows(content.streets, len(content.streets))
        self.print_more.setEnabled(bool(content.streets))
        self.check_ins.set_rows(content.check_ins.items, content.check_ins.total)
        self.quiet.set_rows(content.quiet.items, content.quiet.total)
        self.ask.show(today, content.asks, content.ask_days)
        self.coming_up.show(today, content.coming_up)
        self.next_steps.show(today, content.next_steps)
        self._say_follow_ups(due.total, content.follow_ups_coming)
        if fresh:
            today_service.save_last(self.window_.data_dir, self.window_.url, content)

    def _say_rules(self) -> None:
        """The empty lists' sentences and the columns' tooltips with the rules in force (Settings)."""
        check = rules.CHECK_IN_DAYS
        self.check_ins.empty_text = self.tr("Everyone has been asked where you stand in the last %n day(s).", "", check)
        self.check_ins.set_column_tip(1, self.tr("Their last standing check-in: one is due every %n day(s)", "", check))

    def _say_follow_ups(self, due: int, coming: int) -> None:
        """The follow-ups' empty box: a follow-up logged today is not due yet, but it is saved and
        coming up, so the box says so instead of reading as if nothing was there."""
        if due:
            return
        if coming:
            self.follow_ups.empty_text = self.tr(
                "Nothing due today. %n follow-up(s) coming up — see Coming up.", "", coming
            )
        else:
            self.follow_ups.empty_text = self.tr(
                "No follow-ups due. Log a referral and RefDesk reminds you here, %n day(s) later, "
                "to check that both sides connected.",
                "",
                rules.FOLLOW_UP_DAYS,
            )
        self.follow_ups.empty.setText(self.follow_ups.empty_text)

    def show_item(self, item_id) -> None:
        """Nothing to select here; the lists open other pages."""

    # --- actions ---------------------------------------------------------------------------------

    @Slot()
    def mark_follow_ups_done(self) -> None:
        ids = [f.referral_id for f in self.follow_ups.selected_rows()]
        if not ids:
            return
        seen = {i: self._seen_referrals.get(i) for i in ids}
        text = self.tr("Mark %n follow-up(s) done", "", len(ids))
        edits.quick(
            self.window_,
            self,
            text,
            lambda: referrals_service.confirm_follow_ups(ids, expected=seen),
            overwrite=lambda: referrals_service.confirm_follow_ups(ids),
            message=self.tr("%1: done (Ctrl+Z to undo)").replace("%1", text),
        )

    @Slot()
    def mark_thanks_sent(self) -> None:
        ids = [t.thank_id for t in self.thanks.selected_rows()]
        if not ids:
            return
        seen = {i: self._seen_thanks[i] for i in ids if i in self._seen_thanks}
        text = self.tr("Mark %n thank-you(s) sent", "", len(ids))
        edits.quick(
            self.window_,
            self,
            text,
            lambda: thanks_service.set_status(ids, ThankStatus.SENT, expected=seen),
            overwrite=lambda: thanks_service.set_status(ids, ThankStatus.SENT),
            message=self.tr("%1: done (Ctrl+Z to undo)").replace("%1", text),
        )

    # --- printing --------------------------------------------------------------------------------

    def conversations_document(self) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setDefaultFont(self.font())
        doc.setHtml(today_service.conversations_html(today_service.conversations(self.today), self.today))
        return doc

    @staticmethod
    def _printer():
        from PySide6.QtPrintSupport import QPrinter  # printing support loads when first used

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        printer.setDocName(QCoreApplication.translate("TodayPage", "Conversations to have"))
        return printer

    @Slot()
    def print_conversations(self) -> None:
        from refdesk.ui.common.preview import PrintPreview

        doc = self.conversations_document()
        dialog = PrintPreview(
            self.window_,
            self._printer(),
            self.tr("Conversations to have — print preview"),
            self._pdf_name(),
            doc.print_,
        )
        dialog.exec()

    def _pdf_name(self) -> str:
        return f"conversations-to-have-{self.today.isoformat()}.pdf"

    def save_conversations_pdf(self, path: Path) -> Path | None:
        """Save the sheet as a PDF at *path* (private, announced with its path); None if it failed."""
        from refdesk.ui.common.preview import save_pdf

        return save_pdf(self, self.window_, self._printer(), self.conversations_document().print_, path)

    @Slot()
    def save_conversations_pdf_dialog(self) -> None:
        chosen, _ = files.save_path(
            self, files.EXPORT, self.tr("Save conversations to have"), self._pdf_name(), self.tr("PDF file (*.pdf)")
        )
        if chosen is not None:
            self.save_conversations_pdf(chosen)
