"""``refdesk check [--json]``: SQLite's full integrity check and foreign-key check of the database file.

Says what was found in plain words and, when the file is damaged, what to do: the newest sound
backup, and how to salvage what can still be read.  Exit 0 when the database is sound, 2 when the
check finds damage (or cannot look: no file, a server database).  Reads only: it runs while the
window is open, and does not upgrade or otherwise change the file.

``--json`` prints one JSON object:

``database``
    the file checked
``sound``
    true when neither check found anything
``summary``
    one sentence
``findings``
    one sentence per kind of problem found (empty when sound)
``integrity_problems``
    SQLite's own lines from ``PRAGMA integrity_check`` (at most 100)
``foreign_key_problems``
    a list of ``{"table", "rowid", "parent"}``: rows pointing to a row of ``parent`` that is not there
``newest_sound_backup``
    the path of the newest backup that passes SQLite's quick check, or null (looked for only when damaged)
``advice``
    what to do, as a sentence, or null when sound
``seconds``
    how long the checks took
"""

from __future__ import annotations

import argparse
import json
import sqlite3

from refdesk.commands.common import EXIT_OK, EXIT_PROBLEM, CliProblem, location


def register(add) -> None:
    p = add("check", run, "Check the database file for damage (SQLite's full integrity and foreign-key checks).")
    p.add_argument("--json", action="store_true", help="print one JSON object (keys below)")
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = __doc__.split("``--json`` prints", 1)[1].join(["--json prints", ""]).replace("``", "")


def run(args: argparse.Namespace) -> int:
    from refdesk import paths
    from refdesk.services import integrity

    loc = location(args)
    path = paths.sqlite_path(loc.url)
    if path is None:
        raise CliProblem(
            f"{paths.describe(loc.url)} is a database server, which looks after its own data: "
            "refdesk check looks at database files."
        )
    if not path.is_file():
        raise CliProblem(f"There is no database file at {path}.")
    try:
        report = integrity.full(path)
    except (OSError, sqlite3.Error) as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise CliProblem(f"The database {path} is locked by another program, so it could not be checked.") from exc
        raise CliProblem(f"The database {path} could not be checked: {exc}") from exc
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
