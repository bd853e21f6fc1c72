"""One chart on the Charts page: a title, an export button and a matplotlib figure.

matplotlib is imported when the first panel is built (the Charts page is opened),
never at start-up, by :func:`refdesk.ui.charts.loading.load_matplotlib` (which skips
work RefDesk never uses): ``Figure`` + ``FigureCanvasQTAgg`` only (no pyplot, no
``matplotlib.dates``: months are plotted at 0, 1, 2, … and labelled here), the
canvas being :class:`refdesk.ui.charts.canvas.ChartCanvas`, which caches drawn text.

Speed: each chart makes its artists once and a new period or partner only changes
their data (bars are one path per colour, not one rectangle per bar), limits and tick
labels are set directly (no autoscaling, no tight or constrained layout), and the
margins are worked out from the font size when the canvas is resized.  Drawing then
happens once, on the next paint (``draw_idle()``).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME
from refdesk.ui.charts.theme import BALANCE, GIVEN, RECEIVED, Theme, theme_for
from refdesk.ui.common import files

log = logging.getLogger(__name__)

EXPORT_FILTERS = "PNG image (*.png);;SVG image (*.svg)"
BARS_UP_TO = 36  # months; more than that are drawn as lines
MOST_MONTH_TICKS = 7
MONTH_STEPS = (1, 2, 3, 4, 6, 12, 24, 60, 120)  # months between labelled ticks
_NUMBER_WIDTHS = {"+": 0.84, "-": 0.36}  # other characters (digits) 0.64 of the font size
HATCH = "///"  # received (and "they give more") bars are hatched: colour is never the only signal


def month_ticks(months: list[str], most: int = MOST_MONTH_TICKS) -> tuple[list[int], list[str]]:
    """Positions (indexes into *months*) and labels for at most *most* month ticks.

    Ticks fall on round months (every 1, 2, 3, 4 or 6 months counted from January, or
    on whole years); a January is labelled with its year, other months with their short
    name, and when no January is labelled the first label carries the year as well.
    """
    parsed = [(int(m[:4]), int(m[5:7])) for m in months]
    picks: list[int] = []
    for step in MONTH_STEPS:
        if step < 12:
            picks = [i for i, (_y, mon) in enumerate(parsed) if (mon - 1) % step == 0]
        else:
            picks = [i for i, (year, mon) in enumerate(parsed) if mon == 1 and year % (step // 12) == 0]
        if picks and len(picks) <= most:
            break
    if not picks:
        picks = [0] if parsed else []
    labels = []
    for i in picks:
        year, mon = parsed[i]
        labels.append(str(year) if mon == 1 else dt.date(year, mon, 1).strftime("%b"))
    if labels and all(parsed[i][1] != 1 for i in picks):
        labels[0] = f"{labels[0]} {parsed[picks[0]][0]}"
    return picks, labels


def _rects(x0, x1, y0, y1):
    """One path holding a rectangle per item: drawn in one go, and cheap to replace."""
    import numpy as np
    from matplotlib.path import Path as MplPath

    x0, x1, y0, y1 = (np.asarray(v, dtype=float) for v in (x0, x1, y0, y1))
    n = len(x0)
    verts = np.empty((n * 5, 2))
    verts[0::5, 0], verts[0::5, 1] = x0, y0
    verts[1::5, 0], verts[1::5, 1] = x1, y0
    verts[2::5, 0], verts[2::5, 1] = x1, y1
    verts[3::5, 0], verts[3::5, 1] = x0, y1
    verts[4::5, 0], verts[4::5, 1] = x0, y0
    codes = np.tile(
        np.array(
            [MplPath.MOVETO, MplPath.LINETO, MplPath.LINETO, MplPath.LINETO, MplPath.CLOSEPOLY], dtype=MplPath.code_type
        ),
        n,
    )
    return MplPath(verts, codes)


def rect_sizes(path) -> list[tuple[float, float, float, float]]:
    """(x0, x1, y0, y1) of each rectangle in a path made by :func:`_rects` (for tests and checks)."""
    verts = path.vertices
    return [
        (float(verts[i, 0]), float(verts[i + 1, 0]), float(verts[i, 1]), float(verts[i + 2, 1]))
        for i in range(0, len(verts), 5)
    ]


class ChartPanel(QFrame):
    """Base class: subclasses make their artists in ``_build()`` and restyle them in ``_restyle()``."""

    exported = Signal(str)
    title = ""
    slug = "chart"
    # Margins around the plot area in multiples of the font size: room for tick labels,
    # axis labels and a legend above the plot.  Subclasses adjust.
    margins = {"left": 5.5, "right": 1.5, "bottom": 2.6, "top": 1.0}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from refdesk.ui.charts.loading import load_matplotlib

        load_matplotlib()
        from matplotlib.figure import Figure

        from refdesk.ui.charts.canvas import ChartCanvas

        self.setObjectName(f"chart-{self.slug}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.theme: Theme = theme_for(self)
        self.figure = Figure(dpi=self.logicalDpiX() or 96, facecolor=self.theme.background)
        self.canvas = ChartCanvas(self.figure)
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(QSize(280, 200))
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.axes = self.figure.add_subplot()
        self.draws = 0
        self._styled: Theme | None = None
        self._margins = dict(self.margins)
        self._placed: tuple | None = None
        self.message = self.axes.text(
            0.5, 0.5, "", transform=self.axes.transAxes, ha="center", va="center", wrap=True, visible=False
        )
        self._build()
        self.canvas.mpl_connect("resize_event", lambda _event: self._place())

        self.heading = QLabel(self.title)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.export_button = QToolButton()
        self.export_button.setText("Export…")
        self.export_button.setToolTip(f"Save the “{self.title}” chart as a PNG or SVG image")
        self.export_button.setAccessibleName(f"Export {self.title} chart")
        self.export_button.clicked.connect(self.export_dialog)
        self.canvas.setAccessibleName(f"{self.title} chart")

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)

    # --- building blocks -------------------------------------------------------------------------

    def _build(self) -> None:
        """Make the chart's artists (empty); called once."""

    def _axes_list(self) -> list:
        return [self.axes]

    def _restyle(self) -> None:
        """Colour the subclass's own artists from ``self.theme``."""

    def _begin(self) -> None:
        """Before new data: follow the palette (light or dark) if it changed since the last plot."""
        theme = theme_for(self)
        if theme == self._styled:
            return
        self.theme = t = theme
        self.figure.set_facecolor(t.background)
        for ax in self._axes_list():
            ax.set_facecolor(t.plot)
            for spine in ax.spines.values():
                spine.set_color(t.muted)
            ax.spines["top"].set_visible(False)
            ax.spines["right"].set_visible(False)
            ax.tick_params(colors=t.muted, labelcolor=t.text, labelsize=t.font_size * 0.9)
            ax.set_axisbelow(True)
            ax.xaxis.label.set_color(t.text)
            ax.xaxis.label.set_fontsize(t.font_size)
            ax.yaxis.label.set_color(t.text)
            ax.yaxis.label.set_fontsize(t.font_size)
        self.axes.grid(False, axis="both")
        self.axes.grid(True, axis=self._grid_axis(), color=t.grid, linewidth=0.8)
        self.message.set_color(t.text)
        self.message.set_fontsize(t.font_size)
        self._restyle()
        self._styled = t
        self._placed = None

    def _grid_axis(self) -> str:
        return "y"

    def _legend(self, ax, handles, labels, **kw):
        t = self.theme
        legend = ax.legend(
            handles, labels, fontsize=t.font_size * 0.9, frameon=True, facecolor=t.plot, edgecolor=t.grid, **kw
        )
        for text in legend.get_texts():
            text.set_color(t.text)
        return legend

    def _show_message(self, text: str | None) -> bool:
        """Say in the plot area why there is nothing to see (*text*), or hide that; True when shown."""
        shown = bool(text)
        self.message.set_text(text or "")
        self.message.set_visible(shown)
        if shown:
            self.axes.set_xticks([])
            self.axes.set_yticks([])
            self.axes.set_xlim(0, 1)
            self.axes.set_ylim(0, 1)
        return shown

    def _month_axis(self, months: list[str]) -> None:
        positions, labels = month_ticks(months)
        self.axes.set_xticks(positions, labels)
        self.axes.set_xlim(-0.6, len(months) - 0.4)

    def _set_margins(self, **margins: float) -> None:
        margins = {**self.margins, **margins}
        if margins != self._margins:
            self._margins = margins
            self._placed = None

    def _place(self) -> None:
        """Fix the plot area from the margins (in font sizes) and the canvas size; no layout engine."""
        width, height = self.figure.get_size_inches() * self.figure.dpi
        key = (width, height, self.theme.font_size, tuple(self._margins.items()))
        if key == self._placed or width < 10 or height < 10:
            return
        self._placed = key
        em = self.theme.font_size * self.figure.dpi / 72
        m = self._margins
        left = min(0.45, m["left"] * em / width)
        right = max(left + 0.1, 1 - m["right"] * em / width)
        bottom = min(0.4, m["bottom"] * em / height)
        top = max(bottom + 0.1, 1 - m["top"] * em / height)
        self.figure.subplots_adjust(left=left, right=right, bottom=bottom, top=top)

    def _finish(self) -> None:
        self._place()
        self.canvas.draw_idle()
        self.draws += 1

    # --- export ----------------------------------------------------------------------------------

    def default_name(self) -> str:
        return f"refdesk-{self.slug}-{dt.date.today().isoformat()}.png"

    def export_dialog(self) -> None:
        path, chosen = files.save_path(self, files.EXPORT, f"Export {self.title}", self.default_name(), EXPORT_FILTERS)
        if path is None:
            return
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".svg" if chosen.startswith("SVG") else ".png")
        try:
            self.export(path)
        except (OSError, ValueError) as exc:
            log.warning("export of %s to %s failed: %s", self.slug, path, exc)
            QMessageBox.warning(self, APP_NAME, f"The chart could not be saved to {path}:\n{exc}")
            return
        self.exported.emit(str(path))

    def export(self, path: Path) -> Path:
        """Save the chart as PNG or SVG (by the file's extension), on the colours shown."""
        fmt = path.suffix.lower().lstrip(".") or "png"
        self.figure.savefig(str(path), format=fmt, facecolor=self.figure.get_facecolor(), dpi=150)
        files.make_private(path)  # the balance chart names partners
        return path


