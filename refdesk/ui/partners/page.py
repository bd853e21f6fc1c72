"""The Partners page: a searchable table of partners beside the selected partner's profile,
meetings, standing check-ins and referrals.

Every change goes through ``refdesk.services.partners`` and is pushed on the
window's undo stack as a ``PartnerCommand``; after each committed change the page
emits ``data_changed("partners")``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPalette, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME
from refdesk.db.database import worker_database
from refdesk.db.models import Direction, Stage, label
from refdesk.services import partners as ps
from refdesk.services.concurrency import Conflict, merge_edits
from refdesk.ui.common.page import Page
from refdesk.ui.partners.models import PartnerTableModel, start_loader
from refdesk.ui.partners.trend import WillingnessTrend

log = logging.getLogger(__name__)

Result = tuple[set[int], int | None]  # partners whose list rows changed, the partner to select

BACKGROUND_FROM = 2000
# What a refused retire lists as "what they changed" (PartnerData attribute → label).
RETIRE_FIELDS = {
    "name": "Name",
    "company": "Company",
    "category": "Category",
    "stage": "Stage",
    "retired_reason": "Retired because",
    "notes": "Notes",
    "tags": "Tags",
    "emails": "Email addresses",
    "phones": "Phone numbers",
}
"""From this many partners the list loads in a worker thread; below, at once (a few tens of ms)."""
FIRST_SCREEN = 200
"""Rows shown at once, with all their figures, while a big list loads (more than a tall screen holds)."""
LOADER_DELAY_MS = 50
"""The first screenful is painted before the loader starts: its thread would compete for Python's GIL."""


class PartnerCommand(QUndoCommand):
    """An undoable change.  The change itself was already made when the command is pushed,
    so the first ``redo()`` (called by ``QUndoStack.push``) does nothing."""

    def __init__(self, page: PartnersPage, text: str, redo: Callable[[], Result], undo: Callable[[], Result]):
        super().__init__(text)
        self.page = page
        self._redo, self._undo = redo, undo
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _run(self, fn: Callable[[], Result], what: str) -> None:
        try:
            changed, select = fn()
        except Exception as exc:  # a row was changed elsewhere, the database went away…
            log.exception("%s of %r failed", what, self.text())
            self.page.tell(f"Could not {what} “{self.text()}”: {exc}")
            return
        self.page.committed(changed, select)


