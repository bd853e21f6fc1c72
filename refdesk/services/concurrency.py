"""Optimistic locking: two people editing the same row never silently overwrite each other.

Every model has a ``version`` column.  A page remembers the version it loaded and
saves with ``save_checked(instance, expected_version)``: the UPDATE only touches
the row if its version is still the expected one.  When someone else saved in
between, nothing is written and ``Conflict`` says what they changed, so the user
can reload their version or overwrite it with theirs (``ui/common/conflict_dialog.py``).
Undo and redo check the same way (``refdesk.services.edits``).

Works the same on SQLite and PostgreSQL: the check and the write are one statement.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from refdesk.db.database import db, is_postgres, is_sqlite
from refdesk.db.models import BaseModel
from refdesk.i18n import N_, _
from refdesk.services.vocabulary import field_words

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

# Bookkeeping columns: written by save_checked itself, never reported as "changes".
_BOOKKEEPING = ("id", "created_at", "updated_at", "version")


@dataclass
class Difference:
    """One field that differs: the value saved by someone else, and the one being saved now."""

    name: str
    label: str
    theirs: Any
    mine: Any


@dataclass(eq=False)  # exceptions compare and hash by identity
class Conflict(Exception):
    """The row was changed (or deleted) by someone else since it was loaded; nothing was written."""

    model: type[BaseModel]
    id: int
    expected_version: int
    their_version: int | None  # None when the row was deleted
    changes: list[Difference] = field(default_factory=list)
    #: "used": the row cannot be removed, other rows have come to point at it since
    detail: str = ""

    def __post_init__(self) -> None:
        super().__init__(self.message())

    @property
    def deleted(self) -> bool:
        return self.their_version is None

    @property
    def what(self) -> str:
        """The kind of row in words: "partner", "referral", "thank-you", "meeting", "check-in"."""
        return WHAT.get(self.model.__name__, self.model.__name__.lower())

    @property
    def what_words(self) -> str:
        """``what`` in the language spoken."""
        return _(self.what) if self.what in WORDS else self.what

    def message(self) -> str:
        what = self.what_words
        if self.detail == "used":
            return _("Someone else has added to this {what} since, so it cannot be taken away.").format(what=what)
        if self.deleted:
            return _("Someone else deleted this {what} while you were editing it.").format(what=what)
        if not self.changes:
            return _("Someone else saved this {what} while you were editing it (no field you changed differs).").format(
                what=what
            )
        names = ", ".join(c.label.lower() for c in self.changes)  # (labels are in the language spoken)
        return _("Someone else changed this {what} while you were editing it: {fields}.").format(
            what=what, fields=names
        )

    def __str__(self) -> str:
        return self.message()


WHAT = {
    "ThankYou": "thank-you",
    "StandingCheck": "check-in",
    "PartnerEmail": "partner's email address",
    "PartnerPhone": "partner's phone number",
    "ImportBatch": "import",
}
WORDS = {  # the kinds of row in words, for the catalogue: what ``Conflict.what_words`` says
    "partner": N_("partner"),
    "referral": N_("referral"),
    "thank-you": N_("thank-you"),
    "meeting": N_("meeting"),
    "check-in": N_("check-in"),
    "partner's email address": N_("partner's email address"),
    "partner's phone number": N_("partner's phone number"),
    "import": N_("import"),
}


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _label(model: type[BaseModel], name: str) -> str:
    return field_words(name)


def _writable(model: type[BaseModel]) -> list[str]:
    return [name for name in model._meta.sorted_field_names if name not in _BOOKKEEPING]


def save_checked(instance: M, expected_version: int, *, original: dict[str, Any] | None = None) -> M:
    """Write all of *instance*'s fields if the row is still at *expected_version*; raise ``Conflict`` if not.

    On success ``instance.version`` is ``expected_version + 1``.  *original* (field → value as
    loaded, e.g. from ``snapshot()``) narrows the reported changes to fields someone else changed;
    without it every field whose saved value differs from *instance*'s is reported.
    """
    model = type(instance)
    if instance.id is None:
        raise ValueError("save_checked is for rows that already exist; use save() for new ones")
    names = _writable(model)
    now = _now()
    values = {model._meta.fields[n]: instance.__data__.get(n) for n in names}
    values[model.updated_at] = now
    values[model.version] = expected_version + 1
    updated = model.update(values).where((model.id == instance.id) & (model.version == expected_version)).execute()
    if updated == 1:
        instance.version = expected_version + 1
        instance.updated_at = now
        instance._dirty.clear()  # type: ignore[attr-defined]  # what save() clears; not in peewee's stubs
        return instance
    raise conflict_for(instance, expected_version, original=original)


def conflict_for(instance: BaseModel, expected_version: int, *, original: dict[str, Any] | None = None) -> Conflict:
    """The Conflict for *instance*: what the saved row holds now compared with what is being saved."""
    model = type(instance)
    theirs = model.get_or_none(model.id == instance.id)
    if theirs is None:
        return Conflict(model, instance.id, expected_version, None)
    changes = []
    for name in _writable(model):
        their_value = theirs.__data__.get(name)
        my_value = instance.__data__.get(name)
        if original is not None:
            if name in original and original[name] == their_value:
                continue  # they did not change this one
            if name not in original and their_value == my_value:
                continue
        elif their_value == my_value:
            continue
        changes.append(Difference(name, _label(model, name), their_value, my_value))
    log.info(
        "conflict on %s %s: expected v%s, found v%s", model.__name__, instance.id, expected_version, theirs.version
    )
    return Conflict(model, instance.id, expected_version, theirs.version, changes)


def write_transaction():
    """A transaction that takes the write lock up front on SQLite (BEGIN IMMEDIATE).

    A deferred SQLite transaction that reads a row and then writes it fails with "database is
    locked" if another process wrote in between; IMMEDIATE waits its turn instead, so the
    version check then sees the other save.  On PostgreSQL ``UPDATE … WHERE version = ?``
    re-checks the row it locks, so an ordinary transaction is enough.
    """
    database = db.obj
    if is_sqlite(database) and not database.in_transaction():
        return database.atomic("IMMEDIATE")
    return db.atomic()


def lock_versions(model: type[BaseModel], ids: Iterable[int]) -> dict[int, int]:
    """``versions`` of rows that stay locked until the transaction ends (inside ``write_transaction``).

    PostgreSQL: ``SELECT … FOR UPDATE`` makes a second writer wait until this transaction ends, so
    what it reads next is the row as this one left it.  SQLite: ``write_transaction`` already holds
    the database's write lock (BEGIN IMMEDIATE).
    """
    ids = sorted({int(i) for i in ids})
    if not ids:
        return {}
    query = model.select(model.id, model.version).where(model.id.in_(ids)).order_by(model.id)
    if is_postgres():
        query = query.for_update()
    return dict(cast("Iterable[tuple[int, int]]", query.tuples()))


def check_versions(model: type[BaseModel], expected: Mapping[int, int | None]) -> dict[int, int]:
    """For a quick action (one click, no form): lock the rows and check each is still at the version seen.

    Call inside ``write_transaction()``.  *expected* maps an id to the version the user saw (None:
    not checked, only locked).  Raises ``Conflict`` (no field changes: the page compares what it
    showed with what is saved now) for the first row someone else changed or deleted; returns the
    locked versions otherwise.
    """
    found = lock_versions(model, expected)
    for rid in sorted(expected):
        want = expected[rid]
        if want is not None and found.get(rid) != want:
            log.info(
                "quick-action conflict on %s %s: expected v%s, found v%s", model.__name__, rid, want, found.get(rid)
            )
            raise Conflict(model, rid, want, found.get(rid))
    return found


T = TypeVar("T")


def merge_edits(original: T, mine: T, theirs: T, names: Iterable[str]) -> T:
    """*theirs* with my edits re-applied to the fields they did not change (dataclasses or dicts).

    Used when the user chose "Reload their version": nothing they saved is lost, and what I typed
    into the other fields stays on screen.  Where both changed a field, theirs wins.
    """
    get = (lambda obj, name: obj.get(name)) if isinstance(mine, dict) else getattr
    keep = {
        name: get(mine, name)
        for name in names
        if get(mine, name) != get(original, name) and get(theirs, name) == get(original, name)
    }
    if isinstance(theirs, dict):
        return {**theirs, **keep}  # type: ignore[return-value]
    return dataclasses.replace(theirs, **keep)  # type: ignore[type-var]


def snapshot(instance: BaseModel) -> dict[str, Any]:
    """The field values of *instance* as loaded, to pass as ``original`` later."""
    return {name: instance.__data__.get(name) for name in _writable(type(instance))}


def overwrite(instance: M, conflict: Conflict) -> M:
    """Save *instance* over the other person's version (the user chose "Overwrite")."""
    if conflict.deleted:
        raise conflict
    return save_checked(instance, conflict.their_version)  # type: ignore[arg-type]


def reload(instance: M) -> M | None:
    """The saved version of *instance*'s row (None if it was deleted): the user chose "Reload"."""
    model = type(instance)
    return model.get_or_none(model.id == instance.id)
