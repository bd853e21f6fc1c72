"""File → Import contacts… (Ctrl+I), File → Import history…, and files dropped on the window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
)

from refdesk import APP_NAME

log = logging.getLogger(__name__)

DROPPABLE = {".csv", ".vcf", ".vcard", ".tsv", ".txt"}


def open_wizard(window, path: str | Path | None = None):
    """Show the import wizard (window-modal, not blocking); returns it."""
    from refdesk.ui.importing.wizard import ImportWizard

    old = getattr(window, "import_wizard", None)
    if old is not None and old.isVisible():
        old.raise_()
        old.activateWindow()
        if path:
            old.choose_page.path_edit.setText(str(path))
        return old
    wizard = ImportWizard(window, path=path, events=window.events)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.import_wizard = wizard
    wizard.destroyed.connect(lambda *_: setattr(window, "import_wizard", None))
    wizard.show()
    return wizard


class BatchModel(QAbstractTableModel):
    """Past imports, newest first."""

    HEADERS = ("When", "File", "Format", "Rows", "Created", "Merged", "Skipped", "Possible duplicates", "Status")

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

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        from refdesk.services.importer import FORMAT_LABELS

        b = self.batches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = f"Undone {b.undone_at:%d %b %Y %H:%M}" if b.undone_at else "Imported"
            values = (
                f"{b.when:%d %b %Y %H:%M}",
                Path(b.file).name,
                FORMAT_LABELS.get(b.format, b.format).split(" (")[0],
                f"{b.rows:,}",
                f"{b.created:,}",
                f"{b.merged:,}",
                f"{b.skipped:,}",
                f"{b.flagged:,}",
                status,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return b.file
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= index.column() <= 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class ImportHistoryDialog(QDialog):
    """File → Import history…: past imports, and Undo for one of them."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Import history")
        self.setObjectName("import-history")
        self.resize(860, 380)
        self.model = BatchModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
        self.view.setModel(self.model)
        self.view.setAccessibleName("Past imports")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            "No imports yet. Use File → Import contacts… (Ctrl+I) to bring in contacts from Google, "
            "Outlook, LinkedIn, a spreadsheet or vCard."
        )
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.undo_button = QPushButton("&Undo import…")
        self.undo_button.setToolTip("Remove the partners the selected import created and revert what it filled in")
        self.undo_button.setAccessibleName("Undo the selected import")
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
        from refdesk.services.importer import UndoProblem, undo_batch

        batch = self.selected()
        if batch is None:
            return
        answer = QMessageBox.question(
            self,
            APP_NAME,
            f"Undo the import of {Path(batch.file).name} ({batch.when:%d %b %Y %H:%M})?\n\n"
            f"This removes the {batch.created:,} partner(s) it created (except any you have logged referrals, "
            f"meetings or thank-yous with since) and reverts what it filled in on {batch.merged:,} partner(s).",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = undo_batch(batch.id)
        except UndoProblem as exc:
            QMessageBox.information(self, APP_NAME, str(exc))
            return
        message = f"Import undone: {result.removed:,} partner(s) removed, {result.reverted:,} reverted."
        if result.kept:
            message += f" Kept {len(result.kept)} you have used since."
        self.window_.statusBar().showMessage(message, 10000)
        self.window_.events.data_changed.emit("partners")
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


def install(window) -> None:
    action = QAction("&Import contacts…", window)
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setToolTip("Bring in contacts from Google, Outlook, LinkedIn, HubSpot, a spreadsheet or vCard (Ctrl+I)")
    action.setStatusTip(action.toolTip())
    action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
    action.triggered.connect(lambda: open_wizard(window))
    history = QAction("Import &history…", window)
    history.setToolTip("See past imports and undo one")
    history.setStatusTip(history.toolTip())
    history.triggered.connect(lambda: ImportHistoryDialog(window).open())
    window.add_file_action(action)
    window.add_file_action(history)
    window.action_import = action
    window.action_import_history = history
    window.import_wizard = None
    window.setAcceptDrops(True)
    window.installEventFilter(_DropFilter(window))
