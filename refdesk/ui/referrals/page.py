"""The Referrals page: the log of referrals given and received, filtered and sorted in SQL."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from refdesk.services import formatting, rules
from refdesk.services import referrals as svc
from refdesk.services.partners import partner_choices
from refdesk.services.vocabulary import Direction, Outcome, ReferralStatus, label
from refdesk.ui.common import edits
from refdesk.ui.common.actions import make_action
from refdesk.ui.common.forms import DateField
from refdesk.ui.common.page import Page
from refdesk.ui.common.page import heading as page_heading
from refdesk.ui.referrals import log as referral_log
from refdesk.ui.referrals.models import (
    DATE,
    DIRECTION,
    FOLLOW_UP,
    OUTCOME,
    STATUS,
    TYPE,
    VALUE,
    ReferralTableModel,
)

log = logging.getLogger(__name__)

ANY, OPEN, DUE = "any", "open", "due"
PERIODS = [
    ("Any time", None),
    ("Last 30 days", 30),
    ("Last 90 days", 90),
    ("Last 12 months", "window"),  # rules.window: the same months as everywhere else
    ("This year", "year"),
    ("Custom dates…", "custom"),
]


class ReferralsPage(Page):
    key = "referrals"
    title = "Referrals"

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.model = ReferralTableModel(self)
        self._due: int | None = None

        heading = page_heading(self.title)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName("Referral count")

        # --- actions ------------------------------------------------------------------------
        self.log_button = QPushButton("Log referral…")
        self.log_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.log_button.setToolTip(self.window_.actions["log_referral"].toolTip())
        self.log_button.clicked.connect(lambda: referral_log.log_referral(self.window_))
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.edit_action = make_action(
            self,
            "&Edit…",
            "Edit the selected referral: status, value, outcome",
            self.edit_selected,
            shortcut="Return",
            context=within,
            attach=False,  # the list handles Return itself: typing in a filter box must not open a referral
        )
        self.confirm_action = make_action(
            self,
            "Connection &confirmed",
            "Both parties have talked: the follow-up is done",
            self.confirm_selected,
            shortcut="Ctrl+K",
            context=within,
        )
        self.delete_action = make_action(
            self,
            "&Delete…",
            "Delete the selected referral and its unsent thank-yous",
            self.delete_selected,
            shortcut=QKeySequence.StandardKey.Delete,
            context=within,
            attach=False,
        )
        self.status_menu = QMenu("Set &status", self)
        for status in ReferralStatus:
            act = self.status_menu.addAction(label(status))
            act.triggered.connect(lambda _=False, s=status: self.set_selected_status(s))
        self.outcome_menu = QMenu("Set &outcome", self)
        for outcome in (*Outcome, None):
            act = self.outcome_menu.addAction(label(outcome) if outcome else "Not known yet")
            act.setCheckable(True)
            act.setData(outcome)
            act.triggered.connect(lambda _=False, o=outcome: self.set_selected_outcome(o))
        self.told_action = make_action(
            self,
            "Partner &told",
            "You have let the partner know how it went (again to undo)",
            self.toggle_partner_told,
            shortcut="Ctrl+T",
            context=within,
        )
        self.told_action.setCheckable(True)
        self.edit_button = self._button(self.edit_action, QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.confirm_button = self._button(self.confirm_action, QStyle.StandardPixmap.SP_DialogApplyButton)
        self.status_button = QToolButton()
        self.status_button.setText("Set status")
        self.status_button.setMenu(self.status_menu)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_button.setToolTip("Move the selected referral along: passed → contacted → meeting → won / lost")
        self.status_button.setAccessibleName("Set status")
        self.outcome_button = QToolButton()
        self.outcome_button.setText("Outcome")
        self.outcome_button.setMenu(self.outcome_menu)
        self.outcome_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.outcome_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.outcome_button.setToolTip(
            "How the referral went: good, neutral or bad. "
            "A bad outcome adds a follow-up tomorrow to find out what went wrong."
        )
        self.outcome_button.setAccessibleName("Set outcome")
        self.told_button = self._button(self.told_action, QStyle.StandardPixmap.SP_DialogYesButton)
        self.told_button.setCheckable(True)  # pressed in while the selected referral's partner was told
        self.delete_button = self._button(self.delete_action, QStyle.StandardPixmap.SP_TrashIcon)
        for button in (self.log_button, self.status_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

        # --- filters ------------------------------------------------------------------------
        self.direction = QComboBox()
        self.direction.addItem("Given and received", None)
        self.direction.addItem("Given", Direction.GIVEN)
        self.direction.addItem("Received", Direction.RECEIVED)
        self.direction.setAccessibleName("Direction filter")
        self.direction.setToolTip("Show referrals you gave, received, or both")
        self.status = QComboBox()
        self.status.addItem("Any status", ANY)
        self.status.addItem("Still open", OPEN)
        self.status.addItem("Follow-up due", DUE)
        for status in ReferralStatus:
            self.status.addItem(label(status), status)
        self.status.setAccessibleName("Status filter")
        self.status.setToolTip("Still open: passed, contacted or meeting. Follow-up due: check the connection now.")
        self.partner = QLineEdit()
        self.partner.setPlaceholderText("Any partner")
        self.partner.setClearButtonEnabled(True)
        self.partner.setAccessibleName("Partner filter")
        self.partner.setToolTip("Only referrals with this partner (as partner or as prospect)")
        self._partner_ids: dict[str, int] = {}
        self._partner_model = QStringListModel(self)
        completer = QCompleter(self._partner_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.partner.setCompleter(completer)
        self.period = QComboBox()
        for text, value in PERIODS:
            self.period.addItem(text, value)
        self.period.setAccessibleName("Period filter")
        self.period.setToolTip("Only referrals dated in this period")
        today = QDate.currentDate()
        self.date_from = DateField(today.addMonths(-3).toPython(), name="From date", tooltip="First day shown")
        self.date_to = DateField(today.toPython(), name="To date", tooltip="Last day shown")
        for edit in (self.date_from, self.date_to):
            edit.setVisible(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search prospect, partner, need, notes…  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search referrals")
        self.search.setToolTip("Find referrals by prospect, partner, company, need, notes or feedback")
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setToolTip("Show every referral again")
        self.clear_button.setAccessibleName("Clear filters")
        self.clear_button.clicked.connect(self.clear_filters)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(250)
        self._text_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._text_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.partner.textChanged.connect(self._partner_text_changed)
        completer.activated.connect(lambda _t: self.apply_filters())
        for combo in (self.direction, self.status):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)

        # --- table ----------------------------------------------------------------------------
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
        self.table.setObjectName("referrals-table")
        self.table.setAccessibleName("Referrals")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        widths = {
            DATE: "30 Sep 2025",
            DIRECTION: "Received",
            TYPE: "Recommendation",
            STATUS: "No connection",
            FOLLOW_UP: "⚠ Overdue · 30 Sep 2025",
            VALUE: "999,999.00 USD",
            OUTCOME: "Neutral · partner told",
        }
        for col, sample in widths.items():
            extra = 44 if col in (DIRECTION, DATE) else 24
            header.resizeSection(col, metrics.horizontalAdvance(sample) + extra)
        for col in (1 + DIRECTION, 2 + DIRECTION):  # partner, prospect
            header.resizeSection(col, metrics.horizontalAdvance("Jasmine Goldberg-Jo"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.setToolTip("Double-click or press Enter to edit; right-click for more")
        # Enter and Delete are handled by the table itself (an event filter), so they never fire while a
        # dialog or another field has the keyboard; the actions show the keys in the context menu.
        self.table.installEventFilter(self)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)

        self.empty = QLabel()
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName("No referrals")
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        # --- layout ---------------------------------------------------------------------------
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.log_button)
        actions = QHBoxLayout()
        for widget in (
            self.edit_button,
            self.status_button,
            self.confirm_button,
            self.outcome_button,
            self.told_button,
            self.delete_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        filters = QHBoxLayout()
        for text, widget in (
            ("Show:", self.direction),
            (None, self.status),
            (None, self.partner),
            (None, self.period),
            (None, self.date_from),
            ("–", self.date_to),
        ):
            if text:
                lab = QLabel(text)
                lab.setBuddy(widget)
                filters.addWidget(lab)
                if widget is self.date_to:
                    self.dash = lab
                    lab.setVisible(False)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.body, 1)

        self.setTabOrder(self.direction, self.status)
        self._load_partners()
        self.apply_filters()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and not event.modifiers():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # --- building helpers ---------------------------------------------------------------------

    def _button(self, action: QAction, icon) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""))
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(action.toolTip())
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.clicked.connect(action.trigger)
        return button

    def _load_partners(self) -> None:
        self._partner_ids.clear()
        labels = []
        for pid, text in partner_choices():
            self._partner_ids[text] = pid
            labels.append(text)
        self._partner_model.setStringList(labels)

    # --- filters ------------------------------------------------------------------------------

    def current_filter(self) -> svc.ReferralFilter:
        status = self.status.currentData()
        date_from = date_to = None
        period = self.period.currentData()
        today = dt.date.today()
        if period == "custom":
            d1, d2 = self.date_from.date(), self.date_to.date()
            date_from = dt.date(d1.year(), d1.month(), d1.day())
            date_to = dt.date(d2.year(), d2.month(), d2.day())
        elif period == "year":
            date_from = dt.date(today.year, 1, 1)
        elif period == "window":
            date_from = rules.window_start(today)
        elif isinstance(period, int):
            date_from = today - dt.timedelta(days=period)
        partner_text = self.partner.text().strip()
        partner_id = self._partner_ids.get(partner_text)
        return svc.ReferralFilter(
            direction=self.direction.currentData(),
            status=status if isinstance(status, ReferralStatus) else None,
            open_only=status == OPEN,
            due_only=status == DUE,
            partner_id=partner_id,
            date_from=date_from,
            date_to=date_to,
            # a partner name typed that is not in the list searches like text
            text=" ".join(
                t for t in (self.search.text().strip(), "" if partner_id or not partner_text else partner_text) if t
            )[:200],
        )

    def filters_active(self) -> bool:
        return self.current_filter() != svc.ReferralFilter()

    def _partner_text_changed(self, text: str) -> None:
        if not text.strip() or text.strip() in self._partner_ids:
            self.apply_filters()
        else:
            self._text_timer.start()

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.date_from, self.date_to, self.dash):
            widget.setVisible(custom)
        self.apply_filters()

    def apply_filters(self) -> None:
        self._text_timer.stop()
        flt = self.current_filter()
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            self.summary.setText("The “from” date is after the “to” date.")
            return
        selected = self.selected_id()
        self.model.set_filter(flt)
        self._after_load(selected)

    def clear_filters(self) -> None:
        widgets = (self.direction, self.status, self.period, self.partner, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        self.direction.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.period.setCurrentIndex(0)
        self.partner.clear()
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        for widget in (self.date_from, self.date_to, self.dash):
            widget.setVisible(False)
        self.apply_filters()

    def _after_load(self, select_id: int | None = None) -> None:
        if select_id is not None:
            row = self.model.row_of(select_id)
            if row is not None:
                self._select_row(row)
        self._show_body()
        self._update_buttons()
        # counting every match can take longer than showing the first rows: do it right after
        QTimer.singleShot(0, self._update_summary)

    def _show_body(self) -> None:
        if self.model.rowCount() > 0:
            self.body.setCurrentWidget(self.table)
            return
        if self.filters_active():
            self.empty.setText("No referrals match these filters.\nChange them, or press “Clear filters”.")
        else:
            self.empty.setText(
                "No referrals yet.\n\nWhen you give someone a referral, or a partner sends work your "
                "way, press “Log referral…” (Ctrl+L) to record it.\n"
                "RefDesk will remind you to follow up and to say thank you."
            )
        self.body.setCurrentWidget(self.empty)

    def _update_summary(self) -> None:
        flt = self.model.filter
        if self.model.canFetchMore():
            total = svc.count_referrals(flt, self.model.today)
        else:
            total = self.model.rowCount()  # everything is loaded: no need to ask the database
        if self._due is None:  # changes only with the data, not with the filters
            self._due = svc.count_due(self.model.today)
        words = formatting.count(total, "referral")
        if self.filters_active():
            words += " match" if total != 1 else " matches"
        if self._due:
            words += f"  ·  {formatting.count(self._due, 'follow-up')} due"
        self.summary.setText(words)

    # --- selection ----------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.model.referral(indexes[0].row())
        return row.id if row else None

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _update_buttons(self) -> None:
        row = self.model.referral(self.table.currentIndex().row()) if self.selected_id() else None
        for widget in (
            self.edit_action,
            self.delete_action,
            self.edit_button,
            self.delete_button,
            self.status_button,
            self.outcome_button,
            self.told_action,
            self.told_button,
        ):
            widget.setEnabled(row is not None)
        can_confirm = row is not None and row.follow_up_pending
        self.confirm_action.setEnabled(can_confirm)
        self.confirm_button.setEnabled(can_confirm)
        told = row is not None and row.partner_told
        self.told_action.setChecked(told)
        self.told_button.setChecked(told)
        for act in self.outcome_menu.actions():  # the current outcome is ticked (words, not only colour)
            act.setChecked(row is not None and act.data() == row.outcome)

    # --- Page API -----------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_id()
        self._due = None
        self._load_partners()
        self.model.reload()
        self._after_load(selected)

    def show_item(self, item_id) -> None:
        try:
            referral_id = int(item_id)
        except (TypeError, ValueError):
            return
        sort, descending = self.model.sort_key
        pos = svc.position(referral_id, self.model.filter, sort, descending, self.model.today)
        if pos is None:
            self.clear_filters()
            pos = svc.position(referral_id, self.model.filter, sort, descending, self.model.today)
            if pos is None:
                return
        self.model.ensure_loaded(pos)
        row = self.model.row_of(referral_id)
        if row is not None:
            self._select_row(row)
            self.table.setFocus()
        self._update_buttons()

    # --- actions ------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        referral_id = self.selected_id()
        if referral_id is not None:
            referral_log.open_dialog(self.window_, referral_id)

    def _quick(self, action: str, run, message: str | None = None):
        """Run a one-click change on the selected referral, as the user saw it (its listed version).

        *run(referral_id, version)* makes it: with the version shown, refused if someone else changed
        the referral since (the one conflict question then offers their version or doing it anyway,
        with ``None``).  Returns the committed Change, or None.
        """
        row = self.model.referral(self.table.currentIndex().row()) if self.selected_id() is not None else None
        if row is None:
            return None
        return edits.quick(
            self.window_,
            self,
            action,
            lambda: run(row.id, row.version),
            overwrite=lambda: run(row.id, None),
            seen=row,
            now=svc.get_row,
            fields=referral_log.ROW_FIELDS,
            message=message,
        )

    def confirm_selected(self) -> None:
        self._quick(
            "Connection confirmed",
            lambda rid, version: svc.confirm_follow_up(rid, expected_version=version),
            "Follow-up done: connection confirmed. Undo with Ctrl+Z.",
        )

    def set_selected_status(self, status: ReferralStatus) -> None:
        change = self._quick(
            f"Set status: {label(status)}", lambda rid, version: svc.set_status(rid, status, expected_version=version)
        )
        if change is not None and change.added("thanks"):
            self.tell("Marked as won: a “closed business” thank-you was added. Undo with Ctrl+Z.")

    def set_selected_outcome(self, outcome: Outcome | None) -> None:
        words = label(outcome) if outcome else "not known yet"
        if outcome is Outcome.BAD:
            message = "Outcome: bad. A follow-up tomorrow: find out what went wrong. Undo with Ctrl+Z."
        else:
            message = f"Outcome: {words.lower()}. Undo with Ctrl+Z."
        self._quick(
            f"Set outcome: {words}",
            lambda rid, version: svc.set_outcome(rid, outcome, expected_version=version),
            message,
        )

    def toggle_partner_told(self) -> None:
        row = self.model.referral(self.table.currentIndex().row()) if self.selected_id() is not None else None
        if row is None:
            return
        told = not row.partner_told
        done = f"Noted: {row.partner} knows how it went." if told else f"{row.partner}: not told yet."
        change = self._quick(
            "Partner told" if told else "Partner not told",
            lambda rid, version: svc.set_partner_told(rid, told, expected_version=version),
            f"{done} Undo with Ctrl+Z.",
        )
        if change is None:
            self._update_buttons()  # put the tick back as it was

    def delete_selected(self) -> None:
        referral_id = self.selected_id()
        row = self.model.referral(self.table.currentIndex().row())
        if referral_id is None or row is None:
            return
        unsent = sum(1 for t in svc.thank_yous_of(referral_id) if t.status.value != "sent")
        extra = f"\n\nIts {formatting.count(unsent, 'unsent thank-you')} will be removed too." if unsent else ""
        question = (
            f"Delete the referral {('to' if row.direction is Direction.GIVEN else 'from')} {row.partner} "
            f"({row.prospect}, {formatting.date(row.date)})?{extra}\n\nYou can undo this with Ctrl+Z."
        )
        if not edits.confirm(self, question, "&Delete"):
            return
        self._quick(
            "Delete referral",
            lambda rid, version: svc.delete_referral(rid, expected_version=version),
            "Referral deleted. Undo with Ctrl+Z.",
        )

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self._select_row(index.row())
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addMenu(self.status_menu)
        menu.addAction(self.confirm_action)
        menu.addMenu(self.outcome_menu)
        menu.addAction(self.told_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
