"""The Partners page: a searchable table of partners beside the selected partner's profile,
meetings, standing check-ins and referrals.

Every change goes through ``refdesk.services.partners``, which returns a ``Change``; the page
commits it the one way (``refdesk.ui.common.edits``), so it can be undone and the other pages
hear of it.  The actions always apply to the partner selected *in the list as shown*: when a
filter hides the selected partner, the selection moves to what is visible.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME
from refdesk.services import formatting
from refdesk.services import partners as ps
from refdesk.services.edits import Change
from refdesk.services.vocabulary import Stage, label
from refdesk.ui.common import edits
from refdesk.ui.common.actions import ActionSpec, from_spec, tool_button
from refdesk.ui.common.page import Page
from refdesk.ui.common.tables import setup_table
from refdesk.ui.common.text import plain_label
from refdesk.ui.partners import entries
from refdesk.ui.partners.detail import PartnerDetail
from refdesk.ui.partners.loading import ListLoading
from refdesk.ui.partners.models import PartnerTableModel

log = logging.getLogger(__name__)

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
SP = QStyle.StandardPixmap
PAGE_ACTIONS = (
    ActionSpec(
        "find",
        "&Find partner",
        "Filter the list by name, company, category, email or tag",
        "focus_filter",
        QKeySequence.StandardKey.Find,
    ),
    ActionSpec("edit", "&Edit…", "Edit the selected partner", "edit_partner", "Ctrl+E", SP.SP_FileDialogDetailedView),
    ActionSpec(
        "retire",
        "&Retire…",
        "Retire the selected partner, with a reason; their history is kept",
        "retire_partner",
        "Ctrl+Shift+R",
        SP.SP_DialogNoButton,
    ),
    ActionSpec(
        "delete",
        "&Delete…",
        "Delete the selected partner and their history (Del; asks first; undoable)",
        "delete_partner",
        None,
        SP.SP_TrashIcon,
    ),
    ActionSpec(
        "merge",
        "&Merge…",
        "Merge a duplicate into the selected partner; nothing is lost",
        "merge_partner",
        "Ctrl+Shift+M",
        SP.SP_ArrowLeft,
    ),
    ActionSpec(
        "meeting",
        "Log &meeting…",
        "Log a one-to-one, coffee, joint client meeting, call or event",
        "add_meeting",
        "Ctrl+M",
        SP.SP_FileDialogNewFolder,
    ),
    ActionSpec(
        "checkin",
        "Add check-&in…",
        "Record where you stand: willingness to refer 0–10 and comfort",
        "add_checkin",
        "Ctrl+K",
        SP.SP_DialogApplyButton,
    ),
    ActionSpec("edit_meeting", "Edit meeting…", "Edit the selected meeting", "edit_meeting"),
    ActionSpec(
        "delete_meeting",
        "Delete meeting",
        "Delete the selected meeting (undoable)",
        "delete_meeting",
        None,
        SP.SP_TrashIcon,
    ),
    ActionSpec("edit_checkin", "Edit check-in…", "Edit the selected check-in", "edit_checkin"),
    ActionSpec(
        "delete_checkin",
        "Delete check-in",
        "Delete the selected check-in (undoable)",
        "delete_checkin",
        None,
        SP.SP_TrashIcon,
    ),
)


class PartnersPage(Page):
    key = "partners"
    title = "Partners"

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
        for spec in PAGE_ACTIONS:
            setattr(self, f"action_{spec.key}", from_spec(self, spec, getattr(self, spec.run)))

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
        self.count_label = plain_label(wrap=False, selectable=False)
        self.count_label.setAccessibleName("Number of partners shown")
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 3)
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.show_retired)

        buttons = QHBoxLayout()
        for action in (self.action_new, self.action_edit, self.action_retire, self.action_delete, self.action_merge):
            buttons.addWidget(tool_button(action))
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        # table
        self.table = setup_table(self.model, "Partners", sortable=True)
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

        actions = {
            "meeting": self.action_meeting,
            "edit_meeting": self.action_edit_meeting,
            "delete_meeting": self.action_delete_meeting,
            "checkin": self.action_checkin,
            "edit_checkin": self.action_edit_checkin,
            "delete_checkin": self.action_delete_checkin,
        }
        self.detail = PartnerDetail(actions)
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

        self.filter_edit.textChanged.connect(self.apply_filter)
        self.stage_filter.currentIndexChanged.connect(self.apply_filter)
        self.category_filter.currentIndexChanged.connect(self.apply_filter)
        self.show_retired.toggled.connect(self.apply_filter)
        self.setTabOrder(self.filter_edit, self.stage_filter)
        self.setTabOrder(self.stage_filter, self.category_filter)
        self.setTabOrder(self.category_filter, self.show_retired)
        self.setTabOrder(self.show_retired, self.table)

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
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(current)))
        self.category_filter.blockSignals(False)

    def apply_filter(self) -> None:
        self.model.set_filter(
            self.filter_edit.text(),
            self.stage_filter.currentData(),
            self.category_filter.currentData() or "",
            self.show_retired.isChecked(),
        )
        self._update_count()
        if self._current_id is not None and self.model.row_of(self._current_id) < 0:
            # the selected partner is filtered out: the actions must not act on someone unseen
            self.select(self.model.partner_id(0) if self.model.rowCount() else None)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        partial = self.rows.partial
        if partial:  # the first screenful of a big list; the rest is loading
            total = max(total, self.rows.expected)
        noun = formatting.count(total, "partner")
        if partial:
            self.count_label.setText(f"Loading {noun}…")
        elif shown == total:
            self.count_label.setText(noun)
        else:
            self.count_label.setText(f"Showing {formatting.number(shown)} of {noun}")
        if self.loading and not partial:
            self.count_label.setText(self.count_label.text() + " (updating…)")
        if total == 0:
            self.empty_label.setText(
                "No partners yet.\n\nAdd someone who sends you work, or could: press Ctrl+N or click “New partner”."
            )
            self.list_stack.setCurrentWidget(self.empty_label)
        elif shown == 0 and partial:
            self.empty_label.setText(f"Loading {noun}…")
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
        else:
            self.table.selectionModel().clearSelection()
        self._show_detail(pid)

    def selected_id(self) -> int | None:
        """The partner the actions apply to: the one selected in the list as shown."""
        return self._current_id if self._current_id is not None and self.model.row_of(self._current_id) >= 0 else None

    def _show_detail(self, pid: int | None) -> None:
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

    def _commit(self, change: Change, message: str | None = None) -> None:
        edits.commit(self.window_, change, message)

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

    def _name(self) -> str:
        row = self.model.find(self._current_id) if self._current_id is not None else None
        return row[ps.COL_NAME] if row else ""

    # --- partner actions ----------------------------------------------------------------------------

    def new_partner(self) -> None:
        from refdesk.ui.partners.edit_dialog import PartnerDialog

        dialog = PartnerDialog(self, None, self._categories())
        dialog.saver = edits.FormSaver(
            self.window_,
            lambda data, _version: ps.create_partner(data),
            message=lambda change: f"Added {change.text.removeprefix('Add partner ')}. Ctrl+Z undoes it.",
        )
        if not self._run_dialog(dialog) or dialog.saver.change is None:
            return
        pid = dialog.saver.change.id
        if self.model.row_of(pid) < 0 and (
            self.filter_edit.text() or self.stage_filter.currentIndex() or self.category_filter.currentIndex()
        ):
            self.filter_edit.clear()
            self.stage_filter.setCurrentIndex(0)
            self.category_filter.setCurrentIndex(0)
        self.select(pid)

    def edit_partner(self) -> None:
        """Edit the selected partner; a save that someone else beat is explained, and nothing typed is lost."""
        from refdesk.ui.partners.edit_dialog import PartnerDialog

        pid = self.selected_id()
        if pid is None:
            return
        try:
            loaded = ps.get_partner(pid)  # the version being edited: the save checks nobody saved since
        except ps.PartnerNotFound as exc:
            self._fail("Editing", exc)
            return
        dialog = PartnerDialog(self, loaded, self._categories())
        dialog.saver = edits.FormSaver(
            self.window_,
            lambda data, version: ps.update_partner(pid, data, version, original=dialog.loaded),
            fetch=lambda: _partner_or_none(pid),
            fields=ps.DATA_FIELDS,
        )
        self._run_dialog(dialog)

    def retire_partner(self) -> None:
        """Retire the partner whose profile is shown, as shown: if someone else changed it meanwhile, say so."""
        from refdesk.ui.partners.retire_dialog import RetireDialog

        pid = self.selected_id()
        before = self.detail.shown
        if pid is None or before is None or before.id != pid:
            return
        dialog = RetireDialog(self, before.name)
        if not self._run_dialog(dialog):
            return
        reason = dialog.reason_text()
        edits.quick(
            self.window_,
            self,
            f"Retire {before.name}",
            lambda: ps.retire_partner(pid, reason, expected_version=before.version),
            overwrite=lambda: ps.retire_partner(pid, reason),
            seen=before,
            now=_partner_or_none,
            fields=RETIRE_FIELDS,
            message=f"Retired {before.name}. Tick “Show retired” to see them; Ctrl+Z undoes.",
        )

    def delete_partner(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        name = self._name() or "this partner"
        if not self._confirm_delete(name, len(ps.partner_referrals(pid))):
            return
        self._current_id = None
        edits.quick(
            self.window_,
            self,
            f"Delete {name}",
            lambda: ps.delete_partner(pid),
            message=f"Deleted {name}. Ctrl+Z brings them back.",
        )

    def _confirm_delete(self, name: str, referrals: int) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            f"Delete {name} with their meetings, check-ins, {formatting.count(referrals, 'referral')} and thank-yous?",
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

        keep_id = self.selected_id()
        keep = self.model.find(keep_id) if keep_id is not None else None
        if keep is None:
            return
        dialog = MergeDialog(self, keep, self.model.all_rows)
        if not self._run_dialog(dialog):
            return
        other_id = dialog.other_id()
        change = edits.quick(self.window_, self, "Merge partners", lambda: ps.merge_partners(keep_id, other_id))
        if change is not None:
            self.tell(f"{change.text}. Ctrl+Z undoes it.")

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


def _partner_or_none(pid: int) -> ps.PartnerData | None:
    return entries.or_none(ps.get_partner, pid)
