"""Committing changes in the window: the one undo command, the one conflict flow, one message.

Every write a page makes goes through a service function that returns a ``Change``
(``refdesk.services.edits``).  The page hands it to ``commit()``: it goes on the window's undo
stack as a ``ChangeCommand``, the pages it concerns reload, and the status bar says what was
done.  ``quick()`` runs a one-click write (mark sent, set a status) and ``FormSaver`` the save of
a dialog; when someone else saved the same rows first, both ask the same question in the same
``ConflictDialog``.  ``undo()`` / ``redo()`` are the Edit menu's: a change that asks first (undoing
a contacts import) asks before it is undone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from refdesk import APP_NAME
from refdesk.services import failures
from refdesk.services.concurrency import Conflict, Difference, merge_edits
from refdesk.services.edits import Change
from refdesk.services.vocabulary import field_words
from refdesk.ui.common.conflict_dialog import ConflictDialog, describe_differences, resolve_conflict

log = logging.getLogger(__name__)

STATUS_MS = 8000


def tell(window, text: str) -> None:
    """A short message in the window's status bar (and the log)."""
    log.info("%s", text)
    window.statusBar().showMessage(text, STATUS_MS)


def announce(window, change: Change) -> None:
    """Tell every page what *change* touched: the app-wide events, once per part of RefDesk."""
    window.events.change_applied.emit(change)
    for area in sorted(change.areas):
        window.events.data_changed.emit(area)


class ChangeCommand(QUndoCommand):
    """A committed ``Change`` on the window's undo stack: the one undo command.

    The change is already made when it is pushed, so the first ``redo()`` (called by the push)
    only announces it.  If undoing or redoing fails (someone else changed those rows since, the
    database went away), the user is told, nothing is changed, and the command leaves the stack.
    """

    def __init__(self, window, change: Change):
        super().__init__(change.text)
        self.window = window
        self.change = change
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            announce(self.window, self.change)
            return
        self._replay(self.change.redo, "redo")

    def undo(self) -> None:
        self._replay(self.change.undo, "undo")
        if not self.change.can_redo:
            self.setObsolete(True)  # done once, undone once: nothing to redo

    def _replay(self, step: Callable[[], None], verb: str) -> None:
        try:
            step()
        except Conflict as conflict:
            log.info("%s of %r refused: %s", verb, self.text(), conflict)
            self.setObsolete(True)
            self.window.events.data_changed.emit("*")  # every page shows what is saved now
            words = (
                QCoreApplication.translate("edits", "“%1” could not be undone: %2")
                if verb == "undo"
                else QCoreApplication.translate("edits", "“%1” could not be redone: %2")
            )
            nothing = QCoreApplication.translate("edits", "Nothing was changed. What you see now is what is saved.")
            _warn(self.window, words.replace("%1", self.text()).replace("%2", _since(conflict)) + "\n\n" + nothing)
            return
        except Exception as exc:
            log.exception("%s of %r failed", verb, self.text())
            self.setObsolete(True)
            self.window.events.data_changed.emit("*")
            words = (
                QCoreApplication.translate("edits", "“%1” could not be undone: %2")
                if verb == "undo"
                else QCoreApplication.translate("edits", "“%1” could not be redone: %2")
            )
            _warn(self.window, words.replace("%1", self.text()).replace("%2", str(exc)))
            return
        announce(self.window, self.change)
        words = (
            QCoreApplication.translate("edits", "Undone: %1.")
            if verb == "undo"
            else QCoreApplication.translate("edits", "Redone: %1.")
        )
        tell(self.window, words.replace("%1", self.text()))


def _since(conflict: Conflict) -> str:
    if conflict.detail == "used":
        return conflict.message()
    if conflict.deleted:
        return QCoreApplication.translate("edits", "someone else has deleted this %1 since.").replace(
            "%1", conflict.what_words
        )
    return QCoreApplication.translate("edits", "someone else has changed this %1 since.").replace(
        "%1", conflict.what_words
    )


