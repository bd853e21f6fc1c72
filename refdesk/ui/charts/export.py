"""Saving a chart as a PNG or SVG file: its name, its title and subtitle, a file only its owner can read.

The file is written through ``refdesk.paths.private_output``: owner-only whatever the umask,
under a temporary name beside it, then renamed over the destination, so a failed export
leaves no half-written image and never replaces a good one.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from refdesk import APP_NAME, paths

FORMATS = ("png", "svg")


def slug(text: str) -> str:
    """``ben-smith-smith-lending`` from ``Ben Smith · Smith Lending``: letters and digits, lower case."""
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-_") or "chart"


def default_name(chart: str, partner: str, first: dt.date | None, last: dt.date | None) -> str:
    """``refdesk-given-received-all-partners-2026-01-to-2026-12.png``: the chart, whose, which months."""
    parts = ["refdesk", chart, slug(partner)]
    if first is not None and last is not None:
        parts += [first.isoformat()[:7], "to", last.isoformat()[:7]]
    return "-".join(parts) + ".png"


def format_of(path: Path, chosen_filter: str = "") -> tuple[Path, str]:
    """The path with a .png or .svg suffix (from the file dialog's filter when it has neither), and the format."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        fmt = "svg" if chosen_filter.upper().startswith("SVG") else "png"
        path = path.with_name(path.name + "." + fmt)
    return path, fmt


def write_figure(figure, path: Path, *, title: str, description: str, dpi: float = 150) -> Path:
    """Save *figure* to *path* (PNG or SVG by its suffix), mode 0600, carrying *title* and *description*.

    In SVG the texts stay texts (``svg.fonttype`` "none"): searchable, selectable and read
    by screen readers; both formats carry the title and description as metadata too.
    """
    import matplotlib as mpl

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"a chart is saved as PNG or SVG, not {path.suffix or 'a file without a suffix'}")
    metadata = {"Title": title, "Description": description}
    if fmt == "png":
        metadata["Software"] = APP_NAME
    else:
        metadata["Creator"] = APP_NAME
    with paths.private_file(path, "wb") as out, mpl.rc_context({"svg.fonttype": "none"}):
        figure.savefig(out, format=fmt, facecolor=figure.get_facecolor(), dpi=dpi, metadata=metadata)
    return path