def _plain(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return lab


def _tool(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
    return button


def _days_ago(day: dt.date) -> str:
    days = (dt.date.today() - day).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 60:
        return f"{days} days ago"
    return f"{days // 30} months ago"


class PartnersPage(Page):
    key = "partners"
    title = "Partners"

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self._current_id: int | None = None
        self._just_updated = False
        self.check_in_is_due = False
        self.model = PartnerTableModel(self)
        self._generation = 0  # of the list load wanted; a loader reporting an older one is stale
        self._loader = None  # the PartnerLoader running, if any
        self._shown: ps.PartnerData | None = None  # the profile on screen
        self.loading = False  # the list is being (re)loaded in the background
        self._partial = False  # only the first screenful is shown (while loading)
        self._loader_sort = self.model.sort_key  # the sort the running loader puts its rows in
        self._kept_view = (0, 0)  # across a model reset: (horizontal scroll, current column)
        self._expected = 0  # partners counted when the load started
        self._build()
        self.refresh()

    # --- building ------------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot,
        shortcut=None,
        tip: str = "",
        icon=None,
        context=Qt.ShortcutContext.WindowShortcut,
        widget: QWidget | None = None,
    ) -> QAction:
        action = QAction(text, widget or self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            tip = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setShortcutContext(context)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        (widget or self).addAction(action)
        return action

    def _build(self) -> None:
        sp = QStyle.StandardPixmap
        # Ctrl+N is a window-level action (refdesk/ui/partners/actions.py) so it works from every page
        # and from the welcome panel; without the feature installed the page brings its own.
        self.action_new = getattr(self.window_, "action_new_partner", None)
        if self.action_new is None:
            self.action_new = self._action(
                "&New partner…",
                self.new_partner,
                QKeySequence.StandardKey.New,
                "Add someone who sends you work, or could",
                sp.SP_FileIcon,
            )
        self.action_find = self._action(
            "&Find partner",
            self.focus_filter,
            QKeySequence.StandardKey.Find,
            "Filter the list by name, company, category, email or tag",
        )
        self.action_edit = self._action(
            "&Edit…", self.edit_partner, "Ctrl+E", "Edit the selected partner", sp.SP_FileDialogDetailedView
        )
        self.action_retire = self._action(
            "&Retire…",
            self.retire_partner,
            "Ctrl+Shift+R",
            "Retire the selected partner, with a reason; their history is kept",
            sp.SP_DialogNoButton,
        )
        self.action_delete = self._action(
            "&Delete…",
            self.delete_partner,
            None,
            "Delete the selected partner and their history (asks first; undoable)",
            sp.SP_TrashIcon,
        )
        self.action_merge = self._action(
            "&Merge…",
            self.merge_partner,
            "Ctrl+Shift+M",
            "Merge a duplicate into the selected partner; nothing is lost",
            sp.SP_ArrowLeft,
        )
        self.action_meeting = self._action(
            "Log &meeting…",
            self.add_meeting,
            "Ctrl+M",
            "Log a one-to-one, coffee, joint client meeting, call or event",
            sp.SP_FileDialogNewFolder,
        )
        self.action_checkin = self._action(
            "Add check-&in…",
            self.add_checkin,
            "Ctrl+K",
            "Record where you stand: willingness to refer 0–10 and comfort",
            sp.SP_DialogApplyButton,
        )

        # filter row
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("partner-filter")
        self.filter_edit.setPlaceholderText("Filter by name, company, category, email or tag (Ctrl+F)")
        self.filter_edit.setAccessibleName("Filter partners")
        self.filter_edit.setToolTip(
            "Type part of a name, company, category, email address or tag; several words must all match. Esc clears."
        )
        self.filter_edit.setClearButtonEnabled(True)
        clear = QAction(self.filter_edit)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.filter_edit.clear)
        self.filter_edit.addAction(clear)
        self.stage_filter = QComboBox()
        self.stage_filter.setAccessibleName("Stage filter")
        self.stage_filter.setToolTip("Show only partners at one stage")
        self.stage_filter.addItem("All stages", None)
        for stage in Stage:
            self.stage_filter.addItem(label(stage), stage)
        self.category_filter = QComboBox()
        self.category_filter.setAccessibleName("Category filter")
        self.category_filter.setToolTip("Show only one category (profession)")
        self.category_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category_filter.addItem("All categories", "")
        self.show_retired = QCheckBox("Show re&tired")
        self.show_retired.setToolTip("Also list partners you have retired")
        self.show_retired.setAccessibleName("Show retired partners")
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setAccessibleName("Number of partners shown")
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 3)
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.show_retired)

        buttons = QHBoxLayout()
        for action in (self.action_new, self.action_edit, self.action_retire, self.action_delete, self.action_merge):
            buttons.addWidget(_tool(action))
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        # table
        self.table = QTableView()
        self.table.setObjectName("partner-table")
        self.table.setAccessibleName("Partners")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        fm = self.fontMetrics()
        # Text columns get a typical value's width; figures just their heading's, so all nine fit beside
        # the profile on a 1280-pixel screen (wider names are elided, the full text is in the tooltip).
        for column, sample in enumerate(
            (
                "Bianca Johansson",
                "Harbour Property",
                "Mortgage broker",
                "Profitability",
                "Given",
                "Received",
                "Balance",
                "30 Sep 2026",
                "Willingness",
            )
        ):
            hh.resizeSection(column, fm.horizontalAdvance(sample) + (24 if column < 4 else 14))
        hh.setStretchLastSection(False)
        self.table.activated.connect(lambda _index: self.edit_partner())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        delete_key = QAction(self.table)
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_partner)
        self.table.addAction(delete_key)
        self.action_delete.setToolTip("Delete the selected partner and their history (Del; asks first; undoable)")

        self.empty_label = QLabel()
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName("No partners")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list_stack, 1)

        self.detail = self._build_detail()
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

        self.filter_edit.textChanged.connect(self.apply_filter)
        self.stage_filter.currentIndexChanged.connect(self.apply_filter)
        self.category_filter.currentIndexChanged.connect(self.apply_filter)
        self.show_retired.toggled.connect(self.apply_filter)
        self.setTabOrder(self.filter_edit, self.stage_filter)
        self.setTabOrder(self.stage_filter, self.category_filter)
        self.setTabOrder(self.category_filter, self.show_retired)
        self.setTabOrder(self.show_retired, self.table)

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("partner-detail")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.name_label = _plain("")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setAccessibleName("Partner name")
        self.subtitle_label = _plain("")
        self.subtitle_label.setAccessibleName("Company, category and stage")
        self.due_label = _plain("")
        self.due_label.setAccessibleName("Standing check-in")
        layout.addWidget(self.name_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.due_label)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Partner details")
        # profile
        self.profile_values: dict[str, QLabel] = {}
        profile = QWidget()
        form = QFormLayout(profile)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, title in (
            ("emails", "Email"),
            ("phones", "Phone"),
            ("website", "Website"),
            ("address", "Address"),
            ("tags", "Tags"),
            ("ideal_referral", "Ideal referral for them"),
            ("what_to_tell", "What to tell people about them"),
            ("wants_from_me", "What they want from me"),
            ("want_from_them", "What I want from them"),
            ("experience", "My experience of their service"),
            ("notes", "Notes"),
        ):
            value = _plain("")
            value.setAccessibleName(title)
            self.profile_values[key] = value
            heading = QLabel(title)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setWordWrap(True)
            heading.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.addRow(heading, value)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(profile)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(scroll, "&Profile")

        # meetings
        meetings = QWidget()
        m_layout = QVBoxLayout(meetings)
        self.action_edit_meeting = self._action(
            "Edit meeting…", self.edit_meeting, None, "Edit the selected meeting", widget=meetings
        )
        self.action_delete_meeting = self._action(
            "Delete meeting",
            self.delete_meeting,
            None,
            "Delete the selected meeting (undoable)",
            QStyle.StandardPixmap.SP_TrashIcon,
            widget=meetings,
        )
        row = QHBoxLayout()
        for action in (self.action_meeting, self.action_edit_meeting, self.action_delete_meeting):
            row.addWidget(_tool(action))
        row.addStretch(1)
        m_layout.addLayout(row)
        self.meeting_list = QTreeWidget()
        self.meeting_list.setAccessibleName("Meetings")
        self.meeting_list.setRootIsDecorated(False)
        self.meeting_list.setHeaderLabels(["Date", "Kind", "Notes", "Next step", "By"])
        self.meeting_list.setAlternatingRowColors(True)
        self.meeting_list.itemActivated.connect(lambda *_: self.edit_meeting())
        m_layout.addWidget(self.meeting_list, 1)
        self.tabs.addTab(meetings, "&Meetings")

        # standing
        standing = QWidget()
        s_layout = QVBoxLayout(standing)
        self.action_edit_checkin = self._action(
            "Edit check-in…", self.edit_checkin, None, "Edit the selected check-in", widget=standing
        )
        self.action_delete_checkin = self._action(
            "Delete check-in",
            self.delete_checkin,
            None,
            "Delete the selected check-in (undoable)",
            QStyle.StandardPixmap.SP_TrashIcon,
            widget=standing,
        )
        row = QHBoxLayout()
        for action in (self.action_checkin, self.action_edit_checkin, self.action_delete_checkin):
            row.addWidget(_tool(action))
        row.addStretch(1)
        s_layout.addLayout(row)
        self.trend = WillingnessTrend()
        s_layout.addWidget(self.trend)
        self.checkin_list = QTreeWidget()
        self.checkin_list.setAccessibleName("Standing check-ins")
        self.checkin_list.setRootIsDecorated(False)
        self.checkin_list.setHeaderLabels(["Date", "Willingness", "Comfort", "Notes"])
        self.checkin_list.setAlternatingRowColors(True)
        self.checkin_list.itemActivated.connect(lambda *_: self.edit_checkin())
        s_layout.addWidget(self.checkin_list, 1)
        self.tabs.addTab(standing, "&Standing")

        # referrals (read-only here)
        referrals = QWidget()
        r_layout = QVBoxLayout(referrals)
        note = _plain(
            "Referrals with this partner, both ways, and where they were the prospect. "
            "Double-click one to open it on the Referrals page."
        )
        r_layout.addWidget(note)
        self.referral_list = QTreeWidget()
        self.referral_list.setAccessibleName("Referrals with this partner")
        self.referral_list.setRootIsDecorated(False)
        self.referral_list.setHeaderLabels(["Date", "Direction", "Prospect / from", "Need", "Type", "Status", "Value"])
        self.referral_list.setAlternatingRowColors(True)
        self.referral_list.itemActivated.connect(self._open_referral)
        r_layout.addWidget(self.referral_list, 1)
        self.tabs.addTab(referrals, "R&eferrals")
        layout.addWidget(self.tabs, 1)

        self.no_selection = _plain(
            "Select a partner on the left to see their profile, meetings, check-ins and referrals."
        )
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer = QStackedWidget()
        outer.addWidget(self.no_selection)
        outer.addWidget(panel)
        self.detail_stack = outer
        return outer

    # --- loading and filtering ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._just_updated:  # this page already updated the rows it changed
            self._just_updated = False
        else:
            self._load()
        self._update_count()
        self._show_detail(self._current_id)

    def _load(self) -> None:
        """Reload the list: at once when small, else in a worker thread.

        While a big list loads, the rows already shown stay; on first opening these are the first
        screenful (``ps.first_partners``, a few milliseconds), complete with their figures.
        """
        total = ps.count_partners()
        if total < BACKGROUND_FROM:  # a small list
            self._generation += 1  # a load still running is now stale
            self._load_here()
            return
        self._expected = total
        if self.model.total:
            self._start_loader()
            return
        self.model.set_rows(ps.first_partners(FIRST_SCREEN, show_retired=self.show_retired.isChecked()))
        self._fill_categories(ps.categories())  # all of them now (a few ms), so the filter row keeps its size
        self._partial = self.loading = True
        self._generation += 1
        # A timer, not singleShot(0): Qt handles posted calls before the (low-priority) paint request.
        QTimer.singleShot(LOADER_DELAY_MS, self, self._kick)

    def _kick(self) -> None:
        if self.loading and self._loader is None:
            self._spawn()

    def _start_loader(self) -> None:
        """Ask for a fresh load in the background; one still running becomes stale."""
        self._generation += 1
        self.loading = True
        if self._loader is None:
            self._spawn()
        # else: the running loader's report is stale, and _loaded starts the next one

    def _spawn(self) -> None:
        database = worker_database()  # its own connection, to the SQLite file or the server
        if database is None:  # the database was closed meanwhile
            self._load_here()
            return
        self._loader_sort = self.model.sort_key
        self._loader = start_loader(self._generation, database, self._loader_sort, self._loaded, self._load_failed)

    def _loaded(self, generation: int, rows: list, categories: list[str]) -> None:
        self._loader = None
        if generation != self._generation:  # the data changed after it started
            if self.loading:
                self._spawn()
            return
        self.loading = self._partial = False
        self.model.set_rows(rows, sorted_by=self._loader_sort)
        self._fill_categories(categories)
        self._update_count()
        row = self.model.row_of(self._current_id) if self._current_id is not None else -1
        if row >= 0:
            self._reveal(row)

    def _load_failed(self, generation: int, message: str) -> None:
        self._loader = None
        if generation != self._generation:
            if self.loading:
                self._spawn()
            return
        log.warning("loading the partner list in the background failed (%s); loading it here", message)
        self._load_here()

    def _load_here(self) -> None:
        """Load the whole list with the application's connection (small lists, or the loader failed)."""
        self.loading = self._partial = False
        self.model.set_rows(ps.list_partners())
        self._fill_categories()
        self._update_count()

    def _fill_categories(self, cats: list[str] | None = None) -> None:
        current = self.category_filter.currentData() or ""
        if cats is None:
            cats = sorted({r[ps.COL_CATEGORY] for r in self.model.all_rows if r[ps.COL_CATEGORY]}, key=str.casefold)
        if cats == [self.category_filter.itemData(i) for i in range(1, self.category_filter.count())]:
            return
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem("All categories", "")
        for cat in cats:
            self.category_filter.addItem(cat, cat)
        index = self.category_filter.findData(current)
        self.category_filter.setCurrentIndex(max(0, index))
        self.category_filter.blockSignals(False)

    def apply_filter(self) -> None:
        self.model.set_filter(
            self.filter_edit.text(),
            self.stage_filter.currentData(),
            self.category_filter.currentData() or "",
            self.show_retired.isChecked(),
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self._partial:  # the first screenful of a big list; the rest is loading
            total = max(total, self._expected)
        noun = "partner" if total == 1 else "partners"
        if self._partial:
            self.count_label.setText(f"Loading {total:,} {noun}…")
        elif shown == total:
            self.count_label.setText(f"{total:,} {noun}")
        else:
            self.count_label.setText(f"Showing {shown:,} of {total:,} {noun}")
        if self.loading and not self._partial:
            self.count_label.setText(self.count_label.text() + " (updating…)")
        if total == 0:
            self.empty_label.setText(
                "No partners yet.\n\nAdd someone who sends you work, or could: press Ctrl+N or click “New partner”."
            )
            self.list_stack.setCurrentWidget(self.empty_label)
        elif shown == 0 and self._partial:
            self.empty_label.setText(f"Loading {total:,} {noun}…")
            self.list_stack.setCurrentWidget(self.empty_label)
        elif shown == 0:
            hint = "" if self.show_retired.isChecked() else " or tick “Show retired”"
            self.empty_label.setText(f"No partner matches the filter.\n\nChange the words (Esc clears them){hint}.")
            self.list_stack.setCurrentWidget(self.empty_label)
        else:
            self.list_stack.setCurrentWidget(self.table)

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
                self.tell("That partner no longer exists.")
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
            if row[ps.COL_STAGE] == Stage.RETIRED.value:
                self.show_retired.setChecked(True)
            self.apply_filter()
        self.select(pid)

    def select(self, pid: int | None) -> None:
        self._current_id = pid
        row = self.model.row_of(pid) if pid is not None else -1
        if row >= 0:
            index = self.model.index(row, 0)
            scrolled = self.table.horizontalScrollBar().value()
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self._reveal(row, scrolled)
        self._show_detail(pid)

    def selected_id(self) -> int | None:
        return self._current_id

    # --- the detail panel ----------------------------------------------------------------------------

    def _show_detail(self, pid: int | None) -> None:
        data = None
        if pid is not None:
            try:
                data = ps.get_partner(pid)
            except ps.PartnerNotFound:
                self._current_id = None
        self._shown = data  # the profile as shown (its version): quick actions apply to it
        has = data is not None
        for action in (
            self.action_edit,
            self.action_retire,
            self.action_delete,
            self.action_merge,
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
        if data is None:
            self.detail_stack.setCurrentWidget(self.no_selection)
            return
        self.detail_stack.setCurrentIndex(1)
        self.name_label.setText(data.name)
        stage = label(data.stage)
        if data.stage is Stage.RETIRED and data.retired_reason:
            stage = f"Retired: {data.retired_reason}"
        self.subtitle_label.setText(" · ".join(x for x in (data.company, data.category, stage) if x))
        last = ps.last_checkin_date(pid)
        if data.stage is Stage.RETIRED:
            due_text = ""
        elif last is None:
            due_text = "⚑ Check-in due: you have not asked them yet where you stand."
        elif ps.check_in_due(last):
            due_text = f"⚑ Check-in due: the last one was {_days_ago(last)} ({last.isoformat()})."
        else:
            due_text = f"Last check-in {_days_ago(last)} ({last.isoformat()})."
        self.due_label.setText(due_text)
        self.due_label.setVisible(bool(due_text))
        self.check_in_is_due = data.stage is not Stage.RETIRED and ps.check_in_due(last)

        placeholder = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        values = {
            "emails": "\n".join(f"{e} ({k})" if k else e for e, k in data.emails),
            "phones": "\n".join(f"{p} ({k})" if k else p for p, k in data.phones),
        }
        for key, widget in self.profile_values.items():
            text = values[key] if key in values else getattr(data, key)
            widget.setText(text or "—")
            pal = widget.palette()
            pal.setColor(
                QPalette.ColorRole.WindowText,
                self.palette().color(QPalette.ColorRole.WindowText) if text else placeholder,
            )
            widget.setPalette(pal)

        self.meeting_list.clear()
        meetings = ps.list_meetings(pid)
        for m in meetings:
            item = QTreeWidgetItem(
                [
                    m.date.isoformat(),
                    label(m.kind),
                    m.notes.replace("\n", " "),
                    m.next_step,
                    m.next_step_date.isoformat() if m.next_step_date else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            item.setToolTip(2, m.notes)
            self.meeting_list.addTopLevelItem(item)
        self.meeting_list.resizeColumnToContents(0)
        self.meeting_list.resizeColumnToContents(1)
        self.tabs.setTabText(1, f"&Meetings ({len(meetings)})")

        self.checkin_list.clear()
        checks = ps.list_checkins(pid)
        for c in checks:
            item = QTreeWidgetItem(
                [c.date.isoformat(), f"{c.willingness}/10", label(c.comfort), c.notes.replace("\n", " ")]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(3, c.notes)
            self.checkin_list.addTopLevelItem(item)
        for col in (0, 1, 2):
            self.checkin_list.resizeColumnToContents(col)
        self.trend.set_points([(c.date, c.willingness) for c in reversed(checks)])
        self.tabs.setTabText(2, f"&Standing{' ⚑' if self.check_in_is_due else ''}")

        self.referral_list.clear()
        referrals = ps.partner_referrals(pid)
        for r in referrals:
            if r.role == "prospect":
                direction = "They were the prospect"
            else:
                direction = "You gave" if r.direction is Direction.GIVEN else "You received"
            value = f"{r.value:,.2f} {r.currency}".strip() if r.value is not None else ""
            item = QTreeWidgetItem([r.date.isoformat(), direction, r.other, r.need, r.type, r.status, value])
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            item.setTextAlignment(6, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.referral_list.addTopLevelItem(item)
        for col in (0, 1, 2):
            self.referral_list.resizeColumnToContents(col)
        self.tabs.setTabText(3, f"R&eferrals ({len(referrals)})")

    def _open_referral(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.events.show_requested.emit("referrals", item.data(0, Qt.ItemDataRole.UserRole))

    # --- committing ----------------------------------------------------------------------------------

    def tell(self, text: str) -> None:
        """A short message in the status bar (and the log)."""
        log.info("%s", text)
        bar = getattr(self.window_, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 8000)

    def committed(self, changed: set[int], select: int | None) -> None:
        """Called after every committed change (and each undo/redo): update the rows, tell the window."""
        self.model.update_rows({pid: ps.partner_row(pid) for pid in changed})
        if self.loading:  # what the loader read may predate this change: load again
            self._start_loader()
        else:
            self._fill_categories()
        if select is not None:
            self._current_id = select
        self._just_updated = True  # refresh() (called by the window for the current page) need not reload
        self.events.data_changed.emit("partners")
        self._just_updated = False
        self._update_count()
        self.select(self._current_id)

    def _push(self, text: str, redo: Callable[[], Result], undo: Callable[[], Result]) -> None:
        self.undo_stack.push(PartnerCommand(self, text, redo, undo))

    def _fail(self, what: str, exc: Exception) -> None:
        log.exception("%s failed", what)
        if isinstance(exc, ps.PartnerNotFound):
            text = "That partner (or entry) no longer exists; the list has been reloaded."
            self.refresh()
        else:
            text = f"{what} did not work: {exc}"
        QMessageBox.warning(self, APP_NAME, text)

    def _run_dialog(self, dialog: QDialog) -> bool:
        """Show *dialog* modally; tests replace this to drive dialogs without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _categories(self) -> list[str]:
        return [self.category_filter.itemData(i) for i in range(1, self.category_filter.count())]

    # --- partner actions ----------------------------------------------------------------------------

    def new_partner(self) -> None:
        from refdesk.ui.partners.edit_dialog import PartnerDialog

        dialog = PartnerDialog(self, None, self._categories())
        if not self._run_dialog(dialog):
            return
        data = dialog.data()
        try:
            pid = ps.create_partner(data)
        except Exception as exc:
            self._fail("Saving the new partner", exc)
            return
        state: dict = {}

        def undo() -> Result:
            state["snapshot"] = ps.delete_partner(pid)
            return {pid}, None

        def redo() -> Result:
            ps.restore_partner(state["snapshot"])
            return {pid}, pid

        self._push(f"Add partner {data.name.strip()}", redo, undo)
        if self.model.row_of(pid) < 0 and (
            self.filter_edit.text() or self.stage_filter.currentIndex() or self.category_filter.currentIndex()
        ):
            self.filter_edit.clear()
            self.stage_filter.setCurrentIndex(0)
            self.category_filter.setCurrentIndex(0)
        self.committed({pid}, pid)
        self.tell(f"Added {data.name.strip()}.")

    def edit_partner(self) -> None:
        """Edit the selected partner; a save that someone else beat is explained, and nothing typed is lost."""
        from refdesk.ui.common.conflict_dialog import ConflictDialog
        from refdesk.ui.partners.edit_dialog import PartnerDialog

        pid = self._current_id
        if pid is None:
            return
        try:
            loaded = ps.get_partner(pid)  # the version being edited: the save checks nobody saved since
        except ps.PartnerNotFound as exc:
            self._fail("Editing", exc)
            return
        shown, note = loaded, ""
        while True:
            dialog = PartnerDialog(self, shown, self._categories())
            if note:
                dialog.show_problem(note)
            if not self._run_dialog(dialog):
                return
            after = dialog.data()
            before = loaded  # what undo puts back
            try:
                ps.update_partner(pid, after, expected_version=loaded.version, original=loaded)
                break
            except Conflict as exc:
                conflict = exc
            except Exception as exc:
                self._fail("Saving your changes", exc)
                return
            choice = self._resolve_conflict(conflict)
            if choice == ConflictDialog.OVERWRITE:
                try:
                    before = ps.get_partner(pid)
                    ps.update_partner(pid, after)
                    break
                except Exception as exc:
                    self._fail("Saving your changes", exc)
                    return
            if choice == ConflictDialog.RELOAD and conflict.deleted:
                self.refresh()  # "Close the item": it is gone from the list
                self.tell(f"{after.name.strip() or 'The partner'} was deleted by someone else; nothing was saved.")
                return
            if choice == ConflictDialog.RELOAD:
                try:
                    theirs = ps.get_partner(pid)
                except ps.PartnerNotFound as exc:
                    self._fail("Reloading", exc)
                    return
                # their version, with what I typed into the fields they did not change
                shown = merge_edits(loaded, after, theirs, ps.DATA_FIELDS)
                loaded = theirs
                self.model.update_rows({pid: ps.partner_row(pid)})  # list and profile show their version
                self._show_detail(pid)
                changed = ", ".join(c.label.lower() for c in conflict.changes) or "nothing you can see"
                note = (
                    f"Reloaded the version saved by someone else (they changed {changed}). Your other "
                    "changes are still here: Save to keep them, Cancel to leave their version."
                )
            else:  # keep editing: the form comes back exactly as typed
                shown = after
                note = (
                    f"{conflict.message()} Nothing is saved yet: Save again to choose what to do, "
                    "or Cancel to drop your changes."
                )
        self._push(
            f"Edit {after.name.strip()}",
            lambda: (ps.update_partner(pid, after), ({pid}, pid))[1],
            lambda: (ps.update_partner(pid, before), ({pid}, pid))[1],
        )
        self.committed({pid}, pid)

    def _resolve_conflict(self, conflict: Conflict) -> str | None:
        """Ask what to do about someone else's save (tests replace this or patch the dialog's exec)."""
        from refdesk.ui.common.conflict_dialog import resolve_conflict

        return resolve_conflict(self, conflict)

    def retire_partner(self) -> None:
        """Retire the partner whose profile is shown, as shown: if someone else changed it meanwhile, say so."""
        from refdesk.ui.common.conflict_dialog import describe_differences, explain_quick_conflict
        from refdesk.ui.partners.retire_dialog import RetireDialog

        pid = self._current_id
        if pid is None:
            return
        before = self._shown if self._shown is not None and self._shown.id == pid else None
        if before is None:
            try:
                before = ps.get_partner(pid)
            except ps.PartnerNotFound as exc:
                self._fail("Retiring", exc)
                return
        dialog = RetireDialog(self, before.name)
        if not self._run_dialog(dialog):
            return
        reason = dialog.reason_text()
        try:
            ps.retire_partner(pid, reason, expected_version=before.version)
        except Conflict as conflict:
            now = None
            if not conflict.deleted:
                try:
                    now = ps.get_partner(pid)
                except ps.PartnerNotFound:
                    pass
            self.refresh()  # list and profile show their version
            explain_quick_conflict(
                self, conflict, f"Retire {before.name}", describe_differences(before, now, RETIRE_FIELDS)
            )
            return
        except Exception as exc:
            self._fail("Retiring", exc)
            return
        self._push(
            f"Retire {before.name}",
            lambda: (ps.retire_partner(pid, reason), ({pid}, pid))[1],
            lambda: (ps.set_stage(pid, before.stage, before.retired_reason), ({pid}, pid))[1],
        )
        self.committed({pid}, pid)
        self.tell(f"Retired {before.name}. Tick “Show retired” to see them; Ctrl+Z undoes.")

    def delete_partner(self) -> None:
        pid = self._current_id
        if pid is None:
            return
        row = self.model.find(pid)
        name = row[ps.COL_NAME] if row else "this partner"
        if not self._confirm_delete(name, len(ps.partner_referrals(pid))):
            return
        try:
            snapshot = ps.delete_partner(pid)
        except Exception as exc:
            self._fail("Deleting", exc)
            return
        state = {"snapshot": snapshot}

        def undo() -> Result:
            ps.restore_partner(state["snapshot"])
            return {pid}, pid

        def redo() -> Result:
            state["snapshot"] = ps.delete_partner(pid)
            return {pid}, None

        self._push(f"Delete {name}", redo, undo)
        self._current_id = None
        self.committed({pid}, None)
        self.tell(f"Deleted {name}. Ctrl+Z brings them back.")

    def _confirm_delete(self, name: str, referrals: int) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            f"Delete {name} with their meetings, check-ins, {referrals} referrals and thank-yous?",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            "You can undo this with Ctrl+Z until you close RefDesk. To keep their history instead, retire them."
        )
        delete = box.addButton("&Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def merge_partner(self) -> None:
        from refdesk.ui.partners.merge_dialog import MergeDialog

        keep_id = self._current_id
        keep = self.model.find(keep_id) if keep_id is not None else None
        if keep is None:
            return
        dialog = MergeDialog(self, keep, self.model.all_rows)
        if not self._run_dialog(dialog):
            return
        other_id = dialog.other_id()
        other = self.model.find(other_id)
        try:
            snapshot = ps.merge_partners(keep_id, other_id)
        except Exception as exc:
            self._fail("Merging", exc)
            return
        state = {"snapshot": snapshot}

        def undo() -> Result:
            ps.unmerge_partners(state["snapshot"])
            return {keep_id, other_id}, keep_id

        def redo() -> Result:
            state["snapshot"] = ps.merge_partners(keep_id, other_id)
            return {keep_id, other_id}, keep_id

        other_name = other[ps.COL_NAME] if other else "duplicate"
        self._push(f"Merge {other_name} into {keep[ps.COL_NAME]}", redo, undo)
        self.committed({keep_id, other_id}, keep_id)
        self.tell(f"Merged {other_name} into {keep[ps.COL_NAME]}. Ctrl+Z undoes.")

    # --- meetings and check-ins ------------------------------------------------------------------------

    def _name(self) -> str:
        row = self.model.find(self._current_id) if self._current_id is not None else None
        return row[ps.COL_NAME] if row else ""

    def _selected(self, tree: QTreeWidget) -> int | None:
        item = tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    # Meetings and check-ins: the same add / edit / delete, each undoable.

    def _entries(self, kind: str):
        """(noun, dialog class, add, get, update, delete, list widget, tab index) for "meeting" or "checkin"."""
        if kind == "meeting":
            from refdesk.ui.partners.meeting_dialog import MeetingDialog

            return (
                "meeting",
                MeetingDialog,
                ps.add_meeting,
                ps.get_meeting,
                ps.update_meeting,
                ps.delete_meeting,
                self.meeting_list,
                1,
            )
        from refdesk.ui.partners.checkin_dialog import CheckInDialog

        return (
            "check-in",
            CheckInDialog,
            ps.add_checkin,
            ps.get_checkin,
            ps.update_checkin,
            ps.delete_checkin,
            self.checkin_list,
            2,
        )

    def _add_entry(self, kind: str, undo_text: str) -> None:
        noun, dialog_class, add, _get, _update, delete, _list, tab = self._entries(kind)
        pid = self._current_id
        if pid is None:
            return
        dialog = dialog_class(self, self._name())
        if not self._run_dialog(dialog):
            return
        try:
            entry_id = add(pid, dialog.data())
        except Exception as exc:
            self._fail(f"Saving the {noun}", exc)
            return
        state: dict = {}

        def undo() -> Result:
            state["rows"] = delete(entry_id)
            return {pid}, pid

        def redo() -> Result:
            ps.restore_rows(state["rows"])
            return {pid}, pid

        self._push(undo_text, redo, undo)
        self.tabs.setCurrentIndex(tab)
        self.committed({pid}, pid)

    def _edit_entry(self, kind: str) -> None:
        noun, dialog_class, _add, get, update, _delete, entries, _tab = self._entries(kind)
        pid, entry_id = self._current_id, self._selected(entries)
        if pid is None or entry_id is None:
            return
        try:
            before = get(entry_id)
        except ps.PartnerNotFound as exc:
            self._fail(f"Editing the {noun}", exc)
            return
        dialog = dialog_class(self, self._name(), before)
        if not self._run_dialog(dialog):
            return
        after = dialog.data()
        try:
            update(entry_id, after)
        except Exception as exc:
            self._fail(f"Saving the {noun}", exc)
            return
        self._push(
            f"Edit {noun} with {self._name()}",
            lambda: (update(entry_id, after), ({pid}, pid))[1],
            lambda: (update(entry_id, before), ({pid}, pid))[1],
        )
        self.committed({pid}, pid)

    def _delete_entry(self, kind: str) -> None:
        noun, _dialog, _add, _get, _update, delete, entries, _tab = self._entries(kind)
        pid, entry_id = self._current_id, self._selected(entries)
        if pid is None or entry_id is None:
            return
        try:
            rows = delete(entry_id)
        except Exception as exc:
            self._fail(f"Deleting the {noun}", exc)
            return
        state = {"rows": rows}

        def undo() -> Result:
            ps.restore_rows(state["rows"])
            return {pid}, pid

        def redo() -> Result:
            state["rows"] = delete(entry_id)
            return {pid}, pid

        self._push(f"Delete {noun} with {self._name()}", redo, undo)
        self.committed({pid}, pid)
        self.tell(f"{noun.capitalize()} deleted. Ctrl+Z brings it back.")

    def add_meeting(self) -> None:
        self._add_entry("meeting", f"Log meeting with {self._name()}")

    def edit_meeting(self) -> None:
        self._edit_entry("meeting")

    def delete_meeting(self) -> None:
        self._delete_entry("meeting")

    def add_checkin(self) -> None:
        self._add_entry("checkin", f"Check-in with {self._name()}")

    def edit_checkin(self) -> None:
        self._edit_entry("checkin")

    def delete_checkin(self) -> None:
        self._delete_entry("checkin")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._current_id is None and self.model.rowCount():
            QTimer.singleShot(0, lambda: self.select(self.model.partner_id(0)) if self._current_id is None else None)
