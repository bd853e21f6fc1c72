"""One chart on the Charts page: a title, a table of its numbers, an export button and a matplotlib figure.

The charts themselves are in :mod:`refdesk.ui.charts.monthly` (given vs received, value
of closed business) and :mod:`refdesk.ui.charts.balance` (balance per partner); what
they write (month ticks, one number format per axis) in :mod:`refdesk.ui.charts.ticks`.

matplotlib is imported when the first panel is built (the Charts page is opened),
never at start-up, by :func:`refdesk.ui.charts.loading.load_matplotlib` (which skips
work RefDesk never uses): ``Figure`` + ``FigureCanvasQTAgg`` only (no pyplot, no
``matplotlib.dates``: months are plotted at 0, 1, 2, … and labelled by ``ticks``), the
canvas being :class:`refdesk.ui.charts.canvas.ChartCanvas`, which caches drawn text.

Speed: each chart makes its artists once and a new period or partner only changes
their data (bars are one path per colour, not one rectangle per bar), limits and tick
labels are set directly (no autoscaling, no tight or constrained layout), and the
margins are worked out from the font size when the canvas is resized.  Drawing then
happens once, on the next paint (``draw_idle()``).  The table of numbers is filled
only while it is shown.

Reading the values: hovering a bar, point or row shows its month (or partner) and
values in a tooltip; the "Table" button shows the same numbers as a table (reachable
with the keyboard); the canvas's accessible description summarises the chart.  The
month in progress is shaded and marked "so far", so it does not read as a collapse.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME
from refdesk.services import formatting
from refdesk.ui.charts import export as chart_export
from refdesk.ui.charts.theme import Theme, theme_for
from refdesk.ui.charts.ticks import month_label, month_ticks, short
from refdesk.ui.common import files
from refdesk.ui.common.text import plain_tooltip

log = logging.getLogger(__name__)

EXPORT_FILTERS = QT_TRANSLATE_NOOP("charts", "PNG image (*.png);;SVG image (*.svg)")
ALL_PARTNERS = QT_TRANSLATE_NOOP("charts", "All partners")
SO_FAR = QT_TRANSLATE_NOOP("charts", "so far")
_SAVED = QT_TRANSLATE_NOOP("charts", "Chart saved")
translate = QCoreApplication.translate
EXPORT_HEADING = 3.6  # font sizes above the chart for an exported image's title and subtitle


@dataclass
class ChartContext:
    """What the charts are showing: whose referrals, which period; set by the page before each plot."""

    partner: str = ALL_PARTNERS
    first: dt.date | None = None  # first day shown
    last: dt.date | None = None  # last day shown
    period: str = ""  # the period's name, e.g. "Last 12 months"; "" for a custom range
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def current_month(self) -> str:
        """``YYYY-MM`` of the month in progress: its figures are so far, not the month's."""
        return self.today.isoformat()[:7]

    def span(self) -> str:
        """``Jan 2026 – 2 Dec 2026``: the months shown, the month in progress to its date."""
        if self.first is None or self.last is None:
            return ""
        if not self.period:  # a custom range: its own days
            return f"{formatting.date(self.first)} – {formatting.date(self.last)}"
        end = self.last
        last = formatting.date(min(end, self.today)) if end.isoformat()[:7] == self.current_month else None
        return f"{formatting.month(self.first)} – {last or formatting.month(end)}"

    def describe(self) -> str:
        """``All partners · Last 12 months (Jan 2026 – 2 Dec 2026)``: the subtitle of an exported chart."""
        span = self.span()
        when = f"{self.period} ({span})" if self.period and span else (self.period or span)
        return " · ".join(part for part in (short(translate("charts", self.partner), 60), when) if part)


