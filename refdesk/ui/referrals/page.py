"""The Referrals page: the log of referrals given and received, filtered and sorted in SQL.

Beside it: the filter bar (``filters``), the quick actions on the selected referral (``quick``),
the windowed table model (``models``) and the Log/Edit dialog opened the one way (``log``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from refdesk.services import referrals as svc
from refdesk.services.vocabulary import Outcome, ReferralStatus
from refdesk.ui.common import icons
from refdesk.ui.common.page import Page
from refdesk.ui.common.page import heading as page_heading
from refdesk.ui.common.tables import row_menu, setup_table
from refdesk.ui.referrals import log as referral_log
from refdesk.ui.referrals.filters import FilterBar
from refdesk.ui.referrals.models import DATE, ReferralTableModel
from refdesk.ui.referrals.quick import QuickActions

log = logging.getLogger(__name__)


class ReferralsPage(Page):
    key = "referrals"
    title = QT_TRANSLATE_NOOP("pages", "Referrals")

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.model = ReferralTableModel(self)
        self._due: int | None = None

        heading = page_heading(QCoreApplication.translate("pages", self.title))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Referral count"))

        self.log_button = QPushButton(self.tr("Log referral…"))
        self.log_button.setIcon(icons.icon("send"))
        self.log_button.setToolTip(self.window_.actions["log_referral"].toolTip())
        self.log_button.setAccessibleName(self.tr("Log referral"))
        self.log_button.clicked.connect(lambda: referral_log.log_referral(self.window_))
        self.quick = QuickActions(self)
        # what the tests and the window read of the quick actions
        for name in (
            *("edit_action", "confirm_action", "delete_action", "told_action", "status_menu", "outcome_menu"),
            *("edit_button", "confirm_button", "status_button", "outcome_button", "told_button", "delete_button"),
            *("partner_thanked_action", "prospect_thanked_action", "thanked_menu", "thanked_button"),
        ):
            setattr(self, name, getattr(self.quick, name))
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self.apply_filters)
        # what the tests read of the filter bar
        for name in ("direction", "status", "partner", "period", "date_from", "date_to", "search", "clear_button"):
            setattr(self, name, getattr(self.filter_bar, name))

        # --- table ----------------------------------------------------------------------------
        self.table = QTableView()
        self.table.setObjectName("referrals-table")
        setup_table(self.model, self.tr("Referrals"), view=self.table, sortable=True, stretch_last=True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        row_menu(self.table, self.quick.context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.quick.update())
        self.table.setToolTip(self.tr("Double-click or press Enter to edit; right-click for more"))
        # Enter and Delete are handled by the table itself (an event filter), so they never fire while a
        # dialog or another field has the keyboard; the actions show the keys in the context menu.
        self.table.installEventFilter(self)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.filter_bar.focus_search)
        self.addAction(find)

        self.empty = QLabel()
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No referrals"))
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        # --- layout ---------------------------------------------------------------------------
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.filter_bar.layout)
        layout.addLayout(self.quick.layout())
        layout.addWidget(self.body, 1)

        self.setTabOrder(self.direction, self.status)
        self.filter_bar.load_partners()
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

    # --- filters (refdesk/ui/referrals/filters.py) ---------------------------------------

    def apply_filters(self) -> None:
        self.filter_bar.cancel_pending()
        flt = self.filter_bar.current()
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            self.summary.setText(self.tr("The “from” date is after the “to” date."))
            return
        selected = self.selected_id()
        self.model.set_filter(flt)
        self._after_load(selected)

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    def _after_load(self, select_id: int | None = None) -> None:
        if select_id is not None:
            row = self.model.row_of(select_id)
            if row is not None:
                self._select_row(row)
        self._show_body()
        self.quick.update()
        # counting every match can take longer than showing the first rows: do it right after
        QTimer.singleShot(0, self._update_summary)

    def _show_body(self) -> None:
        if self.model.rowCount() > 0:
            self.body.setCurrentWidget(self.table)
            return
        if self.filter_bar.active():
            self.empty.setText(self.tr("No referrals match these filters.\nChange them, or press “Clear filters”."))
        else:
            self.empty.setText(
                self.tr(
                    "No referrals yet.\n\nWhen you give someone a referral, or a partner sends work your "
                    "way, press “Log referral…” (Ctrl+L) to record it.\n"
                    "RefDesk will remind you to follow up and to say thank you."
                )
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
        if self.filter_bar.active():
            words = self.tr("%Ln referral(s) match(es)", "", total)
        else:
            words = self.tr("%Ln referral(s)", "", total)
        if self._due:
            words += "  ·  " + self.tr("%Ln follow-up(s) due", "", self._due)
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

    def selected_row(self) -> svc.ReferralRow | None:
        """The selected referral as listed (None when none is)."""
        return self.model.referral(self.table.currentIndex().row()) if self.selected_id() is not None else None

    # --- Page API -----------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_id()
        self._due = None
        self.filter_bar.load_partners()
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
        self.quick.update()

    # --- quick actions (refdesk/ui/referrals/quick.py) -----------------------------------

    def edit_selected(self) -> None:
        self.quick.edit()

    def confirm_selected(self) -> None:
        self.quick.confirm()

    def set_selected_status(self, status: ReferralStatus) -> None:
        self.quick.set_status(status)

    def set_selected_outcome(self, outcome: Outcome | None) -> None:
        self.quick.set_outcome(outcome)

    def toggle_partner_told(self) -> None:
        self.quick.toggle_told()

    def delete_selected(self) -> None:
        self.quick.delete()
