"""The first start's tour: three steps (the pages, Today, logging a referral), each beside what it shows.

Offered once, when RefDesk first opens its window; closing it at any step (Skip tour, Done,
Escape, the window's close button) is remembered in the setting ``help/tour_done``, and it never
offers itself again.  Help → Take the tour shows it again on demand.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from refdesk.ui.common import settings

DONE = "help/tour_done"


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    target: str  # what the bubble stands beside: "nav", "page" or "menu"


STEPS = (
    Step(
        QT_TRANSLATE_NOOP("Tour", "Your pages"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "The list on the left holds RefDesk's pages: Today, Partners, Referrals, Thank-yous and Charts. "
            "Click one, or press Ctrl+1 to Ctrl+5.",
        ),
        "nav",
    ),
    Step(
        QT_TRANSLATE_NOOP("Tour", "Start each day on Today"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Today lists what needs doing, most urgent first: follow-ups due, thank-you notes to write, "
            "check-ins due and partners you have not heard from. Double-click a line to open it.",
        ),
        "page",
    ),
    Step(
        QT_TRANSLATE_NOOP("Tour", "Log every referral"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "When you send someone to a partner, or a partner sends someone to you, log it with "
            "File → Log referral (Ctrl+L). RefDesk then reminds you to follow up and to say thank you. "
            "Help → RefDesk guide (F1) tells the rest.",
        ),
        "menu",
    ),
)


class Tour(QDialog):
    """One bubble, moved beside each step's part of the window."""

    def __init__(self, window):
        super().__init__(window, Qt.WindowType.Tool)
        self.window_ = window
        self.setObjectName("tour")
        # A visible edge, also where no window manager draws a frame around the bubble.
        self.setStyleSheet("QDialog#tour { border: 2px solid palette(highlight); }")
        self.setWindowTitle(self.tr("RefDesk tour"))
        self.setModal(False)
        self.step = 0
        self.counter = QLabel()
        self.counter.setEnabled(False)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        for label in (self.counter, self.title, self.text):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.back = QPushButton(self.tr("&Back"))
        self.back.setToolTip(self.tr("The step before (Alt+B)"))
        self.back.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next = QPushButton(self.tr("&Next"))
        self.next.setDefault(True)
        self.next.clicked.connect(self._next)
        self.skip = QPushButton(self.tr("&Skip tour"))
        self.skip.setToolTip(self.tr("Close the tour; Help → Take the tour shows it again (Esc)"))
        self.skip.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.setFixedWidth(380)
        self.finished.connect(lambda _result: settings.put(DONE, True))
        self.show_step(0)

    def _next(self) -> None:
        if self.step == len(STEPS) - 1:
            self.accept()
        else:
            self.show_step(self.step + 1)

    def target(self) -> QWidget:
        kind = STEPS[self.step].target
        if kind == "nav":
            return self.window_.nav
        if kind == "page":
            return self.window_.stack
        return self.window_.menuBar()

    def show_step(self, index: int) -> None:
        self.step = max(0, min(index, len(STEPS) - 1))
        step = STEPS[self.step]
        number, count, title = str(self.step + 1), str(len(STEPS)), self.tr(step.title)
        self.counter.setText(self.tr("Step %1 of %2").replace("%2", count).replace("%1", number))
        self.title.setText(title)
        self.text.setText(self.tr(step.text))
        self.setAccessibleName(
            self.tr("Tour, step %1 of %2: %3").replace("%3", title).replace("%2", count).replace("%1", number)
        )
        self.back.setEnabled(self.step > 0)
        last = self.step == len(STEPS) - 1
        self.next.setText(self.tr("&Done") if last else self.tr("&Next"))
        self.next.setToolTip(self.tr("Close the tour (Alt+D)") if last else self.tr("The next step (Alt+N)"))
        if self.step == 1:
            self.window_.show_page("today")
        self.adjustSize()
        self._place()

    def _place(self) -> None:
        """Beside the step's part of the window: right of the page list, inside the page, under the menus."""
        target = self.target()
        kind = STEPS[self.step].target
        if kind == "nav":
            point = target.mapToGlobal(QPoint(target.width() + 12, 40))
        elif kind == "page":
            point = target.mapToGlobal(QPoint(max(0, target.width() - self.width() - 24), 60))
        else:
            point = target.mapToGlobal(QPoint(8, target.height() + 8))
        self.move(point)


def show_tour(window) -> Tour:
    """Help → Take the tour (and the first start's offer)."""
    tour = Tour(window)
    tour.show()
    return tour


def offer_tour(window) -> Tour | None:
    """On the first start only: the tour, unless it was closed once before."""
    if settings.get(DONE):
        return None
    return show_tour(window)
