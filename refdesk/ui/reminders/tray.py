"""The tray icon: RefDesk's icon with the count of what is due, a tooltip, and its menu
(Open RefDesk; what is due today, each opening it in the window; Snooze until tomorrow; Quit)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from refdesk.services.notifications import Item

MENU_ITEMS = 10  # what is due, listed in the menu; the rest are on Today
ICON_SIZE = 64


def menu_text(text: str) -> str:
    """User text as a menu shows it literally (an ``&`` is not a shortcut letter)."""
    return text.replace("&", "&&").replace("\n", " ")


def badge_icon(base: QIcon, count: int) -> QIcon:
    """*base* with *count* in a red disc in its corner (none for 0; "99+" past 99)."""
    pixmap = base.pixmap(ICON_SIZE, ICON_SIZE)
    if pixmap.isNull():
        pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
        pixmap.fill(QColor("#2f6f9f"))
    if count <= 0:
        return QIcon(pixmap)
    text = str(count) if count < 100 else "99+"
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = int(ICON_SIZE * (0.56 if len(text) < 3 else 0.7))
    disc = QRect(ICON_SIZE - side, 0, side, side)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c62828"))
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(side * (0.62 if len(text) < 2 else 0.48)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class RemindersTray(QObject):
    """The icon in the notification area and its menu; says what the user chose by signal."""

    open_requested = Signal()
    item_requested = Signal(object)  # an Item
    today_requested = Signal()
    snooze_requested = Signal()
    quit_requested = Signal()

    def __init__(self, base_icon: QIcon, parent: QObject | None = None):
        super().__init__(parent)
        self.base_icon = base_icon
        self.icon = QSystemTrayIcon(parent)
        self.icon.setObjectName("reminders-tray")
        self.menu = QMenu()
        self.menu.setObjectName("reminders-menu")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.items: list[Item] = []
        self.snoozed = False
        self.set_items([])

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_items(self, items: list[Item], *, snoozed: bool = False) -> None:
        """Show *items* (what is due today) in the icon, its tooltip and its menu."""
        self.items = list(items)
        self.snoozed = snoozed
        count = len(self.items)
        self.icon.setIcon(badge_icon(self.base_icon, count))
        if count:
            tip = self.tr("RefDesk: %n thing(s) due today", "", count)
        else:
            tip = self.tr("RefDesk: nothing due today")
        if snoozed:
            tip += "\n" + self.tr("Reminders snoozed until tomorrow")
        self.icon.setToolTip(tip)
        self._build_menu()

    def _build_menu(self) -> None:
        menu = self.menu
        menu.clear()
        opening = menu.addAction(self.tr("&Open RefDesk"))
        opening.setObjectName("open")
        font = opening.font()
        font.setBold(True)
        opening.setFont(font)
        opening.triggered.connect(self.open_requested)
        menu.addSeparator()
        if not self.items:
            nothing = menu.addAction(self.tr("Nothing due today"))
            nothing.setEnabled(False)
        for item in self.items[:MENU_ITEMS]:
            action = menu.addAction(menu_text(item.title))
            action.setObjectName("item")
            action.setData(item.uid)
            if item.overdue:
                action.setText(self.tr("%1 (overdue)").replace("%1", menu_text(item.title)))
            action.triggered.connect(lambda _checked=False, chosen=item: self.item_requested.emit(chosen))
        rest = len(self.items) - MENU_ITEMS
        if rest > 0:
            more = menu.addAction(self.tr("%n more on Today…", "", rest))
            more.setObjectName("more")
            more.triggered.connect(self.today_requested)
        menu.addSeparator()
        snooze = menu.addAction(
            self.tr("Snoozed until tomorrow") if self.snoozed else self.tr("&Snooze until tomorrow")
        )
        snooze.setObjectName("snooze")
        snooze.setEnabled(not self.snoozed)
        snooze.triggered.connect(self.snooze_requested)
        menu.addSeparator()
        quitting = menu.addAction(self.tr("&Quit"))
        quitting.setObjectName("quit")
        quitting.triggered.connect(self.quit_requested)

    def actions(self) -> list[QAction]:
        return [a for a in self.menu.actions() if not a.isSeparator()]
