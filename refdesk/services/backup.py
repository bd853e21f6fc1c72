"""Backups of the SQLite database through SQLite's online backup API, each one checked.

Automatic backups are taken at start-up at most once a day; ``refdesk backup``
and File → Back up now take one at once; one of kind "upgrade" is taken before a
schema migration (``refdesk/db/database.py``), and one of kind "safety" before a
restore.  All of them are listed by ``list_backups()`` and can be restored.

A backup is only made of a sound database (``PRAGMA quick_check`` first) and is
itself checked once written (``refdesk/db/sqlite_file.py``); one that fails either
check is removed, so every backup kept is a sound one.  Its ``.partial`` file is
private (0600) from the start and a killed backup's is removed on the next start.

``rotate()`` keeps the newest ``KEEP`` backups, the newest of each of the last
``WEEKS`` weeks and of the last ``MONTHS`` months, the newest upgrade backup and the
backup just made (the last sound one): at most ``MOST_KEPT`` files.

``restore_backup()`` puts a backup back: it copies the chosen file aside and
checks that copy with SQLite's ``PRAGMA integrity_check`` before anything is
replaced, backs up the current database first (a "safety" copy; a damaged one
is kept aside as it is instead), and then writes the backup into the live file
through SQLite's backup API, in one transaction, so a failure half-way (full
disk, lock) leaves the current data as it was.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from refdesk import paths
from refdesk.db import sqlite_file
from refdesk.db.sqlite_file import PREFIX, SUFFIX
from refdesk.i18n import N_, _
from refdesk.services import failures

log = logging.getLogger(__name__)

KEEP = 10  # the newest backups, whatever their dates
WEEKS = 8  # and the newest of each of this many weeks (this one and the ones before)
MONTHS = 12  # and the newest of each of this many months
MOST_KEPT = KEEP + (WEEKS - 1) + (MONTHS - 1) + 1
"""29: the newest backup falls in this week and this month, so the weeks and months add at most
7 and 11 to the newest 10; the newest upgrade backup is the one more."""

__all__ = ["KEEP", "MONTHS", "MOST_KEPT", "PREFIX", "SUFFIX", "WEEKS"]


class BackupError(Exception):
    """A backup could not be made; ``str()`` is a sentence for the user."""


class DatabaseDamaged(BackupError):
    """The database to back up is damaged, so no backup was made; ``problems`` are SQLite's lines."""

    def __init__(self, text: str, problems: list[str]):
        super().__init__(text)
        self.problems = problems


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: dt.datetime
    size: int
    kind: str  # "auto", "manual", "upgrade" (before a schema upgrade) or "safety" (before a restore)

    @property
    def kind_label(self) -> str:
        return _(KIND_LABELS[self.kind]) if self.kind in KIND_LABELS else self.kind.capitalize()


KIND_LABELS = {
    "auto": N_("Automatic"),
    "manual": N_("Manual"),
    "safety": N_("Before a restore"),
    "upgrade": N_("Before an upgrade"),
    "salvaged": N_("Salvaged"),
}
#: what the backups list counts, table → heading
COUNTED_TABLES = {"partner": "Partners", "referral": "Referrals", "thank_you": "Thank-yous"}


LOCK_WAIT_SECONDS = 5.0


def _backup_step(src: sqlite3.Connection, dst: sqlite3.Connection, wait: float | None = None) -> None:
    sqlite_file.copy_pages(src, dst, LOCK_WAIT_SECONDS if wait is None else wait)


def make_backup(
    db_path: Path, folder: Path, kind: str = "manual", now: dt.datetime | None = None, *, checked: bool = False
) -> Path:
    """Copy *db_path* into *folder* consistently (even while it is open), check the copy, rotate old copies.

    The database is checked first (``PRAGMA quick_check``) unless *checked* says that was just done:
    a damaged one raises ``DatabaseDamaged`` and no backup is made, so no old backup is rotated away.
    """
    now = now or dt.datetime.now()
    target = folder / sqlite_file.backup_name(now, kind)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        found = [] if checked else sqlite_file.problems(db_path)
        if found:
            raise _damaged(db_path, folder, found)
        sqlite_file.write_copy(db_path, target, wait=LOCK_WAIT_SECONDS)
    except sqlite_file.Damaged as exc:
        raise BackupError(
            _(
                "The copy of the database did not pass SQLite's check, so it was not kept as a backup. "
                "Your data and your earlier backups are unchanged. The disk holding {folder} may be failing."
            ).format(folder=folder)
        ) from exc
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(_explain(exc, folder)) from exc
    log.info("backup written: %s", target)
    rotate(folder, now=now, sound=target)
    return target


def _damaged(db_path: Path, folder: Path, found: list[str]) -> DatabaseDamaged:
    from refdesk.services import integrity

    return DatabaseDamaged(
        _(
            "The database {path} is damaged (SQLite's check found {problems}), "
            "so no backup was made and your earlier backups are kept as they are. {advice}"
        ).format(path=db_path, problems=integrity.count_words(found), advice=integrity.advice(db_path, folder)),
        found,
    )


