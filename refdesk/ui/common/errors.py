"""An unexpected error: a dialog that says what happened in one sentence and helps send a report.

RefDesk keeps running: an exception raised in a slot is caught by Qt and reaches this hook,
and the window goes on where it was.  A failure that is not RefDesk's fault (a full disk, a
locked database) is told in plain words (``services/failures.py``); anything else shows the
crash dialog, with **Copy details** (the masked report of ``services/report.py``, ready to
paste into an email), **Save report…** and **Open log folder**.  The log's last lines go into
the report only when the user ticks the box.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from refdesk import APP_NAME, paths
from refdesk.services import report
from refdesk.ui.common import icons

log = logging.getLogger("refdesk.crash")
_showing = False


def qt_versions() -> dict[str, str]:
    import PySide6

    return {"Qt": qVersion(), "PySide6": PySide6.__version__}


def all_versions() -> dict[str, str]:
    """What About and every report show: RefDesk, the platform, Python, Qt."""
    return report.versions(qt_versions())


class CrashDialog(QDialog):
    """What happened, in one sentence; the report to copy or save; the log folder."""

    def __init__(self, exc_info, log_path: Path | None, parent=None):
        super().__init__(parent)
        self.exc_info = exc_info
        self.log_path = log_path
        self.setWindowTitle(self.tr("%1: something went wrong").replace("%1", APP_NAME))
        exc = exc_info[1]
        what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        self.sentence = QLabel(
            self.tr(
                "RefDesk ran into a problem it did not expect (%1). What you saved is safe, and you can "
                "keep working; if it happens again, please send the report below to the people who make RefDesk."
            ).replace("%1", what)
        )
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.include_log = QCheckBox(
            self.tr("&Include the last %1 lines of the log").replace("%1", str(report.LOG_LINES))
        )
        self.include_log.setToolTip(
            self.tr(
                "The log says what RefDesk did just before; it may name partners. Email addresses and phone "
                "numbers are hidden either way."
            )
        )
        self.include_log.toggled.connect(self._refresh)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("The report, exactly as it is copied or saved"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(180)
        note = QLabel(
            self.tr(
                "This is exactly what is copied or saved: versions and where the problem happened. "
                "Email addresses, phone numbers and your home folder's name are hidden; nothing is sent by itself."
            )
        )
        note.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the report, to paste into an email (Alt+C)"))
        self.copy_button.clicked.connect(self.copy_details)
        self.save_button = QPushButton(self.tr("&Save report…"))
        self.save_button.setToolTip(self.tr("Save the report as a text file (Alt+S)"))
        self.save_button.clicked.connect(self.save_report)
        self.folder_button = QPushButton(self.tr("Open &log folder"))
        self.folder_button.setToolTip(self.tr("Open the folder that holds RefDesk's log files (Alt+L)"))
        self.folder_button.clicked.connect(self.open_log_folder)
        self.folder_button.setEnabled(log_path is not None)
        close = QPushButton(self.tr("&Keep working"))
        close.setToolTip(self.tr("Close this message and go on where you were (Esc)"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        for button in (self.copy_button, self.save_button, self.folder_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.AcceptRole)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        icon = QLabel()
        icon.setPixmap(icons.icon("warning").pixmap(32, 32))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.sentence, 1)
        layout.addLayout(top)
        layout.addWidget(self.include_log)
        layout.addWidget(self.details, 1)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self._refresh()

    def report_text(self) -> str:
        return report.problem_report(
            *self.exc_info,
            versions_seen=all_versions(),
            log_path=self.log_path,
            include_log=self.include_log.isChecked(),
        )

    def _refresh(self) -> None:
        self.details.setPlainText(self.report_text())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.status.setText(self.tr("The report is on the clipboard: paste it into an email."))

    def save_report(self) -> None:
        from refdesk.ui.common import files

        target, _ = files.save_path(
            self, "problem report", self.tr("Save the problem report"), "refdesk-report.txt", self.tr("Text (*.txt)")
        )
        if target is None:
            return
        try:
            with paths.private_file(target, encoding="utf-8") as out:
                out.write(self.report_text())
        except OSError as exc:
            self.status.setText(
                self.tr("The report could not be saved in %1: %2")
                .replace("%2", str(exc.strerror or exc))
                .replace("%1", str(target))
            )
            return
        self.status.setText(self.tr("Report saved: %1").replace("%1", str(target)))

    def open_log_folder(self) -> None:
        from refdesk.ui.common import files

        if self.log_path is not None:
            files.show_folder(self, self.log_path.parent)


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
            from refdesk.services.failures import explain

            explained = explain(exc)  # a full disk, a lock, a read-only folder: say so plainly
            if explained:
                box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, explained, QMessageBox.StandardButton.Ok)
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.exec()
            else:
                CrashDialog((exc_type, exc, tb), log_path, QApplication.activeWindow()).exec()
        finally:
            _showing = False

    sys.excepthook = hook
