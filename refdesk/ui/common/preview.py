"""The one print preview: every printed sheet (the thank-you checklist, the conversations to have)
opens here, with Print…, Save as PDF… and Close as buttons in words under Qt's own tool bar and pages.

Save as PDF asks where (in the folder last used for what RefDesk saves), prints the same pages on
the same paper to that file, private (it holds people's names: ``paths.private_output``) and says where it went
(``files.announce_saved``).  Escape closes the preview too.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QToolBar, QWidget

from refdesk import APP_NAME, paths
from refdesk.services import failures
from refdesk.ui.common import files

log = logging.getLogger(__name__)


def pdf_printer(like: QPrinter, path: Path) -> QPrinter:
    """A printer writing a PDF at *path* on the paper and margins of *like*."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(like.pageLayout())
    printer.setDocName(like.docName())
    printer.setCreator(APP_NAME)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def as_pdf_path(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_pdf(
    parent: QWidget, window, printer: QPrinter, paint: Callable[[QPrinter], object], path: Path
) -> Path | None:
    """Print *paint* to a PDF at *path* (private, announced in *window*); None, with a message, if it failed."""
    path = as_pdf_path(path)
    try:
        with paths.private_output(path) as partial:  # people's names: owner-only, and whole or not at all
            pdf = pdf_printer(printer, partial)
            paint(pdf)
            del pdf  # flushes and closes the file
            if partial.stat().st_size == 0:
                full = paths.disk_is_full(path.parent)
                raise OSError(errno.ENOSPC if full else errno.EIO, "nothing could be written")
    except OSError as exc:
        words = QCoreApplication.translate("PrintPreview", "The PDF could not be saved to %1: %2.")
        QMessageBox.warning(parent, APP_NAME, words.replace("%1", str(path)).replace("%2", failures.reason(exc)))
        return None
    files.announce_saved(window, path, QCoreApplication.translate("PrintPreview", "PDF saved"))
    return path


class PrintPreview(QPrintPreviewDialog):
    """Qt's print preview with Print…, Save as PDF… and Close in words; *paint(printer)* draws the pages."""

    def __init__(self, window, printer: QPrinter, title: str, pdf_name: str, paint: Callable[[QPrinter], object]):
        super().__init__(printer, window)
        self.window_ = window
        self.printer_ = printer
        self.pdf_name = pdf_name
        self._paint = paint
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.paintRequested.connect(paint)
        self.toolbar = self.findChild(QToolBar)
        # Qt's own Print action, by its words in English or in the language spoken (it has no name)
        words = ("Print", QCoreApplication.translate("QPrintPreviewDialog", "Print"))
        qt_print = next((a for a in self.toolbar.actions() if a.text() in words), None) if self.toolbar else None
        self.print_action = self._action(
            QCoreApplication.translate("PrintPreview", "&Print…"),
            QCoreApplication.translate("PrintPreview", "Send these pages to a printer (Ctrl+P)"),
            "Ctrl+P",
        )
        if qt_print is not None:
            self.print_action.triggered.connect(qt_print.trigger)
        self.pdf_action = self._action(
            QCoreApplication.translate("PrintPreview", "Save as P&DF…"),
            QCoreApplication.translate("PrintPreview", "Save these pages as a PDF file (Ctrl+Shift+S)"),
            "Ctrl+Shift+S",
            self.save_pdf_dialog,
        )
        self.close_action = self._action(
            QCoreApplication.translate("PrintPreview", "&Close"),
            QCoreApplication.translate("PrintPreview", "Close the preview (Esc)"),
            QKeySequence.StandardKey.Close,
        )
        self.close_action.triggered.connect(self.reject)
        # Print…, Save as PDF… and Close in words, in a row under the pages (the tool bar is full of icons)
        self.button_box = QDialogButtonBox()
        self.buttons: list[QPushButton] = []
        for action, role in (
            (self.print_action, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.pdf_action, QDialogButtonBox.ButtonRole.ActionRole),
            (self.close_action, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button = self.button_box.addButton(action.text(), role)
            button.setToolTip(action.toolTip())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            self.buttons.append(button)
        layout = self.layout()
        if layout is not None:
            layout.addWidget(self.button_box)
        self.saved: Path | None = None

    def add_widget(self, widget: QWidget) -> None:
        """Put a page's own control (a choice of what to print) at the end of the tool bar."""
        if self.toolbar is not None:
            self.toolbar.addWidget(widget)

    def _action(self, text: str, tip: str, shortcut, slot=None) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def save_pdf_dialog(self) -> Path | None:
        chosen, _ = files.save_path(
            self,
            files.EXPORT,
            QCoreApplication.translate("PrintPreview", "Save as PDF"),
            self.pdf_name,
            QCoreApplication.translate("PrintPreview", "PDF file (*.pdf)"),
        )
        if chosen is None:
            return None
        return self.save_pdf(chosen)

    def save_pdf(self, path: Path) -> Path | None:
        self.saved = save_pdf(self, self.window_, self.printer_, self._paint, path)
        return self.saved
