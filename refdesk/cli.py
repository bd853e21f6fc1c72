"""The command line: ``refdesk`` opens the window; ``refdesk SUBCOMMAND`` works without a screen.

Exit codes: 0 done; 2 a problem the user can fix (bad database, bad file),
with one line on stderr; 1 an unexpected error (logged).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from refdesk import __version__, paths

log = logging.getLogger(__name__)

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

    @property
    def backup_dir(self) -> Path:
        return paths.backup_dir(self.data_dir)


def location(args: argparse.Namespace) -> Location:
    folder = paths.data_dir(args.data_dir)
    return Location(folder, paths.database_url(folder, args.database_url))


def open_db(loc: Location, *, create_folder: bool = True):
    """Open the database for a subcommand; DatabaseProblem becomes a CLI problem."""
    from refdesk.db.database import DatabaseProblem, open_database

    try:
        if create_folder and loc.url == paths.sqlite_url(loc.data_dir / paths.DATABASE_FILE):
            paths.ensure_data_dir(loc.data_dir)
        return open_database(loc.url, backup_dir=loc.backup_dir)
    except DatabaseProblem as exc:
        raise CliProblem(str(exc)) from exc
    except OSError as exc:
        raise CliProblem(f"The data folder {loc.data_dir} cannot be used: {exc.strerror or exc}") from exc


# --- subcommands -----------------------------------------------------------------------------


def cmd_info(args: argparse.Namespace) -> int:
    import json

    from refdesk.db.database import describe, latest_schema_version, schema_version
    from refdesk.services.info import row_counts

    loc = location(args)
    database = open_db(loc)
    info = {
        "version": __version__,
        "data_dir": str(loc.data_dir),
        "database": describe(loc.url),
        "schema_version": schema_version(database),
        "latest_schema_version": latest_schema_version(),
        "counts": row_counts(),
    }
    if args.json:
        print(json.dumps(info, indent=2))
    else:
        print(f"RefDesk {info['version']}")
        print(f"Data folder:      {info['data_dir']}")
        print(f"Database:         {info['database']}")
        print(f"Schema version:   {info['schema_version']}")
        for name, count in info["counts"].items():
            print(f"{name.replace('_', ' ').capitalize() + ':':<18}{count}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from refdesk.services import demo

    if args.partners < 1 or args.referrals < 0:
        raise CliProblem("--partners must be at least 1 and --referrals at least 0.")
    open_db(location(args))
    started = time.perf_counter()
    summary = demo.generate(partners=args.partners, referrals=args.referrals, seed=args.seed)
    seconds = time.perf_counter() - started
    print(
        f"Added demo data: {summary.partners} partners, {summary.referrals} referrals, "
        f"{summary.meetings} meetings, {summary.standing_checks} check-ins, "
        f"{summary.thank_yous} thank-yous in {seconds:.1f} s."
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from refdesk.db.database import current_path
    from refdesk.services.backup import BackupError, export_backup, make_backup

    loc = location(args)
    open_db(loc)
    path = current_path()
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


def cmd_screenshots(args: argparse.Namespace) -> int:
    loc = location(args)
    open_db(loc)
    from refdesk.ui.screenshots import save_screenshots

    out = Path(args.dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliProblem(f"Cannot create {out}: {exc.strerror or exc}") from exc
    for path in save_screenshots(loc, out, width=args.width, height=args.height):
        print(path)
    return EXIT_OK


def _add_common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="folder for the database, backups and logs (default: the user data folder; env REFDESK_DATA_DIR)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help="any peewee database URL, e.g. postgresql://user@host/refdesk (env REFDESK_DATABASE_URL)",
    )


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="refdesk",
        description="RefDesk keeps your referral partners, the referrals you give and receive, "
        "and the thank-yous you owe. With no subcommand it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"RefDesk {__version__}")
    _add_common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    def add(name: str, func, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _add_common(p, suppress=True)
        p.set_defaults(func=func)
        return p

    p = add("info", cmd_info, "Show the data folder, database, schema version and row counts.")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = add("demo", cmd_demo, "Fill the database with realistic demo data.")
    p.add_argument("--partners", type=int, default=200, help="how many partners (default 200)")
    p.add_argument("--referrals", type=int, default=2000, help="how many referrals (default 2000)")
    p.add_argument("--seed", type=int, default=1, help="the same seed gives the same data (default 1)")

    add("backup", cmd_backup, "Back up the database now (kept in the data folder's backups/).")

    p = add("screenshots", cmd_screenshots, "Save one PNG per page of the main window (offscreen).")
    p.add_argument("dir", metavar="DIR", help="folder for the PNG files")
    p.add_argument("--width", type=int, default=1280)
    p.add_argument("--height", type=int, default=800)

    if with_commands:
        from refdesk.commands import registrars

        for register in registrars():
            register(add)
    return parser


def _opens_window(argv: list[str]) -> bool:
    """True when *argv* holds only global options: the window opens, no subcommand module is needed."""
    globals_only = argparse.ArgumentParser(add_help=False)
    _add_common(globals_only, suppress=False)
    _args, rest = globals_only.parse_known_args(argv)
    return not rest


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # Opening the window (no subcommand) skips importing every subcommand: start-up stays quick.
    parser = build_parser(with_commands=not _opens_window(argv))
    args = parser.parse_args(argv)
    if args.command is None:
        from refdesk.app import main as gui_main

        return gui_main(args)
    from refdesk.logs import setup_logging

    setup_logging(paths.data_dir(args.data_dir), console=False)
    from refdesk.services import failures
    from refdesk.services.instance import DatabaseInUse, command_lock

    try:
        with command_lock(args):  # writers never share a database file with the window unknowingly
            return args.func(args)
    except (CliProblem, DatabaseInUse) as exc:
        print(f"refdesk: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("refdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: a message, never a bare traceback
        explained = failures.explain(exc)
        if explained:  # a full disk, a lock, a read-only folder: not a bug
            log.warning("%s failed: %s", args.command, exc)
            print(f"refdesk: {explained}", file=sys.stderr)
            return EXIT_PROBLEM
        log.exception("unexpected error in %s", args.command)
        print(f"refdesk: unexpected error: {exc} (details in the log file)", file=sys.stderr)
        return EXIT_ERROR
