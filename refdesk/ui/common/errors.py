"""An uncaught exception shows a dialog naming the log file instead of silently killing the app."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from refdesk import APP_NAME

log = logging.getLogger("refdesk.crash")
_showing = False


def install_excepthook(log_path: Path | None) -> None:
    def hook(exc_type, exc, tb):
        global _showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if _showing or QApplication.instance() is None:
            return
        _showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "", QMessageBox.StandardButton.Ok)
            box.setTextFormat(Qt.TextFormat.PlainText)
            where = f"The details were written to {log_path}." if log_path else "The details could not be logged."
            from refdesk.services.failures import explain

            explained = explain(exc)  # a full disk, a lock, a read-only folder: say so plainly
            if explained:
                box.setIcon(QMessageBox.Icon.Warning)
                box.setText(explained)
            else:
                box.setText(
                    f"RefDesk ran into a problem it did not expect: {exc}\n\n"
                    f"Your saved data is safe. {where} Please send that file with a note of what you were doing."
                )
            box.exec()
        finally:
            _showing = False

    sys.excepthook = hook
