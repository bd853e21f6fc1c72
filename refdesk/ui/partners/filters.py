"""The filter row above the partner list (words, stage, category, "Show retired", "Possible
duplicates" with their count), and the words that say how many partners the list shows, or why it
shows none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout

from refdesk.services import formatting
from refdesk.services.vocabulary import Stage, label
from refdesk.ui.help.guide import help_button


class FilterRow:
    """The filter widgets, laid out in rows (``layout``: the words, then stage and category; below them
    ``options``: the two ticks, where the page adds the count), so the page fits a 1024-pixel-wide
    window in German and Spanish too; ``changed`` is any of them changing."""

    def __init__(self):
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("partner-filter")
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("FilterRow", "Filter by name, company, category, email or tag (Ctrl+F)")
        )
        self.filter_edit.setAccessibleName(QCoreApplication.translate("FilterRow", "Filter partners"))
        self.filter_edit.setToolTip(
            QCoreApplication.translate(
                "FilterRow",
                "Type part of a name, company, category, email address or tag; several words must all match. Esc clears.",
            )
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(140)
        clear = QAction(self.filter_edit)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.filter_edit.clear)
        self.filter_edit.addAction(clear)
        self.stage_filter = QComboBox()
        self.stage_filter.setAccessibleName(QCoreApplication.translate("FilterRow", "Stage filter"))
        self.stage_filter.setToolTip(QCoreApplication.translate("FilterRow", "Show only partners at one stage"))
        self.stage_filter.addItem(QCoreApplication.translate("FilterRow", "All stages"), None)
        for stage in Stage:
            self.stage_filter.addItem(label(stage), stage)
        self.category_filter = QComboBox()
        self.category_filter.setAccessibleName(QCoreApplication.translate("FilterRow", "Category filter"))
        self.category_filter.setToolTip(QCoreApplication.translate("FilterRow", "Show only one category (profession)"))
        self.category_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category_filter.addItem(QCoreApplication.translate("FilterRow", "All categories"), "")
        self.show_retired = QCheckBox(QCoreApplication.translate("FilterRow", "Show re&tired"))
        self.show_retired.setToolTip(QCoreApplication.translate("FilterRow", "Also list partners you have retired"))
        self.show_retired.setAccessibleName(QCoreApplication.translate("FilterRow", "Show retired partners"))
        self.duplicates = QCheckBox()
        self.duplicates.setAccessibleName(QCoreApplication.translate("FilterRow", "Show only possible duplicates"))
        self.duplicates.setToolTip(
            QCoreApplication.translate(
                "FilterRow",
                "Show only the partners an import found may be the same person as another (same name or phone "
                "number), beside that other one; select one and choose Compare… to merge them or keep both",
            )
        )
        self.set_duplicate_count(0)
        self.layout = QVBoxLayout()
        self.layout.addWidget(self.filter_edit)
        choices = QHBoxLayout()
        choices.addWidget(self.stage_filter)
        choices.addWidget(help_button("stage"))
        choices.addWidget(self.category_filter)
        choices.addStretch(1)
        self.layout.addLayout(choices)
        self.options = QHBoxLayout()
        self.options.addWidget(self.show_retired)
        self.options.addWidget(self.duplicates)
        self.options.addStretch(1)

    @property
    def widgets(self) -> tuple:
        """In Tab order."""
        return self.filter_edit, self.stage_filter, self.category_filter, self.show_retired, self.duplicates

    def set_duplicate_count(self, count: int) -> None:
        """The count of partners flagged as possible duplicates, on the filter's box."""
        self.duplicates.setText(
            QCoreApplication.translate("FilterRow", "Possible d&uplicates (%1)").replace("%1", formatting.number(count))
        )

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
        self.category_filter.addItem(QCoreApplication.translate("FilterRow", "All categories"), "")
        for cat in cats:
            self.category_filter.addItem(cat, cat)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(current)))
        self.category_filter.blockSignals(False)


class CountWords(QObject):
    """The words saying how many partners the list shows, or why it shows none (a class: its
    counts have plural forms, which ``pyside6-lupdate`` sees in ``self.tr`` only)."""

    def count(self, shown: int, total: int, *, partial: bool, loading: bool) -> str:
        """What the count beside the ticks says: "12 partners", "Showing 3 of 12 partners", "Loading…".

        *partial*: only the first screenful of a big list is there yet; *loading*: the list is being reloaded.
        """
        if partial:
            return self.tr("Loading %Ln partner(s)…", "", total)
        if shown == total:
            text = self.tr("%Ln partner(s)", "", total)
        else:
            text = self.tr("Showing %1 of %Ln partner(s)", "", total).replace("%1", formatting.number(shown))
        return text + self.tr(" (updating…)") if loading else text

    def empty(
        self, shown: int, total: int, *, partial: bool, show_retired: bool, duplicates: bool = False
    ) -> str | None:
        """What the list's place says when it shows no partner (None when it shows some)."""
        if total == 0:
            return self.tr(
                "No partners yet.\n\nAdd someone who sends you work, or could: press Ctrl+N or click “New partner”."
            )
        if shown:
            return None
        if partial:
            return self.tr("Loading %Ln partner(s)…", "", total)
        if duplicates:
            return self.tr(
                "No possible duplicates to look at.\n\nWhen an import finds someone who may already be here (same "
                "name or phone number), they are listed here. Untick “Possible duplicates” to see every partner."
            )
        if show_retired:
            return self.tr("No partner matches the filter.\n\nChange the words (Esc clears them).")
        return self.tr("No partner matches the filter.\n\nChange the words (Esc clears them) or tick “Show retired”.")


def count_text(shown: int, total: int, *, partial: bool, loading: bool) -> str:
    """``CountWords.count``."""
    return CountWords().count(shown, total, partial=partial, loading=loading)


def empty_text(shown: int, total: int, *, partial: bool, show_retired: bool, duplicates: bool = False) -> str | None:
    """``CountWords.empty``."""
    return CountWords().empty(shown, total, partial=partial, show_retired=show_retired, duplicates=duplicates)
