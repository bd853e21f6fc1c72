"""The balance chart: given minus received per partner (diverging bars), or one partner's running balance."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from refdesk.services import formatting
from refdesk.services.referrals.thanked import rate_words
from refdesk.ui.charts import data
from refdesk.ui.charts.panel import ChartPanel, month_of
from refdesk.ui.charts.theme import BALANCE, GIVEN, HATCH, RECEIVED
from refdesk.ui.charts.ticks import month_label, short

# Advance widths of DejaVu Sans (matplotlib's font) in font sizes, for the balances' column; others 0.64 (digits).
_NUMBER_WIDTHS = {"+": 0.84, "−": 0.84, "-": 0.36, ",": 0.32, ".": 0.32, " ": 0.32, "\u00a0": 0.32, "\u202f": 0.2}
NO_REFERRALS = QT_TRANSLATE_NOOP("charts", "No referrals in this period.")
translate = QCoreApplication.translate
_TABLE_WORDS = (  # its table's headers
    QT_TRANSLATE_NOOP("charts", "Partner"),
    QT_TRANSLATE_NOOP("charts", "Balance"),
    QT_TRANSLATE_NOOP("charts", "Thanked me"),
)  # its table's headers


def _text_width(text: str) -> float:
    return sum(_NUMBER_WIDTHS.get(c, 0.64) for c in text)


class BalanceChart(ChartPanel):
    title = QT_TRANSLATE_NOOP("charts", "Balance per partner")
    term = "balance"
    slug = "balance"
    TOP = data.TOP
    margins = {"left": 5.5, "right": 1.5, "bottom": 3.6, "top": 0.5}

    def _build(self) -> None:
        from matplotlib.patches import PathPatch

        from refdesk.ui.charts.shapes import rects

        ax = self.axes
        empty = rects([], [], [], [])
        self.more_bars = ax.add_patch(PathPatch(empty, facecolor=GIVEN, linewidth=0))  # I give more
        self.less_bars = ax.add_patch(PathPatch(empty, facecolor=RECEIVED, hatch=HATCH, linewidth=0))
        self.zero_v = ax.axvline(0, linewidth=1)
        self.zero_h = ax.axhline(0, linewidth=1, visible=False)
        # One partner's running balance: a step per month, drawn from its corners (shapes.month_steps).
        (self.step_line,) = ax.plot([], [], color=BALANCE, linewidth=2)
        self.step_fill = ax.add_patch(PathPatch(empty, facecolor=BALANCE, alpha=0.2, linewidth=0, visible=False))
        self._partial_marks([ax], ax)  # no legend here: the heading names the partner, the note says "so far"
        # The partners' names and balances label the rows like tick labels, as plain texts made once (a
        # tick is five artists: fifteen took longer to make than the chart takes to draw).  Name and
        # balance are two texts, the balances right-aligned in a column: a partner's name then looks the
        # same in every period and is drawn from the text cache.
        from matplotlib.transforms import offset_copy

        self._beside = ax.get_yaxis_transform()
        numbers = offset_copy(self._beside, fig=self.figure, x=-4, units="points")
        # partner names: the characters typed ("$" pairs are not maths)
        self.labels = [
            ax.text(0, i, "", ha="right", va="center", visible=False, parse_math=False) for i in range(self.TOP)
        ]
        self.numbers = [
            ax.text(0, i, "", transform=numbers, ha="right", va="center", visible=False) for i in range(self.TOP)
        ]
        self._column = None
        self._rows_named: list[tuple[str, str]] = []  # (name, " (retired)" or "") per row, bottom first
        self._numbers: list[str] = []
        self.names: list[str] = []
        self.mode = ""
        self.balances: list = []  # stats.PartnerBalance, bottom row first (as drawn)
        self.partner_name = ""
        self.rows: list = []  # stats.MonthRow, one partner's months

    def _restyle(self) -> None:
        t = self.theme
        self.less_bars.set_edgecolor(t.plot)
        self.zero_v.set_color(t.muted)
        self.zero_h.set_color(t.muted)
        for label in (*self.labels, *self.numbers):
            label.set_color(t.text)
            label.set_fontsize(t.font_size * 0.9)
        self._column = None

    def _grid_axis(self) -> str:
        return "x" if self.mode != "one" else "y"

    def _set_mode(self, mode: str) -> None:
        if mode == self.mode:
            return
        from matplotlib.ticker import MaxNLocator

        from refdesk.ui.charts.ticks import number_formatter

        self.mode = mode
        ax, t = self.axes, self.theme
        partners, one = mode == "partners", mode == "one"
        for artist in (self.more_bars, self.less_bars, self.zero_v):
            artist.set_visible(partners)
        for artist in (self.step_line, self.step_fill, self.zero_h):
            artist.set_visible(one)
        if not partners:
            self._show_names([], [])
        if not one:
            self._mark_partial(None)
        ax.grid(False, axis="both")
        if partners or one:
            ax.grid(True, axis=self._grid_axis(), color=t.grid, linewidth=0.8)
        ax.set_xlabel(translate("charts", "← they give more  ·  I give more →") if partners else "")
        ax.set_ylabel(translate("charts", "Running balance") if one else "")
        if partners:
            ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
            ax.xaxis.set_major_formatter(number_formatter())
        if one:
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            ax.yaxis.set_major_formatter(number_formatter())

    def plot_partners(self, balances) -> None:
        """Diverging bars: *balances* (``stats.PartnerBalance``), largest imbalance first."""
        self._begin()
        rows = list(balances)[: self.TOP]
        if self._show_message(None if rows else translate("charts", NO_REFERRALS)):
            self._set_mode("message")
            self.names, self.balances = [], []
            self._finish()
            return
        self._set_mode("partners")
        ax = self.axes
        rows.reverse()  # largest at the top
        self.balances = rows
        # The balance goes beside the name: as readable as a number by each bar, at half the text to draw.
        plain = [b.name for b in rows]
        twice = {name for name in plain if plain.count(name) > 1}  # the same name twice: the company tells them apart
        self._rows_named = [
            (
                f"{b.name} · {b.company}" if b.name in twice and b.company else b.name,
                translate("charts", " (retired)") if b.retired else "",
            )
            for b in rows
        ]
        names = [f"{short(name)}{retired}" for name, retired in self._rows_named]
        numbers = [formatting.signed(b.balance) for b in rows]
        self._numbers = numbers
        self.names = [f"{name}  {number}" for name, number in zip(names, numbers, strict=True)]
        more = [(i, b.balance) for i, b in enumerate(rows) if b.balance > 0]
        less = [(i, b.balance) for i, b in enumerate(rows) if b.balance <= 0]
        from refdesk.ui.charts.shapes import rects

        for patch, items in ((self.more_bars, more), (self.less_bars, less)):
            patch.set_path(
                rects(
                    [0] * len(items),
                    [v for _i, v in items],
                    [i - 0.35 for i, _v in items],
                    [i + 0.35 for i, _v in items],
                )
            )
        ax.set_yticks([])
        # The balances' column: as wide as the widest balance, then two spaces (as between name and
        # balance in one string); widths in font sizes, those of matplotlib's DejaVu Sans.
        column = max(_text_width(n) for n in numbers) + 0.64
        if column != self._column:
            from matplotlib.transforms import offset_copy

            shift = offset_copy(
                self._beside, fig=self.figure, units="points", x=-4 - column * 0.9 * self.theme.font_size
            )
            for label in self.labels:
                label.set_transform(shift)
            self._column = column
        span = max(1, max(abs(b.balance) for b in rows))
        ax.set_xlim(-span * 1.05, span * 1.05)
        ax.set_ylim(-0.6, len(rows) - 0.4)
        self._fit_names()
        self._finish()

    def _fit_names(self) -> None:
        """Write the names as long as the chart's width lets them be (the margin takes at most 45 % of it,
        see ``ChartPanel._place``), cut with an ellipsis beyond that, and make the margin fit them."""
        width = self.figure.get_figwidth() * self.figure.dpi
        room = 0.45 * width * 72 / (self.theme.font_size * self.figure.dpi)  # font sizes
        most = max(8, int(((room - 1.0) / 0.9 - self._column) / 0.6))  # characters, at 0.6 font sizes each
        names = [f"{short(name, max(4, min(24, most - len(retired))))}{retired}" for name, retired in self._rows_named]
        self._show_names(names, self._numbers)
        longest = max(len(n) for n in names) * 0.6 + self._column
        self._set_margins(left=1.0 + longest * 0.9)

    def _place(self) -> None:
        if self.mode == "partners" and self._rows_named:
            self._fit_names()  # a narrower chart may cut the names shorter
        super()._place()

    def _show_names(self, names: list[str], numbers: list[str]) -> None:
        for texts, values in ((self.labels, names), (self.numbers, numbers)):
            for i, text in enumerate(texts):
                shown = i < len(values)
                text.set_visible(shown)
                if shown:
                    text.set_text(values[i])

    def bars(self) -> dict[str, float]:
        """{tick label: bar length} as drawn, for checks and tests."""
        from refdesk.ui.charts.shapes import rect_sizes

        widths: dict[int, float] = {}
        for patch in (self.more_bars, self.less_bars):
            for x0, x1, y0, y1 in rect_sizes(patch.get_path()):
                widths[round((y0 + y1) / 2)] = x1 - x0  # bars start at 0
        return {name: widths[i] for i, name in enumerate(self.names)}

    def plot_one(self, name: str, rows) -> None:
        """For one partner (*name*, as the partner box shows it): the running balance month by month."""
        self._begin()
        self.partner_name, self.rows = name, list(rows)
        if self._show_message(None if rows else translate("charts", NO_REFERRALS)):
            self._set_mode("message")
            self._finish()
            return
        self._set_mode("one")
        ax = self.axes
        self.names, self.balances = [], []
        values = [r.cumulative for r in rows]
        from matplotlib.path import Path as MplPath

        from refdesk.ui.charts.shapes import month_steps

        xs, ys = month_steps(values)
        self.step_line.set_data(xs, ys)
        self.step_fill.set_path(MplPath([(xs[0], 0), *zip(xs, ys, strict=True), (xs[-1], 0), (xs[0], 0)], closed=True))
        low, high = min(0, min(values)), max(0, max(values))
        pad = max(1, (high - low) * 0.05)
        ax.set_ylim(low - pad, high + pad)
        months = [r.month for r in rows]
        self._month_axis(months)
        self._mark_partial(self.partial_index(months), months[-1])
        self._set_margins(left=5.5, bottom=2.4, top=1.8)  # the heading names the partner: no legend
        self._finish()

    # --- reading the values ----------------------------------------------------------------------

    def hover_text(self, ax, x, y):
        if self.mode == "partners":
            i = int(round(y))
            if not 0 <= i < len(self.balances) or x is None:
                return None
            b = self.balances[i]
            who = f"{b.name} · {b.company}" if b.company else b.name
            retired = translate("charts", " (retired)") if b.retired else ""
            return (
                translate("charts", "%1\nGiven: %2\nReceived: %3\nBalance: %4")
                .replace("%1", who + retired)
                .replace("%2", formatting.number(b.given))
                .replace("%3", formatting.number(b.received))
                .replace("%4", formatting.signed(b.balance))
            )
        if self.mode == "one":
            i = month_of([r.month for r in self.rows], x)
            if i is None:
                return None
            r = self.rows[i]
            return (
                translate("charts", "%1\nRunning balance: %2\nThis month: %3 given, %4 received")
                .replace("%1", self.month_text(r.month))
                .replace("%2", formatting.signed(r.cumulative))
                .replace("%3", formatting.number(r.given))
                .replace("%4", formatting.number(r.received))
            )
        return None

    def summary(self) -> str:
        if self.mode == "partners":
            top = list(reversed(self.balances))
            listed = ", ".join(f"{b.name} {formatting.signed(b.balance)}" for b in top)
            said = self.tr("%n partner(s) with the largest imbalance, given − received: %1.", "", len(top))
            return said.replace("%1", listed)
        if self.mode == "one" and self.rows:
            values = [r.cumulative for r in self.rows]
            low = min(range(len(values)), key=values.__getitem__)
            high = max(range(len(values)), key=values.__getitem__)
            months = [r.month for r in self.rows]
            so_far = translate("charts", " (so far)") if self.partial is not None else ""
            return (
                translate(
                    "charts", "Running balance with %1, %2 to %3%4: %5 at the end; lowest %6 in %7, highest %8 in %9."
                )
                .replace("%1", self.partner_name)
                .replace("%2", month_label(months[0]))
                .replace("%3", month_label(months[-1]))
                .replace("%4", so_far)
                .replace("%5", formatting.signed(values[-1]))
                .replace("%6", formatting.signed(values[low]))
                .replace("%7", month_label(months[low]))
                .replace("%8", formatting.signed(values[high]))
                .replace("%9", month_label(months[high]))
            )
        return translate("charts", NO_REFERRALS)

    def table_rows(self):
        if self.mode == "one":
            headers = [translate("charts", w) for w in ("Month", "Given", "Received", "Running balance")]
            rows = [
                (
                    self.month_text(r.month),
                    formatting.number(r.given),
                    formatting.number(r.received),
                    formatting.signed(r.cumulative),
                )
                for r in self.rows
            ]
            return headers, rows
        headers = [translate("charts", w) for w in ("Partner", "Given", "Received", "Balance", "Thanked me")]
        rows = [
            (
                f"{b.name}{f' · {b.company}' if b.company else ''}"
                + (translate("charts", " (retired)") if b.retired else ""),
                formatting.number(b.given),
                formatting.number(b.received),
                formatting.signed(b.balance),
                rate_words(b.given, b.thanked) or "—",
            )
            for b in reversed(self.balances)
        ]
        return headers, rows
