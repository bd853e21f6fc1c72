"""File → Export all data…: a zip with a CSV per table and one JSON file, written off the UI thread."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QStyle

from refdesk.ui.common import files

log = logging.getLogger(__name__)


class ExportWorker(QThread):
    """Runs ``export_all`` with its own database connection; reports by signal, never touches widgets."""

    progressed = Signal(int, int)
    succeeded = Signal(dict)
    failed = Signal(str)  # "" when cancelled

    def __init__(self, target: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.target = target

    def run(self) -> None:
        from refdesk.db.database import db
        from refdesk.services.export import ExportCancelled, ExportError, export_all

        try:
            counts = export_all(self.target, progress=self.progressed.emit, cancelled=self.isInterruptionRequested)
        except ExportCancelled:
            self.failed.emit("")
        except ExportError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # reported in the window, with the log
            log.exception("export failed")
            self.failed.emit(f"The export failed: {exc}. Your data is unchanged.")
        else:
            self.succeeded.emit(counts)
        finally:
            if db.obj is not None:
                db.obj.close()  # this thread's connection


def default_target() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return base / f"RefDesk export {dt.date.today().isoformat()}.zip"


class Exporter(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.worker: ExportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.last_result: dict | str | None = None
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Close and obj is self.window and self.worker is not None:
            self.worker.requestInterruption()  # closing mid-export: stop it, leave no half file
            self.worker.wait(30000)
        return False

    @Slot()
    def ask_and_export(self) -> None:
        if self.worker is not None:
            return
        default = default_target()
        target, _ = files.save_path(
            self.window, files.EXPORT, "Export all data", default.name, "Zip archive (*.zip)", default.parent
        )
        if target is None:
            return
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        self.start(target)

    def start(self, target: Path) -> None:
        progress = QProgressDialog("Exporting all data…", "Cancel", 0, 0, self.window)
        progress.setWindowTitle("Export all data")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setAccessibleName("Export progress")
        self.progress = progress
        worker = ExportWorker(target, self)
        self.worker = worker
        worker.progressed.connect(self._on_progress)
        worker.succeeded.connect(lambda counts: self._on_done(target, counts))
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        progress.canceled.connect(worker.requestInterruption)
        progress.show()
        worker.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _on_done(self, target: Path, counts: dict) -> None:
        self.last_result = counts
        self._close_progress()
        rows = sum(counts.values())
        self.window.statusBar().showMessage(f"Exported {rows:,} rows to {target}", 10000)
        QMessageBox.information(
            self.window,
            "Export all data",
            f"All your data was exported to\n{target}\n\n"
            f"It holds one spreadsheet (CSV) file per table and one JSON file with everything "
            f"({counts.get('partner', 0):,} partners, {counts.get('referral', 0):,} referrals).",
        )

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.last_result = message
        self._close_progress()
        if message:
            QMessageBox.warning(self.window, "Export all data", message)
        else:
            self.window.statusBar().showMessage("Export cancelled; no file was written.", 8000)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    @Slot()
    def _on_finished(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None


def install(window) -> None:
    exporter = Exporter(window)
    window.exporter = exporter
    action = QAction("&Export all data…", window)
    action.setObjectName("action-export")
    action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    action.setToolTip("Save everything in a zip file: spreadsheet (CSV) files and one JSON file (Ctrl+Shift+E)")
    action.setStatusTip(action.toolTip())
    action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_DriveFDIcon))
    action.triggered.connect(exporter.ask_and_export)
    window.action_export = action
    window.add_file_action(action)