def _explain(exc: Exception, folder: Path) -> str:
    text = str(exc).lower()
    if (
        isinstance(exc, OSError)
        and exc.errno == 28
        or "full" in text
        or failures.is_disk_full(exc)
        or paths.disk_is_full(folder)
    ):
        return _("The disk is full ({folder}), so the backup was not made. Your data is unchanged.").format(
            folder=folder
        )
    if isinstance(exc, PermissionError) or "read-only" in text or "readonly" in text:
        return _("RefDesk cannot write to the backup folder {folder}. Your data is unchanged.").format(folder=folder)
    if "locked" in text or "busy" in text:
        return _(
            "Another program is using the database, so the backup was not made. Your data is unchanged. "
            "Close the other program (or wait a moment) and try again."
        )
    return _("The backup could not be made ({error}). Your data is unchanged.").format(error=exc)


_LEGACY_UPGRADE = "before-migration-v"  # how RefDesk 0.x named the copy taken before an upgrade


def _parse(path: Path) -> tuple[dt.datetime, str] | None:
    """When the backup at *path* was taken and its kind, from its name; None if it is not one."""
    stem = path.stem
    try:
        if stem.startswith(_LEGACY_UPGRADE):  # before-migration-v5-20261201-093000
            _version, day, time_ = stem[len(_LEGACY_UPGRADE) :].split("-")
            return dt.datetime.strptime(f"{day}-{time_}", "%Y%m%d-%H%M%S"), "upgrade"
        parts = stem[len(PREFIX) :].split("-")
        taken = dt.datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    return taken, parts[3] if len(parts) > 3 else "manual"


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in *folder*, newest first (those taken before an upgrade by older versions too)."""
    if not folder.is_dir():
        return []
    found = []
    for path in [*folder.glob(f"{PREFIX}*{SUFFIX}"), *folder.glob(f"{_LEGACY_UPGRADE}*{SUFFIX}")]:
        parsed = _parse(path)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:  # removed while we looked
            continue
        found.append(BackupInfo(path, parsed[0], size, parsed[1]))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _week(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())  # its Monday


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def to_keep(backups: list[BackupInfo], now: dt.datetime, keep: int = KEEP) -> set[Path]:
    """Which of *backups* (newest first) rotation keeps on *now*: the newest *keep*; the newest of each
    of the last ``WEEKS`` weeks (Monday to Sunday, this one included) and of the last ``MONTHS``
    calendar months; and the newest taken before an upgrade."""
    kept = {b.path for b in backups[:keep]}
    today = now.date()
    weeks = {_week(today) - dt.timedelta(weeks=i) for i in range(WEEKS)}
    months = {_month(today) - i for i in range(MONTHS)}
    for info in backups:  # newest first, so the first seen of a week or month is its newest
        day = info.taken.date()
        if _week(day) in weeks:
            weeks.discard(_week(day))
            kept.add(info.path)
        if _month(day) in months:
            months.discard(_month(day))
            kept.add(info.path)
    upgrade = next((b for b in backups if b.kind == "upgrade"), None)
    if upgrade is not None:
        kept.add(upgrade.path)
    return kept


def rotate(folder: Path, keep: int = KEEP, now: dt.datetime | None = None, sound: Path | None = None) -> list[Path]:
    """Delete the backups ``to_keep()`` does not keep, never *sound* (the one just made and checked);
    returns what was deleted."""
    backups = list_backups(folder)
    kept = to_keep(backups, now or dt.datetime.now(), keep)
    if sound is not None:
        kept.add(sound)
    removed = []
    for info in backups:
        if info.path not in kept:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def daily_backup(db_path: Path, folder: Path, now: dt.datetime | None = None, *, checked: bool = False) -> Path | None:
    """Take an automatic backup unless one was already taken today (*checked*: as in ``make_backup``)."""
    now = now or dt.datetime.now()
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    for info in list_backups(folder):
        if info.kind == "auto" and info.taken.date() == now.date():
            return None
    return make_backup(db_path, folder, kind="auto", now=now, checked=checked)


# --- looking inside a backup, and restoring one ---------------------------------------------


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that never writes beside the file (no -wal/-shm for a backup)."""
    return sqlite_file.connect_read_only(path, immutable=True)


def backup_counts(path: Path) -> dict[str, int] | None:
    """Rows per counted table in the backup at *path*, or None if it cannot be read."""
    try:
        con = _open_read_only(path)
        try:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            return {
                t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] if t in tables else 0
                for t in COUNTED_TABLES
            }
        finally:
            con.close()
    except sqlite3.Error as exc:
        log.warning("cannot count rows in %s: %s", path, exc)
        return None


