"""The Qt canvas for the charts: matplotlib's ``FigureCanvasQTAgg`` with a cache for drawn text.

Drawing text is most of a chart's drawing time: matplotlib 3.11 and later lay out each
string and render it a glyph at a time, in Python, on every draw.  Across redraws of
the Charts page most strings come back (tick labels such as "2026" or "600", legends,
axis labels, partner names), so :class:`TextCachingRenderer` keeps each string's
rendered image, keyed by the text, font, angle and resolution, and stamps it in one
go the next time.  The image is exactly the one matplotlib draws; the only difference
is that a string's origin is rounded to a whole pixel.  It also keeps each font's
height metrics, which matplotlib otherwise reads from the font file's tables for every
text it measures (several times per text and draw).

Older matplotlib (which renders a string in one go) and maths text are drawn as
usual.  Imported with the first chart, never at start-up.

The gain, measured with ``tests/bench/ab.py`` and ``bench_charts.py`` (10,000 partners,
100,000 referrals, 11 rounds): a period change redraws and paints the three charts in 22 ms
against 60 ms without the text cache (0.37; 45 against 124 ms in an earlier run), and in 23
against 29 ms without the kept height metrics (0.78).  The first paint is the same either way
(476 against 489 ms): its strings are new.  Both lean on matplotlib internals (a renderer's
``_renderer``, ``_draw_text_glyphs_and_boxes``, ``_get_font_height_metrics`` and
``fontManager._find_fonts_by_props``); ``tests/ui/charts/test_canvas.py`` checks that the
charts come out pixel for pixel as matplotlib draws them, and that the cache steps aside when
those internals change.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

import matplotlib as mpl
import numpy as np
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

log = logging.getLogger(__name__)

CACHE_SIZE = 4000  # strings; each a few hundred bytes to a few kilobytes
_cache: OrderedDict[tuple, tuple[np.ndarray, int, int]] = OrderedDict()
_heights: dict[tuple, tuple] = {}
# matplotlib >= 3.11 draws text glyph by glyph (the slow path this cache skips).
_GLYPH_BY_GLYPH = hasattr(RendererAgg, "_draw_text_glyphs_and_boxes")


class _NotPlainText(Exception):
    pass


class _Recorder:
    """Stands in for the Agg raster while a string is drawn, and keeps the glyph images instead."""

    def __init__(self):
        self.glyphs: list[tuple[np.ndarray, int, int]] = []

    def draw_text_image(self, image, x, y, angle, gc) -> None:
        if angle:
            raise _NotPlainText("rotated glyph image")
        self.glyphs.append((np.array(image, dtype=np.uint8), int(x), int(y)))

    def __getattr__(self, name):  # boxes (maths text) or anything else: not cached
        raise _NotPlainText(name)


def _font_key(prop) -> tuple:
    return (
        tuple(prop.get_family()),
        prop.get_style(),
        prop.get_variant(),
        prop.get_weight(),
        prop.get_stretch(),
        prop.get_size_in_points(),
        str(prop.get_file() or ""),
        prop.get_math_fontfamily(),
    )


def _compose(glyphs: list[tuple[np.ndarray, int, int]]) -> tuple[np.ndarray, int, int]:
    """One alpha image from the glyph images ((image, left, bottom) with y downwards), and its left and bottom."""
    glyphs = [g for g in glyphs if g[0].size]
    if not glyphs:
        return np.zeros((0, 0), np.uint8), 0, 0
    left = min(x for _img, x, _y in glyphs)
    right = max(x + img.shape[1] for img, x, _y in glyphs)
    top = min(y - img.shape[0] for img, _x, y in glyphs)
    bottom = max(y for _img, _x, y in glyphs)
    out = np.zeros((bottom - top, right - left), np.uint16)
    for img, x, y in glyphs:
        h, w = img.shape
        region = out[y - h - top : y - top, x - left : x - left + w]
        # Drawing glyph over glyph in one colour: coverage adds up as a union, a + b - ab.
        region[...] = 255 - ((255 - region) * (255 - img.astype(np.uint16)) + 127) // 255
    return out.astype(np.uint8), left, bottom


def _height_metrics(prop, dpi: float) -> tuple:
    """(ascent, descent, line gap) of *prop*'s font in pixels, as ``Text._get_layout`` works them out."""
    from matplotlib.font_manager import fontManager, get_font

    font = get_font(fontManager._find_fonts_by_props(prop))
    for table_name, gap_key, ascent_key, descent_key in (
        ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
        ("hhea", "lineGap", "ascent", "descent"),
    ):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        scale = prop.get_size_in_points() * dpi / 72 / font.get_sfnt_table("head")["unitsPerEm"]
        return table[ascent_key] * scale, -table[descent_key] * scale, table[gap_key] * scale
    return None, None, None


