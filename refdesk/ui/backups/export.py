"""File → Export all data…: a zip with a CSV per table and one JSON file, written off the UI thread."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from refdesk.ui.common import files, worker

log = logging.getLogger(__name__)


def _explain(exc: Exception) -> str:
    from refdesk.services.export import ExportError

    if isinstance(exc, ExportError):
        return str(exc)
    return QCoreApplication.translate("Exporter", "The export failed: %1. Your data is unchanged.").replace(
        "%1", str(exc)
    )


def default_target() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return base / f"RefDesk export {dt.date.today().isoformat()}.zip"


class Exporter(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.worker: worker.Worker | None = None
        self.progress: QProgressDialog | None = None
        self.last_result: dict | str | None = None
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Close and obj is self.window and self.worker is not None:
            self.worker.cancel()  # closing mid-export: stop it, leave no half file
            self.worker.wait(30000)
        return False

    @Slot()
    def ask_and_export(self) -> None:
        if self.worker is not None:
            return
        default = default_target()
        target, _ = files.save_path(
            self.window,
            files.EXPORT,
            self.tr("Export all data"),
            default.name,
            self.tr("Zip archive (*.zip)"),
            default.parent,
        )
        if target is None:
            return
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        self.start(target)

    def start(self, target: Path) -> None:
        progress = QProgressDialog(self.tr("Exporting all data…"), self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Export all data"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setAccessibleName(self.tr("Export progress"))
        self.progress = progress
        from refdesk.services.export import ExportCancelled, export_all

        job = worker.start(
            lambda job: export_all(target, progress=job.report, cancelled=job.is_cancelled),
            name="export",
            on_done=lambda counts: self._on_done(target, counts),
            on_failed=self._on_failed,
            on_progress=self._on_progress,
            on_cancelled=lambda: self._on_failed(""),
            explain=_explain,
            cancelled_by=(ExportCancelled,),
        )
        self.worker = job
        job.finished.connect(self._on_finished)
        progress.canceled.connect(job.cancel)
        progress.show()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _on_done(self, target: Path, counts: dict) -> None:
        self.last_result = counts
        self._close_progress()
        rows = sum(counts.values())
        files.announce_saved(self.window, target, self.tr("Exported %Ln row(s)", "", rows))
        QMessageBox.information(
            self.window,
            self.tr("Export all data"),
            self.tr(
                "All your data was exported to\n%1\n\n"
                "It holds one spreadsheet (CSV) file per table and one JSON file with everything (%2, %3)."
            )
            .replace("%3", self.tr("%Ln referral(s)", "", counts.get("referral", 0)))
            .replace("%2", self.tr("%Ln partner(s)", "", counts.get("partner", 0)))
            .replace("%1", str(target)),
        )

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.last_result = message
        self._close_progress()
        if message:
            QMessageBox.warning(self.window, self.tr("Export all data"), message)
        else:
            self.window.statusBar().showMessage(self.tr("Export cancelled; no file was written."), 8000)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    @Slot()
    def _on_finished(self) -> None:
        self.worker = None


def ask_and_export(window) -> None:
    """File → Export all data…: ask where, then export in the background."""
    if window.exporter is None:
        window.exporter = Exporter(window)
    window.exporter.ask_and_export()
