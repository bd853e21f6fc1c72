"""One chart on the Charts page: a title, an export button and a matplotlib figure.

matplotlib is imported when the first panel is built (the Charts page is opened),
never at start-up: ``Figure`` + ``FigureCanvasQTAgg``, no pyplot, redraws with
``draw_idle()``.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
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

log = logging.getLogger(__name__)

EXPORT_FILTERS = "PNG image (*.png);;SVG image (*.svg)"
BARS_UP_TO = 36  # months; more than that are drawn as lines


def _month_date(month: str) -> dt.date:
    year, mon = month.split("-")
    return dt.date(int(year), int(mon), 15)


class ChartPanel(QFrame):
    """Base class: subclasses implement ``plot(...)`` on ``self.axes``."""

    exported = Signal(str)
    title = ""
    slug = "chart"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.setObjectName(f"chart-{self.slug}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.theme: Theme = theme_for(self)
        self.figure = Figure(dpi=self.logicalDpiX() or 96, facecolor=self.theme.background)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(QSize(280, 200))
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.axes = self.figure.add_subplot()
        self.draws = 0
        self._styled: Theme | None = None

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

    # --- drawing helpers -------------------------------------------------------------------------

    def _axes_list(self) -> list:
        return [self.axes]

    def _begin(self, *, xlabel: str = "", ylabel: str = "") -> None:
        """Empty the axes for new data, keeping them (and their ticks): much cheaper than ``clear()``."""
        theme = theme_for(self)
        if theme != self._styled:
            self.theme = theme
            self.figure.set_facecolor(theme.background)
            for ax in self._axes_list():
                self._style(ax)
            self._styled = theme
        for ax in self._axes_list():
            for artist in [*ax.patches, *ax.lines, *ax.texts, *ax.collections]:
                artist.remove()
            ax.containers.clear()
            ax.set_autoscale_on(True)
            if ax.get_legend() is not None:
                ax.get_legend().remove()
        t = self.theme
        self.axes.set_xlabel(xlabel, color=t.text, fontsize=t.font_size)
        self.axes.set_ylabel(ylabel, color=t.text, fontsize=t.font_size)

    def _style(self, ax) -> None:
        t = self.theme
        ax.set_facecolor(t.plot)
        for spine in ax.spines.values():
            spine.set_color(t.muted)
        ax.spines["top"].set_visible(False)
        ax.spines["right"].set_visible(False)
        ax.tick_params(colors=t.muted, labelcolor=t.text, labelsize=t.font_size * 0.9)
        ax.set_axisbelow(True)

    def _grid(self, axis: str) -> None:
        self.axes.grid(False, axis="both")
        self.axes.grid(True, axis=axis, color=self.theme.grid, linewidth=0.8)

    def _legend(self, ax, **kw) -> None:
        t = self.theme
        legend = ax.legend(fontsize=t.font_size * 0.9, frameon=True, facecolor=t.plot, edgecolor=t.grid, **kw)
        for text in legend.get_texts():
            text.set_color(t.text)

    def _message(self, text: str) -> None:
        """Say in the plot area why there is nothing to see."""
        from matplotlib.ticker import NullLocator

        t = self.theme
        self.axes.xaxis.set_major_locator(NullLocator())
        self.axes.yaxis.set_major_locator(NullLocator())
        self.axes.set_xlim(0, 1)
        self.axes.set_ylim(0, 1)
        self.axes.text(0.5, 0.5, text, transform=self.axes.transAxes, ha="center", va="center", wrap=True,
                       color=t.text, fontsize=t.font_size)

    def _date_axis(self, ax) -> None:
        from matplotlib import dates as mdates

        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        formatter = mdates.ConciseDateFormatter(locator, show_offset=False)
        formatter.formats = ["%Y", "%b", "%d", "%H:%M", "%H:%M", "%S.%f"]
        formatter.zero_formats = ["", "%Y", "%b", "%b-%d", "%H:%M", "%H:%M"]
        ax.xaxis.set_major_formatter(formatter)

    def _finish(self, left: float = 0.09, bottom: float = 0.16, right: float = 0.97, top: float = 0.95) -> None:
        for ax in self._axes_list():
            ax.relim()
            ax.autoscale_view()
        self.figure.subplots_adjust(left=left, bottom=bottom, right=right, top=top)
        self.canvas.draw_idle()
        self.draws += 1

    # --- export ----------------------------------------------------------------------------------

    def default_name(self) -> str:
        return f"refdesk-{self.slug}-{dt.date.today().isoformat()}.png"

    def export_dialog(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(self, f"Export {self.title}", str(Path.home() / self.default_name()),
                                                   EXPORT_FILTERS)
        if not name:
            return
        path = Path(name)
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
        return path


class GivenReceivedChart(ChartPanel):
    title = "Referrals given and received per month"
    slug = "given-received"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.twin = self.axes.twinx()
        for spine in self.twin.spines.values():
            spine.set_visible(False)

    def _axes_list(self) -> list:
        return [self.axes, self.twin]

    def plot(self, rows) -> None:
        """*rows*: ``stats.MonthRow`` list (months with none are zeros)."""
        from matplotlib.ticker import MaxNLocator, NullLocator

        self._begin(ylabel="Referrals")
        ax, twin, t = self.axes, self.twin, self.theme
        self._grid("y")
        if not rows:
            twin.yaxis.set_major_locator(NullLocator())
            twin.set_ylabel("")
            self._message("No referrals in this period.")
            self._finish()
            return
        days = [_month_date(r.month) for r in rows]
        given = [r.given for r in rows]
        received = [r.received for r in rows]
        if len(rows) <= BARS_UP_TO:
            width = dt.timedelta(days=12)
            shift = dt.timedelta(days=6)
            ax.bar([d - shift for d in days], given, width=width, color=GIVEN, label="Given")
            ax.bar([d + shift for d in days], received, width=width, color=RECEIVED, label="Received",
                   hatch="///", edgecolor=t.plot, linewidth=0)
        else:
            ax.plot(days, given, color=GIVEN, label="Given", linewidth=1.8)
            ax.plot(days, received, color=RECEIVED, label="Received", linewidth=1.8, linestyle="--")
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        twin.plot(days, [r.cumulative for r in rows], color=BALANCE, linewidth=2, marker="o", markersize=3,
                  label="Running balance (given − received)")
        twin.set_ylabel("Running balance", color=t.text, fontsize=t.font_size)
        twin.spines["right"].set_visible(False)
        twin.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        self._date_axis(ax)
        handles, labels = ax.get_legend_handles_labels()
        h2, l2 = twin.get_legend_handles_labels()
        self._legend(ax, handles=handles + h2, labels=labels + l2, loc="lower left", bbox_to_anchor=(0, 1.0),
                     ncols=3, borderaxespad=0.2)
        ax.set_ylim(0, max(max(given), max(received), 1) * 1.05)
        low = min(0, min(r.cumulative for r in rows))
        high = max(0, max(r.cumulative for r in rows))
        pad = max(1, (high - low) * 0.05)
        twin.set_ylim(low - (pad if low < 0 else 0), high + pad)
        self._finish(left=0.07, right=0.92, bottom=0.13, top=0.86)


class BalanceChart(ChartPanel):
    title = "Balance per partner"
    slug = "balance"
    TOP = 15

    def plot_partners(self, balances) -> None:
        """Diverging bars: *balances* (``stats.PartnerBalance``), largest imbalance first."""
        from matplotlib.ticker import MaxNLocator, ScalarFormatter

        self._begin(xlabel="← they give more  ·  I give more →")
        ax, t = self.axes, self.theme
        self._grid("x")
        rows = list(balances)[: self.TOP]
        if not rows:
            self._message("No referrals in this period.")
            self._finish()
            return
        rows.reverse()  # largest at the top
        # The balance goes in the label: as readable as a number by each bar, at half the text to draw.
        names = [f"{_short(b.name)}{' (retired)' if b.retired else ''}  {b.balance:+d}" for b in rows]
        values = [b.balance for b in rows]
        colors = [GIVEN if v > 0 else RECEIVED for v in values]
        hatches = ["" if v > 0 else "///" for v in values]
        bars = ax.barh(range(len(rows)), values, color=colors, height=0.7, edgecolor=t.plot, linewidth=0)
        for bar, hatch in zip(bars, hatches, strict=True):
            bar.set_hatch(hatch)
        ax.set_yticks(range(len(rows)), names)
        ax.axvline(0, color=t.muted, linewidth=1)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
        ax.xaxis.set_major_formatter(ScalarFormatter())
        span = max(1, max(abs(v) for v in values))
        ax.set_xlim(-span * 1.05, span * 1.05)
        ax.set_ylim(-0.6, len(rows) - 0.4)
        longest = max(len(n) for n in names)
        self._finish(left=min(0.42, 0.04 + longest * 0.0125 * t.font_size / 10 * 1.2), bottom=0.14,
                     right=0.97, top=0.98)

    def plot_one(self, name: str, rows) -> None:
        """For one partner: the running balance month by month."""
        from matplotlib.ticker import MaxNLocator, ScalarFormatter

        self._begin(ylabel="Running balance")
        ax, t = self.axes, self.theme
        self._grid("y")
        if not rows:
            self._message("No referrals in this period.")
            self._finish()
            return
        days = [_month_date(r.month) for r in rows]
        values = [r.cumulative for r in rows]
        ax.step(days, values, where="mid", color=BALANCE, linewidth=2,
                label=f"{_short(name)}: given − received, running")
        ax.fill_between(days, values, 0, step="mid", color=BALANCE, alpha=0.2)
        ax.axhline(0, color=t.muted, linewidth=1)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(ScalarFormatter())
        self._date_axis(ax)
        self._legend(ax, loc="lower left", bbox_to_anchor=(0, 1.0), borderaxespad=0.2)
        self._finish(left=0.14, bottom=0.14, top=0.86)


class ValueChart(ChartPanel):
    title = "Value of closed business per month"
    slug = "closed-value"

    def plot(self, rows, currency: str = "") -> None:
        """*rows*: ``stats.ValueRow`` list."""
        from matplotlib.ticker import FuncFormatter, MaxNLocator

        self._begin(ylabel=f"Value ({currency})" if currency else "Value")
        ax = self.axes
        self._grid("y")
        if not rows or not any(r.given or r.received for r in rows):
            self._message("No closed business in this period.\nMark a referral as won, with its value.")
            self._finish()
            return
        days = [_month_date(r.month) for r in rows]
        ax.plot(days, [r.given for r in rows], color=GIVEN, linewidth=2, marker="o", markersize=3,
                label="Won by partners from my referrals")
        ax.plot(days, [r.received for r in rows], color=RECEIVED, linewidth=2, marker="s", markersize=3,
                linestyle="--", label="Won by me from referrals received")
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
        ax.yaxis.set_major_formatter(FuncFormatter(_money_tick))
        top = max(max(r.given for r in rows), max(r.received for r in rows))
        ax.set_ylim(0, top * 1.05)
        self._date_axis(ax)
        self._legend(ax, loc="lower left", bbox_to_anchor=(0, 1.0), borderaxespad=0.2)
        self._finish(left=0.14, bottom=0.14, top=0.8)


def _money_tick(value: float, _pos=None) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:,.1f}M"
    if abs(value) >= 10_000:
        return f"{value / 1000:,.0f}k"
    return f"{value:,.0f}"


def _short(name: str, length: int = 24) -> str:
    return name if len(name) <= length else name[: length - 1] + "…"
