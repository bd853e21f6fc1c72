"""The edit pipeline: every write a user makes is a ``Change`` that can be undone and redone.

A service function that writes does its work inside ``recording()``::

    with recording(f"Edit {name}") as rec:
        rec.track(Partner, Partner.id == pid, expected={pid: version_seen})
        rec.track(PartnerEmail, PartnerEmail.partner == pid)
        ...  # the writes
    return rec.change

``recording`` is one write transaction (``concurrency.write_transaction``).  ``track`` reads
the rows the writes may touch *before* they are made, locking them; with *expected* (the
versions the user saw) it raises ``Conflict`` when someone else saved one since, and nothing
is written.  A row the function creates is announced with ``rec.created(model, ids)``.  When
the block ends, the same rows (and any the conditions find now) are read again, so the
``Change`` holds each row as it was before and after: what changed, in words (``text``), and
``undo()`` / ``redo()`` that put one state or the other back, in one transaction each.

Before undoing or redoing, a ``Change`` checks that nobody changed those rows in between (their
versions are still the ones it left) and raises ``Conflict`` if someone did: someone else's work
is never overwritten by an undo.  Rows are put back exactly as they were, version included, so
the changes before it on the undo stack find the rows as they left them; an edit another window
began meanwhile is refused by its version, and one begun on the state put back finds it unchanged.  Qt-free: the window's one undo command
(``refdesk/ui/common/edits.py``) replays these.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast

from peewee import fn

from refdesk.db.database import is_postgres
from refdesk.db.models import (
    ALL_MODELS,
    BaseModel,
    Meeting,
    Partner,
    PartnerEmail,
    PartnerPhone,
    Referral,
    StandingCheck,
    ThankYou,
)
from refdesk.services.concurrency import Conflict, write_transaction

log = logging.getLogger(__name__)

Rows = dict[int, dict[str, Any]]

#: which part of RefDesk a table belongs to: what a page listens for
AREAS: dict[type[BaseModel], str] = {
    Partner: "partners",
    PartnerEmail: "partners",
    PartnerPhone: "partners",
    Meeting: "partners",
    StandingCheck: "partners",
    Referral: "referrals",
    ThankYou: "thanks",
}
_ORDER = [m for m in ALL_MODELS]  # parents before children


class Change:
    """One committed edit.  ``text`` says what it did ("Edit Keiko Silva"), for the Edit menu and
    the status bar; ``undo()`` and ``redo()`` replay it (raising ``Conflict`` when someone else
    changed the same rows since).  ``confirm_undo`` is a question to ask before undoing, or None;
    ``can_redo`` is False for a change that cannot be made again once undone."""

    text: str
    confirm_undo: str | None = None
    can_redo: bool = True
    #: the row the user acted on (the partner added, the referral logged), for pages to select
    id: int | None = None

    def undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        raise NotImplementedError

    @property
    def areas(self) -> set[str]:
        """The parts of RefDesk whose figures this change may alter ("partners", "referrals", "thanks")."""
        return set()

    def partner_ids(self) -> set[int]:
        """Partners whose list row (counts, last contact, profile) this change may alter."""
        return set()

    def partners_touched(self) -> set[int]:
        """The partners themselves (their own rows) this change added, edited or removed."""
        return set()

    def added(self, area: str) -> int:
        """How many rows of *area* ("thanks", "referrals", "partners") this change created."""
        return 0


@dataclass(eq=False)
class RowsChange(Change):
    """A change as the rows it touched, before and after (``None`` rows: absent)."""

    text: str
    before: dict[type[BaseModel], Rows] = field(default_factory=dict)
    after: dict[type[BaseModel], Rows] = field(default_factory=dict)
    id: int | None = None
    confirm_undo: str | None = None
    can_redo: bool = True

    def __post_init__(self) -> None:
        # the version each row has now (None: absent), which undo/redo check before writing
        self._state = self._versions(self.after)

    def _versions(self, state: dict[type[BaseModel], Rows]) -> dict[type[BaseModel], dict[int, int | None]]:
        return {
            model: {rid: (state.get(model, {}).get(rid) or {}).get("version") for rid in self._ids(model)}
            for model in self._models()
        }

    def _models(self) -> list[type[BaseModel]]:
        return [m for m in _ORDER if m in self.before or m in self.after]

    def _ids(self, model: type[BaseModel]) -> set[int]:
        return set(self.before.get(model, {})) | set(self.after.get(model, {}))

    # --- what changed ------------------------------------------------------------------------------------

    def ids(self, model: type[BaseModel]) -> set[int]:
        """Ids of *model*'s rows this change touched (before or after)."""
        return self._ids(model)

    def changed_ids(self, model: type[BaseModel]) -> set[int]:
        """Ids of *model*'s rows that differ between before and after (created, removed or edited)."""
        old, new = self.before.get(model, {}), self.after.get(model, {})
        return {rid for rid in self._ids(model) if old.get(rid) != new.get(rid)}

    def created(self, model: type[BaseModel]) -> set[int]:
        return set(self.after.get(model, {})) - set(self.before.get(model, {}))

    def removed(self, model: type[BaseModel]) -> set[int]:
        return set(self.before.get(model, {})) - set(self.after.get(model, {}))

    @property
    def areas(self) -> set[str]:
        return {AREAS[m] for m in self._models() if m in AREAS and self.changed_ids(m)}

    def partners_touched(self) -> set[int]:
        return self._ids(Partner)

    def added(self, area: str) -> int:
        return sum(len(self.created(model)) for model in self._models() if AREAS.get(model) == area)

    def partner_ids(self) -> set[int]:
        ids = set(self._ids(Partner))
        for model in self._models():
            links = [f.name for f in model._meta.refs if f.rel_model is Partner]
            for state in (self.before, self.after):
                for row in state.get(model, {}).values():
                    ids.update(row[name] for name in links if row.get(name) is not None)
        return ids

    # --- replaying ------------------------------------------------------------------------------------------

    def undo(self) -> None:
        self._state = _put_back(self.text, self.before, self._state)

    def redo(self) -> None:
        self._state = _put_back(self.text, self.after, self._state)