def check_backup(path: Path) -> None:
    """Raise BackupError unless *path* is an intact RefDesk database (PRAGMA integrity_check)."""
    name = path.name
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise BackupError(
            _("The backup {name} cannot be read: {reason}.").format(name=name, reason=failures.reason(exc))
        ) from exc
    if head != b"SQLite format 3\x00":
        raise BackupError(
            _("The backup {name} is damaged (it is not an SQLite database). Nothing was changed.").format(name=name)
        )
    try:
        con = _open_read_only(path)
        try:
            result = [row[0] for row in con.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackupError(
            _("The backup {name} is damaged ({error}). Nothing was changed.").format(name=name, error=exc)
        ) from exc
    if result != ["ok"]:
        log.warning("integrity check of %s failed: %s", path, result[:5])
        raise BackupError(
            _("The backup {name} is damaged (SQLite's integrity check failed). Nothing was changed.").format(name=name)
        )
    if not {"partner", "referral"} <= tables:
        raise BackupError(
            _("{name} is not a RefDesk backup (it has no partners or referrals tables). Nothing was changed.").format(
                name=name
            )
        )


def _copy_sqlite(src_path: Path, dst_path: Path) -> None:
    """Copy one SQLite database into another through the online backup API (one transaction on *dst*)."""
    sqlite_file.copy_file(src_path, dst_path, wait=LOCK_WAIT_SECONDS, immutable_source=True)


def restore_backup(backup: Path, db_path: Path, folder: Path, now: dt.datetime | None = None) -> Path | None:
    """Replace the database at *db_path* with *backup*; returns the safety copy of what was there.

    Close every connection of this process to *db_path* first.  Nothing is replaced
    unless the backup passes the integrity check and the safety copy was written.
    """
    staged = db_path.with_name(f".{db_path.name}.restore.partial")
    try:
        staged.unlink(missing_ok=True)
        # 1. stage a private copy (rotation below may remove the chosen file) and verify that copy
        check_backup(backup)
        try:
            _copy_sqlite(backup, staged)
        except sqlite3.Error as exc:
            raise BackupError(
                _("The backup {name} is damaged ({error}). Nothing was changed.").format(name=backup.name, error=exc)
            ) from exc
        check_backup(staged)
        # 2. keep what is there now: a backup, or (damaged) the file as it is, for salvage
        safety = None
        if db_path.exists() and db_path.stat().st_size > 0:
            try:
                safety = make_backup(db_path, folder, kind="safety", now=now)
            except DatabaseDamaged:
                safety = keep_damaged(db_path, now)
        # 3. write the backup into the live file, in one transaction
        try:
            _copy_sqlite(staged, db_path)
            con = sqlite3.connect(str(db_path), timeout=5)
            try:
                result = [row[0] for row in con.execute("PRAGMA integrity_check")]
            finally:
                con.close()
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(_explain_restore(exc, db_path, safety)) from exc
        if result != ["ok"]:  # pragma: no cover - only a failing disk gets here
            if safety is not None:
                _copy_sqlite(safety, db_path)
            raise BackupError(
                _(
                    "The restored database did not pass SQLite's integrity check, so the data you had "
                    "was put back. Your disk may be failing."
                )
            )
    except OSError as exc:
        raise BackupError(_explain(exc, db_path.parent)) from exc
    finally:
        try:
            staged.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s", staged)
    log.info("restored %s into %s (safety copy %s)", backup, db_path, safety)
    return safety


def keep_damaged(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Copy a damaged database aside as it is, byte for byte (0600), beside it: not a backup, but
    what SQLite's ``.recover`` can still salvage from.  Returns the copy."""
    target = db_path.with_name(f"{db_path.stem}-damaged-{sqlite_file.stamp(now or dt.datetime.now())}{SUFFIX}")
    shutil.copyfile(db_path, target)
    target.chmod(0o600)
    log.warning("kept the damaged database %s as %s", db_path, target)
    return target


def _explain_restore(exc: Exception, db_path: Path, safety: Path | None) -> str:
    text = str(exc).lower()
    if safety is None:
        kept = _("Your data is unchanged.")
    else:
        kept = _("Your data is unchanged (and a copy of it is in {name}).").format(name=safety.name)
    if "locked" in text or "busy" in text:
        return _(
            "Another program is using {name}, so the backup was not restored. {kept} Close it and try again."
        ).format(name=db_path.name, kept=kept)
    if "full" in text or isinstance(exc, OSError) and exc.errno == 28:
        return _("The disk holding {folder} is full, so the backup was not restored. {kept}").format(
            folder=db_path.parent, kept=kept
        )
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return _("{path} is read-only, so the backup was not restored. {kept}").format(path=db_path, kept=kept)
    return _("The backup could not be restored ({error}). {kept}").format(error=exc, kept=kept)


def export_backup(folder: Path, now: dt.datetime | None = None) -> Path:
    """A server database (team mode) cannot be copied as a file: write the portable export instead.

    The zip holds one CSV per table and the JSON file that ``refdesk import-json`` loads back
    (into an empty SQLite or PostgreSQL database).  Kept in *folder* beside the file backups.
    """
    from refdesk.services.export import ExportError, export_all

    now = now or dt.datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(_explain(exc, folder)) from exc
    target = folder / f"{PREFIX}{sqlite_file.stamp(now)}-export.zip"
    try:
        export_all(target, now=now.replace(microsecond=0))
    except ExportError as exc:
        raise BackupError(str(exc)) from exc
    return target
