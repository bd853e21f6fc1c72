"""File → Print thank-you checklist… (Ctrl+P): the print preview (Print…, Save as PDF…, Close)
with a choice of which notes to list."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox

from refdesk import APP_NAME
from refdesk.ui.common import settings
from refdesk.ui.common.preview import PrintPreview

log = logging.getLogger(__name__)

# (words in the preview's "Notes" box, checklist status)
CHOICES = [
    (QT_TRANSLATE_NOOP("ChecklistPreview", "Owed"), "owed"),
    (QT_TRANSLATE_NOOP("ChecklistPreview", "Owed and written, not sent"), "unsent"),
    (QT_TRANSLATE_NOOP("ChecklistPreview", "Written, not sent"), "written"),
    (QT_TRANSLATE_NOOP("ChecklistPreview", "All"), "all"),
]


def make_printer() -> QPrinter:
    from refdesk.ui.thanks import printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = settings.get("checklist/page_size") or printing.default_page_size()
    if size not in printing.PAGE_SIZES:
        size = printing.default_page_size()
    printer.setPageLayout(printing.page_layout(size))
    printer.setDocName(QCoreApplication.translate("ChecklistPreview", "Thank-you checklist"))
    printer.setCreator(APP_NAME)
    return printer


class ChecklistPreview(PrintPreview):
    """The one print preview, plus a "Notes:" choice in its tool bar."""

    def __init__(self, window, printer: QPrinter):
        super().__init__(
            window,
            printer,
            QCoreApplication.translate("ChecklistPreview", "Print thank-you checklist"),
            f"thank-you-checklist-{dt.date.today().isoformat()}.pdf",
            self.paint,
        )
        self.notes = QComboBox()
        self.notes.setAccessibleName(self.tr("Notes to list"))
        self.notes.setToolTip(self.tr("Which thank-you notes the checklist lists"))
        for text, key in CHOICES:
            self.notes.addItem(self.tr(text), key)
        wanted = settings.get("checklist/status")
        self.notes.setCurrentIndex(max(0, self.notes.findData(wanted)))
        caption = QLabel(" " + self.tr("&Notes:") + " ")
        caption.setBuddy(self.notes)
        self.add_widget(caption)
        self.add_widget(self.notes)
        self.notes.currentIndexChanged.connect(self._notes_changed)
        self.pages = 0
        self.resize(min(1100, window.width()), min(900, window.height()))

    def status(self) -> str:
        return self.notes.currentData()

    def _notes_changed(self, _index: int) -> None:
        settings.put("checklist/status", self.status())
        widget = self.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.updatePreview()

    def paint(self, printer: QPrinter) -> None:
        from refdesk.services.checklist import build_checklist
        from refdesk.ui.thanks import printing

        try:
            checklist = build_checklist(self.status())
            self.pages = len(printing.render_checklist(checklist, printer).pages)
        except Exception as exc:  # the preview must not take the window down
            log.exception("printing the checklist failed")
            QMessageBox.warning(
                self, APP_NAME, self.tr("The checklist could not be printed: %1").replace("%1", str(exc))
            )


def open_preview(window) -> ChecklistPreview | None:
    from refdesk.services import mailing
    from refdesk.ui.thanks.mail_print import warn_without_address

    status = settings.get("checklist/status") or "owed"
    if status in mailing.checklist.CHOICES:  # warn first: cards and gifts with no postal address
        missing = mailing.mailing(status).to_post
        if not warn_without_address(window, window, missing, "listed"):
            return None
    printer = make_printer()
    dialog = ChecklistPreview(window, printer)
    dialog.exec()
    size_id = printer.pageLayout().pageSize().id()
    from refdesk.ui.thanks import printing

    for name, pid in printing.PAGE_SIZES.items():
        if pid == size_id:
            settings.put("checklist/page_size", name)
    return dialog
