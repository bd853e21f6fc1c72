"""``refdesk screenshots DIR``: one PNG per page of the main window, for the README.

An error while a page reads the database (a damaged file) ends the run with ``ScreenshotsFailed``, in
plain words, and the pictures of this run are removed: a set of screenshots is whole or not there.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
import time
from pathlib import Path

from refdesk import paths

log = logging.getLogger(__name__)

PAGE_WAIT_S = 60  # the longest a page may take to show its content (Charts loads matplotlib first)


class ScreenshotsFailed(Exception):
    """A page could not be shown or saved; ``str()`` is a sentence for the user."""


def save_screenshots(loc, out: Path, width: int = 1280, height: int = 800) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from refdesk.services import failures
    from refdesk.ui.application import make_application
    from refdesk.ui.main_window import PAGES, MainWindow

    make_application()
    errors: list[BaseException] = []

    def keep(kind, value, tb) -> None:  # an exception in one of Qt's calls into a page: noted, not printed
        log.error("a page failed while taking screenshots", exc_info=(kind, value, tb))
        errors.append(value)

    saved: list[Path] = []
    old_hook, sys.excepthook = sys.excepthook, keep
    try:
        window = MainWindow(loc.data_dir, loc.url)
        window.resize(width, height)
        window.show()
        for number, spec in enumerate(PAGES, start=1):
            window.show_page(spec.key)
            # a page whose code loads in the background (Charts) is built when it has loaded: wait for
            # it and its content, not for the "Loading…" panel shown meanwhile
            deadline = time.monotonic() + PAGE_WAIT_S
            while time.monotonic() < deadline and not errors:
                QApplication.processEvents()
                page = window.pages.get(spec.key)
                if spec.key not in window.loading and (page is None or getattr(page, "loaded", True)):
                    break  # (no page at all: a damaged file stopped it, and the banner says so)
                time.sleep(0.01)
            for _ in range(3):
                QApplication.processEvents()
            if errors:
                break
            window.statusBar().clearMessage()  # a passing word about this machine ("no system tray") is not the page
            path = out / f"{number:02d}-{spec.key}.png"
            with paths.private_output(path) as partial:  # the pages show people's names: owner-only
                if paths.disk_is_full(out) or not window.grab().save(str(partial), "PNG"):
                    full = paths.disk_is_full(out)
                    raise OSError(errno.ENOSPC if full else errno.EIO, "the disk is full" if full else "write error")
            saved.append(path)
        window.close()
    except Exception as exc:
        errors.append(exc)
    finally:
        sys.excepthook = old_hook
    if errors:
        for path in saved:
            path.unlink(missing_ok=True)
        first = errors[0]
        if isinstance(first, OSError):
            raise ScreenshotsFailed(f"The screenshots could not be written to {out}: {failures.reason(first)}.")
        explained = failures.explain(first) or f"A page could not be shown ({first})."
        raise ScreenshotsFailed(f"No screenshots were written. {explained}")
    return saved
