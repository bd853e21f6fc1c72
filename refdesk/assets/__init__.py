"""The files RefDesk reads at run time: its icon, its desktop entry, the guide's pages.

They live inside the package and are found with ``importlib.resources``, so a wheel, an
editable install, the Debian package and the PyInstaller bundle all have them; nothing reads
the repository's top-level ``resources/`` folder, which holds only what builds RefDesk (the
bundle's spec, the packaging scripts, the README's screenshots).
"""

from __future__ import annotations

import atexit
import contextlib
import re
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

DESKTOP_FILE = "refdesk.desktop"
ICON_SVG = "refdesk.svg"
GUIDE = "guide"
PNG_NAME = re.compile(r"^refdesk-(\d+)\.png$")

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def files() -> Traversable:
    """The assets folder of this installation."""
    return resources.files(__name__)


def path(*parts: str) -> Path:
    """A real file or folder path for an asset (extracted once if the package is zipped)."""
    item = files().joinpath(*parts)
    if isinstance(item, Path):
        return item
    return _extracted.enter_context(resources.as_file(item))


def text(*parts: str) -> str:
    return files().joinpath(*parts).read_text(encoding="utf-8")


def icon_pngs() -> dict[int, Path]:
    """The icon's PNG renderings by size in pixels, smallest first."""
    found = {}
    for item in files().iterdir():
        match = PNG_NAME.match(item.name)
        if match:
            found[int(match.group(1))] = path(item.name)
    return dict(sorted(found.items()))


def missing() -> list[str]:
    """Assets this installation lacks (empty when it is whole)."""
    wanted = [DESKTOP_FILE, ICON_SVG, f"{GUIDE}/index.html"]
    gone = [name for name in wanted if not files().joinpath(*name.split("/")).is_file()]
    if not icon_pngs():
        gone.append("refdesk-<size>.png")
    return gone
