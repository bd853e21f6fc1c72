"""The Thank-yous page: notes owed (overdue first), written and sent; mark them, add them, print the checklist."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from refdesk import APP_NAME
from refdesk.db.models import ThankMethod, ThankStatus, label
from refdesk.services import thanks
from refdesk.services.concurrency import Conflict
from refdesk.ui.common import settings
from refdesk.ui.common.page import Page
from refdesk.ui.thanks.models import DUE, METHOD, REASON, RECIPIENT, REFERRAL_DATE, STATUS, ThanksTableModel

log = logging.getLogger(__name__)

# What a refused quick change lists as "what they changed" (ThankRow attribute → label).
ROW_FIELDS = {
    "status": "Status",
    "method": "Method",
    "recipient": "Recipient",
    "due_date": "Due date",
    "written_date": "Written on",
    "sent_date": "Sent on",
    "note": "Note",
}

# (label, statuses) for the "Show" filter; the first is the default.
FILTERS: list[tuple[str, tuple[ThankStatus, ...]]] = [
    ("Not sent yet", (ThankStatus.OWED, ThankStatus.WRITTEN)),
    ("Owed", (ThankStatus.OWED,)),
    ("Written, not sent", (ThankStatus.WRITTEN,)),
    ("Sent", (ThankStatus.SENT,)),
    ("All", (ThankStatus.OWED, ThankStatus.WRITTEN, ThankStatus.SENT)),
]


def _plural(count: int, word: str = "thank-you") -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


class DoneCommand(QUndoCommand):
    """An undoable change that has already been made once (so a failure never lands on the undo stack).

    *undo(state)* reverses it; *redo()* makes it again and returns the new state.
    """

    def __init__(self, text: str, state, undo: Callable, redo: Callable, after: Callable[[], None]):
        super().__init__(text)
        self._state = state
        self._undo = undo
        self._redo = redo
        self._after = after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: setattr(self, "_state", self._redo()))

    def undo(self) -> None:
        self._run(lambda: self._undo(self._state))

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except Exception as exc:  # tell the user, keep the window alive
            log.exception("undo/redo of %r failed", self.text())
            QMessageBox.warning(None, APP_NAME, f"“{self.text()}” could not be undone or redone: {exc}")
        self._after()


class ThanksPage(Page):
    key = "thanks"
    title = "Thank-yous"

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.model = ThanksTableModel(self)
        self._today = dt.date.today()

        heading = QLabel(self.title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName("Summary")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)

        # Filters.
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show")
        self.filter.setToolTip("Which thank-yous to list")
        for text, statuses in FILTERS:
            self.filter.addItem(text, statuses)
        show_label = QLabel("Sho&w:")
        show_label.setBuddy(self.filter)
        self.search = QLineEdit()
        self.search.setAccessibleName("Search thank-yous")
        self.search.setPlaceholderText("Search recipient, prospect, need or note (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Show only thank-yous whose recipient, prospect, need or note contain these words")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())

        # Actions.
        style = self.style()
        self.action_written = self._action(
            "Mark &written",
            "Ctrl+Shift+W",
            "Mark the selected thank-yous as written, ready to send",
            lambda: self.mark(ThankStatus.WRITTEN),
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
        )
        self.action_sent = self._action(
            "Mark &sent",
            "Ctrl+Shift+S",
            "Mark the selected thank-yous as sent",
            lambda: self.mark(ThankStatus.SENT),
            style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
        )
        self.action_owed = self._action(
            "Mark &owed",
            "Ctrl+Shift+O",
            "Put the selected thank-yous back on the list of notes owed",
            lambda: self.mark(ThankStatus.OWED),
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
        )
        # Ctrl+T ("thank"): Ctrl+N is File → New partner, a window-wide shortcut.
        self.action_add = self._action(
            "&Add thank-you…",
            "Ctrl+T",
            "Add a thank-you by hand, to a partner or to anyone else",
            self.add,
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
        )
        self.action_edit = self._action(
            "&Change…", "Ctrl+E", "Change the due date, method or reason of the selected thank-you", self.edit_current
        )
        self.action_delete = self._action(
            "&Delete",
            QKeySequence.StandardKey.Delete,
            "Delete the selected thank-yous (Ctrl+Z brings them back)",
            self.delete,
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
        )
        self.action_find = self._action(
            "Find", QKeySequence.StandardKey.Find, "Search the thank-yous", self._focus_search
        )
        self.method_actions: dict[ThankMethod, QAction] = {}
        self.method_menu = QMenu("Set &method", self)
        for number, method in enumerate(ThankMethod, start=1):
            action = self._action(
                label(method),
                f"Ctrl+Alt+{number}",
                f"Thank them by {label(method).lower()}",
                lambda _=False, m=method: self.change_method(m),
            )
            self.method_menu.addAction(action)
            self.method_actions[method] = action

        filters = QHBoxLayout()
        filters.addWidget(show_label)
        filters.addWidget(self.filter)
        filters.addWidget(self.search, 1)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for name, action in (("written", self.action_written), ("sent", self.action_sent), ("owed", self.action_owed)):
            self.buttons[name] = self._button(action)
            buttons.addWidget(self.buttons[name])
        method_button = QToolButton()
        method_button.setText("Set &method")
        method_button.setMenu(self.method_menu)
        method_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        method_button.setToolTip("How to thank them: card, email, call or gift (Ctrl+Alt+1…4)")
        method_button.setAccessibleName("Set method")
        self.buttons["method"] = method_button
        buttons.addWidget(method_button)
        buttons.addStretch(1)
        for name, action in (("add", self.action_add), ("delete", self.action_delete)):
            self.buttons[name] = self._button(action)
            buttons.addWidget(self.buttons[name])
        self.print_button = QToolButton()
        self.print_button.setText("&Print checklist…")
        self.print_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_button.setToolTip("Print the checklist of notes to write, or save it as a PDF (Ctrl+P)")
        self.print_button.setAccessibleName("Print checklist")
        self.print_button.clicked.connect(self.print_checklist)
        buttons.addWidget(self.print_button)

        # The table, or a sentence when there is nothing to show.
        self.table = QTableView()
        self.table.setObjectName("thanks-table")
        self.table.setAccessibleName("Thank-yous")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.activated.connect(lambda _i: self.edit_current())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        for column in (STATUS, RECIPIENT, REFERRAL_DATE, DUE, METHOD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        header.resizeSection(STATUS, metrics.horizontalAdvance("Owed — overdue 999 days") + 48)
        header.resizeSection(RECIPIENT, metrics.horizontalAdvance("M") * 16)
        for column in (REFERRAL_DATE, DUE):
            header.resizeSection(column, metrics.horizontalAdvance("Referral date") + 24)
        header.resizeSection(METHOD, metrics.horizontalAdvance("Handwritten card") + 24)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.empty = QLabel()
        self.empty.setObjectName("empty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName("Nothing to show")
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.views, 1)
        self.setTabOrder(self.filter, self.search)
        self.setTabOrder(self.search, self.table)
        self.reload()

    # --- building blocks ---

    def _action(self, text: str, shortcut, tip: str, slot, icon=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        return button

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        for action in (self.action_written, self.action_sent, self.action_owed):
            menu.addAction(action)
        menu.addMenu(self.method_menu)
        menu.addSeparator()
        menu.addAction(self.action_edit)
        menu.addAction(self.action_delete)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- loading ---

    def statuses(self) -> tuple[ThankStatus, ...]:
        return self.filter.currentData()

    def _currency(self) -> str:
        try:
            return settings.get("money/currency") or ""
        except Exception:  # a broken setting must not hide the page
            return ""

    def refresh(self) -> None:
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Reload from the database, keeping the selection (or the cursor's place when rows left the list)."""
        self._search_timer.stop()
        self._today = dt.date.today()
        selected = set(self.selected_ids())
        current = self.table.currentIndex().row()
        rows = thanks.list_thank_yous(
            self.statuses(), self.search.text(), today=self._today, default_currency=self._currency()
        )
        self.model.set_rows(rows)
        self._restore_selection(selected, current)
        self._update_summary()
        self._update_empty()
        self._update_actions()

    def _restore_selection(self, ids: set[int], current: int) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for number, row in enumerate(self.model.rows()):
            if row.id in ids:
                selection.select(self.model.index(number, 0), flags)
                first = number if first is None else first
        if first is None and current >= 0 and self.model.rowCount():
            first = min(current, self.model.rowCount() - 1)
            selection.select(self.model.index(first, 0), flags)
        if first is not None:
            selection.setCurrentIndex(self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _update_summary(self) -> None:
        c = thanks.counts(self._today)
        parts = [
            f"{c['owed']} owed" + (f" ({c['overdue']} overdue)" if c["overdue"] else ""),
            f"{c['written']} written, not sent",
            f"{c['sent']} sent",
        ]
        self.summary.setText(" · ".join(parts))

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.views.setCurrentWidget(self.table)
            return
        keys = self.action_add.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if self.search.text().strip():
            text = f"No thank-yous match “{self.search.text().strip()}”. Clear the search to see them all."
        elif self.statuses() == (ThankStatus.SENT,):
            text = "You have not sent any thank-yous yet. Mark a note as sent once it is in the post."
        else:
            text = (
                "No thank-you notes to write: you are all caught up.\n\n"
                "When a partner sends you a referral, a thank-you appears here. "
                f"To thank anyone else, use “Add thank-you…” ({keys})."
            )
        self.empty.setText(text)
        self.views.setCurrentWidget(self.empty)

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        statuses = {r.status for r in rows}
        self.action_written.setEnabled(bool(rows) and statuses != {ThankStatus.WRITTEN})
        self.action_sent.setEnabled(bool(rows) and statuses != {ThankStatus.SENT})
        self.action_owed.setEnabled(bool(rows) and statuses != {ThankStatus.OWED})
        self.action_delete.setEnabled(bool(rows))
        self.action_edit.setEnabled(len(rows) == 1)
        self.method_menu.setEnabled(bool(rows))
        self.buttons["method"].setEnabled(bool(rows))

    # --- selection ---

    def selected_rows(self) -> list[thanks.ThankRow]:
        numbers = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [row for row in (self.model.row_at(n) for n in numbers) if row is not None]

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def show_item(self, item_id) -> None:
        """Select the thank-you *item_id*, widening the filter and clearing the search if it is hidden."""
        try:
            thank_you_id = int(item_id)
        except (TypeError, ValueError):
            return
        number = self.model.row_of(thank_you_id)
        if number < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.filter.blockSignals(True)
            self.filter.setCurrentIndex(len(FILTERS) - 1)
            self.filter.blockSignals(False)
            self.reload()
            number = self.model.row_of(thank_you_id)
            if number < 0:
                return
        index = self.model.index(number, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()

    # --- changes (each undoable) ---

    def _changed(self) -> None:
        self.events.data_changed.emit("thanks")

    def _push(self, text: str, state, undo: Callable, redo: Callable) -> None:
        self.undo_stack.push(DoneCommand(text, state, undo, redo, self._changed))
        self._changed()

    def _fail(self, what: str, exc: Exception) -> None:
        log.exception("%s failed", what)
        QMessageBox.warning(self, APP_NAME, f"{what} did not work, nothing was changed: {exc}")

    def _refused(self, conflict: Conflict, action: str, shown: list) -> None:
        """A quick change was refused: someone else changed one of the rows since the list was loaded."""
        from refdesk.ui.common.conflict_dialog import describe_differences, explain_quick_conflict

        seen = next((r for r in shown if r.id == conflict.id), None)
        now = None if conflict.deleted else next(iter(thanks.list_thank_yous(ids=[conflict.id])), None)
        self._changed()  # every page shows their version
        explain_quick_conflict(self, conflict, action, describe_differences(seen, now, ROW_FIELDS))

    def _quick_change(self, text: str, rows: list, change, undo, redo) -> bool:
        """A one-click *change* of *rows*, given the versions shown ({id: version}); put on the undo
        stack.  Refused (someone else changed a row) or failed: the user is told.  Returns whether done."""
        try:
            previous = change({r.id: r.version for r in rows})
        except Conflict as conflict:
            self._refused(conflict, text, rows)
            return False
        except Exception as exc:
            self._fail(text, exc)
            return False
        self._push(text, previous, undo, redo)
        return True

    def mark(self, status: ThankStatus) -> None:
        rows = [r for r in self.selected_rows() if r.status is not status]
        ids = [r.id for r in rows]
        if not ids:
            return
        words = {ThankStatus.OWED: "owed", ThankStatus.WRITTEN: "written", ThankStatus.SENT: "sent"}[status]
        text = f"Mark {_plural(len(ids))} {words}"
        if self._quick_change(
            text,
            rows,
            lambda seen: thanks.set_status(ids, status, expected=seen),
            thanks.restore_status,
            lambda: thanks.set_status(ids, status),
        ):
            self._status_message(f"Marked {_plural(len(ids))} {words}. Ctrl+Z undoes it.")

    def change_method(self, method: ThankMethod) -> None:
        rows = [r for r in self.selected_rows() if r.method is not method]
        ids = [r.id for r in rows]
        if not ids:
            return
        text = f"Set method of {_plural(len(ids))} to {label(method).lower()}"
        self._quick_change(
            text,
            rows,
            lambda seen: thanks.set_method(ids, method, expected=seen),
            thanks.restore_methods,
            lambda: thanks.set_method(ids, method),
        )

    def delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = f"Delete {_plural(len(ids))}"
        try:
            saved = thanks.delete(ids)
        except Exception as exc:
            self._fail(text, exc)
            return
        self._push(text, saved, thanks.restore, lambda: thanks.delete(ids))
        self._status_message(f"Deleted {_plural(len(ids))}. Ctrl+Z brings them back.")

    def _dialog(self, existing=None):
        from refdesk.ui.thanks.dialog import ThankYouDialog

        return ThankYouDialog(self, thanks.partner_choices(), existing)

    def add(self, partner_id: int | None = None) -> int | None:
        dialog = self._dialog()
        if partner_id is not None:
            dialog.choose_partner(partner_id)
        while dialog.exec():
            values = dialog.values()
            try:
                new_id = thanks.add_thank_you(
                    values["partner_id"],
                    values["recipient_name"],
                    note=values["note"],
                    due_date=values["due_date"],
                    method=values["method"],
                )
            except thanks.ThanksProblem as exc:
                dialog.show_problem(str(exc))
                continue
            except Exception as exc:
                self._fail("Adding the thank-you", exc)
                return None
            holder = {"id": new_id, "saved": None}

            def undo(_state, holder=holder):
                holder["saved"] = thanks.delete([holder["id"]])

            def redo(holder=holder):
                thanks.restore(holder["saved"] or [])

            self._push("Add a thank-you", None, undo, redo)
            self.show_item(new_id)
            return new_id
        return None

    def edit_current(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        dialog = self._dialog(row)
        shown = dialog.values()
        while dialog.exec():
            values = dialog.values()
            mine = {key: value for key, value in values.items() if value != shown.get(key)}  # what the user changed
            if not mine:
                return
            try:
                try:
                    previous = thanks.update_thank_you(row.id, expected_version=row.version, **mine)
                except Conflict as conflict:
                    if conflict.deleted:
                        self._refused(conflict, "Change a thank-you", [row])
                        return
                    if not self._save_over_theirs(conflict, row):
                        self._changed()  # their version shows
                        return
                    previous = thanks.update_thank_you(row.id, **mine)  # mine over theirs, their other changes kept
            except thanks.ThanksProblem as exc:
                dialog.show_problem(str(exc))
                continue
            except Exception as exc:
                self._fail("Changing the thank-you", exc)
                return
            self._push(
                "Change a thank-you",
                previous,
                lambda prev, tid=row.id: thanks.update_thank_you(tid, **prev),
                lambda tid=row.id, new=mine: thanks.update_thank_you(tid, **new),
            )
            return

    def _save_over_theirs(self, conflict: Conflict, seen) -> bool:
        """Someone else changed the thank-you while the user edited it: save the user's edit anyway?"""
        from refdesk.ui.common.conflict_dialog import describe_differences

        now = next(iter(thanks.list_thank_yous(ids=[conflict.id])), None)
        changed = describe_differences(seen, now, ROW_FIELDS)
        text = "Someone else changed this thank-you while you were editing it.\n\n"
        if changed:
            text += "What they changed:\n" + "\n".join(f"• {line}" for line in changed) + "\n\n"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            f"{APP_NAME}: changed by someone else",
            text + "Save your changes over theirs (their other changes stay), or keep their version?",
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are the user's text
        mine = box.addButton("&Save mine", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Keep theirs", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(mine)
        box.exec()
        return box.clickedButton() is mine

    def print_checklist(self) -> None:
        action = getattr(self.window_, "action_print_checklist", None)
        if action is not None:
            action.trigger()

    def _status_message(self, text: str) -> None:
        bar = getattr(self.window_, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 6000)
