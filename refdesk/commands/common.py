"""What every subcommand shares: where the data lives, opening the database, problems and exit codes.

A subcommand's ``run(args)`` returns an exit code and raises ``CliProblem`` for a problem the user
can fix: it is printed as one line on standard error and the exit code is 2.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from refdesk import paths
from refdesk.i18n import _

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_PROBLEM = 2


class CliProblem(Exception):
    """A problem to report in one line on stderr, with exit code 2."""


@dataclass
class Location:
    """Where this run's data lives."""

    data_dir: Path
    url: str
    writes: bool = True  # may write: checked for damage when opened; a reader also opens a read-only file

    @property
    def backup_dir(self) -> Path:
        return paths.backup_dir(self.data_dir)


def location(args: argparse.Namespace) -> Location:
    from refdesk.services.instance import READING_COMMANDS

    folder = paths.data_dir(args.data_dir)
    writes = getattr(args, "command", None) not in READING_COMMANDS
    return Location(folder, paths.database_url(folder, args.database_url), writes)


def open_db(loc: Location, *, create_folder: bool = True):
    """Open the database for a subcommand; a problem with it becomes a one-line ``CliProblem``.

    For a command that writes, a damaged SQLite file is refused (``PRAGMA quick_check``), with what
    to do about it; one that only reads (``loc.writes`` False) also works on a read-only database file."""
    from refdesk.services import connection

    try:
        if create_folder and loc.url == paths.sqlite_url(loc.data_dir / paths.DATABASE_FILE):
            paths.ensure_data_dir(loc.data_dir)
        return connection.open(loc.url, backup_dir=loc.backup_dir, check=loc.writes, reading=not loc.writes)
    except connection.DatabaseProblem as exc:
        raise CliProblem(str(exc)) from exc
    except OSError as exc:
        raise CliProblem(
            _("The data folder {folder} cannot be used: {reason}").format(
                folder=loc.data_dir, reason=exc.strerror or exc
            )
        ) from exc


def add_common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """``--data-dir``, ``--database-url`` and ``--lang``, on the main parser and on every subcommand."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=_("folder for the database, backups and logs (default: the user data folder; env REFDESK_DATA_DIR)"),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help=_("any peewee database URL, e.g. postgresql://user@host/refdesk (env REFDESK_DATABASE_URL)"),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        default=default,
        help=_(
            "the language of messages and of the window: en, de or es "
            "(default: the one chosen in the settings, else the system's; env REFDESK_LANG, LANG)"
        ),
    )
    if not suppress:  # the window's own: no subcommand takes it
        parser.add_argument(
            "--tray",
            "--minimized",
            dest="tray",
            action="store_true",
            help=_("start hidden in the tray, as at login (the window opens when there is no tray)"),
        )
