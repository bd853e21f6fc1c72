"""``refdesk screenshots DIR``: one PNG per page of the main window, for the README."""

from __future__ import annotations

import os
from pathlib import Path


def save_screenshots(loc, out: Path, width: int = 1280, height: int = 800) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from refdesk.ui.application import make_application
    from refdesk.ui.main_window import PAGES, MainWindow

    make_application()
    window = MainWindow(loc.data_dir, loc.url)
    window.resize(width, height)
    window.show()
    saved = []
    for number, spec in enumerate(PAGES, start=1):
        window.show_page(spec.key)
        for _ in range(3):
            QApplication.processEvents()
        path = out / f"{number:02d}-{spec.key}.png"
        window.grab().save(str(path))
        saved.append(path)
    window.close()
    return saved