def _locked_versions(model: type[BaseModel], ids: Iterable[int]) -> dict[int, int]:
    ids = sorted(ids)
    found: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        query = model.select(model.id, model.version).where(model.id.in_(ids[start : start + 500]))
        if is_postgres():
            query = query.for_update()
        found.update(cast("Iterable[tuple[int, int]]", query.tuples()))
    return found


def _put_back(
    text: str, target: dict[type[BaseModel], Rows], expected: dict[type[BaseModel], dict[int, int | None]]
) -> dict[type[BaseModel], dict[int, int | None]]:
    """Write *target* (each model's rows; an id missing there is deleted) if every row is still at
    the version in *expected*; returns the versions written.  One transaction: all or nothing."""
    models = [m for m in _ORDER if m in expected]
    with write_transaction():
        now = {model: _locked_versions(model, expected[model]) for model in models}
        for model in models:
            for rid, want in sorted(expected[model].items()):
                have = now[model].get(rid)
                if have != want:
                    log.info("%r not replayed: %s %s is at v%s, not v%s", text, model.__name__, rid, have, want)
                    raise Conflict(model, rid, want or 0, have)
        _check_links(target)
        for model in reversed(models):  # children first
            gone = sorted(rid for rid in expected[model] if rid not in target.get(model, {}) and rid in now[model])
            _check_unused(model, gone, expected)
            for start in range(0, len(gone), 500):
                model.delete().where(model.id.in_(gone[start : start + 500])).execute()
        for model in models:  # parents first
            rows = target.get(model, {})
            self_links = [f.name for f in model._meta.refs if f.rel_model is model]
            later: list[tuple[int, dict]] = []
            for rid, row in sorted(rows.items()):
                values = dict(row)
                links = {name: values.pop(name) for name in self_links if values.get(name) is not None}
                if links:
                    later.append((rid, links))
                if rid in now[model]:
                    model.update(**{k: v for k, v in values.items() if k != "id"}).where(model.id == rid).execute()
                else:
                    model.insert(**values).execute()
            for rid, links in later:  # a row pointing at another of its table, once both are back
                model.update(**links).where(model.id == rid).execute()
    return {
        model: {rid: (target.get(model, {}).get(rid) or {}).get("version") for rid in expected[model]}
        for model in models
    }


