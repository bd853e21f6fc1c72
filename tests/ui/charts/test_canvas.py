"""The charts' canvas draws text from a cache: the same pixels matplotlib draws, much less work the second time."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("matplotlib")

from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure

from refdesk.ui.charts import canvas as chart_canvas


def _figure() -> Figure:
    fig = Figure(figsize=(5, 3), dpi=96)
    ax = fig.add_subplot()
    ax.plot([0, 1, 2], [3, 1, 2], label="Won by partners − from my referrals")
    ax.set_ylabel("Running balance (USD)")  # rotated
    ax.set_xticks([0, 1, 2], ["2026", "Mar", "Luis Russell (retired)  +889"])
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0))
    ax.text(0.4, 0.5, "Angled ∑ text", rotation=30, transform=ax.transAxes)
    ax.set_title(r"maths $\alpha^2$")  # maths text: drawn the usual way
    return fig


def _pixels(canvas) -> np.ndarray:
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


@pytest.fixture
def rounded_origins(monkeypatch):
    """matplotlib's own text drawing, with each string's origin on a whole pixel as the cache puts it."""
    plain = RendererAgg.draw_text

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if not ismath:
            x, y = round(x), round(y)
        return plain(self, gc, x, y, s, prop, angle, ismath, mtext)

    monkeypatch.setattr(RendererAgg, "draw_text", draw_text)


def test_cached_text_is_the_text_matplotlib_draws(qapp, monkeypatch, rounded_origins):
    monkeypatch.setattr(chart_canvas, "_cache", type(chart_canvas._cache)())
    recorded = []  # strings drawn into a recorder: not found in the cache
    record = chart_canvas.TextCachingRenderer._record
    monkeypatch.setattr(
        chart_canvas.TextCachingRenderer, "_record", lambda self, *a: recorded.append(a[2]) or record(self, *a)
    )
    cached = chart_canvas.ChartCanvas(_figure())
    cached.resize(480, 288)
    first = _pixels(cached)
    missed, kept = len(recorded), len(chart_canvas._cache)
    recorded.clear()
    second = _pixels(cached)
    assert kept and len(recorded) == missed - kept  # the second draw took the strings it kept from the cache
    assert np.array_equal(first, second)
    expected = _pixels(FigureCanvasAgg(_figure()))  # plain matplotlib
    assert expected.shape == first.shape
    assert np.array_equal(expected, first)  # pixel for pixel, rotated text and maths included


def test_cache_is_bounded(qapp, monkeypatch):
    monkeypatch.setattr(chart_canvas, "_cache", type(chart_canvas._cache)())
    monkeypatch.setattr(chart_canvas, "CACHE_SIZE", 5)
    fig = Figure(figsize=(3, 2), dpi=96)
    for i in range(12):
        fig.text(0.1, i / 12, f"label {i}")
    canvas = chart_canvas.ChartCanvas(fig)
    canvas.draw()
    assert len(chart_canvas._cache) == 5


def test_a_matplotlib_that_draws_differently_switches_the_cache_off(qapp, monkeypatch, rounded_origins):
    """The cache leans on matplotlib internals; if they change, charts are still drawn, the usual way."""
    monkeypatch.setattr(chart_canvas, "_cache", type(chart_canvas._cache)())
    monkeypatch.setattr(chart_canvas, "_GLYPH_BY_GLYPH", True)

    def broken(glyphs):
        raise AttributeError("internals moved")

    monkeypatch.setattr(chart_canvas, "_compose", broken)
    canvas = chart_canvas.ChartCanvas(_figure())
    canvas.resize(480, 288)
    drawn = _pixels(canvas)
    assert chart_canvas._GLYPH_BY_GLYPH is False
    assert np.array_equal(drawn, _pixels(FigureCanvasAgg(_figure())))
