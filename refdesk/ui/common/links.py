"""Links that reach someone, on screen: an email address, a phone number or a website as a link.

A click (or Enter / Space) opens it through the desktop (``QDesktopServices``): the mail program
with the subject and the drafted note filled in, the phone program, the web browser.  Right-click
(or the Menu key) offers "Copy" and "Open"; Ctrl+C copies it in one step.  The text is shown
exactly as typed (a button's text, never rich text), and the links themselves are built in
``refdesk.services.contact_links``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from refdesk.services import contact_links
from refdesk.ui.common.text import plain_label, plain_tooltip

log = logging.getLogger(__name__)

WORDS = {"email": ("Email", "email address"), "phone": ("Call", "phone number"), "website": ("Open", "web address")}


def open_url(url: str) -> bool:
    """Open an already percent-encoded *url* through the desktop."""
    opened = QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))
    if not opened:
        log.info("nothing opened %s", url.split("?", 1)[0])
    return opened


def url_for(kind: str, value: str, subject: str = "", body: str = "") -> str | None:
    if kind == "email":
        return contact_links.mailto_url(value, subject, body)
    if kind == "phone":
        return contact_links.tel_url(value)
    return contact_links.web_url(value)


class ContactLink(QPushButton):
    """One email address, phone number or website: click to open, right-click or Ctrl+C to copy."""

    opened = Signal(str)  # the URL, once the desktop took it
    copied = Signal(str)

    def __init__(self, kind: str, value: str, *, subject: str = "", body: str = "", who: str = "", parent=None):
        super().__init__(parent)
        self.kind, self.value, self.subject, self.body = kind, value, subject, body
        self.url = url_for(kind, value, subject, body)
        verb, noun = WORDS[kind]
        self.setText(value.replace("&", "&&"))  # shown as typed: "&" is not an Alt letter
        self.setFlat(True)
        self.setEnabled(True)
        font = self.font()
        font.setUnderline(self.url is not None)
        self.setFont(font)
        if self.url is not None:
            pal = self.palette()
            pal.setColor(QPalette.ColorRole.ButtonText, pal.color(QPalette.ColorRole.Link))
            self.setPalette(pal)
        target = f" {who}" if who else ""
        self.setAccessibleName(f"{verb}{target}: {value}")
        tip = f"{verb}{target} ({value})" if self.url else f"Not a {noun} RefDesk can open"
        self.setToolTip(plain_tooltip(f"{tip}. Right-click or Ctrl+C to copy."))
        self.setStyleSheet("QPushButton { text-align: left; padding: 0 2px; border: none; }")
        self.clicked.connect(self.open)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda pos: self.menu().exec(self.mapToGlobal(pos)))

    def menu(self) -> QMenu:
        menu = QMenu(self)
        noun = WORDS[self.kind][1]
        menu.addAction(f"&Copy {noun}", self.copy)
        open_action = menu.addAction(f"&{WORDS[self.kind][0]}", self.open)
        open_action.setEnabled(self.url is not None)
        return menu

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if event.key() == Qt.Key.Key_Menu:
            self.menu().exec(self.mapToGlobal(self.rect().center()))
            return
        super().keyPressEvent(event)

    def open(self) -> bool:
        if self.url is None:
            return False
        if open_url(self.url):
            self.opened.emit(self.url)
            return True
        return False

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.value)
        self.copied.emit(self.value)


class LinkList(QWidget):
    """Several links of one kind, one a line, each with its label ("work", "mobile") beside it."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.links: list[ContactLink] = []
        self._rows: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.empty = plain_label("—", selectable=False)
        self._layout.addWidget(self.empty)

    def set_values(self, values: list[tuple[str, str]], who: str = "", subject: str = "", body: str = "") -> None:
        """*values*: (address or number, its label) pairs."""
        for old in self._rows:
            old.hide()
            old.deleteLater()
        self.links, self._rows = [], []
        for value, kind_label in values:
            if not value:
                continue
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            link = ContactLink(self.kind, value, subject=subject, body=body, who=who, parent=row)
            line.addWidget(link)
            if kind_label:
                line.addWidget(plain_label(f"({kind_label})", selectable=False))
            line.addStretch(1)
            self._layout.addWidget(row)
            row.show()
            self._rows.append(row)
            self.links.append(link)
        self.empty.setVisible(not self.links)

    def text(self) -> str:
        """What the list shows, one a line (as the profile's plain labels do)."""
        return "\n".join(link.value for link in self.links) or "—"
