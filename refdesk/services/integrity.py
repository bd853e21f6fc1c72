"""Is the database damaged, what is wrong with it in plain words, and what to do about it.

Qt-free.  ``quick(path)`` is SQLite's ``PRAGMA quick_check`` (run when a database is opened to
write, and before every backup); ``full(path)`` adds ``integrity_check`` (which also compares each
index with its table) and ``foreign_key_check`` (rows pointing to a row that is not there): what
``refdesk check`` and File → Check database… run.  ``advice()`` names the newest sound backup and,
where the ``sqlite3`` shell is installed, how to salvage what can still be read with its
``.recover``; ``salvage()`` does that into a new backup, which is restored like any other.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from refdesk import paths
from refdesk.db import sqlite_file
from refdesk.i18n import N_, _, ngettext
from refdesk.services import formatting

log = logging.getLogger(__name__)

#: tables as people call them, for "3 referrals point to a partner that is no longer there"
THINGS = {
    "partner": N_("partner"),
    "referral": N_("referral"),
    "thank_you": N_("thank-you"),
    "meeting": N_("meeting"),
    "standing_check": N_("check-in"),
    "partner_email": N_("email address"),
    "partner_phone": N_("phone number"),
    "import_batch": N_("import"),
}
_INDEX_PROBLEM = re.compile(r"missing from index|wrong # of entries in index|non-unique entry in UNIQUE index")


def _thing(table: str) -> str:
    """One row of *table* as people call it: "partner"."""
    return _(THINGS[table]) if table in THINGS else table.replace("_", " ")


def _things(table: str, n: int) -> str:
    """*n* rows of *table* as people count them: "3 referrals"."""
    words = {
        "partner": ngettext("{count} partner", "{count} partners", n),
        "referral": ngettext("{count} referral", "{count} referrals", n),
        "thank_you": ngettext("{count} thank-you", "{count} thank-yous", n),
        "meeting": ngettext("{count} meeting", "{count} meetings", n),
        "standing_check": ngettext("{count} check-in", "{count} check-ins", n),
        "partner_email": ngettext("{count} email address", "{count} email addresses", n),
        "partner_phone": ngettext("{count} phone number", "{count} phone numbers", n),
        "import_batch": ngettext("{count} import", "{count} imports", n),
    }
    return words.get(table, "{count} " + table.replace("_", " ")).format(count=formatting.number(n))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def is_damage(exc: BaseException) -> bool:
    """True when *exc* (or what caused it) is SQLite finding the file damaged."""
    current: BaseException | None = exc
    for _step in range(10):
        if current is None:
            return False
        if sqlite_file.is_damage(current):
            return True
        current = current.__cause__ or current.__context__
    return False


def stopped(problems: list[str]) -> bool:
    """True when the check could not go on: its one finding is SQLite's error, not a list."""
    return len(problems) == 1 and sqlite_file.is_damage(Exception(problems[0]))


def count_words(problems: list[str]) -> str:
    """ "3 problems", "at least 100 problems" when SQLite stopped counting, or "damage it could not
    read past" when it stopped checking."""
    if stopped(problems):
        return _("damage it could not read past")
    return _problems(len(problems), len(problems) >= sqlite_file.MAX_PROBLEMS)


def _problems(n: int, at_least: bool) -> str:
    """ "3 problems", or "at least 100 problems" when SQLite stopped counting."""
    if at_least:
        words = ngettext("at least {count} problem", "at least {count} problems", n)
    else:
        words = ngettext("{count} problem", "{count} problems", n)
    return words.format(count=formatting.number(n))


@dataclass(frozen=True)
class Report:
    """What a check found in the database at ``path``."""

    path: Path
    problems: list[str] = field(default_factory=list)  # SQLite's own lines
    foreign_keys: list[tuple[str, int | None, str]] = field(default_factory=list)  # (table, rowid, parent)
    full: bool = False
    seconds: float = 0.0

    @property
    def sound(self) -> bool:
        return not self.problems and not self.foreign_keys

    def findings(self) -> list[str]:
        """One sentence per kind of problem found (none when sound)."""
        sentences = []
        index = [p for p in self.problems if _INDEX_PROBLEM.search(p)]
        pages = [p for p in self.problems if not _INDEX_PROBLEM.search(p)]
        if stopped(pages):
            sentences.append(
                _(
                    "Parts of the file were overwritten or cannot be read, so badly that SQLite had to stop "
                    "checking: some partners, referrals or notes may be missing or wrong."
                )
            )
        elif pages:
            said = _(
                "{problems} in the file itself: parts of it were overwritten or "
                "cannot be read, so some partners, referrals or notes may be missing or wrong."
            )
            sentences.append(_capital(said.format(problems=count_words(pages))))
        if index:
            said = _(
                "{problems} in the indexes SQLite keeps to find rows quickly, "
                "so lists and searches may miss some rows or show them twice."
            )
            sentences.append(_capital(said.format(problems=count_words(index))))
        groups: dict[tuple[str, str], int] = {}
        for table, _rowid, parent in self.foreign_keys:
            groups[(table, parent)] = groups.get((table, parent), 0) + 1
        for (table, parent), n in sorted(groups.items()):
            said = ngettext(
                "{things} points to a {parent} that is no longer there.",
                "{things} point to a {parent} that is no longer there.",
                n,
            )
            sentences.append(_capital(said.format(things=_things(table, n), parent=_thing(parent))))
        return sentences

    def summary(self) -> str:
        """One sentence: sound, or how badly damaged."""
        what = _("SQLite's full integrity check and foreign-key check") if self.full else _("SQLite's quick check")
        if self.sound:
            said = _("{check} found nothing wrong in {file}: the database is sound.")
            return _capital(said.format(check=what, file=self.path.name))
        if stopped(self.problems):
            total = count_words(self.problems)
        else:
            found = len(self.problems) + len(self.foreign_keys)
            total = _problems(found, len(self.problems) >= sqlite_file.MAX_PROBLEMS)
        said = _("{check} found {problems} in {file}: the database is damaged.")
        return _capital(said.format(check=what, problems=total, file=self.path.name))

    def as_json(self) -> dict:
        return {
            "database": str(self.path),
            "sound": self.sound,
            "summary": self.summary(),
            "findings": self.findings(),
            "integrity_problems": list(self.problems),
            "foreign_key_problems": [
                {"table": table, "rowid": rowid, "parent": parent} for table, rowid, parent in self.foreign_keys
            ],
            "seconds": round(self.seconds, 3),
        }


