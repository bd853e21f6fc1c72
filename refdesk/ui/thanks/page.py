"""The Thank-yous page: notes owed (overdue first), written and sent; mark them, add them, print the checklist."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from refdesk.services import formatting, rules, thanks
from refdesk.services.partners import partner_choices
from refdesk.services.vocabulary import ThankMethod, ThankStatus, label
from refdesk.ui.common import edits, icons
from refdesk.ui.common.actions import WordsWhereTheyFit, tool_button
from refdesk.ui.common.page import Page
from refdesk.ui.common.page import heading as page_heading
from refdesk.ui.common.tables import row_menu, size_columns
from refdesk.ui.thanks.models import DUE, METHOD, REASON, RECIPIENT, REFERRAL_DATE, STATUS, ThanksTableModel

log = logging.getLogger(__name__)

# What a refused quick change lists as "what they changed" (ThankRow attributes, named by vocabulary.field_words).
ROW_FIELDS = (
    "status",
    "method",
    "recipient",
    "due_date",
    "written_date",
    "sent_date",
    "note",
)

# (label, statuses) for the "Show" filter; the first is the default.
FILTERS: list[tuple[str, tuple[ThankStatus, ...]]] = [
    (QT_TRANSLATE_NOOP("ThanksPage", "Owed (not sent yet)"), rules.OWED),
    (QT_TRANSLATE_NOOP("ThanksPage", "To write"), (ThankStatus.OWED,)),
    (QT_TRANSLATE_NOOP("ThanksPage", "Written, not sent"), (ThankStatus.WRITTEN,)),
    (QT_TRANSLATE_NOOP("ThanksPage", "Sent"), (ThankStatus.SENT,)),
    (QT_TRANSLATE_NOOP("ThanksPage", "All"), (ThankStatus.OWED, ThankStatus.WRITTEN, ThankStatus.SENT)),
]


class ThanksPage(Page):
    key = "thanks"
    title = QT_TRANSLATE_NOOP("pages", "Thank-yous")

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.model = ThanksTableModel(self)
        self._today = dt.date.today()

        heading = page_heading(QCoreApplication.translate("pages", self.title))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Summary"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)

        # Filters.
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.setToolTip(self.tr("Which thank-yous to list"))
        for text, statuses in FILTERS:
            self.filter.addItem(self.tr(text), statuses)
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.filter)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search thank-yous"))
        self.search.setPlaceholderText(self.tr("Search recipient, prospect, need or note (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Show only thank-yous whose recipient, prospect, need or note contain these words")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())

        # Actions.
        self.action_written = self._action(
            self.tr("Mark &written"),
            "Ctrl+Shift+W",
            self.tr("Mark the selected thank-yous as written, ready to send"),
            lambda: self.mark(ThankStatus.WRITTEN),
            icons.icon("edit"),
        )
        self.action_sent = self._action(
            self.tr("Mark &sent"),
            "Ctrl+Shift+S",
            self.tr("Mark the selected thank-yous as sent"),
            lambda: self.mark(ThankStatus.SENT),
            icons.icon("send"),
        )
        self.action_owed = self._action(
            self.tr("Mark &to write"),
            "Ctrl+Shift+O",
            self.tr("Put the selected thank-yous back on the list of notes to write"),
            lambda: self.mark(ThankStatus.OWED),
            icons.icon("restore"),
        )
        # Ctrl+T ("thank"): Ctrl+N is File → New partner, a window-wide shortcut.
        self.action_add = self._action(
            self.tr("&Add thank-you…"),
            "Ctrl+T",
            self.tr("Add a thank-you by hand, to a partner or to anyone else"),
            self.add,
            icons.icon("plus"),
        )
        self.action_edit = self._action(
            self.tr("&Change…"),
            "Ctrl+E",
            self.tr("Change the due date, method or reason of the selected thank-you"),
            self.edit_current,
        )
        self.action_email = self._action(
            self.tr("&Email note…"),
            "Ctrl+Shift+M",
            self.tr("Open your mail program with the drafted note to the selected recipient, then mark it sent"),
            self.email_current,
            icons.icon("message"),
        )
        self.action_delete = self._action(
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected thank-yous (Ctrl+Z brings them back)"),
            self.delete,
            icons.icon("trash"),
        )
        self.action_find = self._action(
            self.tr("Find"), QKeySequence.StandardKey.Find, self.tr("Search the thank-yous"), self._focus_search
        )
        self.method_actions: dict[ThankMethod, QAction] = {}
        self.method_menu = QMenu(self.tr("Set &method"), self)
        for number, method in enumerate(ThankMethod, start=1):
            action = self._action(
                label(method),
                f"Ctrl+Alt+{number}",
                self.tr("Thank them by: %1").replace("%1", label(method)),
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
            self.buttons[name] = tool_button(action)
            buttons.addWidget(self.buttons[name])
        method_button = QToolButton()
        method_button.setText(self.tr("Set &method"))
        method_button.setIcon(icons.icon("thanks"))
        method_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        method_button.setMenu(self.method_menu)
        method_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        method_button.setToolTip(self.tr("How to thank them: card, email, call or gift (Ctrl+Alt+1…4)"))
        method_button.setAccessibleName(self.tr("Set method"))
        self.buttons["method"] = method_button
        buttons.addWidget(method_button)
        buttons.addStretch(1)
        for name, action in (("email", self.action_email), ("add", self.action_add), ("delete", self.action_delete)):
            self.buttons[name] = tool_button(action)
            buttons.addWidget(self.buttons[name])
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("&Print checklist…"))
        self.print_button.setIcon(icons.icon("printer"))
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_button.setToolTip(self.tr("Print the checklist of notes to write, or save it as a PDF (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("Print checklist"))
        self.print_button.clicked.connect(self.print_checklist)
        buttons.addWidget(self.print_button)
        row = [*self.buttons.values(), self.print_button]
        # the page's width less its margins: where the buttons have room for their words, they show them
        self.fit_buttons = WordsWhereTheyFit(self, row, buttons.spacing(), room=self._room_for_buttons)

        # The table, or a sentence when there is nothing to show.
        self.table = QTableView()
        self.table.setObjectName("thanks-table")
        self.table.setAccessibleName(self.tr("Thank-yous"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        row_menu(self.table, self._context_menu)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.activated.connect(lambda _i: self.edit_current())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        for column in (STATUS, RECIPIENT, REFERRAL_DATE, DUE, METHOD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        size_columns(self.table, self.model.columns)  # from the words and formats shown: German ones are longer
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.empty = QLabel()
        self.empty.setObjectName("empty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("Nothing to show"))
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

    def _room_for_buttons(self) -> int:
        margins = self.layout().contentsMargins()
        return self.width() - margins.left() - margins.right()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _context_menu(self, index: QModelIndex, at: QPoint) -> None:
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        for action in (self.action_written, self.action_sent, self.action_owed):
            menu.addAction(action)
        menu.addMenu(self.method_menu)
        menu.addSeparator()
        menu.addAction(self.action_edit)
        menu.addAction(self.action_email)
        menu.addAction(self.action_delete)
        menu.popup(at)

    # --- loading ---

    def statuses(self) -> tuple[ThankStatus, ...]:
        return self.filter.currentData()

    def refresh(self) -> None:
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Reload from the database, keeping the selection (or the cursor's place when rows left the list)."""
        self._search_timer.stop()
        self._today = dt.date.today()
        selected = set(self.selected_ids())
        current = self.table.currentIndex().row()
        rows = thanks.list_thank_yous(self.statuses(), self.search.text(), today=self._today)
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
        n = formatting.number
        owed = self.tr("%1 owed").replace("%1", n(c["owed"]))
        if c["overdue"]:
            owed += " " + self.tr("(%1 overdue)").replace("%1", n(c["overdue"]))
        parts = [
            owed,
            self.tr("%1 to write").replace("%1", n(c["to_write"])),
            self.tr("%1 written, not sent").replace("%1", n(c["written"])),
            self.tr("%1 sent").replace("%1", n(c["sent"])),
        ]
        self.summary.setText(" · ".join(parts))
        self.summary.setToolTip(
            self.tr(
                "A thank-you is owed until it is sent: still to write, or written and not sent yet. "
                "Overdue: owed after its due date."
            )
        )

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.views.setCurrentWidget(self.table)
            return
        keys = self.action_add.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if self.search.text().strip():
            text = self.tr("No thank-yous match “%1”. Clear the search to see them all.")
            text = text.replace("%1", self.search.text().strip())
        elif self.statuses() == (ThankStatus.SENT,):
            text = self.tr("You have not sent any thank-yous yet. Mark a note as sent once it is in the post.")
        else:
            text = self.tr(
                "No thank-you notes to write: you are all caught up.\n\n"
                "When a partner sends you a referral, a thank-you appears here. "
                "To thank anyone else, use “Add thank-you…” (%1)."
            ).replace("%1", keys)
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
        self.action_email.setEnabled(len(rows) == 1 and bool(rows[0].email))
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

    # --- changes (each a Change, committed the one way) ---

    def _quick(self, action: str, rows: list[thanks.ThankRow], run, message: str | None = None) -> bool:
        """A one-click change of *rows*: *run(seen)* with the versions shown ({id: version}), or with
        None for "do it anyway" after the one conflict question.  Returns whether it was done."""
        versions = {r.id: r.version for r in rows}
        change = edits.quick(
            self.window_,
            self,
            action,
            lambda: run(versions),
            overwrite=lambda: run(None),
            seen={r.id: r for r in rows},
            now=lambda tid: next(iter(thanks.list_thank_yous(ids=[tid])), None),
            fields=ROW_FIELDS,
            message=message,
        )
        return change is not None

    def mark(self, status: ThankStatus) -> None:
        self._mark_rows(self.selected_rows(), status)

    def _mark_rows(self, rows: list[thanks.ThankRow], status: ThankStatus) -> bool:
        rows = [r for r in rows if r.status is not status]
        if not rows:
            return False
        ids = [r.id for r in rows]
        n = len(ids)
        action, done = {
            ThankStatus.OWED: (
                self.tr("Mark %n thank-you(s) still to write", "", n),
                self.tr("Marked %n thank-you(s) still to write. Ctrl+Z undoes it.", "", n),
            ),
            ThankStatus.WRITTEN: (
                self.tr("Mark %n thank-you(s) written", "", n),
                self.tr("Marked %n thank-you(s) written. Ctrl+Z undoes it.", "", n),
            ),
            ThankStatus.SENT: (
                self.tr("Mark %n thank-you(s) sent", "", n),
                self.tr("Marked %n thank-you(s) sent. Ctrl+Z undoes it.", "", n),
            ),
        }[status]
        return self._quick(action, rows, lambda seen: thanks.set_status(ids, status, expected=seen), done)

    def change_method(self, method: ThankMethod) -> None:
        rows = [r for r in self.selected_rows() if r.method is not method]
        if not rows:
            return
        ids = [r.id for r in rows]
        self._quick(
            self.tr("Set method of %n thank-you(s): %1", "", len(ids)).replace("%1", label(method)),
            rows,
            lambda seen: thanks.set_method(ids, method, expected=seen),
        )

    def delete(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        ids = [r.id for r in rows]
        self._quick(
            self.tr("Delete %n thank-you(s)", "", len(ids)),
            rows,
            lambda _seen: thanks.delete(ids),
            self.tr("Deleted %n thank-you(s). Ctrl+Z brings them back.", "", len(ids)),
        )

    def _dialog(self, existing=None):
        from refdesk.ui.thanks.dialog import ThankYouDialog

        return ThankYouDialog(self, partner_choices(active_only=True), existing)

    def add(self, partner_id: int | None = None) -> int | None:
        dialog = self._dialog()
        if partner_id is not None:
            dialog.choose_partner(partner_id)

        def write(values, _version):
            return thanks.add_thank_you(
                values["partner_id"],
                values["recipient_name"],
                note=values["note"],
                due_date=values["due_date"],
                method=values["method"],
            )

        dialog.saver = edits.FormSaver(self.window_, write)
        dialog.exec()
        change = dialog.saver.change
        if change is None:
            return None
        self.show_item(change.id)
        return change.id

    def edit_current(self) -> None:
        from refdesk.ui.thanks.dialog import values_of

        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        dialog = self._dialog(row)

        def write(values, version):
            shown = dialog.loaded or {}
            mine = {key: value for key, value in values.items() if value != shown.get(key)}  # what the user changed
            if not mine:
                return None
            return thanks.update_thank_you(row.id, expected_version=version, **mine)

        def fetch():
            now = next(iter(thanks.list_thank_yous(ids=[row.id])), None)
            return values_of(now) if now is not None else None

        dialog.saver = edits.FormSaver(self.window_, write, fetch=fetch, fields=("due_date", "method", "note"))
        dialog.mark = lambda status: self._mark_rows([row], status)  # offered once the mail window opens
        dialog.exec()

    def email_current(self) -> None:
        """The drafted note in the mail program (``mailto:`` with subject and note), then "mark it sent?"."""
        from refdesk.services import contact_links, templates
        from refdesk.ui.common.links import open_url
        from refdesk.ui.thanks.draft import ask_after_mail, note_for

        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        try:
            note = note_for(row)
        except templates.TemplateError as exc:
            edits.tell(
                self.window_, self.tr("The note cannot be drafted: %1 (Edit → Settings…)").replace("%1", str(exc))
            )
            return
        url = contact_links.mailto_url(row.email, note.subject, note.body)
        if url is None:
            words = self.tr("No email address on file for %1: add one on the Partners page.")
            edits.tell(self.window_, words.replace("%1", row.recipient))
            return
        if not open_url(url):
            edits.tell(self.window_, self.tr("No mail program opened the note; Change… (Ctrl+E) shows it to copy."))
            return
        status = ask_after_mail(self, row.recipient)
        if status is not None:
            self._mark_rows([row], status)

    def print_checklist(self) -> None:
        self.window_.actions["print_checklist"].trigger()
