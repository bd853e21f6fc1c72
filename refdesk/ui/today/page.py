"""The Today page (the start page): headline figures and what needs doing.

Every list item opens its partner, referral or thank-you (Enter or double-click);
follow-ups and thank-yous can be marked done right here (Ctrl+D, undoable);
"Print conversations to have" gives a one-page sheet for the top one-way streets.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME, paths
from refdesk.services import due as due_lists
from refdesk.services import formatting, rules, stats
from refdesk.services import referrals as referrals_service
from refdesk.services import thanks as thanks_service
from refdesk.services import today as today_service
from refdesk.services.vocabulary import Direction, ReferralStatus, ThankReason, ThankStatus, label
from refdesk.ui.common import edits, files
from refdesk.ui.common.first_paint import AfterFirstPaint
from refdesk.ui.common.page import Page, heading
from refdesk.ui.common.tables import setup_table
from refdesk.ui.today.models import ROW_ROLE, DueColumn, DueModel

log = logging.getLogger(__name__)

LIST_LIMIT = 50
WINDOW = rules.WINDOW_PHRASE
RIGHT = Qt.AlignmentFlag.AlignRight


def _enum_label(enum_cls, value: str) -> str:
    try:
        return label(enum_cls(value))
    except ValueError:
        return value


def _who(row) -> str:
    return f"{row.name}\n{row.company}" if row.company else row.name


class Section(QGroupBox):
    """One list on the Today page: a table, an empty-state sentence and its buttons."""

    opened = Signal(object)  # the row

    def __init__(self, title: str, columns: list[DueColumn], empty: str, parent=None):
        super().__init__(title, parent)
        self.base_title = title
        self.model = DueModel(columns, self)
        self.view = setup_table(self.model, title, multi=True, stretch_last=True, grid=False)
        header = self.view.horizontalHeader()
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 5 + header.sizeHint().height())
        self.view.activated.connect(lambda _i: self.open_current())
        self.view.doubleClicked.connect(lambda _i: self.open_current())

        self.empty_text = empty
        self.empty = QLabel(empty)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setAccessibleName(f"{title}: nothing to do")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.open_button = QPushButton("&Open")
        self.open_button.setToolTip("Open the selected item (Enter or double-click)")
        self.open_button.setAccessibleName(f"Open selected in {title}")
        self.open_button.clicked.connect(self.open_current)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.open_button)
        self.buttons.addStretch(1)
        self.more = QLabel()
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons.addWidget(self.more)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self.buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.done_button: QPushButton | None = None

    def add_button(
        self, text: str, tip: str, slot, shortcut: QKeySequence | str | None = None, needs_selection: bool = True
    ) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.clicked.connect(slot)
        if shortcut is not None:
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(button.click)
            self.addAction(action)
        self.buttons.insertWidget(self.buttons.count() - 2, button)
        button.setProperty("needs_selection", needs_selection)
        self._update_buttons()
        return button

    def show_loading(self) -> None:
        self.empty.setText("Loading…")
        self.stack.setCurrentIndex(1)

    def set_rows(self, rows: list, total: int) -> None:
        self.empty.setText(self.empty_text)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()  # once per load (ResizeToContents re-measures on every change)
        self.setTitle(f"{self.base_title} ({formatting.number(total)})" if total else self.base_title)
        self.stack.setCurrentIndex(0 if rows else 1)
        more = f"showing {formatting.number(len(rows))} of {formatting.number(total)}"
        self.more.setText(more if total > len(rows) else "")
        if rows:
            self.view.selectRow(0)

    def selected_rows(self) -> list:
        indexes = self.view.selectionModel().selectedRows()
        return [self.model.data(i, ROW_ROLE) for i in sorted(indexes, key=lambda i: i.row())]

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.opened.emit(self.model.data(index, ROW_ROLE))

    def _update_buttons(self) -> None:
        has = bool(self.model.rows) and self.view.selectionModel().hasSelection()
        self.open_button.setEnabled(has)
        for i in range(self.buttons.count()):
            widget = self.buttons.itemAt(i).widget()
            if isinstance(widget, QPushButton) and widget.property("needs_selection"):
                widget.setEnabled(has)


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
    title = "Today"

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.today = dt.date.today()

        self.heading = heading(self.title)

        self.fig_given_month = Figure("given this month", "Referrals you gave this calendar month")
        self.fig_received_month = Figure("received this month", "Referrals you received this calendar month")
        self.fig_given_year = Figure("given in the last 12 months", rules.window_words())
        self.fig_received_year = Figure("received in the last 12 months", rules.window_words())
        self.fig_thanks = Figure("thank-yous owed", "Thank-you notes owed: still to write, or written and not sent yet")
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
            "Follow-ups due",
            [
                DueColumn(
                    "Due",
                    "When to check that both sides connected",
                    "30 Sep 2026",
                    text=lambda f: formatting.short_date(f.follow_up_date, self.today),
                    tip_text=lambda f: formatting.date_and_distance(f.follow_up_date, self.today),
                ),
                DueColumn("Partner", "The partner", "Bianca Johansson", text=lambda f: f.partner_name),
                DueColumn(
                    "Referral",
                    "Given to or received from them, and the prospect",
                    "Received from · Harbour Property",
                    text=lambda f: (
                        ("Given to" if f.direction == Direction.GIVEN.value else "Received from")
                        + (f" · {f.prospect}" if f.prospect else "")
                    ),
                ),
                DueColumn(
                    "Status", "Where the referral is", "Contacted", text=lambda f: _enum_label(ReferralStatus, f.status)
                ),
            ],
            "No follow-ups due. Log a referral and RefDesk reminds you here, two days later, "
            "to check that both sides connected.",
        )
        self.follow_ups.opened.connect(lambda f: self.events.show_requested.emit("referrals", f.referral_id))
        self.follow_ups.done_button = self.follow_ups.add_button(
            "Mark &done",
            "Both sides connected: mark the selected follow-ups done (Ctrl+D; undo with Ctrl+Z)",
            self.mark_follow_ups_done,
            "Ctrl+D",
        )

        self.thanks = Section(
            "Thank-yous owed",
            [
                DueColumn(
                    "Due",
                    "When the thank-you should go out",
                    "30 Sep 2026 · overdue",
                    text=lambda t: formatting.short_date(t.due_date, self.today) + (" · overdue" if t.overdue else ""),
                    tip_text=lambda t: formatting.date_and_distance(t.due_date, self.today),
                ),
                DueColumn("To", "Who to thank", "Bianca Johansson", text=lambda t: t.recipient or "(no name)"),
                DueColumn(
                    "For",
                    "Why you are thanking them",
                    "Closed business · $12,500",
                    text=lambda t: (
                        _enum_label(ThankReason, t.reason)
                        + (f" · {formatting.money(t.amount, t.currency)}" if t.amount else "")
                    ),
                ),
                DueColumn(
                    "Status",
                    "To write, or written and not sent yet",
                    "To write",
                    text=lambda t: _enum_label(ThankStatus, t.status),
                ),
            ],
            "All thank-yous sent. A referral you receive adds a thank-you to write here.",
        )
        self.thanks.opened.connect(lambda t: self.events.show_requested.emit("thanks", t.thank_id))
        self.thanks.done_button = self.thanks.add_button(
            "Mark &sent",
            "Mark the selected thank-yous sent today (Ctrl+D; undo with Ctrl+Z)",
            self.mark_thanks_sent,
            "Ctrl+D",
        )

        self.conversations = Section(
            "Conversations to have",
            [
                DueColumn("Partner", "The partner", "Bianca Johansson", text=lambda b: b.name, tip_text=_who),
                DueColumn(
                    "Given",
                    f"Referrals you gave them {WINDOW}",
                    "Given",
                    numeric=True,
                    text=lambda b: formatting.number(b.given),
                ),
                DueColumn(
                    "Received",
                    f"Referrals they gave you {WINDOW}",
                    "Received",
                    numeric=True,
                    text=lambda b: formatting.number(b.received),
                ),
                DueColumn(
                    "Balance",
                    f"Given minus received {WINDOW}",
                    "Balance",
                    numeric=True,
                    text=lambda b: formatting.signed(b.balance),
                ),
            ],
            "No one-way streets: everyone you referred to in the last 12 months gave something back.",
        )
        self.conversations.opened.connect(lambda b: self.events.show_requested.emit("partners", b.partner_id))
        self.print_button = self.conversations.add_button(
            "&Print…",
            "A one-page list of these partners with what they want, to take into the conversation "
            "(Ctrl+Shift+P; Ctrl+P prints the thank-you checklist)",
            self.print_conversations,
            "Ctrl+Shift+P",
            needs_selection=False,
        )
        self.print_more = QToolButton()
        self.print_more.setText("PDF…")
        self.print_more.setToolTip("Save the conversations list as a PDF file")
        self.print_more.setAccessibleName("Save conversations to have as PDF")
        self.print_more.clicked.connect(self.save_conversations_pdf_dialog)
        self.conversations.buttons.insertWidget(self.conversations.buttons.count() - 2, self.print_more)

        self.check_ins = Section(
            "Check-ins due",
            [
                DueColumn("Partner", "The partner", "Bianca Johansson", text=lambda c: c.name, tip_text=_who),
                DueColumn(
                    "Last asked",
                    f"Their last standing check-in: one is due every {rules.CHECK_IN_DAYS} days",
                    "30 Sep 2026",
                    text=lambda c: formatting.short_date(c.last_check, self.today, empty="never"),
                    tip_text=lambda c: formatting.date_and_distance(c.last_check, self.today, empty="never asked"),
                ),
                DueColumn(
                    "Score",
                    "Their last willingness to refer you, 0–10",
                    "10/10",
                    numeric=True,
                    text=lambda c: "—" if c.last_willingness is None else f"{c.last_willingness}/10",
                ),
            ],
            f"Everyone has been asked where you stand in the last {rules.CHECK_IN_DAYS} days.",
        )
        self.check_ins.opened.connect(lambda c: self.events.show_requested.emit("partners", c.partner_id))

        self.quiet = Section(
            "Gone quiet",
            [
                DueColumn("Partner", "The partner", "Bianca Johansson", text=lambda q: q.name, tip_text=_who),
                DueColumn(
                    "Last contact",
                    f"The latest meeting or referral either way; quiet after {rules.QUIET_DAYS} days without",
                    "30 Sep 2026",
                    text=lambda q: formatting.short_date(q.last_contact, self.today, empty="never"),
                    tip_text=lambda q: formatting.date_and_distance(q.last_contact, self.today, empty="never"),
                ),
            ],
            f"No one has gone quiet: every partner had a meeting or a referral in the last {rules.QUIET_DAYS} days.",
        )
        self.quiet.opened.connect(lambda q: self.events.show_requested.emit("partners", q.partner_id))

        self.sections = (self.follow_ups, self.thanks, self.conversations, self.check_ins, self.quiet)
        grid = QGridLayout()
        grid.addWidget(self.follow_ups, 0, 0, 1, 3)
        grid.addWidget(self.thanks, 0, 3, 1, 3)
        grid.addWidget(self.conversations, 1, 0, 1, 2)
        grid.addWidget(self.check_ins, 1, 2, 1, 2)
        grid.addWidget(self.quiet, 1, 4, 1, 2)
        for col in range(6):
            grid.setColumnStretch(col, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addLayout(figures)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # The lists load just after the window's first paint, so RefDesk appears at once on a big database.
        self.loaded = False
        self._seen_referrals: dict[int, int] = {}
        self._seen_thanks: dict[int, int] = {}
        for section in self.sections:
            section.show_loading()
        self._first_paint_watch = AfterFirstPaint(self.window_, self._first_load)

    def _first_load(self) -> None:
        if not self.loaded:
            self.refresh()

    # --- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.loaded = True
        self.today = dt.date.today()
        today = self.today
        self.heading.setText(f"Today, {formatting.long_date(today)}")
        h = stats.headline(today)
        n = formatting.number
        self.fig_given_month.set(n(h.given_this_month), f"{n(h.given_this_month)} referrals given this month")
        self.fig_received_month.set(
            n(h.received_this_month), f"{n(h.received_this_month)} referrals received this month"
        )
        self.fig_given_year.set(n(h.given_12_months), f"{n(h.given_12_months)} given in the last 12 months")
        self.fig_received_year.set(n(h.received_12_months), f"{n(h.received_12_months)} received in the last 12 months")
        for fig in (self.fig_given_year, self.fig_received_year):
            fig.setToolTip(rules.window_words(today))
        self.fig_thanks.set(n(h.thanks_owed), f"{n(h.thanks_owed)} thank-yous owed, {n(h.thanks_overdue)} overdue")
        self.fig_thanks.caption.setText(
            f"thank-yous owed ({n(h.thanks_overdue)} overdue)" if h.thanks_overdue else "thank-yous owed"
        )
        due = due_lists.follow_ups_due(today, LIST_LIMIT)
        owed = due_lists.thanks_owed(today, LIST_LIMIT)
        # the versions shown, read with the rows: a quick action applies to these (see _push)
        self._seen_referrals = {f.referral_id: f.version for f in due.items}
        self._seen_thanks = {t.thank_id: t.version for t in owed.items}
        self.follow_ups.set_rows(due.items, due.total)
        self.thanks.set_rows(owed.items, owed.total)
        streets = stats.one_way_streets(today=today)
        self.conversations.set_rows(streets, len(streets))
        self.print_more.setEnabled(bool(streets))
        checks = due_lists.check_ins_due(today, limit=LIST_LIMIT)
        self.check_ins.set_rows(checks.items, checks.total)
        quiet = due_lists.gone_quiet(today, limit=LIST_LIMIT)
        self.quiet.set_rows(quiet.items, quiet.total)

    def show_item(self, item_id) -> None:
        """Nothing to select here; the lists open other pages."""

    # --- actions ---------------------------------------------------------------------------------

    @Slot()
    def mark_follow_ups_done(self) -> None:
        ids = [f.referral_id for f in self.follow_ups.selected_rows()]
        if not ids:
            return
        seen = {i: self._seen_referrals.get(i) for i in ids}
        text = "Mark follow-up done" if len(ids) == 1 else f"Mark {len(ids)} follow-ups done"
        edits.quick(
            self.window_,
            self,
            text,
            lambda: referrals_service.confirm_follow_ups(ids, expected=seen),
            overwrite=lambda: referrals_service.confirm_follow_ups(ids),
            message=f"{text}: done (Ctrl+Z to undo)",
        )

    @Slot()
    def mark_thanks_sent(self) -> None:
        ids = [t.thank_id for t in self.thanks.selected_rows()]
        if not ids:
            return
        seen = {i: self._seen_thanks[i] for i in ids if i in self._seen_thanks}
        text = "Mark thank-you sent" if len(ids) == 1 else f"Mark {len(ids)} thank-yous sent"
        edits.quick(
            self.window_,
            self,
            text,
            lambda: thanks_service.set_status(ids, ThankStatus.SENT, expected=seen),
            overwrite=lambda: thanks_service.set_status(ids, ThankStatus.SENT),
            message=f"{text}: done (Ctrl+Z to undo)",
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
        printer.setDocName("Conversations to have")
        return printer

    @Slot()
    def print_conversations(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle("Conversations to have — print preview")
        doc = self.conversations_document()
        dialog.paintRequested.connect(doc.print_)
        dialog.exec()

    def save_conversations_pdf(self, path: Path) -> Path:
        with paths.private_output(path) as partial:  # partners' names and figures: owner-only
            printer = self._printer()
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(partial))
            self.conversations_document().print_(printer)
            del printer  # flushes and closes the file
            if partial.stat().st_size == 0:
                raise OSError(f"nothing was written to {path}")
        return path

    @Slot()
    def save_conversations_pdf_dialog(self) -> None:
        default = f"conversations-to-have-{self.today.isoformat()}.pdf"
        chosen, _ = files.save_path(self, files.EXPORT, "Save conversations to have", default, "PDF file (*.pdf)")
        if chosen is None:
            return
        path = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
        try:
            self.save_conversations_pdf(path)
        except OSError as exc:
            QMessageBox.warning(self, APP_NAME, f"The PDF could not be saved to {path}:\n{exc}")
            return
        if not path.exists():
            QMessageBox.warning(self, APP_NAME, f"The PDF could not be saved to {path} (is the folder writable?).")
            return
        self.window_.statusBar().showMessage(f"Saved {path}", 8000)
