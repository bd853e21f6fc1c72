"""Start the window: paths, logging, database, QApplication, main window."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from refdesk import APP_NAME, paths
from refdesk.logs import setup_logging
from refdesk.ui.application import make_application, quit_on_terminate

log = logging.getLogger(__name__)


def open_startup_database(folder, url, *, backup: bool = True) -> str | None:
    """Open the database and (unless *backup* is False) take the daily backup; returns an error
    sentence or None."""
    from refdesk.services import connection

    try:
        if url == paths.sqlite_url(folder / paths.DATABASE_FILE):
            paths.ensure_data_dir(folder)
        connection.open(url, backup_dir=paths.backup_dir(folder))
    except connection.DatabaseProblem as exc:
        return str(exc)
    except OSError as exc:
        return f"The data folder {folder} cannot be used: {exc.strerror or exc}"
    if backup:
        take_daily_backup(folder)
    return None


def take_daily_backup(folder) -> None:
    """The automatic backup, at most once a day, of the open SQLite file (a failure is only logged)."""
    from refdesk.services import connection

    path = connection.current_path()
    if path is None:
        return
    from refdesk.services.backup import BackupError, daily_backup

    try:
        daily_backup(path, paths.backup_dir(folder))
    except BackupError as exc:
        log.warning("daily backup failed: %s", exc)


def _hide_own_console() -> None:
    """Windows: hide the console window that a double-click on main.py opened for RefDesk alone."""
    if sys.platform != "win32":
        return
    import ctypes

    kernel32 = ctypes.windll.kernel32
    hwnd = kernel32.GetConsoleWindow()
    processes = (ctypes.c_uint * 2)()
    if hwnd and kernel32.GetConsoleProcessList(processes, 2) == 1:  # nobody else shares it
        ctypes.windll.user32.ShowWindow(hwnd, 0)


def main(args: argparse.Namespace | None = None) -> int:
    """Open the window on the database of *args* (``--data-dir``, ``--database-url``; by default
    the user's data folder), and run until it closes; the exit code."""
    _hide_own_console()
    folder = paths.data_dir(getattr(args, "data_dir", None))
    url = paths.database_url(folder, getattr(args, "database_url", None))
    log_path = setup_logging(folder)
    app = make_application()
    quit_on_terminate(app)
    from refdesk.ui.common.errors import install_excepthook

    install_excepthook(log_path)
    instance = claim_database(folder, url)
    if instance == "activated":
        return 0
    if isinstance(instance, str):
        log.warning("the window did not open %s: %s", paths.describe(url), instance)
        QMessageBox.warning(None, APP_NAME, instance)
        return 2
    from refdesk.ui.common.first_paint import AfterFirstPaint
    from refdesk.ui.main_window import MainWindow

    # The window's frame ("Opening your database…") paints first; then the database is opened
    # (a migration or a slow server shows in the window, not as nothing at all), the page and
    # the window's features are built, and the day's backup is taken.
    window = MainWindow(folder, url, defer=True)
    window._start_watch = AfterFirstPaint(window, lambda: _finish_start(app, window, folder, url))
    if getattr(args, "tray", False) and _tray_available():
        app.setQuitOnLastWindowClosed(False)  # hidden in the tray (the login start): the tray's Quit ends it
        log.info("started in the tray")
    else:
        window.show()
    if instance is not None:
        instance.attach(window)
    code = app.exec()
    from refdesk.services import connection

    connection.close()
    if instance is not None:
        instance.release()
    return code


def _finish_start(app: QApplication, window, folder, url) -> None:
    """After the first paint: open the database, then build the page; a problem ends RefDesk (exit 2)."""
    problem = open_startup_database(folder, url, backup=False)
    if problem:
        log.warning("the window did not open %s: %s", paths.describe(url), problem)
        QMessageBox.critical(window, APP_NAME, problem)
        window.hide()
        app.exit(2)
        return
    try:
        window.finish_start(welcome=True)
    except Exception as exc:  # e.g. a file damaged past its header: say so, and stop
        log.exception("the window could not be built on %s", url)
        if window.health is not None and window.health.take_over(exc):
            return  # the database is damaged: the window stays, read-only, with the banner
        from refdesk.services import failures

        explained = failures.explain(exc) or f"RefDesk could not show your data: {exc}"
        QMessageBox.critical(window, APP_NAME, f"{explained}\n\nDetails are in the log file.")
        window.hide()
        app.exit(2)
        return
    from refdesk.ui.help.tour import offer_tour

    if window.isVisible():  # not when started hidden in the tray
        offer_tour(window)  # the first start only
    window.health.check(then_backup=True)  # in the background: the quick check, then the day's backup


def _tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


def claim_database(folder, url):
    """One window per database file: the SingleInstance that holds it, None (a server database),
    "activated" (the window that has it open came to the front) or a sentence saying why not."""
    path = paths.sqlite_path(url)
    if path is None:
        return None
    if url == paths.sqlite_url(folder / paths.DATABASE_FILE):
        try:
            paths.ensure_data_dir(folder)
        except OSError:
            pass  # open_startup_database explains it
    from refdesk.services.instance import DatabaseInUse
    from refdesk.ui.single_instance import SingleInstance

    instance = SingleInstance(path)
    try:
        if instance.claim() == "activated":
            return "activated"
    except DatabaseInUse as exc:
        return str(exc)
    return instance