def quick(path: Path) -> Report:
    """SQLite's quick check of the database file at *path* (a locked file raises ``sqlite3.Error``)."""
    started = time.perf_counter()
    found = sqlite_file.problems(path)
    return Report(path, found, seconds=time.perf_counter() - started)


def full(path: Path) -> Report:
    """SQLite's full integrity check and foreign-key check of the database file at *path*."""
    started = time.perf_counter()
    found = sqlite_file.problems(path, full=True)
    keys = sqlite_file.foreign_key_problems(path)
    return Report(path, found, keys, full=True, seconds=time.perf_counter() - started)


# --- what to do about it -------------------------------------------------------------------------


def newest_sound_backup(folder: Path):
    """The newest backup in *folder* that passes SQLite's quick check (a ``BackupInfo``), or None."""
    from refdesk.services.backup import list_backups

    for info in list_backups(folder):
        try:
            if not sqlite_file.problems(info.path, immutable=True):
                return info
        except (OSError, sqlite3.Error) as exc:
            log.info("backup %s cannot be checked: %s", info.path, exc)
    return None


def recover_tool() -> str | None:
    """The ``sqlite3`` shell, if it is installed and its ``.recover`` works: that needs SQLite 3.29 or
    later built with the ``sqlite_dbpage`` table, which some builds leave out (Debian 12's 3.40 does)."""
    shell = shutil.which("sqlite3")
    if shell is None:
        return None
    try:
        probe = subprocess.run(
            [shell, ":memory:", "SELECT 1 FROM sqlite_dbpage LIMIT 0"], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return shell if probe.returncode == 0 else None


def salvage_command(path: Path) -> str:
    """The command line that salvages what can be read of *path* into a new file beside it."""
    target = path.with_name(f"{path.stem}-salvaged{path.suffix}")
    return f'sqlite3 "{path}" .recover | sqlite3 "{target}"'


def advice(path: Path, folder: Path, *, in_window: bool = False) -> str:
    """What to do about the damaged database at *path*, its backups being in *folder*."""
    newest = newest_sound_backup(folder)
    if newest is not None:
        when = formatting.date_time(newest.taken)
        if in_window:
            text = _("The newest sound backup is from {when}; restoring it puts back what you had then.").format(
                when=when
            )
        else:
            text = _(
                "The newest sound backup is from {when} ({path}): restore it in the RefDesk window (File → Backups…)."
            ).format(when=when, path=newest.path)
    else:
        text = _("There is no sound backup to go back to.")
    if recover_tool() is not None:
        if in_window:
            text += " " + _("Salvage… (at the top of the window) saves what can still be read into a new backup.")
        else:
            text += " " + _("To salvage what can still be read: {command}").format(command=salvage_command(path))
    return text


class SalvageError(Exception):
    """The salvage failed; ``str()`` is a sentence for the user."""


def salvage(path: Path, folder: Path, now: dt.datetime | None = None) -> Path:
    """What SQLite's ``.recover`` can read of *path*, as a new checked backup (kind "salvaged") in
    *folder*, which the Backups dialog lists and can restore.  Returns it."""
    shell = recover_tool()
    if shell is None:
        raise SalvageError(
            _("Salvaging needs SQLite's sqlite3 program with its .recover command, which this computer does not have.")
        )
    target = folder / sqlite_file.backup_name(now or dt.datetime.now(), "salvaged")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with paths.private_output(target) as partial:
            reader = subprocess.Popen(
                [shell, "-readonly", str(path), ".recover"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            assert reader.stdout is not None
            writer = subprocess.run(
                [shell, "-bail", str(partial)], stdin=reader.stdout, capture_output=True, timeout=3600
            )
            reader.stdout.close()
            reader.wait(timeout=60)
            if writer.returncode != 0 or reader.returncode != 0:
                detail = (writer.stderr or b"").decode(errors="replace").strip() or "sqlite3 failed"
                raise SalvageError(
                    _("SQLite could not salvage {file} ({reason}).").format(
                        file=path.name, reason=detail.splitlines()[0]
                    )
                )
            found = sqlite_file.problems(partial, full=True, immutable=True)
            if found:
                raise SalvageError(
                    _("What SQLite salvaged from {file} is itself damaged, so it was not kept.").format(file=path.name)
                )
            from refdesk.services.backup import BackupError, check_backup

            try:
                check_backup(partial)  # sound, and a RefDesk database: its partners and referrals tables are there
            except BackupError as exc:
                raise SalvageError(
                    _("SQLite could not salvage the partners and referrals of {file}.").format(file=path.name)
                ) from exc
    except OSError as exc:
        raise SalvageError(
            _("The salvaged copy could not be written in {folder}: {reason}.").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from exc
    except subprocess.SubprocessError as exc:
        raise SalvageError(_("SQLite could not salvage {file} ({reason}).").format(file=path.name, reason=exc)) from exc
    log.info("salvaged %s into %s", path, target)
    return target
