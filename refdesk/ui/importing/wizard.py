"""The Import contacts wizard: file → detected format and column mapping → preview → import → summary.

The checking pass (preview) and the import itself run in a worker thread with its own database
connection; the worker reports by signal, the window stays responsive, and Cancel rolls the whole
import back so nothing is left behind.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWizard

from refdesk.services import failures
from refdesk.services.importer import (
    Analysis,
    ImportCancelled,
    ImportRefused,
    Options,
    Summary,
    import_change,
    run_import,
)
from refdesk.ui.common import edits, worker
from refdesk.ui.importing.finish import ImportPage
from refdesk.ui.importing.pages import ChoosePage, MappingPage, PreviewPage

log = logging.getLogger(__name__)

# --- the worker ------------------------------------------------------------------------------------------------


def _import_work(analysis: Analysis, options: Options, *, dry_run: bool, keep_outcomes: int):
    """The work of a check (dry run) or an import, for a ``Worker``; progress is (per mille, rows)."""

    def work(job) -> Summary:
        return run_import(
            analysis.source.path,
            analysis=analysis,
            mapping=analysis.mapping,
            options=options,
            dry_run=dry_run,
            progress=lambda done, size, rows: job.report(int(1000 * done / size) if size else 0, rows),
            cancelled=job.is_cancelled,
            keep_outcomes=keep_outcomes,
        )

    return work


def _explain(exc: Exception) -> str:
    if isinstance(exc, ImportRefused):
        return str(exc)
    explained = failures.import_failed(exc)  # the server's connection lost, a full disk
    if explained:
        return explained
    return QCoreApplication.translate(
        "ImportWizard",
        "The import stopped because of an unexpected problem (%1). Nothing was imported; details are in the log file.",
    ).replace("%1", str(exc))


class ImportWizard(QWizard):
    """File → Import contacts…"""

    import_finished = Signal(object)  # Summary, after a real import committed

    def __init__(self, window=None, path: str | Path | None = None):
        super().__init__(window)
        self.window_ = window  # the main window: its undo stack and events
        self.import_change = None  # the committed import, once there is one
        self.setWindowTitle(self.tr("Import contacts"))
        self.setObjectName("import-wizard")
        self.setAccessibleName(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.resize(900, 620)
        self.analysis: Analysis | None = None
        self.run: worker.Worker | None = None
        self.choose_page = ChoosePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.choose_page, self.mapping_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.setAcceptDrops(True)
        if path:
            self.choose_page.path_edit.setText(str(path))

    # the worker ------------------------------------------------------------------------------------------------

    def start_worker(self, page, *, dry_run: bool, options: Options | None = None) -> None:
        self.stop_worker()
        self.run = worker.start(
            _import_work(
                self.analysis,
                options or Options(),
                dry_run=dry_run,
                keep_outcomes=PreviewPage.PREVIEW_ROWS if dry_run else 0,
            ),
            name="import",
            on_done=page.on_finished,
            on_failed=page.on_failed,
            on_progress=page.on_progress,
            on_cancelled=page.on_cancelled,
            explain=_explain,
            cancelled_by=(ImportCancelled,),
        )

    def stop_worker(self) -> None:
        """Cancel a running check or import and wait for its rollback to finish."""
        if self.run is not None and self.run.isRunning():
            self.run.cancel()
            self.run.wait()
        self.run = None

    def busy(self) -> bool:
        return self.run is not None and self.run.isRunning()

    def imported(self, summary: Summary) -> None:
        """A real import committed: it goes on the window's undo stack (Ctrl+Z offers to undo it)."""
        if summary.batch_id is not None and self.window_ is not None:
            self.import_change = edits.commit(
                self.window_,
                import_change(summary.batch_id),
                self.tr("Imported %1. Ctrl+Z offers to undo the import.").replace("%1", Path(summary.file).name),
            )
        self.import_finished.emit(summary)

    def data_changed(self) -> None:
        if self.window_ is not None:
            self.window_.events.data_changed.emit("partners")

    # closing ---------------------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: stop a running check or import (rolled back, nothing left behind), then close."""
        self.stop_worker()
        super().reject()

    def done(self, result: int) -> None:
        self.stop_worker()
        super().done(result)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.currentPage() is self.choose_page:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.choose_page.dropEvent(event)