class GivenReceivedChart(ChartPanel):
    title = "Referrals given and received per month"
    slug = "given-received"
    margins = {"left": 6.0, "right": 6.0, "bottom": 2.4, "top": 3.0}

    def _build(self) -> None:
        from matplotlib.patches import PathPatch
        from matplotlib.ticker import MaxNLocator

        ax = self.axes
        self.twin = ax.twinx()
        for spine in self.twin.spines.values():
            spine.set_visible(False)
        empty = _rects([], [], [], [])
        self.given_bars = ax.add_patch(PathPatch(empty, color=GIVEN, linewidth=0, label="Given"))
        self.received_bars = ax.add_patch(
            PathPatch(empty, facecolor=RECEIVED, hatch=HATCH, linewidth=0, label="Received")
        )
        (self.given_line,) = ax.plot([], [], color=GIVEN, label="Given", linewidth=1.8)
        (self.received_line,) = ax.plot([], [], color=RECEIVED, label="Received", linewidth=1.8, linestyle="--")
        (self.running,) = self.twin.plot(
            [], [], color=BALANCE, linewidth=2, marker="o", markersize=3, label="Running balance (given − received)"
        )
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        self.twin.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        ax.set_ylabel("Referrals")
        self.twin.set_ylabel("Running balance")
        self.months: list[str] = []
        self._as_bars: bool | None = None

    def _axes_list(self) -> list:
        return [self.axes, self.twin]

    def _restyle(self) -> None:
        self.received_bars.set_edgecolor(self.theme.plot)  # the hatch lines: stripes of background
        self.twin.spines["right"].set_visible(False)
        self._as_bars = None  # the legend is made again in the new colours

    def bar_heights(self) -> tuple[list[float], list[float]]:
        """Given and received per month as drawn (bars or lines), for checks and tests."""
        if self._as_bars:
            return (
                [y1 - y0 for _x0, _x1, y0, y1 in rect_sizes(self.given_bars.get_path())],
                [y1 - y0 for _x0, _x1, y0, y1 in rect_sizes(self.received_bars.get_path())],
            )
        return list(self.given_line.get_ydata()), list(self.received_line.get_ydata())

    def plot(self, rows) -> None:
        """*rows*: ``stats.MonthRow`` list (months with none are zeros)."""
        self._begin()
        ax, twin = self.axes, self.twin
        self.months = [r.month for r in rows]
        if self._show_message(None if rows else "No referrals in this period."):
            for artist in (self.given_bars, self.received_bars, self.given_line, self.received_line, self.running):
                artist.set_visible(False)
            twin.set_yticks([])
            twin.yaxis.label.set_visible(False)
            legend = ax.get_legend()
            if legend is not None:
                legend.set_visible(False)
            self._finish()
            return
        from matplotlib.ticker import MaxNLocator

        n = len(rows)
        xs = range(n)
        given = [r.given for r in rows]
        received = [r.received for r in rows]
        as_bars = n <= BARS_UP_TO
        if as_bars:
            self.given_bars.set_path(_rects([x - 0.4 for x in xs], [x for x in xs], [0] * n, given))
            self.received_bars.set_path(_rects([x for x in xs], [x + 0.4 for x in xs], [0] * n, received))
        else:
            self.given_line.set_data(xs, given)
            self.received_line.set_data(xs, received)
        for artist in (self.given_bars, self.received_bars):
            artist.set_visible(as_bars)
        for artist in (self.given_line, self.received_line):
            artist.set_visible(not as_bars)
        cumulative = [r.cumulative for r in rows]
        self.running.set_data(xs, cumulative)
        self.running.set_visible(True)
        twin.yaxis.label.set_visible(True)
        if not isinstance(ax.yaxis.get_major_locator(), MaxNLocator):  # after a message
            ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        if not isinstance(twin.yaxis.get_major_locator(), MaxNLocator):
            twin.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        if as_bars != self._as_bars or ax.get_legend() is None:
            first = [self.given_bars, self.received_bars] if as_bars else [self.given_line, self.received_line]
            self._legend(
                ax,
                [*first, self.running],
                [a.get_label() for a in (*first, self.running)],
                loc="lower left",
                bbox_to_anchor=(0, 1.0),
                ncols=3,
                borderaxespad=0.2,
            )
            self._as_bars = as_bars
        ax.get_legend().set_visible(True)
        self._month_axis(self.months)
        ax.set_ylim(0, max(max(given), max(received), 1) * 1.05)
        low, high = min(0, min(cumulative)), max(0, max(cumulative))
        pad = max(1, (high - low) * 0.05)
        twin.set_ylim(low - (pad if low < 0 else 0), high + pad)
        self._finish()


