"""``refdesk check [--json]``: SQLite's full integrity check and foreign-key check of the database file.

Says what was found in plain words and, when the file is damaged, what to do: the newest sound
backup, and how to salvage what can still be read.  Exit 0 when the database is sound, 2 when the
check finds damage (or cannot look: no file, a server database).  Reads only: it runs while the
window is open, and does not upgrade or otherwise change the file.

``--json`` prints one JSON object, whose keys ``JSON_KEYS`` describes (the epilog of ``--help``).
"""

from __future__ import annotations

import argparse
import json
import sqlite3

from refdesk.commands.common import EXIT_OK, EXIT_PROBLEM, CliProblem, location
from refdesk.i18n import N_, _

JSON_KEYS = N_(
    "--json prints one JSON object:\n"
    "\n"
    "database\n"
    "    the file checked\n"
    "sound\n"
    "    true when neither check found anything\n"
    "summary\n"
    "    one sentence\n"
    "findings\n"
    "    one sentence per kind of problem found (empty when sound)\n"
    "integrity_problems\n"
    "    SQLite's own lines from PRAGMA integrity_check (at most 100)\n"
    "foreign_key_problems\n"
    '    a list of {"table", "rowid", "parent"}: rows pointing to a row of parent that is not there\n'
    "newest_sound_backup\n"
    "    the path of the newest backup that passes SQLite's quick check, or null (looked for only when damaged)\n"
    "advice\n"
    "    what to do, as a sentence, or null when sound\n"
    "seconds\n"
    "    how long the checks took\n"
)
"""The keys of ``--json`` (keys are never translated, what they mean is)."""


def register(add) -> None:
    p = add("check", run, _("Check the database file for damage (SQLite's full integrity and foreign-key checks)."))
    p.add_argument("--json", action="store_true", help=_("print one JSON object (keys below)"))
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = _(JSON_KEYS)


def run(args: argparse.Namespace) -> int:
    from refdesk import paths
    from refdesk.services import integrity

    loc = location(args)
    path = paths.sqlite_path(loc.url)
    if path is None:
        raise CliProblem(
            _(
                "{database} is a database server, which looks after its own data: "
                "refdesk check looks at database files."
            ).format(database=paths.describe(loc.url))
        )
    if not path.is_file():
        raise CliProblem(_("There is no database file at {path}.").format(path=path))
    try:
        report = integrity.full(path)
    except (OSError, sqlite3.Error) as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise CliProblem(
                _("The database {path} is locked by another program, so it could not be checked.").format(path=path)
            ) from exc
        raise CliProblem(_("The database {path} could not be checked: {error}").format(path=path, error=exc)) from exc
    newest = None if report.sound else integrity.newest_sound_backup(loc.backup_dir)
    advice = None if report.sound else integrity.advice(path, loc.backup_dir)
    if args.json:
        document = report.as_json()
        document["newest_sound_backup"] = str(newest.path) if newest else None
        document["advice"] = advice
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        print(report.summary())
        for line in report.findings():
            print(f"- {line}")
        if advice:
            print(advice)
    return EXIT_OK if report.sound else EXIT_PROBLEM
