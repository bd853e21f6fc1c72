"""The drafted note in the thank-you dialog: a template filled in for this thank-you, ready to copy
into a card or an email, and "Email…" that opens the mail program with the subject and the note
filled in (``mailto:``).  Once the mail window opens, the dialog offers to mark the note written
or sent.

The templates are the user's (Edit → Settings…), else ``services.templates.DEFAULTS``; a template
that no longer fills in (an unknown placeholder) says so here instead of a draft.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME
from refdesk.services import contact_links, templates
from refdesk.services.thanks import ThankRow
from refdesk.services.vocabulary import ThankStatus
from refdesk.ui.common import settings
from refdesk.ui.common.forms import buddy_label
from refdesk.ui.common.links import open_url
from refdesk.ui.common.text import plain_label


def ask_after_mail(parent: QWidget | None, recipient: str) -> ThankStatus | None:
    """The mail window is open: mark the note sent (or written)?  None: not yet."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, "", QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "DraftBox", "Your mail program has the note to %1. Once you have sent it, mark it here (Ctrl+Z undoes it)."
        ).replace("%1", recipient)
    )
    sent = box.addButton(QCoreApplication.translate("DraftBox", "Mark &sent"), QMessageBox.ButtonRole.AcceptRole)
    written = box.addButton(QCoreApplication.translate("DraftBox", "Mark &written"), QMessageBox.ButtonRole.ActionRole)
    later = box.addButton(QCoreApplication.translate("DraftBox", "&Not yet"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(sent)
    box.setEscapeButton(later)
    box.exec()
    return {sent: ThankStatus.SENT, written: ThankStatus.WRITTEN}.get(box.clickedButton())


def note_for(row: ThankRow, kind: str | None = None) -> templates.Draft:
    """The drafted note for *row* from the template for its reason (or *kind*); TemplateError if broken."""
    kind = kind or templates.kind_for(row.reason_kind, row.partner_id is not None)
    return templates.draft(kind, template_text(kind), templates.values_for(row.recipient, row.referral_id, my_name()))


def template_text(kind: str) -> str:
    """The user's template for *kind*, or the default one."""
    return settings.get(f"templates/{kind}") or templates.DEFAULTS[kind]


def my_name() -> str:
    return settings.get("me/name") or ""


class DraftBox(QGroupBox):
    """The note for *row*, from the template chosen (by default the one for its reason)."""

    mail_opened = Signal(str)  # the mailto: URL the desktop took

    def __init__(self, row: ThankRow, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Draft note"))
        self.row = row
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Template"))
        self.kind.setToolTip(self.tr("Which note to start from (edit the templates in Edit → Settings…)"))
        for kind in templates.KINDS:
            self.kind.addItem(templates.kind_words(kind), kind)
        start = templates.kind_for(row.reason_kind, row.partner_id is not None)
        self.kind.setCurrentIndex(self.kind.findData(start))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Draft note"))
        self.text.setToolTip(
            self.tr("The note with their name and the referral filled in: copy it into a card or an email")
        )
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 9 + 12)
        self.problem = plain_label()
        self.problem.hide()
        self.copy_button = QPushButton(self.tr("C&opy note"))
        self.copy_button.setToolTip(self.tr("Copy the note to the clipboard, to paste into an email or a card"))
        self.copy_button.clicked.connect(self.copy)
        self.email_button = QPushButton(self.tr("&Email…"))
        self.email_button.clicked.connect(self.email)
        buttons = QHBoxLayout()
        buttons.addWidget(buddy_label(self.tr("&Template:"), self.kind))
        buttons.addWidget(self.kind, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.email_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.text)
        layout.addWidget(self.problem)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.draft: templates.Draft | None = None
        self.refresh()

    def refresh(self) -> None:
        kind = self.kind.currentData()
        try:
            self.draft = note_for(self.row, kind)
        except templates.TemplateError as exc:
            self.draft = None
            words = self.tr("⚠ The “%1” template cannot be filled in: %2")
            self.problem.setText(words.replace("%1", templates.kind_words(kind)).replace("%2", str(exc)))
        self.problem.setVisible(self.draft is None)
        self.text.setPlainText(self.draft.body if self.draft else "")
        self.copy_button.setEnabled(self.draft is not None)
        url = self.mail_url()
        self.email_button.setEnabled(url is not None)
        self.email_button.setToolTip(
            self.tr("Open your mail program with the note to %1").replace("%1", self.row.email)
            if url
            else self.tr("No email address on file: add one to the partner to email the note")
        )

    def mail_url(self) -> str | None:
        if self.draft is None or not self.row.email:
            return None
        return contact_links.mailto_url(self.row.email, self.draft.subject, self.draft.body)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and self.draft is not None:
            clipboard.setText(self.draft.body)

    def email(self) -> bool:
        url = self.mail_url()
        if url is None or not open_url(url):
            return False
        self.mail_opened.emit(url)
        return True
