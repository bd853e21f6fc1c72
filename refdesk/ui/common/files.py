"""File dialogs that open where the user last was, showing a folder, and saying where a saved
file went.  Files RefDesk writes are written with ``refdesk.paths.private_output`` (owner-only, whole).

Every file RefDesk writes for the user (a PDF, a chart, an export, a backup) ends with
``announce_saved``: the status bar names the file with its whole path, and an "Open folder"
button beside it (Ctrl+Shift+F while it shows) opens the folder that holds it.

Each kind of file has its own last folder, kept in the settings (``files/last_folder/<kind>``):
database files, contacts to import, and what RefDesk saves for the user (exports, PDFs,
chart images). Every file dialog in RefDesk goes through ``save_path`` or ``open_path``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QToolButton, QWidget

from refdesk import APP_NAME
from refdesk.ui.common import settings

log = logging.getLogger(__name__)

DATABASE = "database"
CONTACTS = "contacts"
EXPORT = "export"
KINDS = (DATABASE, CONTACTS, EXPORT)


def _key(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of file: {kind!r}")
    return f"files/last_folder/{kind}"


def last_folder(kind: str, default: Path | str | None = None) -> Path:
    """The folder a file of *kind* was last opened from or saved to; else *default*, else the home folder."""
    remembered = settings.get(_key(kind))
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    if default is not None and Path(default).is_dir():
        return Path(default)
    return Path.home()


def remember(kind: str, path: Path | str) -> None:
    """Remember the folder of *path* (a file chosen in a dialog) for the next dialog of *kind*."""
    settings.put(_key(kind), str(Path(path).resolve().parent))


def save_path(
    parent: QWidget | None,
    kind: str,
    caption: str,
    file_name: str,
    file_filter: str,
    default_folder: Path | str | None = None,
) -> tuple[Path | None, str]:
    """Ask where to save *file_name*, starting in the last folder of *kind*; (path or None, chosen filter)."""
    start = last_folder(kind, default_folder) / file_name
    name, chosen = QFileDialog.getSaveFileName(parent, caption, str(start), file_filter)
    if not name:
        return None, chosen
    remember(kind, name)
    return Path(name), chosen


def open_path(
    parent: QWidget | None,
    kind: str,
    caption: str,
    file_filter: str,
    default_folder: Path | str | None = None,
    start: Path | str | None = None,
) -> Path | None:
    """Ask for a file to open, starting at *start* (e.g. a path already typed) or the last folder of *kind*."""
    begin = str(start) if start else str(last_folder(kind, default_folder))
    name, _ = QFileDialog.getOpenFileName(parent, caption, begin, file_filter)
    if not name:
        return None
    remember(kind, name)
    return Path(name)


def show_folder(parent: QWidget, folder: Path | str, status_bar=None) -> bool:
    """Open *folder* in the file manager; where none answers, show its path to copy (and copy it).

    The path also goes to *status_bar* (a QStatusBar) when there is one. True if a file manager opened it.
    """
    folder = Path(folder)
    if status_bar is not None:
        status_bar.showMessage(QCoreApplication.translate("files", "Folder: %1").replace("%1", str(folder)), 15000)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    log.info("no file manager opened %s", folder)
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(str(folder))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(APP_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate("files", "No file manager could open the folder. It is:\n\n%1").replace(
            "%1", str(folder)
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("files", "The path is on the clipboard: paste it into a file manager or a terminal.")
    )
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    box.setAccessibleName(QCoreApplication.translate("files", "Folder path"))
    box.exec()
    return False


SAVED_MS = 20000
"""How long the status bar says where a saved file went."""
SAVED_BUTTON = "open-saved-folder"


def announce_saved(window: QMainWindow, path: Path | str, what: str = "") -> str:
    """Say in *window*'s status bar that *what* ("Saved", "Chart saved"…) went to *path* (whole
    path), with an "Open folder" button beside it while the message shows.  Returns the message."""
    path = Path(path).resolve()
    what = what or QCoreApplication.translate("files", "Saved")
    bar = window.statusBar()
    button = bar.findChild(QToolButton, SAVED_BUTTON)
    if button is None:
        button = QToolButton(bar)
        button.setObjectName(SAVED_BUTTON)
        button.setText(QCoreApplication.translate("files", "Open folder"))
        button.setAccessibleName(QCoreApplication.translate("files", "Open the folder of the file just saved"))
        button.setShortcut(QKeySequence("Ctrl+Shift+F"))
        button.setAutoRaise(True)
        button.setFixedHeight(bar.fontMetrics().height() + 2)  # the status bar keeps its height: nothing jumps
        bar.addPermanentWidget(button)
        bar.messageChanged.connect(lambda text: button.setVisible(bool(text)))
        button.clicked.connect(lambda: show_folder(window, button.property("folder")))
    folder = path.parent
    button.setProperty("folder", str(folder))
    button.setToolTip(QCoreApplication.translate("files", "Open %1 (Ctrl+Shift+F)").replace("%1", str(folder)))
    message = f"{what}: {path}"
    log.info("%s", message)
    bar.showMessage(message, SAVED_MS)
    button.show()
    return message
