"""Printing for handwritten notes: File → Print mailing labels… and Print envelopes…, and the
warning, before the checklist, labels or envelopes are printed, about notes with no postal address.

The labels go on one sheet, chosen once and remembered (``labels/sheet``: Avery L7160 on A4 or
5160 on Letter, by default the one for the paper in use); envelopes are C6 or DL
(``envelopes/size``).  Both open in the one print preview (Print…, Save as PDF…, Close).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QWidget

from refdesk import APP_NAME
from refdesk.services import mailing
from refdesk.services.mailing import Addressee
from refdesk.ui.common import settings
from refdesk.ui.common.preview import PrintPreview

SHOWN_NAMES = 8


class MissingAddresses(QObject):
    """What is said of the notes with no postal address, counted in the plural."""

    def question(self, count: int, doing: str) -> str:
        """*doing*: "listed" (the checklist), "label" or "envelope" (what they will go without)."""
        if doing == "label":
            return self.tr("%n note(s) has no postal address on file, so it will get no label:", "", count)
        if doing == "envelope":
            return self.tr("%n note(s) has no postal address on file, so it will get no envelope:", "", count)
        return self.tr("%n note(s) has no postal address on file, so it will be listed without one:", "", count)

    def more(self, count: int) -> str:
        return self.tr("… and %n more", "", count)


def warn_without_address(window, parent: QWidget | None, missing: list[Addressee], doing: str) -> bool:
    """Before printing: name the notes with no postal address.  True to print anyway; "Add address…"
    opens the first one's partner to add it (and prints nothing now).  *doing*: see
    ``MissingAddresses.question``."""
    if not missing:
        return True
    words = MissingAddresses()
    names = [a.to or QCoreApplication.translate("MissingAddresses", "(no name)") for a in missing[:SHOWN_NAMES]]
    more = len(missing) - len(names)
    listed = "\n".join(f"• {name}" for name in names)
    if more > 0:
        listed += "\n" + words.more(more)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "", QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names are the user's text
    box.setText(words.question(len(missing), doing) + "\n\n" + listed)
    first = next((a for a in missing if a.partner_id is not None), None)
    add = (
        box.addButton(
            QCoreApplication.translate("MissingAddresses", "&Add address…"), QMessageBox.ButtonRole.ActionRole
        )
        if first is not None
        else None
    )
    go = box.addButton(
        QCoreApplication.translate("MissingAddresses", "&Print anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QCoreApplication.translate("MissingAddresses", "&Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(add or go)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if add is not None and clicked is add and first is not None:
        window.show_page("partners", first.partner_id)
        window.pages["partners"].edit_partner()
        return False
    return clicked is go


def sheet_name() -> str:
    from refdesk.ui.thanks import printing

    chosen = settings.get("labels/sheet")
    if chosen in mailing.SHEETS:
        return chosen
    paper = settings.get("checklist/page_size") or printing.default_page_size()
    return mailing.default_sheet(paper)


def envelope_name() -> str:
    chosen = settings.get("envelopes/size")
    return chosen if chosen in mailing.ENVELOPES else "DL"


class MailPreview(PrintPreview):
    """Labels (``kind`` "labels") or envelopes ("envelopes") for the owed notes, with the sheet or size to choose."""

    def __init__(self, window, kind: str, items: list[Addressee]):
        self.kind, self.items = kind, items
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the sheet's own margins: labels are placed from the paper's edge
        printer.setCreator(APP_NAME)
        title = (
            QCoreApplication.translate("MailPreview", "Print mailing labels")
            if kind == "labels"
            else QCoreApplication.translate("MailPreview", "Print envelopes")
        )
        printer.setDocName(
            QCoreApplication.translate("MailPreview", "Mailing labels")
            if kind == "labels"
            else QCoreApplication.translate("MailPreview", "Envelopes")
        )
        name = f"{'labels' if kind == 'labels' else 'envelopes'}-{dt.date.today().isoformat()}.pdf"
        super().__init__(window, printer, title, name, self.paint)
        self.choice = QComboBox()
        if kind == "labels":
            self.choice.setAccessibleName(self.tr("Label sheet"))
            self.choice.setToolTip(self.tr("The sheet of labels in the printer"))
            self.choice.addItem(self.tr("Avery L7160 (A4, 21 labels)"), "L7160")
            self.choice.addItem(self.tr("Avery 5160 (Letter, 30 labels)"), "5160")
            current = sheet_name()
        else:
            self.choice.setAccessibleName(self.tr("Envelope size"))
            self.choice.setToolTip(self.tr("The envelopes in the printer"))
            self.choice.addItem("DL (220 × 110 mm)", "DL")
            self.choice.addItem("C6 (162 × 114 mm)", "C6")
            current = envelope_name()
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        caption = QLabel(" " + (self.tr("S&heet:") if kind == "labels" else self.tr("S&ize:")) + " ")
        caption.setBuddy(self.choice)
        self.add_widget(caption)
        self.add_widget(self.choice)
        self._apply_layout()
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.pages = 0
        self.resize(min(1000, window.width()), min(860, window.height()))

    def _apply_layout(self) -> None:
        from refdesk.ui.thanks import labels

        chosen = self.choice.currentData()
        layout = (
            labels.sheet_layout(mailing.SHEETS[chosen]) if self.kind == "labels" else labels.envelope_layout(chosen)
        )
        self.printer_.setPageLayout(layout)

    def _choice_changed(self, _index: int) -> None:
        settings.put("labels/sheet" if self.kind == "labels" else "envelopes/size", self.choice.currentData())
        self._apply_layout()
        widget = self.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.updatePreview()

    def paint(self, printer: QPrinter) -> None:
        from refdesk.ui.thanks import labels, printing

        chosen = self.choice.currentData()
        try:
            if self.kind == "labels":
                self.pages = labels.render_labels(self.items, chosen, printer)
            else:
                self.pages = labels.render_envelopes(self.items, chosen, printer)
        except printing.PrintProblem as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))


def _open(window, kind: str) -> MailPreview | None:
    status = settings.get("checklist/status") or "owed"
    post = mailing.mailing(status if status in ("owed", "written", "unsent", "all") else "owed")
    if not post.addressed:
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, "", QMessageBox.StandardButton.Ok, window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate(
                "MailPreview",
                "No labels to print: none of the notes listed has a postal address on file. "
                "Add addresses to the partners (Edit on the Partners page), then print again.",
            )
            if kind == "labels"
            else QCoreApplication.translate(
                "MailPreview",
                "No envelopes to print: none of the notes listed has a postal address on file. "
                "Add addresses to the partners (Edit on the Partners page), then print again.",
            )
        )
        box.exec()
        return None
    if not warn_without_address(window, window, post.without_address, "label" if kind == "labels" else "envelope"):
        return None
    dialog = MailPreview(window, kind, post.addressed)
    dialog.exec()
    return dialog


def open_labels(window) -> MailPreview | None:
    return _open(window, "labels")


def open_envelopes(window) -> MailPreview | None:
    return _open(window, "envelopes")
