"""The Charts page: given vs received per month, balance per partner, value of closed business.

Building this page is what imports matplotlib (through ``refdesk.ui.charts.panel``), unless
``preload()`` did so first, in a worker, the first time the page was asked for
(``ui/common/page_loading.py``); the same worker then reads what the page first shows
(``data.first_view``), so the page opens without querying in the window's thread.  What the page
reads is in ``data.py``.  A period change redraws from series kept since the last refresh: the
whole history is read once per refresh and sliced, and only the per-partner balances are queried
for a window not shown since; the partner box's list is read again on each refresh.  Before each
drawing the charts are told whose referrals and which period they show (``ChartContext``), for
their hover texts, summaries and exported titles.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from refdesk.services import formatting, stats
from refdesk.services.partners import partner_choices
from refdesk.ui.charts import data
from refdesk.ui.charts.balance import BalanceChart
from refdesk.ui.charts.monthly import GivenReceivedChart, ValueChart
from refdesk.ui.charts.panel import ALL_PARTNERS, ChartContext
from refdesk.ui.common.forms import DateField
from refdesk.ui.common.page import Page
from refdesk.ui.common.page import heading as page_heading
from refdesk.ui.common.text import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex

PERIODS = [
    ("12", QT_TRANSLATE_NOOP("charts", "Last 12 months")),
    ("24", QT_TRANSLATE_NOOP("charts", "Last 24 months")),
    ("all", QT_TRANSLATE_NOOP("charts", "All time")),
    ("custom", QT_TRANSLATE_NOOP("charts", "Custom range…")),
]
translate = QCoreApplication.translate


class PartnerChoices(QAbstractListModel):
    """ "All partners" and then each partner with referrals: text to show, partner id as user data."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[int | None, str]] = [(None, translate("charts", ALL_PARTNERS))]

    def set_choices(self, choices: list[tuple[int, str]]) -> bool:
        """Replace the partners (``(id, text)``, in order); False when nothing changed."""
        rows = [(None, translate("charts", ALL_PARTNERS)), *choices]
        if rows == self._rows:
            return False
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        return True

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        pid, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:  # a long name cut off in the box, in full
            return plain_tooltip(text)
        if role == Qt.ItemDataRole.UserRole:
            return pid
        return None


def preload() -> None:
    """What building this page needs that can load off the window's thread: matplotlib (see page_loading)."""
    from refdesk.ui.charts.loading import load_matplotlib

    load_matplotlib()