def _check_links(target: dict[type[BaseModel], Rows]) -> None:
    """Refuse to put back rows that point at rows someone else has deleted since (a partner, a
    referral): nothing is written, and the user is told."""
    wanted: dict[type[BaseModel], set[int]] = {}
    for model, rows in target.items():
        for fk in model._meta.refs:
            parent = fk.rel_model
            ids = {row[fk.name] for row in rows.values() if row.get(fk.name) is not None}
            wanted.setdefault(parent, set()).update(ids - set(target.get(parent, {})))
    for parent, ids in wanted.items():
        ids_list = sorted(ids)
        found: set[int] = set()
        for start in range(0, len(ids_list), 500):
            chunk = ids_list[start : start + 500]
            query = parent.select(parent.id).where(parent.id.in_(chunk))
            found.update(i for (i,) in cast("Iterable[tuple[int]]", query.tuples()))
        for missing in sorted(ids - found):
            log.info("not put back: %s %s is gone", parent.__name__, missing)
            raise Conflict(parent, missing, 0, None)


def _check_unused(
    model: type[BaseModel], ids: list[int], expected: dict[type[BaseModel], dict[int, int | None]]
) -> None:
    """Refuse to remove rows that rows outside this change have come to point at since (removing
    them would change or delete those rows too, behind their owner's back)."""
    if not ids:
        return
    for fk, child in model._meta.backrefs.items():
        mine = expected.get(child, {})
        column = getattr(child, fk.name)
        for start in range(0, len(ids), 500):
            for cid, pid in child.select(child.id, column).where(column.in_(ids[start : start + 500])).tuples():
                if cid not in mine:
                    version = model.select(model.version).where(model.id == pid).scalar()
                    log.info("not removing %s %s: %s %s points at it", model.__name__, pid, child.__name__, cid)
                    raise Conflict(model, pid, version or 0, version, detail="used")


# --- recording ------------------------------------------------------------------------------------------------


