"""The Partners page: a searchable table of partners beside the selected partner's profile,
meetings, standing check-ins and referrals.

Every change goes through ``refdesk.services.partners``, which returns a ``Change``; the page
commits it the one way (``refdesk.ui.common.edits``), so it can be undone and the other pages
hear of it.  The actions always apply to the partner selected *in the list as shown*: when a
filter hides the selected partner, the selection moves to what is visible.

Beside it: the filter row and the count's words (``filters``), the partner actions (``actions``),
meetings and check-ins (``entries``), how the rows load (``loading``) and the profile (``detail``).
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME
from refdesk.services import partners as ps
from refdesk.services.edits import Change
from refdesk.services.vocabulary import Stage
from refdesk.ui.common.actions import WordsWhereTheyFit, from_spec, tool_button
from refdesk.ui.common.page import Page
from refdesk.ui.common.tables import setup_table
from refdesk.ui.common.text import plain_label
from refdesk.ui.partners import actions, entries
from refdesk.ui.partners.detail import PartnerDetail
from refdesk.ui.partners.filters import FilterRow, count_text, empty_text
from refdesk.ui.partners.loading import ListLoading
from refdesk.ui.partners.models import PartnerTableModel

log = logging.getLogger(__name__)

DETAILS_PAUSE_MS = 200  # typing a filter: the first match's details once typing pauses this long


class PartnersPage(Page):
    key = "partners"
    title = QT_TRANSLATE_NOOP("pages", "Partners")

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self._current_id: int | None = None
        self._rows_current = False  # a change just updated the rows it touched: no reload needed
        self.model = PartnerTableModel(self)
        self.rows = ListLoading(self)
        self._kept_view = (0, 0)  # across a model reset: (horizontal scroll, current column)
        self._build()
        self.events.change_applied.connect(self._change_applied)
        self.refresh()

    # --- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        # Ctrl+N is the window's (File → New partner), so it works from every page and the welcome panel.
        self.action_new = self.window_.actions["new_partner"]
        for spec in actions.PAGE_ACTIONS:
            setattr(self, f"action_{spec.key}", from_spec(self, spec, getattr(self, spec.run)))

        self.filter_row = FilterRow()
        # what the tests and the window read of the filter row
        self.filter_edit, self.stage_filter, self.category_filter, self.show_retired, self.show_duplicates = (
            self.filter_row.widgets
        )
        self.count_label = plain_label(wrap=False, selectable=False)
        self.count_label.setAccessibleName(self.tr("Number of partners shown"))

        self.filter_row.options.addWidget(self.count_label)
        buttons = QHBoxLayout()
        self.buttons: list[QToolButton] = []
        for action in (
            self.action_new,
            self.action_edit,
            self.action_retire,
            self.action_delete,
            self.action_merge,
            self.action_duplicate,
        ):
            self.buttons.append(tool_button(action))
            buttons.addWidget(self.buttons[-1])
        buttons.addStretch(1)

        # table
        self.table = setup_table(self.model, self.tr("Partners"), sortable=True)
        self.table.setObjectName("partner-table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _index: self.edit_partner())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        delete_key = QAction(self.table)
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_partner)
        self.table.addAction(delete_key)

        self.empty_label = plain_label(selectable=False)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No partners"))
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.filter_row.layout)
        left_layout.addLayout(self.filter_row.options)
        left_layout.addLayout(buttons)
        self._left = left
        self.fit_buttons = WordsWhereTheyFit(left, self.buttons, buttons.spacing())  # as wide as the list
        left_layout.addWidget(self.list_stack, 1)

        entry_actions = {
            key: getattr(self, f"action_{key}")
            for key in ("meeting", "edit_meeting", "delete_meeting", "checkin", "edit_checkin", "delete_checkin")
        }
        self.detail = PartnerDetail(entry_actions)
        self._details_timer = QTimer(self, singleShot=True, interval=DETAILS_PAUSE_MS)
        self._details_timer.timeout.connect(lambda: self._show_detail(self._current_id))
        self.detail.referral_opened.connect(lambda rid: self.events.show_requested.emit("referrals", rid))
        self.detail.meeting_list.itemActivated.connect(lambda *_: self.edit_meeting())
        self.detail.checkin_list.itemActivated.connect(lambda *_: self.edit_checkin())
        # what the tests and the window read of the detail pane
        for name in ("name_label", "subtitle_label", "due_label", "tabs", "profile_values", "meeting_list"):
            setattr(self, name, getattr(self.detail, name))
        self.checkin_list, self.referral_list, self.trend = (
            self.detail.checkin_list,
            self.detail.referral_list,
            self.detail.trend,
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([5000, 2000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        self.filter_row.connect(self.apply_filter)
        for before, after in itertools.pairwise((*self.filter_row.widgets, self.table)):
            self.setTabOrder(before, after)

    @property
    def check_in_is_due(self) -> bool:
        return self.detail.check_in_is_due

    # --- loading and filtering ---------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """The list is being (re)loaded in the background."""
        return self.rows.loading

    def refresh(self) -> None:
        if not self._rows_current:
            self.rows.load()
        self._update_count()
        self._show_detail(self._current_id)

    def _fill_categories(self, cats: list[str] | None = None) -> None:
        """Offer *cats* in the category filter (default: the categories of the partners loaded)."""
        if cats is None:
            cats = sorted({r[ps.COL_CATEGORY] for r in self.model.all_rows if r[ps.COL_CATEGORY]}, key=str.casefold)
        self.filter_row.fill_categories(cats)

    def apply_filter(self) -> None:
        self.model.set_filter(*self.filter_row.values())
        self._update_count()
        if self._current_id is not None and self.model.row_of(self._current_id) < 0:
            # the selected partner is filtered out: the actions must not act on someone unseen
            self.select(self.model.partner_id(0) if self.model.rowCount() else None, details_later=True)
        elif self._details_timer.isActive():  # still typing, the same partner first: their details wait on
            self._details_timer.start()

    def _update_count(self) -> None:
        """The count beside the ticks, and the list or the words saying why it is empty."""
        shown, total = self.model.rowCount(), self.model.total
        partial = self.rows.partial
        if partial:  # the first screenful of a big list; the rest is loading
            total = max(total, self.rows.expected)
        self.count_label.setText(count_text(shown, total, partial=partial, loading=self.loading))
        self.filter_row.set_duplicate_count(self.model.flagged)
        empty = empty_text(
            shown,
            total,
            partial=partial,
            show_retired=self.show_retired.isChecked(),
            duplicates=self.show_duplicates.isChecked(),
        )
        if empty is None:
            self.list_stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(empty)
            self.list_stack.setCurrentWidget(self.empty_label)

    def _before_reset(self) -> None:
        """A sort or filter resets the model: remember the columns scrolled to and the current column."""
        current = self.table.currentIndex()
        self._kept_view = (self.table.horizontalScrollBar().value(), current.column() if current.isValid() else 0)

    def _after_reset(self) -> None:
        """The selected partner stays selected and in view; the columns stay where they were scrolled to."""
        scrolled, column = self._kept_view
        if self._current_id is not None:
            row = self.model.row_of(self._current_id)
            if row >= 0:
                index = self.model.index(row, column)
                auto = self.table.hasAutoScroll()
                self.table.setAutoScroll(False)  # a new current cell would scroll back to its column
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.setAutoScroll(auto)
                self._reveal(row, scrolled)
                return
        self.table.horizontalScrollBar().setValue(scrolled)

    def _reveal(self, row: int, scrolled: int | None = None) -> None:
        """Scroll *row* into view, up or down only (the columns stay at *scrolled*, default: where they are)."""
        hbar = self.table.horizontalScrollBar()
        keep = hbar.value() if scrolled is None else scrolled
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        hbar.setValue(keep)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pid = self.model.partner_id(current.row()) if current.isValid() else None
        if pid is not None and pid != self._current_id:
            self._current_id = pid
            self._show_detail(pid)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def show_item(self, item_id) -> None:
        """Select partner *item_id*, widening the filters if they hide it."""
        try:
            pid = int(item_id)
        except (TypeError, ValueError):
            return
        row = self.model.find(pid)
        if row is None:  # new since the list loaded, or not loaded yet (big list loading)
            row = ps.partner_row(pid)
            if row is None:
                self.tell(self.tr("That partner no longer exists."))
                return
            self.model.update_rows({pid: row})
            self._update_count()
        self._current_id = pid
        if self.model.row_of(pid) < 0:
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(False)
            self.stage_filter.setCurrentIndex(0)
            self.category_filter.setCurrentIndex(0)
            self.show_duplicates.setChecked(False)
            if row[ps.COL_STAGE] == Stage.RETIRED.value:
                self.show_retired.setChecked(True)
            self.apply_filter()
        self.select(pid)

    def select(self, pid: int | None, *, details_later: bool = False) -> None:
        """Select partner *pid* (None: nobody) and show their details.  *details_later*: while the
        user types a filter, the details wait until typing pauses (DETAILS_PAUSE_MS) and meanwhile
        name nobody.  Reading them on every keystroke made a keystroke paint 1.32 times as slowly as
        before the filter moved the selection; 1.14 times with the pause (10,000 partners, medians of
        rounds' ratios, tests/bench/ab.py with bench_partners.py, 7 rounds)."""
        self._current_id = pid
        row = self.model.row_of(pid) if pid is not None else -1
        if row >= 0:
            index = self.model.index(row, 0)
            scrolled = self.table.horizontalScrollBar().value()
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self._reveal(row, scrolled)
        else:
            self.table.selectionModel().clearSelection()
        if details_later and pid is not None:
            self.detail.show_partner(None)
            self._details_timer.start()
        else:
            self._show_detail(pid)

    def selected_id(self) -> int | None:
        """The partner the actions apply to: the one selected in the list as shown."""
        return self._current_id if self._current_id is not None and self.model.row_of(self._current_id) >= 0 else None

    def _show_detail(self, pid: int | None) -> None:
        self._details_timer.stop()
        data = None
        if pid is not None:
            try:
                data = ps.get_partner(pid)
            except ps.PartnerNotFound:
                self._current_id = None
        self.detail.show_partner(data)
        has = data is not None
        for action in (
            self.action_edit,
            self.action_retire,
            self.action_delete,
            self.action_merge,
            self.action_duplicate,
            self.action_meeting,
            self.action_checkin,
            self.action_edit_meeting,
            self.action_delete_meeting,
            self.action_edit_checkin,
            self.action_delete_checkin,
        ):
            action.setEnabled(has)
        if data is not None and data.stage is Stage.RETIRED:
            self.action_retire.setEnabled(False)
        row = self.model.find(pid) if pid is not None and data is not None else None
        in_pair = row is not None and (
            row[ps.COL_DUPLICATE_OF] is not None or any(r[ps.COL_DUPLICATE_OF] == pid for r in self.model.all_rows)
        )
        self.action_duplicate.setEnabled(in_pair)

    # --- committing ----------------------------------------------------------------------------------

    def _change_applied(self, change: Change) -> None:
        """Any change made, undone or redone anywhere: update the rows it touched, keep the selection."""
        ids = change.partner_ids()
        if not ids:
            return
        rows = {pid: ps.partner_row(pid) for pid in ids}
        self.model.update_rows(rows)
        if self.loading:  # what the loader read may predate this change: load again
            self.rows.restart()
        else:
            self._fill_categories()
        self._rows_current = True  # the refresh that follows (data_changed) need not load the list again
        QTimer.singleShot(0, self, self._rows_reloadable)
        current = self._current_id if self._current_id is not None and rows.get(self._current_id, True) else None
        if current is None or self.model.find(current) is None:
            # the partner the change was about, if it is there (added, or brought back by an undo)
            touched = [pid for pid in change.partners_touched() if rows.get(pid) is not None]
            current = touched[0] if len(touched) == 1 else None
        self._update_count()
        self.select(current)

    def _rows_reloadable(self) -> None:
        self._rows_current = False

    def _fail(self, what: str, exc: Exception) -> None:
        log.exception("%s failed", what)
        if isinstance(exc, ps.PartnerNotFound):
            text = self.tr("That partner (or entry) no longer exists; the list has been reloaded.")
            self.refresh()
        else:
            text = self.tr("%1 did not work: %2").replace("%1", what).replace("%2", str(exc))
        QMessageBox.warning(self, APP_NAME, text)

    def _run_dialog(self, dialog: QDialog) -> bool:
        """Show *dialog* modally; tests replace this to drive dialogs without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _categories(self) -> list[str]:
        return self.filter_row.categories()

    def _name(self) -> str:
        row = self.model.find(self._current_id) if self._current_id is not None else None
        return row[ps.COL_NAME] if row else ""

    # --- partner actions (refdesk/ui/partners/actions.py) ----------------------------------------------

    def new_partner(self) -> None:
        actions.new(self)

    def edit_partner(self) -> None:
        actions.edit(self)

    def retire_partner(self) -> None:
        actions.retire(self)

    def delete_partner(self) -> None:
        actions.delete(self)

    def _confirm_delete(self, name: str, referrals: int) -> bool:
        """Ask before deleting; tests replace this to answer without a message box."""
        return actions.confirm_delete(self, name, self.tr("%Ln referral(s)", "", referrals))

    def merge_partner(self) -> None:
        actions.merge(self)

    def resolve_duplicate(self) -> None:
        actions.resolve_duplicate(self)

    # --- meetings and check-ins (refdesk/ui/partners/entries.py) -----------------------------------------

    def add_meeting(self) -> None:
        entries.add(self, "meeting")

    def edit_meeting(self) -> None:
        entries.edit(self, "meeting")

    def delete_meeting(self) -> None:
        entries.delete(self, "meeting")

    def add_checkin(self) -> None:
        entries.add(self, "checkin")

    def edit_checkin(self) -> None:
        entries.edit(self, "checkin")

    def delete_checkin(self) -> None:
        entries.delete(self, "checkin")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._current_id is None and self.model.rowCount():
            QTimer.singleShot(0, lambda: self.select(self.model.partner_id(0)) if self._current_id is None else None)