class TextCachingRenderer(RendererAgg):
    """``RendererAgg`` that draws a string it has drawn before from its cached image."""

    def _get_font_height_metrics(self, prop):
        # matplotlib >= 3.11 asks the renderer first (``Text._get_layout``); (None, None, None) = work it out.
        key = (_font_key(prop), self.dpi)
        metrics = _heights.get(key)
        if metrics is None:
            try:
                metrics = _height_metrics(prop, self.dpi)
            except Exception:  # a font matplotlib reads some other way: let it
                log.debug("no height metrics for %s", prop, exc_info=True)
                metrics = (None, None, None)
            _heights[key] = metrics
        return metrics

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        global _GLYPH_BY_GLYPH
        if ismath or not _GLYPH_BY_GLYPH or not s:
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        try:
            return self._draw_cached(gc, x, y, s, prop, angle, mtext)
        except Exception:  # this leans on matplotlib internals: if a new version changed them, draw as usual
            log.warning("text cache switched off: matplotlib %s draws text differently", mpl.__version__, exc_info=True)
            _GLYPH_BY_GLYPH = False
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)

    def _draw_cached(self, gc, x, y, s, prop, angle, mtext):
        features = mtext.get_fontfeatures() if mtext is not None and hasattr(mtext, "get_fontfeatures") else None
        language = mtext.get_language() if mtext is not None and hasattr(mtext, "get_language") else None
        key = (
            s,
            _font_key(prop),
            float(angle),
            self.dpi,
            bool(gc.get_antialiased()),
            str(mpl.rcParams["text.hinting"]),
            mpl.rcParams["text.hinting_factor"],
            tuple(features) if features else None,
            language,
        )
        x0, y0 = round(x), round(y)
        entry = _cache.get(key)
        if entry is None:
            entry = self._record(gc, x0, y0, s, prop, angle, mtext)
            if entry is None:
                return super().draw_text(gc, x, y, s, prop, angle, False, mtext)
            _cache[key] = entry
            if len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
        else:
            _cache.move_to_end(key)
        image, dx, dy = entry
        if image.size:
            self._renderer.draw_text_image(image, x0 + dx, y0 + dy, 0, gc)
        return None

    def _record(self, gc, x0: int, y0: int, s, prop, angle, mtext):
        """Draw *s* at the whole-pixel origin into a recorder: (image, left, bottom) relative to it, or None."""
        raster, recorder = self._renderer, _Recorder()
        self._renderer = recorder
        try:
            super().draw_text(gc, x0, y0, s, prop, angle, False, mtext)
        except _NotPlainText:
            return None
        finally:
            self._renderer = raster
        image, left, bottom = _compose(recorder.glyphs)
        return image, left - x0, bottom - y0


class ChartCanvas(FigureCanvasQTAgg):
    """``FigureCanvasQTAgg`` drawing with :class:`TextCachingRenderer` (on screen and PNG export)."""

    def __init__(self, figure=None):
        self._text_renderer = None
        self._text_renderer_key = None
        super().__init__(figure)

    def get_renderer(self):
        w, h = self.get_width_height(physical=True)
        key = (w, h, self.figure.dpi)
        if key != self._text_renderer_key:
            self._text_renderer = TextCachingRenderer(w, h, self.figure.dpi)
            self._text_renderer_key = key
        return self._text_renderer
