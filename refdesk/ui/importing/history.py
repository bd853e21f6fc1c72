"""File → Import contacts… (Ctrl+I), File → Import history…, and files dropped on the window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from refdesk.i18n import _
from refdesk.services import formatting
from refdesk.ui.common.tables import Column, TableModel
from refdesk.ui.importing.undo import undo_import

log = logging.getLogger(__name__)

DROPPABLE = {".csv", ".vcf", ".vcard", ".tsv", ".txt"}


def open_wizard(window, path: str | Path | None = None):
    """Show the import wizard (window-modal, not blocking); returns it."""
    from refdesk.ui.importing.wizard import ImportWizard

    old = window.import_wizard
    if old is not None and old.isVisible():
        old.raise_()
        old.activateWindow()
        if path:
            old.choose_page.path_edit.setText(str(path))
        return old
    wizard = ImportWizard(window, path=path)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.import_wizard = wizard
    wizard.destroyed.connect(lambda *_: setattr(window, "import_wizard", None))
    wizard.show()
    return wizard


class BatchModel(TableModel):
    """Past imports, newest first."""

    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("columns", "When"),
            QT_TRANSLATE_NOOP("columns", "When the import ran"),
            "30 Sep 2026, 09:41",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "File"),
            QT_TRANSLATE_NOOP("columns", "The file imported"),
            "google-contacts.csv",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Format"),
            QT_TRANSLATE_NOOP("columns", "The kind of file it was"),
            "Google Contacts",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Rows"),
            QT_TRANSLATE_NOOP("columns", "Rows in the file"),
            "99,999",
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Created"),
            QT_TRANSLATE_NOOP("columns", "New partners it added"),
            "99,999",
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Merged"),
            QT_TRANSLATE_NOOP("columns", "Partners already there that it filled in"),
            "99,999",
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Skipped"),
            QT_TRANSLATE_NOOP("columns", "Rows it left out"),
            "99,999",
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Possible duplicates"),
            QT_TRANSLATE_NOOP("columns", "New partners that look like one already there"),
            "99,999",
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Status"),
            QT_TRANSLATE_NOOP("columns", "Imported, or undone (when)"),
            "Undone 30 Sep 2026, 09:41",
        ),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.batches = []

    def reload(self) -> None:
        from refdesk.services.importer import list_batches

        self.beginResetModel()
        self.batches = list_batches()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.batches)

    def cell(self, index: QModelIndex, role):
        if not index.isValid():
            return None
        from refdesk.services.importer import FORMAT_LABELS

        b = self.batches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = (
                self.tr("Undone %1").replace("%1", formatting.date_time(b.undone_at))
                if b.undone_at
                else self.tr("Imported")
            )
            n = formatting.number
            values = (
                formatting.date_time(b.when),
                Path(b.file).name,
                _(FORMAT_LABELS.get(b.format, b.format)).split(" (")[0],
                n(b.rows),
                n(b.created),
                n(b.merged),
                n(b.skipped),
                n(b.flagged),
                status,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return b.file
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return None


class ImportHistoryDialog(QDialog):
    """File → Import history…: past imports, and Undo for one of them."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Import history"))
        self.setObjectName("import-history")
        self.resize(860, 380)
        self.model = BatchModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Past imports"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr(
                "No imports yet. Use File → Import contacts… (Ctrl+I) to bring in contacts from Google, "
                "Outlook, LinkedIn, a spreadsheet or vCard."
            )
        )
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo import…"))
        self.undo_button.setToolTip(
            self.tr("Remove the partners the selected import created and revert what it filled in")
        )
        self.undo_button.setAccessibleName(self.tr("Undo the selected import"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.view.setVisible(has)
        if has:
            self.view.selectRow(0)
        self._update()

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.batches[rows[0].row()] if rows else None

    def _update(self, *_args) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    @Slot()
    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        message = undo_import(self.window_, self, batch.id)
        if message:
            self.window_.statusBar().showMessage(message, 10000)
        self.reload()


class _DropFilter(QObject):
    """Contacts files dropped anywhere on the main window open the wizard."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window

    @staticmethod
    def _paths(event) -> list[str]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [
            u.toLocalFile()
            for u in data.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in DROPPABLE
        ]

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self._paths(event):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            paths = self._paths(event)
            if paths:
                event.acceptProposedAction()
                open_wizard(self.window_, paths[0])
                return True
        return False


def open_history(window) -> None:
    """File → Import history…"""
    ImportHistoryDialog(window).open()


def accept_drops(window) -> None:
    """A contacts file dropped anywhere on the window opens the import wizard with it."""
    window.setAcceptDrops(True)
    window.installEventFilter(_DropFilter(window))
