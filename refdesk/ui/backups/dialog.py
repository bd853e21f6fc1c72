"""File → Backups…: the automatic backups (date, size, counts), restore one, open their folder."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from refdesk import APP_NAME, paths
from refdesk.services import connection, formatting
from refdesk.services.backup import (
    COUNTED_TABLES,
    KEEP,
    MONTHS,
    WEEKS,
    BackupError,
    BackupInfo,
    backup_counts,
    list_backups,
    make_backup,
    restore_backup,
)
from refdesk.ui.common import files, icons, worker
from refdesk.ui.common.tables import Column, TableModel

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return (
                QCoreApplication.translate("BackupsModel", "%1 bytes").replace("%1", formatting.number(int(value)))
                if unit == "bytes"
                else f"{formatting.decimal(value, 1)} {unit}"
            )
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


def taken_text(info: BackupInfo) -> str:
    return formatting.date_time(info.taken)


class BackupsModel(TableModel):
    """One row per backup file, newest first."""

    TAKEN, KIND, SIZE = 0, 1, 2
    COLUMNS = [
        Column(
            QT_TRANSLATE_NOOP("columns", "Taken"),
            QT_TRANSLATE_NOOP("columns", "When the backup was taken"),
            "30 Sep 2026, 09:41",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Kind"),
            QT_TRANSLATE_NOOP("columns", "Daily, before an upgrade, by hand, or before a restore"),
            "Before an upgrade",
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Size"),
            QT_TRANSLATE_NOOP("columns", "The size of the backup file"),
            "999.9 MB",
            numeric=True,
        ),
        # one column for each of COUNTED_TABLES, in its order
        Column(
            QT_TRANSLATE_NOOP("columns", "Partners"),
            QT_TRANSLATE_NOOP("columns", "Partners in this backup"),
            "99,999",
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Referrals"),
            QT_TRANSLATE_NOOP("columns", "Referrals in this backup"),
            "99,999",
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Thank-yous"),
            QT_TRANSLATE_NOOP("columns", "Thank-yous in this backup"),
            "99,999",
            numeric=True,
        ),
    ]

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[BackupInfo, dict[str, int] | None]] = []

    def set_rows(self, rows: list[tuple[BackupInfo, dict[str, int] | None]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row][0]

    def counts(self, row: int) -> dict[str, int] | None:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def cell(self, index: Index, role: int):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        info, counts = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TAKEN:
                return taken_text(info)
            if column == self.KIND:
                return info.kind_label
            if column == self.SIZE:
                return human_size(info.size)
            if counts is None:
                return self.tr("damaged") if column == self.SIZE + 1 else "—"
            table = list(COUNTED_TABLES)[column - self.SIZE - 1]
            return formatting.number(counts[table])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if counts is None:
                return f"{info.path}\n" + self.tr("This file cannot be read: it is damaged and cannot be restored.")
            return str(info.path)
        if role == Qt.ItemDataRole.UserRole:
            return str(info.path)
        return None


class BackupsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.folder: Path = paths.backup_dir(window.data_dir)
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backups-dialog")
        layout = QVBoxLayout(self)
        # The dialog is resizable; no layout-driven minimum (headless Qt warns on each change of it).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        intro = QLabel(
            self.tr(
                "RefDesk backs up your database each day you open it, and before an upgrade. It keeps the newest "
                "%1 backups and one for each of the last %2 weeks and %3 months; each is checked "
                "when it is made, and one that is not sound is never kept. Restoring a backup replaces your "
                "current data with it; RefDesk first saves what you have now as one more backup, so you can "
                "change your mind."
            )
            .replace("%3", str(MONTHS))
            .replace("%2", str(WEEKS))
            .replace("%1", str(KEEP))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)

        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
        self.table.setObjectName("backups-table")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(BackupsModel.KIND, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr(
                "No backups yet.\n\nRefDesk makes one automatically each day it starts. "
                "Click “Back up now” to make one at once."
            )
        )
        self.empty.setObjectName("backups-empty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(icons.icon("restore"), self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Replace your current data with the selected backup (asks first)"))
        self.backup_button = QPushButton(icons.icon("save"), self.tr("&Back up now"))
        self.backup_button.setToolTip(self.tr("Copy the database into the backups folder now"))
        self.folder_button = QPushButton(icons.icon("folder"), self.tr("&Open backup folder"))
        self.folder_button.setToolTip(self.tr("Show %1 in your file manager").replace("%1", str(self.folder)))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(self.tr("Close this window (Esc)"))
        for button in (self.restore_button, self.backup_button, self.folder_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button.clicked.connect(self.back_up_now)
        self.folder_button.clicked.connect(self.open_folder)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.setMinimumSize(520, 300)
        self.resize(max(720, self.fontMetrics().horizontalAdvance("M") * 60), 420)
        self.refresh()

    # --- contents ------------------------------------------------------------------------------

    def refresh(self) -> None:
        rows = [(info, backup_counts(info.path)) for info in list_backups(self.folder)]
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()
        self._update_buttons()

    def select(self, path: Path) -> bool:
        """Select the backup at *path*; False if it is not listed."""
        for row in range(self.model.rowCount()):
            if self.model.backup(row).path == path:
                self.table.selectRow(row)
                return True
        return False

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.restore_button.setEnabled(row is not None and self.model.counts(row) is not None)
        self.folder_button.setEnabled(True)

    # --- actions -------------------------------------------------------------------------------

    @Slot()
    def open_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("The backup folder %1 cannot be created: %2")
                .replace("%2", str(exc.strerror or exc))
                .replace("%1", str(self.folder)),
            )
            return
        files.show_folder(self, self.folder, self.window_.statusBar())

    @Slot()
    def back_up_now(self) -> None:
        if connection.current_path() is None:
            QMessageBox.information(
                self, APP_NAME, self.tr("A team database on a server is backed up by exporting it.")
            )
            return
        self.backup_button.setEnabled(False)
        back_up(self.window_, parent=self, then=self._backed_up)

    def _backed_up(self) -> None:
        self.backup_button.setEnabled(True)
        self.refresh()

    @Slot()
    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        info, counts = self.model.backup(row), self.model.counts(row)
        what = (
            ", ".join(
                (
                    self.tr("%Ln partner(s)", "", counts["partner"]),
                    self.tr("%Ln referral(s)", "", counts["referral"]),
                    self.tr("%Ln thank-you(s)", "", counts["thank_you"]),
                )
            )
            if counts
            else ""
        )
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace your current data with the backup from %1 (%2)?\n\n"
                "Everything entered since then will be replaced. RefDesk first saves your current data "
                "as a new backup, so you can go back to it from this list."
            )
            .replace("%2", what)
            .replace("%1", taken_text(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore(info)

    def restore(self, info: BackupInfo) -> bool:
        window = self.window_
        path = connection.current_path()
        if path is None:
            QMessageBox.information(self, APP_NAME, self.tr("Backups can only be restored into a database file."))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            connection.close()
            try:
                safety = restore_backup(info.path, path, self.folder)
                error = None
            except BackupError as exc:
                safety, error = None, str(exc)
            reopened = window.switch_database(window.url)  # reopens, migrates if older, reloads every page
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh()
        if error is not None:
            QMessageBox.warning(self, APP_NAME, error)
            return False
        if not reopened:
            return False
        if safety is not None and safety.parent != self.folder:  # the database was damaged: kept as it was
            kept = "\n\n" + self.tr(
                "The damaged database was kept as it was, as %1, in case anything is to be salvaged from it."
            ).replace("%1", str(safety))
        else:
            kept = (
                "\n\n" + self.tr("Your data from before is kept as the backup “%1”.").replace("%1", safety.name)
                if safety
                else ""
            )
        QMessageBox.information(
            self, APP_NAME, self.tr("The backup from %1 was restored.").replace("%1", taken_text(info)) + kept
        )
        window.statusBar().showMessage(self.tr("Backup from %1 restored").replace("%1", taken_text(info)), 8000)
        return True


def back_up(window, *, parent=None, then=None) -> None:
    """File → Back up now: a checked backup (on a server, the portable export) made in a ``Worker``, as
    it reads the whole database twice (2 s for a 82 MB one); the status bar says where it went, or
    a box why not.  *then* is called when it is over, either way."""
    from refdesk.services.backup import export_backup

    path = connection.current_path()
    folder = paths.backup_dir(window.data_dir)
    action = window.actions["backup"]

    def work(_job) -> Path:
        return export_backup(folder) if path is None else make_backup(path, folder)

    def finished() -> None:
        action.setEnabled(True)
        if then is not None:
            then()

    def done(target: Path) -> None:
        files.announce_saved(window, target, "Export saved" if path is None else "Backup saved")
        finished()

    def failed(message: str) -> None:
        window.statusBar().clearMessage()
        QMessageBox.warning(parent or window, APP_NAME, message)
        finished()

    action.setEnabled(False)
    window.statusBar().showMessage("Backing up the database…")
    if not worker.can_run_in_background():  # an in-memory database: no other thread can see it
        try:
            done(work(None))
        except BackupError as exc:
            failed(str(exc))
        return
    worker.start(work, name="backup", on_done=done, on_failed=failed, explain=lambda exc: _explain_backup_failure(exc))


def _explain_backup_failure(exc: Exception) -> str:
    from refdesk.services import failures

    if isinstance(exc, BackupError):
        return str(exc)
    return failures.explain(exc) or QCoreApplication.translate(
        "BackupsDialog", "The backup could not be made: %1 (details are in the log file)"
    ).replace("%1", str(exc))


def open_backups(window) -> BackupsDialog:
    dialog = BackupsDialog(window)
    window.backups_dialog = dialog
    dialog.open()
    return dialog
