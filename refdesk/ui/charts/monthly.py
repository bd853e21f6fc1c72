"""Month-by-month charts: referrals given and received (with the running balance), value of closed business."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from refdesk.services import formatting
from refdesk.ui.charts.panel import ChartPanel, month_of
from refdesk.ui.charts.theme import BALANCE, GIVEN, HATCH, PARTIAL_ALPHA, RECEIVED
from refdesk.ui.charts.ticks import month_label

BARS_UP_TO = 36  # months; more than that are drawn as lines
BALANCE_SHARE = 0.34  # of the plot height, for the running balance under the bars
BALANCE_LABEL = QT_TRANSLATE_NOOP("charts", "Running balance (given − received, from the first month shown)")
translate = QCoreApplication.translate


def _span(months: list[str], partial: bool) -> str:
    """``Jan 2026 to Dec 2026. Dec 2026 so far. ``: the months a summary covers."""
    said = translate("charts", "%1 to %2.").replace("%1", month_label(months[0])).replace("%2", month_label(months[-1]))
    if partial:
        said += " " + translate("charts", "%1 so far.").replace("%1", month_label(months[-1]))
    return said + " "


def _most(values: list, months: list[str]) -> tuple[float, str]:
    """The largest value and its month."""
    best = max(range(len(values)), key=values.__getitem__)
    return values[best], months[best]


class GivenReceivedChart(ChartPanel):
    """Given and received per month as bars, and under them, in a panel of its own, the running balance.

    The running balance is a total, the bars are counts per month: on one pair of axes
    (a second scale on the right) their heights would invite comparisons that mean
    nothing, and the balance's zero would float against the bars' zero.  In its own panel
    under the bars, sharing their months, each reads on its own scale with its own zero
    line, and where the balance turns is right under the months that turned it.
    """

    title = QT_TRANSLATE_NOOP("charts", "Referrals given and received per month")
    slug = "given-received"
    margins = {"left": 5.0, "right": 1.5, "bottom": 2.4, "top": 3.0}

    def _build(self) -> None:
        from matplotlib.colors import to_rgba
        from matplotlib.patches import PathPatch
        from matplotlib.ticker import MaxNLocator

        from refdesk.ui.charts.shapes import rects
        from refdesk.ui.charts.ticks import number_formatter

        ax = self.axes
        self.balance_axes = bal = self.figure.add_axes((0, 0, 1, 0.3), sharex=ax)
        empty = rects([], [], [], [])
        self.given_bars = ax.add_patch(PathPatch(empty, color=GIVEN, linewidth=0, label=translate("charts", "Given")))
        self.received_bars = ax.add_patch(
            PathPatch(empty, facecolor=RECEIVED, hatch=HATCH, linewidth=0, label=translate("charts", "Received"))
        )
        # The month in progress: the same colours, lighter, in a dashed outline.
        self.given_partial = ax.add_patch(
            PathPatch(empty, facecolor=to_rgba(GIVEN, PARTIAL_ALPHA), edgecolor=GIVEN, linestyle="--", linewidth=1)
        )
        self.received_partial = ax.add_patch(
            PathPatch(
                empty, facecolor=to_rgba(RECEIVED, PARTIAL_ALPHA), edgecolor=RECEIVED, hatch=HATCH, linestyle="--"
            )
        )
        (self.given_line,) = ax.plot([], [], color=GIVEN, label=translate("charts", "Given"), linewidth=1.8)
        (self.received_line,) = ax.plot(
            [], [], color=RECEIVED, label=translate("charts", "Received"), linewidth=1.8, linestyle="--"
        )
        (self.given_line_partial,) = ax.plot([], [], color=GIVEN, linewidth=1.8, linestyle=":")
        (self.received_line_partial,) = ax.plot([], [], color=RECEIVED, linewidth=1.8, linestyle=":")
        (self.running,) = bal.plot(
            [], [], color=BALANCE, linewidth=2, marker="o", markersize=3, label=translate("charts", BALANCE_LABEL)
        )
        self.zero = bal.axhline(0, linewidth=1)
        self.balance_title = bal.text(
            0, 1, translate("charts", BALANCE_LABEL), transform=bal.transAxes, ha="left", va="bottom"
        )
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        ax.yaxis.set_major_formatter(number_formatter())
        bal.yaxis.set_major_locator(MaxNLocator(nbins=3, integer=True))
        bal.yaxis.set_major_formatter(number_formatter())
        ax.tick_params(labelbottom=False)
        ax.set_ylabel(translate("charts", "Referrals"))
        self._partial_marks([ax, bal])
        self.months: list[str] = []
        self.rows: list = []
        self._as_bars = False
        self._legend_key: tuple | None = None  # (as bars, "Dec so far") of the legend shown

    def _axes_list(self) -> list:
        return [self.axes, self.balance_axes]

    def _restyle(self) -> None:
        t = self.theme
        self.received_bars.set_edgecolor(t.plot)  # the hatch lines: stripes of background
        self.zero.set_color(t.muted)
        self.balance_title.set_color(t.text)
        self.balance_title.set_fontsize(t.font_size * 0.9)
        self.balance_axes.tick_params(labelbottom=True)
        self._legend_key = None  # the legend is made again in the new colours

    def _position(self, left, bottom, right, top, em_high) -> None:
        gap = 1.7 * em_high  # room for the balance panel's title
        high = top - bottom - gap
        below = high * BALANCE_SHARE
        self.balance_axes.set_position((left, bottom, right - left, below))
        self.axes.set_position((left, bottom + below + gap, right - left, high - below))

    def bar_heights(self) -> tuple[list[float], list[float]]:
        """Given and received per month as drawn (bars or lines, the month in progress last), for checks and tests."""
        from refdesk.ui.charts.shapes import rect_sizes

        def heights(*patches):
            return [y1 - y0 for p in patches for _x0, _x1, y0, y1 in rect_sizes(p.get_path())]

        if self._as_bars:
            return heights(self.given_bars, self.given_partial), heights(self.received_bars, self.received_partial)
        given, received = list(self.given_line.get_ydata()), list(self.received_line.get_ydata())
        if self.partial is not None:
            given.append(self.given_line_partial.get_ydata()[-1])
            received.append(self.received_line_partial.get_ydata()[-1])
        return given, received

    def plot(self, rows) -> None:
        """*rows*: ``stats.MonthRow`` list (months with none are zeros)."""
        self._begin()
        ax, bal = self.axes, self.balance_axes
        self.rows = list(rows)
        self.months = [r.month for r in rows]
        lines_and_bars = (
            self.given_bars,
            self.received_bars,
            self.given_partial,
            self.received_partial,
            self.given_line,
            self.received_line,
            self.given_line_partial,
            self.received_line_partial,
        )
        if self._show_message(None if rows else translate("charts", "No referrals in this period.")):
            for artist in (*lines_and_bars, self.running, self.zero, self.balance_title):
                artist.set_visible(False)
            bal.set_yticks([])
            legend = ax.get_legend()
            if legend is not None:
                legend.set_visible(False)
            self._finish()
            return
        from matplotlib.ticker import MaxNLocator

        from refdesk.ui.charts.shapes import rects

        n = len(rows)
        partial = self.partial_index(self.months)
        full = n - (partial is not None)  # months complete: all but the one in progress
        given = [r.given for r in rows]
        received = [r.received for r in rows]
        self._as_bars = as_bars = n <= BARS_UP_TO
        for artist in lines_and_bars:
            artist.set_visible(False)
        if as_bars:
            xs = range(n)
            self.given_bars.set_path(rects([x - 0.4 for x in xs[:full]], list(xs[:full]), [0] * full, given[:full]))
            self.received_bars.set_path(
                rects(list(xs[:full]), [x + 0.4 for x in xs[:full]], [0] * full, received[:full])
            )
            tail = list(xs[full:])
            self.given_partial.set_path(rects([x - 0.4 for x in tail], tail, [0] * len(tail), given[full:]))
            self.received_partial.set_path(rects(tail, [x + 0.4 for x in tail], [0] * len(tail), received[full:]))
            shown = (self.given_bars, self.received_bars, self.given_partial, self.received_partial)
        else:
            self.given_line.set_data(range(full), given[:full])
            self.received_line.set_data(range(full), received[:full])
            tail = [full - 1, full] if partial is not None and full else []
            self.given_line_partial.set_data(tail, [given[i] for i in tail])
            self.received_line_partial.set_data(tail, [received[i] for i in tail])
            shown = (self.given_line, self.received_line, self.given_line_partial, self.received_line_partial)
        for artist in shown:
            artist.set_visible(True)
        cumulative = [r.cumulative for r in rows]
        self.running.set_data(range(n), cumulative)
        for artist in (self.running, self.zero, self.balance_title):
            artist.set_visible(True)
        if not isinstance(ax.yaxis.get_major_locator(), MaxNLocator):  # after a message
            ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        if not isinstance(bal.yaxis.get_major_locator(), MaxNLocator):
            bal.yaxis.set_major_locator(MaxNLocator(nbins=3, integer=True))
        self._mark_partial(partial, self.months[-1])
        if (as_bars, self.partial_label) != self._legend_key or ax.get_legend() is None:
            first = [self.given_bars, self.received_bars] if as_bars else [self.given_line, self.received_line]
            handles, labels = self._partial_handles(first, [a.get_label() for a in first])
            self._legend(ax, handles, labels, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=len(handles))
            self._legend_key = (as_bars, self.partial_label)
        ax.get_legend().set_visible(True)
        self._month_axis(self.months, bal)
        ax.set_ylim(0, max(max(given), max(received), 1) * 1.05)
        low, high = min(0, min(cumulative)), max(0, max(cumulative))
        pad = max(1, (high - low) * 0.08)
        bal.set_ylim(low - (pad if low < 0 else 0), high + pad)
        self._finish()

    # --- reading the values ----------------------------------------------------------------------

    def hover_text(self, ax, x, y):
        i = month_of(self.months, x) if self.rows and not self.message.get_visible() else None
        if i is None:
            return None
        r = self.rows[i]
        return (
            translate("charts", "%1\nGiven: %2\nReceived: %3\nRunning balance: %4")
            .replace("%1", self.month_text(r.month))
            .replace("%2", formatting.number(r.given))
            .replace("%3", formatting.number(r.received))
            .replace("%4", formatting.signed(r.cumulative))
        )

    def summary(self) -> str:
        if not self.rows:
            return translate("charts", "No referrals in this period.")
        given = [r.given for r in self.rows]
        received = [r.received for r in self.rows]
        most_given, given_month = _most(given, self.months)
        most_received, received_month = _most(received, self.months)
        return _span(self.months, self.partial is not None) + (
            self.tr(
                "%n referral(s) given, most in %1 (%2); %3 received, most in %4 (%5). Running balance at the end: %6.",
                "",
                int(sum(given)),
            )
            .replace("%1", month_label(given_month))
            .replace("%2", formatting.number(most_given))
            .replace("%3", formatting.number(sum(received)))
            .replace("%4", month_label(received_month))
            .replace("%5", formatting.number(most_received))
            .replace("%6", formatting.signed(self.rows[-1].cumulative))
        )

    def table_rows(self):
        headers = [
            translate("charts", "Month"),
            translate("charts", "Given"),
            translate("charts", "Received"),
            translate("charts", "Given − received"),
            translate("charts", "Running balance"),
        ]
        rows = [
            (
                self.month_text(r.month),
                formatting.number(r.given),
                formatting.number(r.received),
                formatting.signed(r.balance),
                formatting.signed(r.cumulative),
            )
            for r in self.rows
        ]
        return headers, rows


class ValueChart(ChartPanel):
    title = QT_TRANSLATE_NOOP("charts", "Value of closed business per month")
    slug = "closed-value"
    margins = {"left": 5.0, "right": 1.5, "bottom": 2.4, "top": 4.6}
    GIVEN_LABEL = QT_TRANSLATE_NOOP("charts", "Won by partners from my referrals")
    RECEIVED_LABEL = QT_TRANSLATE_NOOP("charts", "Won by me from referrals received")

    def _build(self) -> None:
        from matplotlib.ticker import MaxNLocator

        from refdesk.ui.charts.ticks import number_formatter

        ax = self.axes
        (self.given_line,) = ax.plot(
            [], [], color=GIVEN, linewidth=2, marker="o", markersize=3, label=translate("charts", self.GIVEN_LABEL)
        )
        (self.received_line,) = ax.plot(
            [],
            [],
            color=RECEIVED,
            linewidth=2,
            marker="s",
            markersize=3,
            linestyle="--",
            label=translate("charts", self.RECEIVED_LABEL),
        )
        # The month in progress: a dotted last stretch to a hollow point.
        (self.given_partial,) = ax.plot(
            [], [], color=GIVEN, linewidth=2, linestyle=":", marker="o", markersize=4, markevery=[1]
        )
        (self.received_partial,) = ax.plot(
            [], [], color=RECEIVED, linewidth=2, linestyle=":", marker="s", markersize=4, markevery=[1]
        )
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
        ax.yaxis.set_major_formatter(number_formatter())
        self._partial_marks([ax])
        self.currency = None
        self._label: str | None = None  # the value axis's label shown
        self._legend_key: str | None = None  # the "Dec so far" of the legend shown
        self.rows: list = []

    def _restyle(self) -> None:
        for line in (self.given_partial, self.received_partial):
            line.set_markerfacecolor(self.theme.plot)
        legend = self.axes.get_legend()
        if legend is not None:
            legend.remove()

    def plot(self, rows, currency: str = "", others: dict[str, int] | None = None) -> None:
        """*rows*: ``stats.ValueRow`` list, in *currency*; *others*: how many won referrals in other
        currencies were left out, by code (never added in)."""
        self._begin()
        ax = self.axes
        label = translate("charts", "Value (%1)").replace("%1", currency) if currency else translate("charts", "Value")
        if others:
            left_out = ", ".join(
                translate("charts", "%1 in %2").replace("%1", formatting.number(n)).replace("%2", code)
                for code, n in sorted(others.items())
            )
            label = translate("charts", "%1; not counted: %2").replace("%1", label).replace("%2", left_out)
        if label != self._label:
            ax.set_ylabel(label)
            self._label = label
        self.currency = currency
        self.rows = list(rows)
        empty = not rows or not any(r.given or r.received for r in rows)
        lines = (self.given_line, self.received_line, self.given_partial, self.received_partial)
        for artist in lines:
            artist.set_visible(not empty)
        legend = ax.get_legend()
        if self._show_message(
            translate("charts", "No closed business in this period.\nMark a referral as won, with its value.")
            if empty
            else None
        ):
            if legend is not None:
                legend.set_visible(False)
            self._finish()
            return
        from matplotlib.ticker import MaxNLocator

        from refdesk.ui.charts.ticks import number_formatter

        if not isinstance(ax.yaxis.get_major_locator(), MaxNLocator):  # after a message
            ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
            ax.yaxis.set_major_formatter(number_formatter())
        months = [r.month for r in rows]
        n = len(rows)
        partial = self.partial_index(months)
        full = n - (partial is not None)
        given = [r.given for r in rows]
        received = [r.received for r in rows]
        self.given_line.set_data(range(full), given[:full])
        self.received_line.set_data(range(full), received[:full])
        tail = [full - 1, full] if partial is not None and full else []
        self.given_partial.set_data(tail, [given[i] for i in tail])
        self.received_partial.set_data(tail, [received[i] for i in tail])
        if partial is not None and not full:  # only the month in progress: a point, no stretch to it
            self.given_partial.set_data([0, 0], [given[0]] * 2)
            self.received_partial.set_data([0, 0], [received[0]] * 2)
        self._mark_partial(partial, months[-1])
        if legend is None or self.partial_label != self._legend_key:
            if legend is not None:
                legend.remove()
            lines = [self.given_line, self.received_line]
            handles, labels = self._partial_handles(lines, [line.get_label() for line in lines])
            legend = self._legend(ax, handles, labels, loc="lower left", bbox_to_anchor=(0, 1.0), borderaxespad=0.2)
            self._legend_key = self.partial_label
            self._set_margins(top=self.margins["top"] + (1.4 if self.partial_label else 0))
        legend.set_visible(True)
        top = max(max(given), max(received))
        ax.set_ylim(0, top * 1.05)
        # room on the left for the longest tick ("80K" in English, "80 mil" in Spanish) beside the axis label
        formatter = ax.yaxis.get_major_formatter()
        ticks = [v for v in ax.yaxis.get_major_locator().tick_values(0, top * 1.05) if 0 <= v <= top * 1.05]
        longest = max((len(formatter(v)) for v in ticks), default=3)
        self._set_margins(left=max(ValueChart.margins["left"], 2.4 + 0.62 * longest))
        self._month_axis(months)
        self._finish()

    def drawn(self) -> tuple[list[float], list[float]]:
        """Given and received values per month as drawn (the month in progress last), for checks and tests."""
        given, received = list(self.given_line.get_ydata()), list(self.received_line.get_ydata())
        if self.partial is not None:
            given.append(self.given_partial.get_ydata()[-1])
            received.append(self.received_partial.get_ydata()[-1])
        return given, received

    def _money(self, value: float) -> str:
        return formatting.money(round(value, 2), self.currency or "")

    def hover_text(self, ax, x, y):
        shown = self.rows and self.given_line.get_visible() and not self.message.get_visible()
        i = month_of([r.month for r in self.rows], x) if shown else None
        if i is None:
            return None
        r = self.rows[i]
        given, received = translate("charts", self.GIVEN_LABEL), translate("charts", self.RECEIVED_LABEL)
        return f"{self.month_text(r.month)}\n{given}: {self._money(r.given)}\n{received}: {self._money(r.received)}"

    def summary(self) -> str:
        if not self.rows or not any(r.given or r.received for r in self.rows):
            return translate("charts", "No closed business in this period.")
        months = [r.month for r in self.rows]
        parts = []
        for label, values in (
            (translate("charts", self.GIVEN_LABEL), [r.given for r in self.rows]),
            (translate("charts", self.RECEIVED_LABEL), [r.received for r in self.rows]),
        ):
            most, month = _most(values, months)
            if most:
                said = translate("charts", "%1: %2 in all, most in %3 (%4).").replace("%3", month_label(month))
                said = said.replace("%4", self._money(most))
            else:
                said = translate("charts", "%1: %2 in all.")
            parts.append(said.replace("%1", label).replace("%2", self._money(sum(values))))
        return _span(months, self.partial is not None) + " ".join(parts)

    def table_rows(self):
        headers = [
            translate("charts", "Month"),
            translate("charts", self.GIVEN_LABEL),
            translate("charts", self.RECEIVED_LABEL),
        ]
        return headers, [(self.month_text(r.month), self._money(r.given), self._money(r.received)) for r in self.rows]
