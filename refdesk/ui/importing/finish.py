"""The import wizard's last page: the import running, then what it did (and Undo this import)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout, QWizard, QWizardPage

from refdesk.services import formatting
from refdesk.services.importer import Summary
from refdesk.ui.common.text import plain_label
from refdesk.ui.importing import undo

if TYPE_CHECKING:
    from refdesk.ui.importing.wizard import ImportWizard


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("You can keep working; Cancel stops the import and leaves your partners as they were.")
        )
        self.status = plain_label(self.tr("Importing…"), selectable=False)
        self.status.setAccessibleName(self.tr("Import status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.details_label = plain_label(
            self.tr("Row messages (a row number is the line in the file):"), selectable=False
        )
        self.details_label.hide()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Row messages"))
        self.details.hide()
        self.undo = QPushButton(self.tr("&Undo this import"))
        self.undo.setToolTip(self.tr("Remove the partners this import created and revert what it filled in"))
        self.undo.setAccessibleName(self.tr("Undo this import"))
        self.undo.clicked.connect(self.undo_import)
        self.undo.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.details_label)
        layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.undo)
        layout.addLayout(row)
        self.summary: Summary | None = None
        self.done = False

    def initializePage(self) -> None:
        self.summary = None
        self.done = False
        self.progress.setValue(0)
        self.progress.show()
        self.details.hide()
        self.details_label.hide()
        self.undo.hide()
        self.status.setText(self.tr("Importing…"))
        self.setTitle(self.tr("Importing"))
        self.wiz.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.wiz.start_worker(self, dry_run=False, options=self.wiz.preview_page.options())

    def on_progress(self, permille: int, rows: int) -> None:
        self.progress.setValue(permille)
        self.status.setText(self.tr("Importing… %Ln row(s) read", "", rows))

    def on_finished(self, summary: Summary) -> None:
        self.summary = summary
        self.done = True
        self.progress.hide()
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(
            self.tr("Your partners list is up to date. Undo this import below if it is not what you wanted.")
        )
        self._finish_buttons()
        n = formatting.number
        lines = [
            self.tr("%Ln new partner(s) created", "", summary.created),
            self.tr("%Ln merged into partners you had", "", summary.merged),
            self.tr("%Ln row(s) skipped", "", summary.skipped),
            self.tr("%Ln marked as possible duplicate", "", summary.possible_duplicates)
            + (
                " " + self.tr("(Partners → tick “Possible duplicates” to compare and merge them)")
                if summary.possible_duplicates and not summary.dry_run
                else ""
            ),
        ]
        text = (
            self.tr("From %1 (%2):")
            .replace("%2", self.tr("%Ln row(s)", "", summary.rows))
            .replace("%1", Path(summary.file).name)
            + "\n• "
            + "\n• ".join(lines)
        )
        if summary.skip_reasons:
            text += (
                "\n\n"
                + self.tr("Skipped because:")
                + "\n"
                + "\n".join(
                    f"• {reason} ({n(count)})"
                    for reason, count in sorted(summary.skip_reasons.items(), key=lambda kv: -kv[1])
                )
            )
        if summary.batch_id is None:
            text += "\n\n" + self.tr("Nothing new was added: everything in this file is already in RefDesk.")
        self.status.setText(text)
        if summary.errors:
            self.details.setPlainText(
                "\n".join(
                    (self.tr("Row %1: ").replace("%1", str(e.row)) if e.row is not None else "") + e.message
                    for e in summary.errors[:5000]
                )
            )
            self.details.show()
            self.details_label.show()
        self.undo.setVisible(summary.batch_id is not None)
        self.undo.setEnabled(True)
        self.wiz.imported(summary)
        self.completeChanged.emit()

    def on_failed(self, message: str) -> None:
        self.done = True
        self.progress.hide()
        self._finish_buttons()
        self.setTitle(self.tr("Nothing was imported"))
        self.status.setText(f"{message}\n\n" + self.tr("Your partners are as they were."))
        self.completeChanged.emit()

    def on_cancelled(self) -> None:
        self.done = True
        self.progress.hide()
        self._finish_buttons()
        self.setTitle(self.tr("Import cancelled"))
        self.status.setText(self.tr("The import was cancelled. Nothing was imported; your partners are as they were."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done

    def _finish_buttons(self) -> None:
        """Once the import has ended there is nothing to cancel: only Finish remains."""
        self.wiz.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    @Slot()
    def undo_import(self) -> None:
        if self.summary is None or self.summary.batch_id is None or self.wiz.window_ is None:
            return
        text = undo.undo_import(self.wiz.window_, self, self.summary.batch_id)
        if text:
            self.undo.setEnabled(False)
            self.status.setText(text)