class ChartPanel(QFrame):
    """Base class: subclasses make their artists in ``_build()``, restyle them in ``_restyle()``, and
    say what is under the mouse (``hover_text``), what the chart shows (``summary``) and its numbers
    (``table_rows``)."""

    exported = Signal(str)
    title = ""
    slug = "chart"
    term = ""  # the word of the practice the chart shows (vocabulary.GLOSSARY), for its "?"
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
        self.title = translate("charts", type(self).title)  # in the language spoken, from here on
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.theme: Theme = theme_for(self)
        self.context = ChartContext()
        self.figure = Figure(dpi=self.logicalDpiX() or 96, facecolor=self.theme.background)
        self.canvas = ChartCanvas(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(QSize(280, 200))
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.axes = self.figure.add_subplot()
        self.hover = ""  # the tooltip's text while one is shown
        self._styled: Theme | None = None
        self._margins = dict(self.margins)
        self._placed: tuple | None = None
        self._bands: list = []
        self._note = None
        self.partial: int | None = None  # index of the month in progress, if shown
        self.partial_label = ""  # "Dec so far" while it is shown
        self.message = self.axes.text(
            0.5, 0.5, "", transform=self.axes.transAxes, ha="center", va="center", wrap=True, visible=False
        )
        self._build()
        self.canvas.mpl_connect("resize_event", lambda _event: self._place())
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("figure_leave_event", lambda _event: self._hide_hover())

        self.heading = QLabel(self.title)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.table_button = QToolButton()
        self.table_button.setText(translate("charts", "Table"))
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(
            translate("charts", "Show this chart's numbers as a table; press again for the chart")
        )
        self.table_button.setAccessibleName(translate("charts", "Show %1 as a table").replace("%1", self.title))
        self.table_button.toggled.connect(self.show_table)
        self.export_button = QToolButton()
        self.export_button.setText(translate("charts", "Export…"))
        self.export_button.setToolTip(
            translate("charts", "Save the “%1” chart as a PNG or SVG image").replace("%1", self.title)
        )
        self.export_button.setAccessibleName(translate("charts", "Export %1 chart").replace("%1", self.title))
        self.export_button.clicked.connect(self.export_dialog)
        self.canvas.setAccessibleName(translate("charts", "%1 chart").replace("%1", self.title))
        self.setAccessibleName(self.title)
        self.table_model = None
        self.table_view = None

        self.body = QStackedWidget()
        self.body.addWidget(self.canvas)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.table_button)
        top.addWidget(self.export_button)
        if self.term:
            from refdesk.ui.help.guide import help_button, tip

            self.heading.setToolTip(tip(self.term))
            top.addWidget(help_button(self.term))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

    # --- what the chart shows --------------------------------------------------------------------

    def set_context(self, context: ChartContext) -> None:
        self.context = context

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.canvas.setAccessibleName(translate("charts", "%1 chart").replace("%1", text))
        self.setAccessibleName(text)

    def hover_text(self, ax, x: float, y: float) -> str | None:
        """The tooltip for the mouse at data point (*x*, *y*) of *ax*; None where there is nothing."""
        return None

    def summary(self) -> str:
        """One or two sentences on what the chart shows (its accessible description)."""
        return ""

    def table_rows(self) -> tuple[list[str], list[tuple[str, ...]]]:
        """(column headers, rows of texts): the chart's numbers."""
        return [], []

    def month_text(self, month: str) -> str:
        """``Dec 2026 (so far)`` for the month in progress, ``Nov 2026`` for others."""
        text = month_label(month)
        return f"{text} ({translate('charts', SO_FAR)})" if month == self.context.current_month else text

    def partial_index(self, months: list[str]) -> int | None:
        """Index of the month in progress in *months* (only ever the last), or None."""
        return len(months) - 1 if months and months[-1] == self.context.current_month else None

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
            ax.grid(False, axis="both")
            ax.grid(True, axis=self._grid_axis(), color=t.grid, linewidth=0.8)
        self.message.set_color(t.text)
        self.message.set_fontsize(t.font_size)
        for band in self._bands:
            band.set_facecolor(t.grid)
        if self._note is not None:
            self._note.set_color(t.muted)
            self._note.set_fontsize(t.font_size * 0.85)
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
            self._mark_partial(None)
        return shown

    def _month_axis(self, months: list[str], ax=None) -> None:
        ax = ax if ax is not None else self.axes
        positions, labels = month_ticks(months)
        ax.set_xticks(positions, labels)
        ax.set_xlim(-0.6, len(months) - 0.4)

    def _partial_marks(self, axes: list, note_axes=None) -> None:
        """Make the shading of the month in progress on each of *axes*, and its "Dec so far" above *note_axes*
        (charts with a legend say it there instead: ``_partial_handles``)."""
        from matplotlib.patches import Rectangle
        from matplotlib.transforms import blended_transform_factory, offset_copy

        for ax in axes:
            band = Rectangle((0, 0), 1, 1, transform=ax.get_xaxis_transform(), linewidth=0, alpha=0.55, zorder=0.6)
            band.set_visible(False)
            ax.add_patch(band)
            self._bands.append(band)
        if note_axes is None:
            return
        above = blended_transform_factory(note_axes.transData, note_axes.transAxes)
        self._note = note_axes.text(
            0,
            1,
            translate("charts", SO_FAR),
            transform=offset_copy(above, fig=self.figure, y=2, units="points"),
            ha="right",
            va="bottom",
            visible=False,
        )

    def _mark_partial(self, index: int | None, month: str = "") -> None:
        """Shade month *index* (in progress, *month*) and say "Dec so far"; None: no month in progress."""
        self.partial = index
        so_far = translate("charts", SO_FAR)
        if index is None:
            self.partial_label = ""
        else:
            self.partial_label = (
                translate("charts", "%1 so far").replace("%1", month_label(month, year=False)) if month else so_far
            )
        for band in self._bands:
            band.set_visible(index is not None)
            if index is not None:
                band.set_x(index - 0.5)
        if self._note is not None:
            self._note.set_visible(index is not None)
            if index is not None:
                self._note.set_x(index + 0.5)
                self._note.set_text(self.partial_label)

    def _partial_handles(self, handles: list, labels: list[str]) -> tuple[list, list[str]]:
        """A legend's entries, and the shading's ("Dec so far") while the month in progress is shown."""
        if not self.partial_label:
            return handles, labels
        return [*handles, self._bands[0]], [*labels, self.partial_label]

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
        self._position(left, bottom, right, top, em / height)

    def _position(self, left: float, bottom: float, right: float, top: float, em_high: float) -> None:
        """Put the axes in the plot area (figure fractions); *em_high* is a font size as a fraction of the height."""
        self.figure.subplots_adjust(left=left, right=right, bottom=bottom, top=top)

    def _finish(self) -> None:
        self._place()
        self.canvas.draw_idle()
        self.canvas.setAccessibleDescription(self.summary())
        if self.table_view is not None and self.body.currentWidget() is self.table_view:
            self.table_model.set_rows(*self.table_rows())

    # --- reading the values ----------------------------------------------------------------------

    def _on_motion(self, event) -> None:
        text = None
        if event.inaxes is not None and event.xdata is not None and event.ydata is not None:
            text = self.hover_text(event.inaxes, event.xdata, event.ydata)
        if not text:
            self._hide_hover()
            return
        if text == self.hover and QToolTip.isVisible():
            return
        self.hover = text
        gui = getattr(event, "guiEvent", None)
        where = gui.globalPosition().toPoint() if gui is not None else QCursor.pos()
        QToolTip.showText(where + QPoint(14, 10), plain_tooltip(text), self.canvas)

    def _hide_hover(self) -> None:
        if self.hover:
            self.hover = ""
            QToolTip.hideText()

    def show_table(self, shown: bool) -> None:
        """Show the chart's numbers as a table (*shown*) or the chart again."""
        if shown and self.table_view is None:
            from refdesk.ui.charts.table import ChartTable, table_view

            self.table_model = ChartTable(self)
            self.table_view = table_view(
                self.table_model, translate("charts", "%1: the numbers").replace("%1", self.title)
            )
            self.body.addWidget(self.table_view)
        if shown:
            self.table_model.set_rows(*self.table_rows())
            self.body.setCurrentWidget(self.table_view)
        else:
            self.body.setCurrentWidget(self.canvas)
        if self.table_button.isChecked() != shown:
            self.table_button.setChecked(shown)

    # --- export ----------------------------------------------------------------------------------

    def export_title(self) -> str:
        return self.heading.text() or self.title

    def default_name(self) -> str:
        c = self.context
        return chart_export.default_name(self.slug, c.partner, c.first, c.last)

    def export_dialog(self) -> None:
        path, chosen = files.save_path(
            self,
            files.EXPORT,
            translate("charts", "Export %1").replace("%1", self.title),
            self.default_name(),
            translate("charts", EXPORT_FILTERS),
        )
        if path is None:
            return
        path, _fmt = chart_export.format_of(path, chosen)
        try:
            path = self.export(path)
        except (OSError, ValueError) as exc:
            log.warning("export of %s to %s failed: %s", self.slug, path, exc)
            QMessageBox.warning(
                self,
                APP_NAME,
                translate("charts", "The chart could not be saved to %1:\n%2")
                .replace("%1", str(path))
                .replace("%2", str(exc)),
            )
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            files.announce_saved(window, path, translate("charts", "Chart saved"))
        self.exported.emit(str(path))

    def export(self, path: Path) -> Path:
        """Save the chart as PNG or SVG (by the file's extension), on the colours shown, with its title, the
        partner and the period written above it; the file is readable by its owner only.

        The image is the chart as shown, taller by the lines of the title: the figure grows for the
        export (not the canvas on screen) and is put back afterwards.
        """
        t, figure = self.theme, self.figure
        title, subtitle = self.export_title(), self.context.describe()
        shown_size, shown_margins = figure.get_size_inches().copy(), self._margins
        em = t.font_size * figure.dpi / 72
        figure.set_size_inches(shown_size[0], shown_size[1] + EXPORT_HEADING * em / figure.dpi, forward=False)
        self._margins = {**shown_margins, "top": shown_margins["top"] + EXPORT_HEADING}
        self._placed = None
        self._place()
        width, height = figure.get_size_inches() * figure.dpi
        x = 0.8 * em / width
        texts = [
            figure.text(
                x, 1 - 0.6 * em / height, title, ha="left", va="top", fontsize=t.font_size * 1.15, parse_math=False
            ),
            figure.text(
                x, 1 - 2.1 * em / height, subtitle, ha="left", va="top", fontsize=t.font_size, parse_math=False
            ),
        ]
        texts[0].set_fontweight("bold")
        for text in texts:
            text.set_color(t.text)
        try:
            return chart_export.write_figure(figure, Path(path), title=title, description=subtitle)
        finally:
            for text in texts:
                text.remove()
            figure.set_size_inches(*shown_size, forward=False)
            self._margins = shown_margins
            self._placed = None
            self._place()
            self.canvas.draw_idle()


def month_of(months: list[str], x: float) -> int | None:
    """The index of the month whose column holds *x* (month *i* spans i − 0.5 to i + 0.5), or None."""
    i = int(round(x))
    return i if 0 <= i < len(months) else None