class Recorder:
    """Collects the rows a write touches; see ``recording``."""

    def __init__(self, text: str):
        self.text = text
        self.id: int | None = None
        self.confirm_undo: str | None = None
        self._before: dict[type[BaseModel], Rows] = {}
        self._conditions: dict[type[BaseModel], list] = {}
        self._created: dict[type[BaseModel], set[int]] = {}
        self._last_id: dict[type[BaseModel], int] = {}  # the highest id when first tracked: newer rows are new
        self._change: RowsChange | None = None

    @property
    def change(self) -> RowsChange:
        """The ``Change`` the writes made: there once the ``recording`` block has committed."""
        if self._change is None:
            raise RuntimeError(f"{self.text!r}: the change is known once its recording block has ended")
        return self._change

    def _first_sight(self, model: type[BaseModel]) -> None:
        if model not in self._last_id:
            self._last_id[model] = model.select(fn.MAX(model.id)).scalar() or 0
            self._before.setdefault(model, {})

    def track(self, model: type[BaseModel], where, *, expected: Mapping[int, int | None] | None = None) -> Rows:
        """Remember *model*'s rows matching *where* as they are now (locked until the transaction ends).

        Call it before the writes.  Rows that match *where* only afterwards and are newer than
        every row there was are taken as created by the write.  With *expected* ({id: version
        seen, or None for "not checked"}), a row someone else saved (or deleted) since raises
        ``Conflict`` before anything is written.  Returns the rows read.
        """
        self._first_sight(model)
        query = model.select().where(where)
        if is_postgres():
            query = query.for_update()
        rows = {row["id"]: row for row in cast("Iterable[dict[str, Any]]", query.dicts())}
        for rid, want in sorted((expected or {}).items()):
            have = rows[rid]["version"] if rid in rows else None
            if want is not None and have != want:
                log.info("%r refused: %s %s is at v%s, not v%s", self.text, model.__name__, rid, have, want)
                raise Conflict(model, rid, want, have)
        known = self._before[model]
        for rid, row in rows.items():
            known.setdefault(rid, row)
        self._conditions.setdefault(model, []).append(where)
        return rows

    def track_ids(self, model: type[BaseModel], ids: Iterable[int], **kwargs) -> Rows:
        """``track`` by ids."""
        ids = sorted({int(i) for i in ids})
        if not ids:
            self._first_sight(model)
            return {}
        return self.track(model, model.id.in_(ids), **kwargs)

    def created(self, model: type[BaseModel], ids: Iterable[int] | int) -> None:
        """Rows this write has just created (absent before)."""
        self._first_sight(model)
        self._created.setdefault(model, set()).update([ids] if isinstance(ids, int) else ids)

    def _finish(self) -> RowsChange:
        after: dict[type[BaseModel], Rows] = {}
        for model in _ORDER:
            if model not in self._before:
                continue
            before = self._before[model]
            ids = sorted(set(before) | self._created.get(model, set()))
            rows: Rows = {}
            for start in range(0, len(ids), 500):
                query = model.select().where(model.id.in_(ids[start : start + 500])).dicts()
                rows.update({r["id"]: r for r in cast("Iterable[dict[str, Any]]", query)})
            conditions = self._conditions.get(model, [])
            if conditions:
                where = conditions[0]
                for cond in conditions[1:]:
                    where = where | cond
                for row in cast("Iterable[dict[str, Any]]", model.select().where(where).dicts()):
                    rid = row["id"]
                    if rid in before or rid in rows or rid > self._last_id[model]:
                        rows[rid] = row
                    else:  # an older row that matches only now: not this change's to undo
                        log.warning("%r: %s %s matched only after the write; left out", self.text, model.__name__, rid)
            after[model] = rows
        return RowsChange(self.text, self._before, after, id=self.id, confirm_undo=self.confirm_undo)


@contextmanager
def recording(text: str) -> Iterator[Recorder]:
    """One write transaction whose rows become a ``Change`` (``recorder.change``) when it commits."""
    recorder = Recorder(text)
    with write_transaction():
        yield recorder
        recorder._change = recorder._finish()


def combine(text: str, changes: list[RowsChange], *, id: int | None = None) -> RowsChange:
    """Several changes made one after another in one transaction, as one (each row's first
    'before' and last 'after')."""
    before: dict[type[BaseModel], Rows] = {}
    after: dict[type[BaseModel], Rows] = {}
    for change in changes:
        for model, rows in change.before.items():
            seen = before.setdefault(model, {})
            known = after.get(model, {})
            for rid, row in rows.items():
                if rid not in seen and rid not in known:
                    seen[rid] = row
        for model, rows in change.after.items():
            after.setdefault(model, {}).update(rows)
            for rid in change.removed(model):
                after[model].pop(rid, None)
    return RowsChange(text, before, after, id=id)


@dataclass(eq=False)
class CallChange(Change):
    """A change replayed by functions of its own (a contacts import, which has its own undo)."""

    text: str
    undo_fn: Callable[[], None]
    redo_fn: Callable[[], None] | None = None
    areas_: set[str] = field(default_factory=set)
    confirm_undo: str | None = None
    id: int | None = None
    result: Any = None  # what undo_fn reported, if it keeps it here

    @property
    def can_redo(self) -> bool:  # type: ignore[override]
        return self.redo_fn is not None

    @property
    def areas(self) -> set[str]:
        return set(self.areas_)

    def undo(self) -> None:
        self.undo_fn()

    def redo(self) -> None:
        if self.redo_fn is None:
            raise RuntimeError(f"{self.text!r} cannot be redone")
        self.redo_fn()