def _deleted(conflict: Conflict) -> str:
    words = QCoreApplication.translate("edits", "Someone else deleted this %1; nothing was saved.")
    return words.replace("%1", conflict.what_words)


def _warn(parent, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are the user's text
    box.exec()


def commit(window, change: Change, message: str | None = None) -> Change:
    """Put a committed *change* on the undo stack (announcing it) and say so in the status bar."""
    window.undo_stack.push(ChangeCommand(window, change))
    tell(window, message or QCoreApplication.translate("edits", "%1. Ctrl+Z undoes it.").replace("%1", change.text))
    return change


# --- the Edit menu -------------------------------------------------------------------------------------------


def _next(window, offset: int) -> ChangeCommand | None:
    command = window.undo_stack.command(window.undo_stack.index() + offset)
    return command if isinstance(command, ChangeCommand) else None


def undo(window) -> None:
    """Edit → Undo: undo the last change, asking first where the change says so."""
    if not window.undo_stack.canUndo():
        return
    command = _next(window, -1)
    question = command.change.confirm_undo if command is not None else None
    if question and not confirm(window, question, QCoreApplication.translate("edits", "&Undo it")):
        return
    window.undo_stack.undo()


def redo(window) -> None:
    if window.undo_stack.canRedo():
        window.undo_stack.redo()


def confirm(parent, question: str, yes: str) -> bool:
    """Ask *question* (plain text) with *yes* and Cancel, Cancel the default."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is button


# --- one-click changes ---------------------------------------------------------------------------------------


def quick(
    window,
    parent: QWidget | None,
    action: str,
    run: Callable[[], Change],
    *,
    overwrite: Callable[[], Change] | None = None,
    seen: Any = None,
    now: Callable[[int], Any] | None = None,
    fields: Sequence[str] = (),
    message: str | None = None,
) -> Change | None:
    """Run a one-click change (*run* checks the versions the user saw) and commit it.

    If someone else changed a row since the list was loaded, nothing is written and the one
    ``ConflictDialog`` says what they changed (*seen*: the row as shown; *now(id)*: the row as
    saved now; *fields*: the attributes compared; *seen* may be {id: row} for several rows) and offers their version or, with *overwrite*, doing
    it anyway.  Problems the user can fix (a ``ValueError`` from the service) are shown as they
    are.  Returns the committed change, or None.
    """
    try:
        return commit(window, run(), message)
    except Conflict as conflict:
        theirs = None if conflict.deleted or now is None else now(conflict.id)
        if isinstance(seen, dict):  # several rows: the one someone else changed
            seen = seen.get(conflict.id)
        lines = describe_differences(seen, theirs, fields)
        choice = resolve_conflict(parent, conflict, action=action, differences=lines, can_overwrite=overwrite)
        if choice == ConflictDialog.OVERWRITE and overwrite is not None:
            return quick(window, parent, action, overwrite, message=message)
        window.events.data_changed.emit("*")  # the lists show their version
    except ValueError as exc:
        _warn(parent, str(exc))
        window.events.data_changed.emit("*")
    return None


# --- dialogs -------------------------------------------------------------------------------------------------


def _get(values, name: str):
    return values.get(name) if isinstance(values, dict) else getattr(values, name, None)


def problem_field(exc: Exception) -> str:
    """The input a service's complaint is about: ``field`` (referrals) or the first of ``problems`` (partners)."""
    field = getattr(exc, "field", "")
    if not field and isinstance(getattr(exc, "problems", None), dict) and exc.problems:
        field = next(iter(exc.problems))
    return field


FORM_NOT_SAVED_CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "edits",
    "The connection to the database server was lost, so this was not saved. What you typed is still here: "
    "save again (if the server cannot be reached, a banner at the top of the window says when it is back).",
)


