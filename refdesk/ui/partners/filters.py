"""The filter row above the partner list (words, stage, category, "Show retired", "Possible
duplicates" with their count), and the words that say how many partners the list shows, or why it
shows none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit

from refdesk.services import formatting
from refdesk.services.vocabulary import Stage, label

NO_PARTNERS = "No partners yet.\n\nAdd someone who sends you work, or could: press Ctrl+N or click “New partner”."


class FilterRow:
    """The filter widgets, laid out in one row (``layout``); ``changed`` is any of them changing."""

    def __init__(self):
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("partner-filter")
        self.filter_edit.setPlaceholderText("Filter by name, company, category, email or tag (Ctrl+F)")
        self.filter_edit.setAccessibleName("Filter partners")
        self.filter_edit.setToolTip(
            "Type part of a name, company, category, email address or tag; several words must all match. Esc clears."
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(200)
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
        self.duplicates = QCheckBox()
        self.duplicates.setAccessibleName("Show only possible duplicates")
        self.duplicates.setToolTip(
            "Show only the partners an import found may be the same person as another (same name or phone "
            "number), beside that other one; select one and choose Compare… to merge them or keep both"
        )
        self.set_duplicate_count(0)
        self.layout = QHBoxLayout()
        self.layout.addWidget(self.filter_edit, 3)
        self.layout.addWidget(self.stage_filter)
        self.layout.addWidget(self.category_filter)
        self.layout.addWidget(self.show_retired)
        self.layout.addWidget(self.duplicates)

    @property
    def widgets(self) -> tuple:
        """In Tab order."""
        return self.filter_edit, self.stage_filter, self.category_filter, self.show_retired, self.duplicates

    def set_duplicate_count(self, count: int) -> None:
        """The count of partners flagged as possible duplicates, on the filter's box."""
        self.duplicates.setText(f"Possible d&uplicates ({formatting.number(count)})")

    def connect(self, slot) -> None:
        """Run *slot* whenever the filter changes."""
        self.filter_edit.textChanged.connect(slot)
        self.stage_filter.currentIndexChanged.connect(slot)
        self.category_filter.currentIndexChanged.connect(slot)
        self.show_retired.toggled.connect(slot)
        self.duplicates.toggled.connect(slot)

    def values(self) -> tuple[str, Stage | None, str, bool, bool]:
        """(words, stage, category, show retired, only possible duplicates), as
        ``PartnerTableModel.set_filter`` takes them."""
        return (
            self.filter_edit.text(),
            self.stage_filter.currentData(),
            self.category_filter.currentData() or "",
            self.show_retired.isChecked(),
            self.duplicates.isChecked(),
        )

    def categories(self) -> list[str]:
        """The categories offered (without "All categories")."""
        return [self.category_filter.itemData(i) for i in range(1, self.category_filter.count())]

    def fill_categories(self, cats: list[str]) -> None:
        """Offer *cats*, keeping the chosen one; no filter change is signalled."""
        current = self.category_filter.currentData() or ""
        if cats == self.categories():
            return
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem("All categories", "")
        for cat in cats:
            self.category_filter.addItem(cat, cat)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(current)))
        self.category_filter.blockSignals(False)


def count_text(shown: int, total: int, *, partial: bool, loading: bool) -> str:
    """What the label beside the buttons says: "12 partners", "Showing 3 of 12 partners", "Loading…".

    *partial*: only the first screenful of a big list is there yet; *loading*: the list is being reloaded.
    """
    noun = formatting.count(total, "partner")
    if partial:
        return f"Loading {noun}…"
    text = noun if shown == total else f"Showing {formatting.number(shown)} of {noun}"
    return text + " (updating…)" if loading else text


def empty_text(shown: int, total: int, *, partial: bool, show_retired: bool, duplicates: bool = False) -> str | None:
    """What the list's place says when it shows no partner (None when it shows some)."""
    if total == 0:
        return NO_PARTNERS
    if shown:
        return None
    if partial:
        return f"Loading {formatting.count(total, 'partner')}…"
    if duplicates:
        return (
            "No possible duplicates to look at.\n\nWhen an import finds someone who may already be here (same name "
            "or phone number), they are listed here. Untick “Possible duplicates” to see every partner."
        )
    hint = "" if show_retired else " or tick “Show retired”"
    return f"No partner matches the filter.\n\nChange the words (Esc clears them){hint}."
