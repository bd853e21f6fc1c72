"""``refdesk backup``: back up the database now, into the data folder's backups/."""

from __future__ import annotations

import argparse

from refdesk.commands.common import EXIT_OK, CliProblem, location, open_db


def register(add) -> None:
    add("backup", run, "Back up the database now (kept in the data folder's backups/).")


def run(args: argparse.Namespace) -> int:
    from refdesk.services import connection
    from refdesk.services.backup import BackupError, export_backup, make_backup

    loc = location(args)
    open_db(loc)
    path = connection.current_path()
    try:
        if path is None:
            target = export_backup(loc.backup_dir)
            print(f"This is a server database, so the backup is a portable export (CSV files and JSON): {target}")
            print(f"Load it into a new, empty database with: refdesk import-json {target}")
            return EXIT_OK
        target = make_backup(path, loc.backup_dir)
    except BackupError as exc:
        raise CliProblem(str(exc)) from exc
    print(f"Backup written: {target}")
    return EXIT_OK