class BalanceChart(ChartPanel):
    title = "Balance per partner"
    slug = "balance"
    TOP = 15
    margins = {"left": 5.5, "right": 1.5, "bottom": 3.6, "top": 0.5}

    def _build(self) -> None:
        from matplotlib.patches import PathPatch

        ax = self.axes
        empty = _rects([], [], [], [])
        self.more_bars = ax.add_patch(PathPatch(empty, facecolor=GIVEN, linewidth=0))  # I give more
        self.less_bars = ax.add_patch(PathPatch(empty, facecolor=RECEIVED, hatch=HATCH, linewidth=0))
        self.zero_v = ax.axvline(0, linewidth=1)
        self.zero_h = ax.axhline(0, linewidth=1, visible=False)
        (self.step_line,) = ax.plot([], [], color=BALANCE, linewidth=2, drawstyle="steps-mid")
        self.step_fill = ax.add_patch(PathPatch(empty, facecolor=BALANCE, alpha=0.2, linewidth=0, visible=False))
        # The partners' names and balances label the rows like tick labels, as plain texts made once (a
        # tick is five artists: fifteen took longer to make than the chart takes to draw).  Name and
        # balance are two texts, the balances right-aligned in a column: a partner's name then looks the
        # same in every period and is drawn from the text cache.
        from matplotlib.transforms import offset_copy

        self._beside = ax.get_yaxis_transform()
        numbers = offset_copy(self._beside, fig=self.figure, x=-4, units="points")
        self.labels = [ax.text(0, i, "", ha="right", va="center", visible=False) for i in range(self.TOP)]
        self.numbers = [
            ax.text(0, i, "", transform=numbers, ha="right", va="center", visible=False) for i in range(self.TOP)
        ]
        self._column = None
        self.names: list[str] = []
        self.mode = ""

    def _restyle(self) -> None:
        t = self.theme
        self.less_bars.set_edgecolor(t.plot)
        self.zero_v.set_color(t.muted)
        self.zero_h.set_color(t.muted)
        for label in (*self.labels, *self.numbers):
            label.set_color(t.text)
            label.set_fontsize(t.font_size * 0.9)
        self._column = None
        legend = self.axes.get_legend()
        if legend is not None:
            legend.remove()

    def _grid_axis(self) -> str:
        return "x" if self.mode != "one" else "y"

    def _set_mode(self, mode: str) -> None:
        if mode == self.mode:
            return
        from matplotlib.ticker import MaxNLocator, ScalarFormatter

        self.mode = mode
        ax, t = self.axes, self.theme
        partners, one = mode == "partners", mode == "one"
        for artist in (self.more_bars, self.less_bars, self.zero_v):
            artist.set_visible(partners)
        for artist in (self.step_line, self.step_fill, self.zero_h):
            artist.set_visible(one)
        if not partners:
            self._show_names([], [])
        ax.grid(False, axis="both")
        if partners or one:
            ax.grid(True, axis=self._grid_axis(), color=t.grid, linewidth=0.8)
        ax.set_xlabel("← they give more  ·  I give more →" if partners else "")
        ax.set_ylabel("Running balance" if one else "")
        if partners:
            ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
            ax.xaxis.set_major_formatter(ScalarFormatter())
        if one:
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            ax.yaxis.set_major_formatter(ScalarFormatter())
        legend = ax.get_legend()
        if legend is not None and not one:
            legend.remove()

    def plot_partners(self, balances) -> None:
        """Diverging bars: *balances* (``stats.PartnerBalance``), largest imbalance first."""
        self._begin()
        rows = list(balances)[: self.TOP]
        if self._show_message(None if rows else "No referrals in this period."):
            self._set_mode("message")
            self.names = []
            self._finish()
            return
        self._set_mode("partners")
        ax = self.axes
        rows.reverse()  # largest at the top
        # The balance goes beside the name: as readable as a number by each bar, at half the text to draw.
        names = [f"{_short(b.name)}{' (retired)' if b.retired else ''}" for b in rows]
        numbers = [f"{b.balance:+d}" for b in rows]
        self.names = [f"{name}  {number}" for name, number in zip(names, numbers, strict=True)]
        more = [(i, b.balance) for i, b in enumerate(rows) if b.balance > 0]
        less = [(i, b.balance) for i, b in enumerate(rows) if b.balance <= 0]
        for patch, items in ((self.more_bars, more), (self.less_bars, less)):
            patch.set_path(
                _rects(
                    [0] * len(items),
                    [v for _i, v in items],
                    [i - 0.35 for i, _v in items],
                    [i + 0.35 for i, _v in items],
                )
            )
        ax.set_yticks([])
        # The balances' column: as wide as the widest balance, then two spaces (as between name and
        # balance in one string); widths in font sizes, those of matplotlib's DejaVu Sans.
        column = max(sum(_NUMBER_WIDTHS.get(c, 0.64) for c in n) for n in numbers) + 0.64
        if column != self._column:
            from matplotlib.transforms import offset_copy

            shift = offset_copy(
                self._beside, fig=self.figure, units="points", x=-4 - column * 0.9 * self.theme.font_size
            )
            for label in self.labels:
                label.set_transform(shift)
            self._column = column
        self._show_names(names, numbers)
        span = max(1, max(abs(b.balance) for b in rows))
        ax.set_xlim(-span * 1.05, span * 1.05)
        ax.set_ylim(-0.6, len(rows) - 0.4)
        longest = max(len(n) for n in names) * 0.6 + column
        self._set_margins(left=1.0 + longest * 0.9)
        self._finish()

    def _show_names(self, names: list[str], numbers: list[str]) -> None:
        for texts, values in ((self.labels, names), (self.numbers, numbers)):
            for i, text in enumerate(texts):
                shown = i < len(values)
                text.set_visible(shown)
                if shown:
                    text.set_text(values[i])

    def bars(self) -> dict[str, float]:
        """{tick label: bar length} as drawn, for checks and tests."""
        widths: dict[int, float] = {}
        for patch in (self.more_bars, self.less_bars):
            for x0, x1, y0, y1 in rect_sizes(patch.get_path()):
                widths[round((y0 + y1) / 2)] = x1 - x0  # bars start at 0
        return {name: widths[i] for i, name in enumerate(self.names)}

    def plot_one(self, name: str, rows) -> None:
        """For one partner: the running balance month by month."""
        self._begin()
        if self._show_message(None if rows else "No referrals in this period."):
            self._set_mode("message")
            self._finish()
            return
        self._set_mode("one")
        ax = self.axes
        self.names = []
        n = len(rows)
        values = [r.cumulative for r in rows]
        self.step_line.set_data(range(n), values)
        # The area under the steps: each month's value from half a month before to half after.
        xs, ys = [], []
        for i, v in enumerate(values):
            xs += [i - 0.5, i + 0.5]
            ys += [v, v]
        from matplotlib.path import Path as MplPath

        self.step_fill.set_path(MplPath([(xs[0], 0), *zip(xs, ys, strict=True), (xs[-1], 0), (xs[0], 0)], closed=True))
        label = f"{_short(name)}: given − received, running"
        legend = ax.get_legend()
        if legend is None:
            self._legend(ax, [self.step_line], [label], loc="lower left", bbox_to_anchor=(0, 1.0), borderaxespad=0.2)
        else:
            legend.get_texts()[0].set_text(label)
        low, high = min(0, min(values)), max(0, max(values))
        pad = max(1, (high - low) * 0.05)
        ax.set_ylim(low - pad, high + pad)
        self._month_axis([r.month for r in rows])
        self._set_margins(left=5.5, bottom=2.4, top=2.6)
        self._finish()


