"""``refdesk backup``: back up the database now, into the data folder's backups/."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from refdesk.commands.common import EXIT_OK, CliProblem, location, open_db
from refdesk.i18n import _


def register(add) -> None:
    add("backup", run, _("Back up the database now (kept in the data folder's backups/)."))


def run(args: argparse.Namespace) -> int:
    from refdesk.services import connection
    from refdesk.services.backup import BackupError, export_backup, make_backup

    loc = location(args)
    open_db(loc)
    path = connection.current_path()
    if path is not None and not _can_write(loc.backup_dir):
        raise CliProblem(
            _("RefDesk cannot write to the backup folder {folder} (it is read-only). Your data is unchanged.").format(
                folder=loc.backup_dir
            )
        )
    try:
        if path is None:
            target = export_backup(loc.backup_dir)
            print(
                _("This is a server database, so the backup is a portable export (CSV files and JSON): {path}").format(
                    path=target
                )
            )
            print(_("Load it into a new, empty database with: refdesk import-json {path}").format(path=target))
            return EXIT_OK
        target = make_backup(path, loc.backup_dir)
    except BackupError as exc:
        raise CliProblem(str(exc)) from exc
    print(_("Backup written: {path}").format(path=target))
    return EXIT_OK


def _can_write(folder: Path) -> bool:
    """Whether a backup can be written into *folder* (or, while it is missing, created in its parent)."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return os.access(folder, os.W_OK)
