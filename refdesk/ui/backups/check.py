"""File → Check database…: SQLite's full integrity check and foreign-key check, said in plain words.

The check reads every page and compares every index with its table (3–4 s on a 82 MB database), so
it runs in a ``Worker`` while the dialog shows that it is busy.  Damage found here puts the window
in the same read-only state, with the same banner, as the check at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from refdesk import APP_NAME, paths
from refdesk.services import connection, integrity
from refdesk.ui.common import worker
from refdesk.ui.common.page import SUBHEADING_SCALE, heading


class CheckDialog(QDialog):
    """Runs the full check of the open database file and shows what it found."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.path = connection.current_path()
        self.report: integrity.Report | None = None
        self.setWindowTitle(self.tr("Check database"))
        self.setObjectName("check-dialog")
        self.setAccessibleName(self.tr("Check database"))
        layout = QVBoxLayout(self)
        name = self.path.name if self.path else ""
        self.title = heading(self.tr("Checking %1…").replace("%1", name), SUBHEADING_SCALE)
        self.title.setWordWrap(True)
        self.text = QLabel(
            self.tr(
                "SQLite reads the whole file and compares every index with its table. "
                "A big database takes a few seconds; you can keep working meanwhile."
            )
        )
        self.text.setObjectName("check-text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Checking"))
        self.busy.setTextVisible(False)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox()
        self.backups = QPushButton(self.tr("&Backups…"))
        self.backups.setToolTip(self.tr("See the backups and restore one"))
        self.backups.setAccessibleName(self.tr("Backups"))
        self.backups.clicked.connect(self.open_backups)
        buttons.addButton(self.backups, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.backups.hide()  # after the button box has laid it out: shown when damage is found
        close.setToolTip(self.tr("Close this window (Esc)"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(max(560, self.fontMetrics().horizontalAdvance("M") * 44))
        self.resize(self.minimumWidth(), 240)
        self.job: worker.Worker | None = None

    def start(self) -> None:
        path = self.path
        if path is None:
            return
        if not worker.can_run_in_background():
            self._done(integrity.full(path))
            return
        self.job = worker.start(
            lambda _job: integrity.full(path), name="full-check", on_done=self._done, on_failed=self._failed
        )

    def _done(self, report: integrity.Report) -> None:
        self.job = None
        self.report = report
        self.busy.hide()
        if report.sound:
            self.title.setText(self.tr("%1 is sound").replace("%1", report.path.name))
            self.text.setText(
                f"{report.summary()}\n\n"
                + self.tr(
                    "Every page of the file can be read, every index matches its table, "
                    "and every referral, meeting and thank-you belongs to a partner that is there."
                )
            )
            self.adjustSize()
            return
        self.title.setText(self.tr("%1 is damaged").replace("%1", report.path.name))
        folder = paths.backup_dir(self.window_.data_dir)
        lines = [report.summary(), "", *(f"• {line}" for line in report.findings()), ""]
        advice = integrity.advice(report.path, folder, in_window=True)
        health = getattr(self.window_, "health", None)
        if health is not None and connection.damage() is None and report.problems:
            health.show_damage(report, integrity.newest_sound_backup(folder), integrity.recover_tool() is not None)
        if connection.damage() is not None:
            advice = self.tr("RefDesk keeps it read-only until you restore a backup.") + " " + advice
        lines.append(advice)
        self.text.setText("\n".join(lines))
        self.backups.show()
        self.adjustSize()

    def _failed(self, message: str) -> None:
        self.job = None
        self.busy.hide()
        self.title.setText(self.tr("The check could not run"))
        self.text.setText(message)

    @Slot()
    def open_backups(self) -> None:
        from refdesk.ui.backups.dialog import open_backups

        self.accept()
        open_backups(self.window_)


def open_check(window) -> CheckDialog | None:
    """File → Check database…"""
    if connection.current_path() is None:
        QMessageBox.information(
            window,
            APP_NAME,
            QCoreApplication.translate(
                "CheckDialog",
                "A team database on a server is looked after by the server itself: there is no file to check.",
            ),
        )
        return None
    dialog = CheckDialog(window)
    window.check_dialog = dialog
    dialog.open()
    dialog.start()
    return dialog