class ChartsPage(Page):
    key = "charts"
    title = QT_TRANSLATE_NOOP("pages", "Charts")

    def __init__(self, window, parent=None, prefetched: data.Read | None = None):
        """*prefetched*: ``data.first_view()`` read while the page's code loaded, drawn from instead of
        querying again (when it was read today, in the currency in use)."""
        super().__init__(window, parent)
        self._cache: dict = {}
        self._today = dt.date.today()

        # Controls
        self.period = QComboBox()
        for key, text in PERIODS:
            self.period.addItem(translate("charts", text), key)
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setToolTip(self.tr("Which months the charts cover"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.date_from = DateField(name=self.tr("From date"), tooltip=self.tr("From which date (custom range)"))
        self.date_to = DateField(name=self.tr("To date"), tooltip=self.tr("To which date (custom range)"))
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._custom_changed)
        self.to_label = QLabel(self.tr("to"))
        self.choices = PartnerChoices(self)
        self.partner = QComboBox()
        self.partner.setEditable(True)
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.partner.setModel(self.choices)
        completer = QCompleter(self.choices, self.partner)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.partner.setCompleter(completer)
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.setToolTip(self.tr("Chart all partners together, or one partner (type to search)"))
        self.partner.setMinimumContentsLength(24)
        self.partner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        partner_label = QLabel(self.tr("P&artner:"))
        partner_label.setBuddy(self.partner)

        controls = QHBoxLayout()
        controls.addWidget(period_label)
        controls.addWidget(self.period)
        controls.addWidget(self.date_from)
        controls.addWidget(self.to_label)
        controls.addWidget(self.date_to)
        controls.addSpacing(16)
        controls.addWidget(partner_label)
        controls.addWidget(self.partner)
        controls.addStretch(1)

        # Charts
        self.given_received = GivenReceivedChart()
        self.balance = BalanceChart()
        self.value = ValueChart()
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.given_received, 0, 0, 1, 2)
        grid.addWidget(self.balance, 1, 0)
        grid.addWidget(self.value, 1, 1)
        grid.setRowStretch(0, 5)
        grid.setRowStretch(1, 6)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.panels = (self.given_received, self.balance, self.value)

        # Empty state
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_text = QLabel(
            self.tr(
                "No referrals yet, so there is nothing to chart.\n\n"
                "Log the referrals you give and receive on the Referrals page, and these charts will show, "
                "month by month, whether each partnership is a two-way street."
            )
        )
        self.empty_text.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_text.setWordWrap(True)
        self.go_referrals = QPushButton(self.tr("Go to &Referrals"))
        self.go_referrals.setToolTip(self.tr("Open the referral log (Ctrl+3)"))
        self.go_referrals.setAccessibleName(self.tr("Go to Referrals"))
        self.go_referrals.clicked.connect(lambda: self.events.show_requested.emit("referrals", None))
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.go_referrals, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(grid_host)
        self.stack.addWidget(empty)

        heading = page_heading(QCoreApplication.translate("pages", self.title))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(controls)
        layout.addWidget(self.stack, 1)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.partner.currentIndexChanged.connect(lambda _i: self.redraw())
        self._set_custom_visible(False)
        self.refresh(prefetched)

    # --- data ------------------------------------------------------------------------------------

    def _load_partners(self) -> None:
        """Read the partner list; if the partner being charted is no longer in it, chart all partners."""
        current = self.partner.currentData()
        self.partner.blockSignals(True)
        try:
            if "choices" not in self._cache:
                self._cache["choices"] = partner_choices(with_referrals=True)
            if not self.choices.set_choices(self._cache["choices"]):
                return
            index = self.partner.findData(current) if current is not None else 0
            self.partner.setCurrentIndex(max(0, index))
        finally:
            self.partner.blockSignals(False)

    def window_dates(self) -> tuple[dt.date | None, dt.date]:
        """The chosen period as (first day or None for all time, last day)."""
        key = self.period.currentData()
        if key == "custom":
            a, b = self.date_from.date().toPython(), self.date_to.date().toPython()
            return (min(a, b), max(a, b))
        return data.preset_window(key, self._today)

    def _range(self) -> tuple[dt.date, dt.date] | None:
        if "range" not in self._cache:
            self._cache["range"] = stats.data_range()
        return self._cache["range"]

    def _series(self, partner_id, currency: str):
        """Whole-history monthly counts and closed values (in *currency*) for all partners or one, read
        once per refresh."""
        key = ("series", partner_id, currency)
        if key not in self._cache:
            self._cache[key] = data.read_series(partner_id, self._range(), self._today, currency)
        return self._cache[key]

    def _others(self, currency: str, partner_id, first: dt.date, end: dt.date) -> dict[str, int]:
        key = ("others", currency, partner_id, first, end)
        if key not in self._cache:
            self._cache[key] = stats.other_currencies(currency, first, end, partner_id, self._today)
        return self._cache[key]

    # --- drawing ---------------------------------------------------------------------------------

    def refresh(self, prefetched: data.Read | None = None) -> None:
        self._today = dt.date.today()
        self._cache.clear()
        if prefetched is not None and (prefetched.today, prefetched.currency) == (
            self._today,
            formatting.default_currency(),
        ):
            self._cache.update(prefetched.cache)
        has_data = self._range() is not None
        self.stack.setCurrentIndex(0 if has_data else 1)
        if not has_data:
            return
        self._load_partners()
        if self.period.currentData() != "custom":
            first, last = self.window_dates()
            self._set_dates(first or self._range()[0], last)
        self.redraw()

    def redraw(self) -> None:
        if self.stack.currentIndex() != 0:
            return
        start, end = self.window_dates()
        partner_id = self.partner.currentData()
        first = start or (self._range() or (end, end))[0]
        currency = formatting.default_currency()
        months, values = self._series(partner_id, currency)
        others = self._others(currency, partner_id, first, end)
        in_window = [v for v in values if first.isoformat()[:7] <= v.month <= end.isoformat()[:7]]
        if others and not any(v.given or v.received for v in in_window):
            # nothing in the default currency here: the currency most of these referrals are in (never summed)
            currency = max(sorted(others), key=others.__getitem__)
            values = self._series(partner_id, currency)[1]
            others = self._others(currency, partner_id, first, end)
        counts = {r.month: r for r in months}
        money = {v.month: v for v in values}
        index = self.partner.currentIndex()
        partner = (
            self.partner.itemText(index) if partner_id is not None and index >= 0 else translate("charts", ALL_PARTNERS)
        )
        period = "" if self.period.currentData() == "custom" else self.period.currentText()
        context = ChartContext(partner=partner, first=first, last=end, period=period, today=self._today)
        for panel in self.panels:
            panel.set_context(context)
        rows, vals = [], []
        running = 0
        for month in stats.month_list(first, end):  # the running balance starts with the window
            r = counts.get(month) or stats.MonthRow(month)
            running += r.balance
            rows.append(stats.MonthRow(month, r.given, r.received, r.balance, running))
            vals.append(money.get(month) or stats.ValueRow(month))
        self.given_received.plot(rows)
        if partner_id is None:
            self.balance.set_heading(
                self.tr("%1 (top %2)")
                .replace("%1", self.balance.title)
                .replace("%2", formatting.number(BalanceChart.TOP))
            )
            key = ("balances", start, end)
            if key not in self._cache:  # kept until the next refresh, so flipping periods is instant
                self._cache[key] = data.read_balances(start, end, self._today)
            self.balance.plot_partners(self._cache[key])
        else:
            self.balance.set_heading(self.tr("Running balance with %1").replace("%1", partner))
            self.balance.plot_one(partner, rows)
        self.value.plot(vals, currency, others)  # amounts in other currencies are not added in: the chart says so

    @Slot(int)
    def _period_changed(self, _index: int) -> None:
        custom = self.period.currentData() == "custom"
        self._set_custom_visible(custom)
        if not custom:
            first, last = self.window_dates()
            span = self._range()
            if span:
                self._set_dates(first or span[0], last)
        self.redraw()

    def _set_dates(self, first: dt.date, last: dt.date) -> None:
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _set_custom_visible(self, visible: bool) -> None:
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(visible)

    @Slot()
    def _custom_changed(self) -> None:
        if self.period.currentData() == "custom":
            self.redraw()

    # --- page API --------------------------------------------------------------------------------

    def set_period(self, key: str) -> None:
        index = self.period.findData(key)
        if index >= 0:
            self.period.setCurrentIndex(index)

    def show_item(self, item_id) -> None:
        """Chart one partner (``item_id`` a partner id)."""
        index = self.partner.findData(item_id)
        if index >= 0:
            self.partner.setCurrentIndex(index)
