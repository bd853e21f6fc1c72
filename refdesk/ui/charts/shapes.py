"""Shapes the charts draw as single paths: bars, month steps.  numpy and matplotlib are imported
inside the functions, after :func:`refdesk.ui.charts.loading.load_matplotlib` ran."""

from __future__ import annotations


def rects(x0, x1, y0, y1):
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
    """(x0, x1, y0, y1) of each rectangle in a path made by :func:`rects` (for tests and checks)."""
    verts = path.vertices
    return [
        (float(verts[i, 0]), float(verts[i + 1, 0]), float(verts[i, 1]), float(verts[i + 2, 1]))
        for i in range(0, len(verts), 5)
    ]


def month_steps(values) -> tuple[list[float], list[float]]:
    """The corners of a step line holding each month's value across that month's whole column.

    Month *i* is plotted at x = i (its tick and, on the other charts, its bars' centre) and
    its column runs from i − 0.5 to i + 0.5: a balance that changes in month *i* rises at
    i − 0.5, where month *i*'s column begins, so the month under the tick shows the new
    value across its column.  (Steps hung on the ticks would not: ``where="pre"`` rises a
    month early, ``"post"`` at the tick, leaving half of month *i* on the old value.)
    The corners are worked out here rather than by a drawstyle, so the line and the area under it are
    one shape, and a test reads back exactly what is drawn.
    """
    xs: list[float] = []
    ys: list[float] = []
    for i, v in enumerate(values):
        xs += [i - 0.5, i + 0.5]
        ys += [v, v]
    return xs, ys