class FormSaver:
    """Saves what a dialog holds, the one way: checked against the version the dialog opened with.

    The dialog provides ``loaded`` (what it was filled from, with its ``version``, or None for a
    new item), ``collect()`` (what it holds now; a ``ValueError`` for input that cannot be
    saved), ``fill(data)`` and ``show_problem(text, field="")``.  *write(data, expected_version)*
    saves and returns the ``Change`` (None: nothing to save); *fetch()* reads the saved version again (None when deleted);
    *fields* are the ones "Reload their version" merges.  ``save(dialog)`` returns True when the
    dialog may close (saved and committed, or nothing left to edit).
    """

    def __init__(
        self,
        window,
        write: Callable[[Any, int | None], Change | None],
        *,
        fetch: Callable[[], Any] | None = None,
        fields: Sequence[str] = (),
        message: Callable[[Change], str] | None = None,
    ):
        self.window = window
        self.write = write
        self.fetch = fetch
        self.fields = tuple(fields)
        self.message = message
        self.change: Change | None = None

    def save(self, dialog) -> bool:
        try:
            mine = dialog.collect()
        except ValueError as exc:
            dialog.show_problem(str(exc), problem_field(exc))
            return False
        loaded = getattr(dialog, "loaded", None)
        expected = getattr(loaded, "version", None) if loaded is not None else None
        if isinstance(loaded, dict):
            expected = loaded.get("version")
        return self._write(dialog, mine, expected)

    def _write(self, dialog, mine, expected: int | None) -> bool:
        try:
            change = self.write(mine, expected)
        except Conflict as conflict:
            return self._conflict(dialog, conflict, mine)
        except ValueError as exc:
            dialog.show_problem(str(exc), problem_field(exc))
            return False
        except Exception as exc:
            if not failures.connection_lost(exc):
                raise
            log.warning("saving a form failed: the connection to the server was lost: %s", exc)
            self.window.events.connection_lost.emit()  # the banner, and reconnecting when the server is back
            dialog.show_problem(QCoreApplication.translate("edits", FORM_NOT_SAVED_CONNECTION_LOST))
            return False
        if change is None:  # nothing was changed: nothing to save
            return True
        self.change = commit(self.window, change, self.message(change) if self.message else None)
        return True

    def _conflict(self, dialog, conflict: Conflict, mine) -> bool:
        differences = None
        if not conflict.changes and not conflict.deleted and self.fetch is not None:
            # the service did not say what they changed: compare what is saved now with what was loaded
            theirs, loaded = self.fetch(), dialog.loaded
            if theirs is not None and loaded is not None:
                differences = [
                    Difference(name, field_words(name), _get(theirs, name), _get(mine, name))
                    for name in self.fields
                    if _get(theirs, name) != _get(loaded, name)
                ]
        choice = resolve_conflict(dialog, conflict, differences=differences)
        if choice == ConflictDialog.OVERWRITE:
            return self._write(dialog, mine, None)
        if choice == ConflictDialog.RELOAD and conflict.deleted:
            self.window.events.data_changed.emit("*")
            tell(self.window, _deleted(conflict))
            return True  # nothing left to edit: the dialog closes
        if choice == ConflictDialog.RELOAD and self.fetch is not None:
            theirs = self.fetch()
            if theirs is None:
                tell(self.window, _deleted(conflict))
                return True
            # their version, with what I typed into the fields they did not change
            dialog.fill(merge_edits(dialog.loaded, mine, theirs, self.fields))
            dialog.loaded = theirs
            self.window.events.data_changed.emit("*")  # the lists behind show their version too
            changed = ", ".join(c.label.lower() for c in conflict.changes)
            words = QCoreApplication.translate(
                "edits",
                "Reloaded the version saved by someone else (they changed %1). Your other "
                "changes are still here: Save to keep them, Cancel to leave their version.",
            )
            dialog.show_problem(
                words.replace("%1", changed or QCoreApplication.translate("edits", "nothing you can see"))
            )
            return False
        words = QCoreApplication.translate(
            "edits",
            "%1 Nothing is saved yet: Save again to choose what to do, or Cancel to drop your changes.",
        )
        dialog.show_problem(words.replace("%1", conflict.message()))
        return False
