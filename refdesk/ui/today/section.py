"""One list on the Today page: a table, an empty-state sentence and its buttons.

The columns always fit the list's width, so the last one is never cut off (German words are long):
each column is as wide as its content, and when they do not all fit, the widest text columns give
way first, down to their titles (their text ends in "…"; the tooltip has it whole).  Figures and
dates keep their width (``DueColumn.elastic``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout

from refdesk.services import formatting
from refdesk.ui.common.tables import setup_table
from refdesk.ui.today.models import ROW_ROLE, DueColumn, DueModel


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
        self.view.viewport().installEventFilter(self)  # a new width: the columns fit again
        self._natural: list[int] = []
        self.view.activated.connect(lambda _i: self.open_current())
        self.view.doubleClicked.connect(lambda _i: self.open_current())

        self.empty_text = empty
        self.empty = QLabel(empty)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setAccessibleName(QCoreApplication.translate("Section", "%1: nothing to do").replace("%1", title))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.open_button = QPushButton(QCoreApplication.translate("Section", "&Open"))
        self.open_button.setToolTip(
            QCoreApplication.translate("Section", "Open the selected item (Enter or double-click)")
        )
        self.open_button.setAccessibleName(
            QCoreApplication.translate("Section", "Open selected in %1").replace("%1", title)
        )
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

    def add_help(self, term: str) -> None:
        """The "?" of the practice's word this list is about, at the end of its buttons."""
        from refdesk.ui.help.guide import help_button

        self.buttons.addWidget(help_button(term))

    def show_loading(self) -> None:
        self.empty.setText(QCoreApplication.translate("Section", "Loading…"))
        self.stack.setCurrentIndex(1)

    def set_rows(self, rows: list, total: int) -> None:
        self.empty.setText(self.empty_text)
        self.model.set_rows(rows)
        self._measure()
        self.setTitle(f"{self.base_title} ({formatting.number(total)})" if total else self.base_title)
        self.stack.setCurrentIndex(0 if rows else 1)
        more = (
            QCoreApplication.translate("Section", "showing %1 of %2")
            .replace("%1", formatting.number(len(rows)))
            .replace("%2", formatting.number(total))
        )
        self.more.setText(more if total > len(rows) else "")
        if rows:  # not selectRow(): with Ctrl still held (Ctrl+D just pressed) that would toggle the row off
            first = self.model.index(0, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(first, flags)

    def _measure(self) -> None:
        """Each column's own width (its widest cell or its title), once per load (ResizeToContents
        would re-measure on every change); then fit them to the list's width.

        The cells' texts are measured with the font's metrics and only each column's widest cell
        is measured as Qt does (``sizeHintForIndex``: the same width ``sizeHintForColumn`` gives,
        as ``test_columns_as_wide_as_qt_measures_them`` checks).  Asking Qt for every cell asks the
        model for seven roles a cell: the Today page's 8 lists of 50 rows took 33 ms, this way 7 ms
        (medians, 10,000 partners and 100,000 referrals), twice at start-up (the last known Today,
        then read afresh)."""
        view, header, model = self.view, self.view.horizontalHeader(), self.model
        metrics = view.fontMetrics()

        def advance(text: str) -> int:  # a cell shows each line of its text on a line of its own
            return max(map(metrics.horizontalAdvance, text.split("\n")))

        grid = 1 if view.showGrid() else 0
        self._natural = []
        for i, column in enumerate(model.columns):
            width = header.sectionSizeHint(i)
            if model.rows:
                texts = [column.text(row) for row in model.rows]
                widest = max(range(len(texts)), key=lambda r: advance(texts[r]))
                width = max(width, view.sizeHintForIndex(model.index(widest, i)).width() + grid)
            self._natural.append(width)
        self.fit_columns()

    def fit_columns(self) -> None:
        """The columns' widths for the list's width now (see the module's docstring)."""
        if not self._natural:
            return
        header = self.view.horizontalHeader()
        least = self.view.fontMetrics().averageCharWidth() * 8  # a narrowed column still shows a word or two
        floors = [
            min(width, max(header.sectionSizeHint(i), least)) if column.elastic and not column.numeric else width
            for i, (width, column) in enumerate(zip(self._natural, self.model.columns, strict=True))
        ]
        widths = fit_widths(self._natural, floors, self.view.viewport().width())
        for i, width in enumerate(widths):  # the last one then stretches to the edge, never below its width here
            header.resizeSection(i, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.fit_columns()
        return super().eventFilter(watched, event)

    def set_column_tip(self, column: int, tip: str) -> None:
        """Say in column *column*'s header tooltip what it counts now (a rule set in Settings)."""
        self.model.set_tip(column, tip)

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


def fit_widths(natural: list[int], floors: list[int], available: int) -> list[int]:
    """Widths no wider than *natural* that add up to at most *available*, found by capping the widest
    columns at one width (never below their *floors*); *natural* when they fit already."""
    if sum(natural) <= available:
        return list(natural)
    low, high = 0, max(natural)
    while low < high:  # the widest cap that fits
        cap = (low + high + 1) // 2
        if sum(max(floor, min(width, cap)) for width, floor in zip(natural, floors, strict=True)) <= available:
            low = cap
        else:
            high = cap - 1
    return [max(floor, min(width, low)) for width, floor in zip(natural, floors, strict=True)]
