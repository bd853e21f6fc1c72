"""The filter bar above the referral log: direction, status, partner, period (or custom dates) and
search words, and the ``ReferralFilter`` they stand for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from refdesk.services import referrals as svc
from refdesk.services import rules
from refdesk.services.partners import partner_choices
from refdesk.services.vocabulary import Direction, ReferralStatus, label
from refdesk.ui.common.forms import DateField
from refdesk.ui.help.guide import help_button

ANY, OPEN, DUE = "any", "open", "due"
PERIODS = [
    (QT_TRANSLATE_NOOP("FilterBar", "Any time"), None),
    (QT_TRANSLATE_NOOP("FilterBar", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("FilterBar", "Last 90 days"), 90),
    (QT_TRANSLATE_NOOP("FilterBar", "Last 12 months"), "window"),  # rules.window: the same months as everywhere else
    (QT_TRANSLATE_NOOP("FilterBar", "This year"), "year"),
    (QT_TRANSLATE_NOOP("FilterBar", "Custom dates…"), "custom"),
]
TYPING_PAUSE_MS = 250
"""Words typed are applied once the typing pauses this long (or at Enter)."""


class FilterBar(QObject):
    """The filters' widgets, laid out in one row (``layout``).

    ``changed`` asks for the filter to be applied: at once for a choice, after a pause for typing
    (``cancel_pending`` drops a pause still running once the filter is applied).
    """

    changed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Given and received"), None)
        self.direction.addItem(self.tr("Given"), Direction.GIVEN)
        self.direction.addItem(self.tr("Received"), Direction.RECEIVED)
        self.direction.setAccessibleName(self.tr("Direction filter"))
        self.direction.setToolTip(self.tr("Show referrals you gave, received, or both"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), ANY)
        self.status.addItem(self.tr("Still open"), OPEN)
        self.status.addItem(self.tr("Follow-up due"), DUE)
        for status in ReferralStatus:
            self.status.addItem(label(status), status)
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.setToolTip(
            self.tr("Still open: passed, contacted or meeting. Follow-up due: check the connection now.")
        )
        self.partner = QLineEdit()
        self.partner.setPlaceholderText(self.tr("Any partner"))
        self.partner.setClearButtonEnabled(True)
        self.partner.setAccessibleName(self.tr("Partner filter"))
        self.partner.setToolTip(self.tr("Only referrals with this partner (as partner or as prospect)"))
        self._partner_ids: dict[str, int] = {}
        self.partner_model = QStringListModel(self)
        completer = QCompleter(self.partner_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.partner.setCompleter(completer)
        self.period = QComboBox()
        for text, value in PERIODS:
            self.period.addItem(self.tr(text), value)
        self.period.setAccessibleName(self.tr("Period filter"))
        self.period.setToolTip(self.tr("Only referrals dated in this period"))
        today = QDate.currentDate()
        self.date_from = DateField(
            today.addMonths(-3).toPython(), name=self.tr("From date"), tooltip=self.tr("First day shown")
        )
        self.date_to = DateField(today.toPython(), name=self.tr("To date"), tooltip=self.tr("Last day shown"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search prospect, partner, need, notes…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search referrals"))
        self.search.setToolTip(self.tr("Find referrals by prospect, partner, company, need, notes or feedback"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every referral again"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.layout = self._lay_out()
        self._show_dates(False)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TYPING_PAUSE_MS)
        self._text_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._text_timer.start())
        self.search.returnPressed.connect(self.changed)
        self.partner.textChanged.connect(self._partner_text_changed)
        completer.activated.connect(lambda _t: self.changed.emit())
        for combo in (self.direction, self.status):
            combo.currentIndexChanged.connect(self.changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)

    def _lay_out(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("Show:"), self.direction),
            (None, self.status),
            (None, self.partner),
            (None, self.period),
            (None, self.date_from),
            ("–", self.date_to),
        ):
            if text:
                lab = QLabel(text)
                lab.setBuddy(widget)
                row.addWidget(lab)
                if widget is self.date_to:
                    self.dash = lab
            row.addWidget(widget)
            if widget is self.status:
                row.addWidget(help_button("status"))
        row.addWidget(self.search, 1)
        row.addWidget(self.clear_button)
        return row

    # --- the filter ---------------------------------------------------------------------------

    def current(self) -> svc.ReferralFilter:
        """The filter the widgets stand for (periods counted back from today)."""
        status = self.status.currentData()
        date_from = date_to = None
        period = self.period.currentData()
        today = dt.date.today()
        if period == "custom":
            d1, d2 = self.date_from.date(), self.date_to.date()
            date_from = dt.date(d1.year(), d1.month(), d1.day())
            date_to = dt.date(d2.year(), d2.month(), d2.day())
        elif period == "year":
            date_from = dt.date(today.year, 1, 1)
        elif period == "window":
            date_from = rules.window_start(today)
        elif isinstance(period, int):
            date_from = today - dt.timedelta(days=period)
        partner_text = self.partner.text().strip()
        partner_id = self._partner_ids.get(partner_text)
        return svc.ReferralFilter(
            direction=self.direction.currentData(),
            status=status if isinstance(status, ReferralStatus) else None,
            open_only=status == OPEN,
            due_only=status == DUE,
            partner_id=partner_id,
            date_from=date_from,
            date_to=date_to,
            # a partner name typed that is not in the list searches like text
            text=" ".join(
                t for t in (self.search.text().strip(), "" if partner_id or not partner_text else partner_text) if t
            )[:200],
        )

    def active(self) -> bool:
        """Some filter narrows the log."""
        return self.current() != svc.ReferralFilter()

    def cancel_pending(self) -> None:
        """The filter was just applied: words typed before need not be applied again."""
        self._text_timer.stop()

    def clear(self) -> None:
        """Every filter back to "any" (one ``changed``, not one per widget)."""
        widgets = (self.direction, self.status, self.period, self.partner, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        self.direction.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.period.setCurrentIndex(0)
        self.partner.clear()
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._show_dates(False)
        self.changed.emit()

    def load_partners(self) -> None:
        """The partners the partner box completes, as every picker names them."""
        self._partner_ids.clear()
        labels = []
        for pid, text in partner_choices():
            self._partner_ids[text] = pid
            labels.append(text)
        self.partner_model.setStringList(labels)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- reacting -----------------------------------------------------------------------------

    def _partner_text_changed(self, text: str) -> None:
        if not text.strip() or text.strip() in self._partner_ids:
            self.changed.emit()
        else:
            self._text_timer.start()

    def _period_changed(self) -> None:
        self._show_dates(self.period.currentData() == "custom")
        self.changed.emit()

    def _show_dates(self, shown: bool) -> None:
        for widget in (self.date_from, self.date_to, self.dash):
            widget.setVisible(shown)