class ValueChart(ChartPanel):
    title = "Value of closed business per month"
    slug = "closed-value"
    margins = {"left": 6.0, "right": 1.5, "bottom": 2.4, "top": 4.6}

    def _build(self) -> None:
        from matplotlib.ticker import FuncFormatter, MaxNLocator

        ax = self.axes
        (self.given_line,) = ax.plot(
            [], [], color=GIVEN, linewidth=2, marker="o", markersize=3, label="Won by partners from my referrals"
        )
        (self.received_line,) = ax.plot(
            [],
            [],
            color=RECEIVED,
            linewidth=2,
            marker="s",
            markersize=3,
            linestyle="--",
            label="Won by me from referrals received",
        )
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
        ax.yaxis.set_major_formatter(FuncFormatter(_money_tick))
        self.currency = None

    def _restyle(self) -> None:
        legend = self.axes.get_legend()
        if legend is not None:
            legend.remove()

    def plot(self, rows, currency: str = "") -> None:
        """*rows*: ``stats.ValueRow`` list."""
        self._begin()
        ax = self.axes
        if currency != self.currency:
            ax.set_ylabel(f"Value ({currency})" if currency else "Value")
            self.currency = currency
        empty = not rows or not any(r.given or r.received for r in rows)
        for artist in (self.given_line, self.received_line):
            artist.set_visible(not empty)
        legend = ax.get_legend()
        if self._show_message(
            "No closed business in this period.\nMark a referral as won, with its value." if empty else None
        ):
            if legend is not None:
                legend.set_visible(False)
            self._finish()
            return
        from matplotlib.ticker import FuncFormatter, MaxNLocator

        if not isinstance(ax.yaxis.get_major_locator(), MaxNLocator):  # after a message
            ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
            ax.yaxis.set_major_formatter(FuncFormatter(_money_tick))
        n = len(rows)
        self.given_line.set_data(range(n), [r.given for r in rows])
        self.received_line.set_data(range(n), [r.received for r in rows])
        if legend is None:
            legend = self._legend(
                ax,
                [self.given_line, self.received_line],
                [self.given_line.get_label(), self.received_line.get_label()],
                loc="lower left",
                bbox_to_anchor=(0, 1.0),
                borderaxespad=0.2,
            )
        legend.set_visible(True)
        top = max(max(r.given for r in rows), max(r.received for r in rows))
        ax.set_ylim(0, top * 1.05)
        self._month_axis([r.month for r in rows])
        self._finish()


def _money_tick(value: float, _pos=None) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:,.1f}M"
    if abs(value) >= 10_000:
        return f"{value / 1000:,.0f}k"
    return f"{value:,.0f}"


def _short(name: str, length: int = 24) -> str:
    return name if len(name) <= length else name[: length - 1] + "…"
