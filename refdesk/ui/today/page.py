"""The Today page (the start page): headline figures and what needs doing.

Every list item opens its partner, referral or thank-you (Enter or double-click);
follow-ups and thank-yous can be marked done right here (Ctrl+D, undoable);
"Print conversations to have" gives a one-page sheet for the top one-way streets.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QTextDocument, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME
from refdesk.db.models import Direction, ReferralStatus, ThankReason, ThankStatus, label
from refdesk.services import referrals as referrals_service
from refdesk.services import stats
from refdesk.services import thanks as thanks_service
from refdesk.services import today as today_service
from refdesk.services.concurrency import Conflict
from refdesk.ui.common import files
from refdesk.ui.common.first_paint import AfterFirstPaint
from refdesk.ui.common.page import Page
from refdesk.ui.today.models import ROW_ROLE, Column, DueModel

log = logging.getLogger(__name__)

LIST_LIMIT = 50
RIGHT = Qt.AlignmentFlag.AlignRight


def day_text(day: dt.date | None, today: dt.date | None = None, never: str = "never") -> str:
    if day is None:
        return never
    today = today or dt.date.today()
    text = f"{day.day} {day.strftime('%b')}"
    return text if day.year == today.year else f"{text} {day.year}"


def _enum_label(enum_cls, value: str) -> str:
    try:
        return label(enum_cls(value))
    except ValueError:
        return value


def _undo_changes(changes: list) -> None:
    for change in reversed(changes):
        change.undo()


class _Command(QUndoCommand):
    """An undoable write already made (*previous*: what *undo* needs); *do* makes it again on redo."""

    def __init__(
        self,
        text: str,
        previous: object,
        do: Callable[[], object],
        undo: Callable[[object], None],
        after: Callable[[], None],
    ):
        super().__init__(text)
        self._do, self._undo, self._after = do, undo, after
        self._previous = previous
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo: the change is already made
            self._first = False
        else:
            self._previous = self._do()
        self._after()

    def undo(self) -> None:
        self._undo(self._previous)
        self._after()


class Section(QGroupBox):
    """One list on the Today page: a table, an empty-state sentence and its buttons."""

    opened = Signal(object)  # the row

    def __init__(self, title: str, columns: list[Column], empty: str, parent=None):
        super().__init__(title, parent)
        self.base_title = title
        self.model = DueModel(columns, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
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
        self.setTitle(f"{self.base_title} ({total})" if total else self.base_title)
        self.stack.setCurrentIndex(0 if rows else 1)
        self.more.setText(f"showing {len(rows)} of {total}" if total > len(rows) else "")
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

        self.heading = QLabel(self.title)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.fig_given_month = Figure("given this month", "Referrals you gave this calendar month")
        self.fig_received_month = Figure("received this month", "Referrals you received this calendar month")
        self.fig_given_year = Figure("given in the last 12 months", "This month and the 11 before it")
        self.fig_received_year = Figure("received in the last 12 months", "This month and the 11 before it")
        self.fig_thanks = Figure("thank-yous owed", "Thank-you notes not yet sent")
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
                Column("Due", lambda f: day_text(f.follow_up_date, self.today)),
                Column("Partner", lambda f: f.partner_name),
                Column(
                    "Referral",
                    lambda f: (
                        ("Given to" if f.direction == Direction.GIVEN.value else "Received from")
                        + (f" · {f.prospect}" if f.prospect else "")
                    ),
                ),
                Column("Status", lambda f: _enum_label(ReferralStatus, f.status)),
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
                Column("Due", lambda t: day_text(t.due_date, self.today) + (" · overdue" if t.overdue else "")),
                Column("To", lambda t: t.recipient or "(no name)"),
                Column(
                    "For", lambda t: _enum_label(ThankReason, t.reason) + (f" · {t.amount:,.0f}" if t.amount else "")
                ),
                Column("Status", lambda t: _enum_label(ThankStatus, t.status)),
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
                Column("Partner", lambda b: b.name, tip=lambda b: f"{b.name}, {b.company}" if b.company else b.name),
                Column("Given", lambda b: str(b.given), RIGHT),
                Column("Received", lambda b: str(b.received), RIGHT),
                Column("Balance", lambda b: f"{b.balance:+d}", RIGHT),
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
                Column("Partner", lambda c: c.name, tip=lambda c: f"{c.name}, {c.company}" if c.company else c.name),
                Column("Last asked", lambda c: day_text(c.last_check, self.today)),
                Column("Score", lambda c: "—" if c.last_willingness is None else f"{c.last_willingness}/10", RIGHT),
            ],
            "Everyone has been asked where you stand in the last 90 days.",
        )
        self.check_ins.opened.connect(lambda c: self.events.show_requested.emit("partners", c.partner_id))

        self.quiet = Section(
            "Gone quiet",
            [
                Column("Partner", lambda q: q.name, tip=lambda q: f"{q.name}, {q.company}" if q.company else q.name),
                Column("Last contact", lambda q: day_text(q.last_contact, self.today)),
            ],
            "No one has gone quiet: every partner had a meeting or a referral in the last 60 days.",
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
        self.heading.setText(f"Today, {today.strftime('%A')} {today.day} {today.strftime('%B %Y')}")
        h = stats.headline(today)
        self.fig_given_month.set(str(h.given_this_month), f"{h.given_this_month} referrals given this month")
        self.fig_received_month.set(
            str(h.received_this_month), f"{h.received_this_month} referrals received this month"
        )
        self.fig_given_year.set(str(h.given_12_months), f"{h.given_12_months} given in the last 12 months")
        self.fig_received_year.set(str(h.received_12_months), f"{h.received_12_months} received in the last 12 months")
        self.fig_thanks.set(str(h.thanks_owed), f"{h.thanks_owed} thank-yous owed, {h.thanks_overdue} overdue")
        self.fig_thanks.caption.setText(
            f"thank-yous owed ({h.thanks_overdue} overdue)" if h.thanks_overdue else "thank-yous owed"
        )
        due = stats.follow_ups_due(today, LIST_LIMIT)
        owed = stats.thanks_owed(today, LIST_LIMIT)
        # the versions shown, read with the rows: a quick action applies to these (see _push)
        self._seen_referrals = {f.referral_id: f.version for f in due.items}
        self._seen_thanks = {t.thank_id: t.version for t in owed.items}
        self.follow_ups.set_rows(due.items, due.total)
        self.thanks.set_rows(owed.items, owed.total)
        streets = stats.one_way_streets(today=today)
        self.conversations.set_rows(streets, len(streets))
        self.print_more.setEnabled(bool(streets))
        checks = stats.check_ins_due(today, limit=LIST_LIMIT)
        self.check_ins.set_rows(checks.items, checks.total)
        quiet = stats.gone_quiet(today, limit=LIST_LIMIT)
        self.quiet.set_rows(quiet.items, quiet.total)

    def show_item(self, item_id) -> None:
        """Nothing to select here; the lists open other pages."""

    # --- actions ---------------------------------------------------------------------------------

    def _push(self, text: str, first, redo, undo, what: str, action: str) -> bool:
        """Make a quick change (*first*, checked against the versions listed) and put it on the undo stack.

        If someone else changed one of the rows since the lists were loaded, nothing is written: the
        user is told, and the lists reload.  Returns whether the change was made.
        """
        try:
            previous = first()
        except Conflict as conflict:
            from refdesk.ui.common.conflict_dialog import explain_quick_conflict

            self.events.data_changed.emit(what)  # every page shows their version
            explain_quick_conflict(self, conflict, action)
            return False
        self.undo_stack.push(_Command(text, previous, redo, undo, lambda: self.events.data_changed.emit(what)))
        return True

    @Slot()
    def mark_follow_ups_done(self) -> None:
        ids = [f.referral_id for f in self.follow_ups.selected_rows()]
        if not ids:
            return
        text = "Mark follow-up done" if len(ids) == 1 else f"Mark {len(ids)} follow-ups done"
        seen = {i: self._seen_referrals.get(i) for i in ids}
        if self._push(
            text,
            lambda: referrals_service.confirm_follow_ups(ids, seen),
            lambda: referrals_service.confirm_follow_ups(ids),
            _undo_changes,
            "referrals",
            text,
        ):
            self.window_.statusBar().showMessage(f"{text}: done (Ctrl+Z to undo)", 5000)

    @Slot()
    def mark_thanks_sent(self) -> None:
        ids = [t.thank_id for t in self.thanks.selected_rows()]
        if not ids:
            return
        text = "Mark thank-you sent" if len(ids) == 1 else f"Mark {len(ids)} thank-yous sent"
        seen = {i: self._seen_thanks[i] for i in ids if i in self._seen_thanks}
        if self._push(
            text,
            lambda: thanks_service.set_status(ids, ThankStatus.SENT, expected=seen),
            lambda: thanks_service.set_status(ids, ThankStatus.SENT),
            thanks_service.restore_status,
            "thanks",
            text,
        ):
            self.window_.statusBar().showMessage(f"{text}: done (Ctrl+Z to undo)", 5000)

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
        printer = self._printer()
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.conversations_document().print_(printer)
        if path.exists():
            files.make_private(path)  # partners' names and figures
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
